//===- AST.cpp - AST node helpers and the tree dumper ---------------------===//
//
// The dump format, used by `gort build -emit=ast` and the FileCheck tests:
//
//   (kind attributes @line:col
//     child
//     role: child)
//
// A node prints as an open parenthesis, its kind in lower case, its scalar
// attributes (names, operators, literal values), and its position; its
// children follow, one per line, indented two more spaces, and its closing
// parenthesis ends the line of its last child. Optional children that can
// be confused with each other carry a role prefix (`init:`, `cond:`, ...);
// absent optional children are not printed. Literals print their kind and
// their source spelling, except strings, which print their decoded value
// Go-quoted, and runes, which add their code point.
//
//===----------------------------------------------------------------------===//

#include "AST.h"
#include "llvm/Support/Casting.h"

using namespace gort;
using llvm::cast;
using llvm::dyn_cast;

FuncLit::FuncLit(SourceLoc Loc, std::unique_ptr<FuncType> Type,
                 std::unique_ptr<BlockStmt> Body)
    : Expr(NK_FuncLit, Loc), Type(std::move(Type)), Body(std::move(Body)) {}
FuncLit::~FuncLit() = default;
FuncDecl::~FuncDecl() = default;

namespace {

class Dumper {
public:
  explicit Dumper(llvm::raw_ostream &OS) : OS(OS) {}
  void dump(const Node *N);

private:
  /// Starts a node: "(Name Attrs".
  void open(llvm::StringRef Name, const std::string &Attrs = "") {
    OS << '(' << Name;
    if (!Attrs.empty())
      OS << ' ' << Attrs;
  }
  /// Ends the head line with the node's position; children follow.
  void pos(const Node *N) {
    OS << " @" << N->getLoc().Line << ':' << N->getLoc().Col;
  }
  void close() { OS << ')'; }
  void newline() {
    OS << '\n';
    OS.indent(Depth * 2);
  }
  void child(const Node *N, llvm::StringRef Role = "") {
    if (!N)
      return;
    ++Depth;
    newline();
    if (!Role.empty())
      OS << Role << ": ";
    dump(N);
    --Depth;
  }
  template <typename T> void children(const std::vector<T> &List) {
    for (const auto &C : List)
      child(C.get());
  }
  /// A pseudo-node grouping a list, e.g. (lhs ...) of an assignment.
  template <typename T>
  void group(llvm::StringRef Name, const std::vector<T> &List) {
    ++Depth;
    newline();
    open(Name);
    children(List);
    close();
    --Depth;
  }

  void dumpExpr(const Expr *E);
  void dumpStmt(const Stmt *S);
  void dumpOther(const Node *N);

  llvm::raw_ostream &OS;
  unsigned Depth = 0;
};

} // namespace

static std::string literalAttrs(const BasicLit *L) {
  switch (L->LitKind) {
  case Tok::String:
    return quoteString(L->Value);
  case Tok::Rune:
    return L->Text + " " + std::to_string(L->RuneValue);
  default:
    return L->Text;
  }
}

static const char *chanDirName(ChanType::Direction D) {
  switch (D) {
  case ChanType::SendOnly:
    return "chan<-";
  case ChanType::RecvOnly:
    return "<-chan";
  default:
    return "chan";
  }
}

void Dumper::dump(const Node *N) {
  if (const auto *E = dyn_cast<Expr>(N))
    dumpExpr(E);
  else if (const auto *S = dyn_cast<Stmt>(N))
    dumpStmt(S);
  else
    dumpOther(N);
}

void Dumper::dumpExpr(const Expr *E) {
  switch (E->getKind()) {
  case Node::NK_BadExpr:
    open("bad");
    pos(E);
    break;
  case Node::NK_Ident:
    open("ident", cast<Ident>(E)->Name);
    pos(E);
    break;
  case Node::NK_BasicLit: {
    const auto *L = cast<BasicLit>(E);
    open(tokSpelling(L->LitKind), literalAttrs(L));
    pos(E);
    break;
  }
  case Node::NK_CompositeLit: {
    const auto *C = cast<CompositeLit>(E);
    open("complit");
    pos(E);
    child(C->Type.get(), "type");
    children(C->Elts);
    break;
  }
  case Node::NK_KeyValueExpr: {
    const auto *KV = cast<KeyValueExpr>(E);
    open("keyvalue");
    pos(E);
    child(KV->Key.get());
    child(KV->Value.get());
    break;
  }
  case Node::NK_FuncLit: {
    const auto *F = cast<FuncLit>(E);
    open("funclit");
    pos(E);
    child(F->Type.get());
    child(F->Body.get());
    break;
  }
  case Node::NK_ParenExpr:
    open("paren");
    pos(E);
    child(cast<ParenExpr>(E)->X.get());
    break;
  case Node::NK_SelectorExpr: {
    const auto *S = cast<SelectorExpr>(E);
    open("selector", S->Sel->Name);
    pos(E);
    child(S->X.get());
    break;
  }
  case Node::NK_IndexExpr: {
    const auto *I = cast<IndexExpr>(E);
    open("index");
    pos(E);
    child(I->X.get());
    child(I->Index.get());
    break;
  }
  case Node::NK_SliceExpr: {
    const auto *S = cast<SliceExpr>(E);
    open("slice", S->Slice3 ? "3" : "");
    pos(E);
    child(S->X.get());
    child(S->Lo.get(), "lo");
    child(S->Hi.get(), "hi");
    child(S->Max.get(), "max");
    break;
  }
  case Node::NK_TypeAssertExpr: {
    const auto *T = cast<TypeAssertExpr>(E);
    open("typeassert", T->Type ? "" : "type");
    pos(E);
    child(T->X.get());
    child(T->Type.get());
    break;
  }
  case Node::NK_CallExpr: {
    const auto *C = cast<CallExpr>(E);
    open("call", C->HasEllipsis ? "..." : "");
    pos(E);
    child(C->Fun.get());
    children(C->Args);
    break;
  }
  case Node::NK_StarExpr:
    open("star");
    pos(E);
    child(cast<StarExpr>(E)->X.get());
    break;
  case Node::NK_UnaryExpr: {
    const auto *U = cast<UnaryExpr>(E);
    open("unary", tokSpelling(U->Op).str());
    pos(E);
    child(U->X.get());
    break;
  }
  case Node::NK_BinaryExpr: {
    const auto *B = cast<BinaryExpr>(E);
    open("binary", tokSpelling(B->Op).str());
    pos(E);
    child(B->X.get());
    child(B->Y.get());
    break;
  }
  case Node::NK_Ellipsis:
    open("ellipsis");
    pos(E);
    child(cast<Ellipsis>(E)->Elt.get());
    break;
  case Node::NK_ArrayType: {
    const auto *A = cast<ArrayType>(E);
    open(A->Len ? "arraytype" : "slicetype");
    pos(E);
    child(A->Len.get(), "len");
    child(A->Elt.get());
    break;
  }
  case Node::NK_StructType:
    open("structtype");
    pos(E);
    children(cast<StructType>(E)->Fields);
    break;
  case Node::NK_FuncType: {
    const auto *F = cast<FuncType>(E);
    open("functype");
    pos(E);
    group("params", F->Params);
    if (!F->Results.empty())
      group("results", F->Results);
    break;
  }
  case Node::NK_InterfaceType:
    open("interfacetype");
    pos(E);
    children(cast<InterfaceType>(E)->Methods);
    break;
  case Node::NK_MapType: {
    const auto *M = cast<MapType>(E);
    open("maptype");
    pos(E);
    child(M->Key.get());
    child(M->Value.get());
    break;
  }
  case Node::NK_ChanType: {
    const auto *C = cast<ChanType>(E);
    open("chantype", chanDirName(C->Dir));
    pos(E);
    child(C->Value.get());
    break;
  }
  default:
    open("?");
    break;
  }
  close();
}

static const char *incDecName(bool Inc) { return Inc ? "++" : "--"; }

void Dumper::dumpStmt(const Stmt *S) {
  switch (S->getKind()) {
  case Node::NK_BadStmt:
    open("badstmt");
    pos(S);
    break;
  case Node::NK_DeclStmt:
    open("declstmt");
    pos(S);
    child(cast<DeclStmt>(S)->D.get());
    break;
  case Node::NK_EmptyStmt:
    open("empty");
    pos(S);
    break;
  case Node::NK_LabeledStmt: {
    const auto *L = cast<LabeledStmt>(S);
    open("labeled", L->Label->Name);
    pos(S);
    child(L->S.get());
    break;
  }
  case Node::NK_ExprStmt:
    open("exprstmt");
    pos(S);
    child(cast<ExprStmt>(S)->X.get());
    break;
  case Node::NK_SendStmt: {
    const auto *Send = cast<SendStmt>(S);
    open("send");
    pos(S);
    child(Send->Chan.get());
    child(Send->Value.get());
    break;
  }
  case Node::NK_IncDecStmt: {
    const auto *I = cast<IncDecStmt>(S);
    open("incdec", incDecName(I->Inc));
    pos(S);
    child(I->X.get());
    break;
  }
  case Node::NK_AssignStmt: {
    const auto *A = cast<AssignStmt>(S);
    open("assign", tokSpelling(A->Op).str());
    pos(S);
    group("lhs", A->Lhs);
    group("rhs", A->Rhs);
    break;
  }
  case Node::NK_GoStmt:
    open("go");
    pos(S);
    child(cast<GoStmt>(S)->Call.get());
    break;
  case Node::NK_DeferStmt:
    open("defer");
    pos(S);
    child(cast<DeferStmt>(S)->Call.get());
    break;
  case Node::NK_ReturnStmt:
    open("return");
    pos(S);
    children(cast<ReturnStmt>(S)->Results);
    break;
  case Node::NK_BranchStmt: {
    const auto *B = cast<BranchStmt>(S);
    std::string Attrs = tokSpelling(B->BranchTok).str();
    if (B->Label)
      Attrs += " " + B->Label->Name;
    open("branch", Attrs);
    pos(S);
    break;
  }
  case Node::NK_BlockStmt:
    open("block");
    pos(S);
    children(cast<BlockStmt>(S)->List);
    break;
  case Node::NK_IfStmt: {
    const auto *I = cast<IfStmt>(S);
    open("if");
    pos(S);
    child(I->Init.get(), "init");
    child(I->Cond.get(), "cond");
    child(I->Then.get());
    child(I->Else.get(), "else");
    break;
  }
  case Node::NK_CaseClause: {
    const auto *C = cast<CaseClause>(S);
    open(C->IsDefault ? "default" : "case");
    pos(S);
    children(C->List);
    group("body", C->Body);
    break;
  }
  case Node::NK_SwitchStmt: {
    const auto *Sw = cast<SwitchStmt>(S);
    open("switch");
    pos(S);
    child(Sw->Init.get(), "init");
    child(Sw->Tag.get(), "tag");
    child(Sw->Body.get());
    break;
  }
  case Node::NK_TypeSwitchStmt: {
    const auto *Sw = cast<TypeSwitchStmt>(S);
    open("typeswitch");
    pos(S);
    child(Sw->Init.get(), "init");
    child(Sw->Assign.get(), "assign");
    child(Sw->Body.get());
    break;
  }
  case Node::NK_CommClause: {
    const auto *C = cast<CommClause>(S);
    open(C->Comm ? "commcase" : "commdefault");
    pos(S);
    child(C->Comm.get());
    group("body", C->Body);
    break;
  }
  case Node::NK_SelectStmt:
    open("select");
    pos(S);
    child(cast<SelectStmt>(S)->Body.get());
    break;
  case Node::NK_ForStmt: {
    const auto *F = cast<ForStmt>(S);
    open("for");
    pos(S);
    child(F->Init.get(), "init");
    child(F->Cond.get(), "cond");
    child(F->Post.get(), "post");
    child(F->Body.get());
    break;
  }
  case Node::NK_RangeStmt: {
    const auto *R = cast<RangeStmt>(S);
    open("range", R->Op == Tok::Eof ? "" : tokSpelling(R->Op).str());
    pos(S);
    child(R->Key.get(), "key");
    child(R->Value.get(), "value");
    child(R->X.get(), "x");
    child(R->Body.get());
    break;
  }
  default:
    open("?");
    break;
  }
  close();
}

void Dumper::dumpOther(const Node *N) {
  switch (N->getKind()) {
  case Node::NK_File: {
    const auto *F = cast<File>(N);
    open("file", F->PackageName ? F->PackageName->Name : "");
    pos(N);
    children(F->Decls);
    break;
  }
  case Node::NK_GenDecl: {
    const auto *G = cast<GenDecl>(N);
    open(tokSpelling(G->DeclTok), G->Grouped ? "group" : "");
    pos(N);
    children(G->Specs);
    break;
  }
  case Node::NK_FuncDecl: {
    const auto *F = cast<FuncDecl>(N);
    open(F->IsMethod ? "method" : "func", F->Name ? F->Name->Name : "");
    pos(N);
    for (const auto &R : F->Recv)
      child(R.get(), "recv");
    child(F->Type.get());
    child(F->Body.get());
    break;
  }
  case Node::NK_ImportSpec: {
    const auto *I = cast<ImportSpec>(N);
    std::string Attrs = I->Name ? I->Name->Name + " " : "";
    open("importspec", Attrs + quoteString(I->Path ? I->Path->Value : ""));
    pos(N);
    break;
  }
  case Node::NK_ValueSpec: {
    const auto *V = cast<ValueSpec>(N);
    std::string Names;
    for (const auto &Id : V->Names)
      Names += (Names.empty() ? "" : " ") + Id->Name;
    open("valuespec", Names);
    pos(N);
    child(V->Type.get(), "type");
    children(V->Values);
    break;
  }
  case Node::NK_TypeSpec: {
    const auto *T = cast<TypeSpec>(N);
    open("typespec", T->Name->Name + (T->IsAlias ? " alias" : ""));
    pos(N);
    child(T->Type.get());
    break;
  }
  case Node::NK_Field: {
    const auto *F = cast<Field>(N);
    std::string Names;
    for (const auto &Id : F->Names)
      Names += (Names.empty() ? "" : " ") + Id->Name;
    open("field", Names);
    pos(N);
    child(F->Type.get());
    child(F->Tag.get(), "tag");
    break;
  }
  default:
    open("?");
    break;
  }
  close();
}

void gort::dumpAST(const Node &N, llvm::raw_ostream &OS) {
  Dumper(OS).dump(&N);
  OS << '\n';
}
