//===- Sema.cpp - Name resolution and type checking -----------------------===//
//
// The checker follows the structure of go/types (and gc's types2, whose
// messages it reproduces):
//
//  1. collectObjects declares every package-level name in the package scope
//     (and imports in the file scope) without looking at types, so
//     declarations may come in any order.
//  2. resolve() type-checks a package-level constant, variable or function
//     signature on first use (or in source order), following references
//     depth-first; an object met again while in progress is a cycle.
//  3. Function bodies are checked after all package-level declarations.
//     While checking a variable initializer or a function body, every
//     reference to a package-level variable or function is recorded as a
//     dependency of the declaration being checked.
//  4. initOrder sorts the variable initializers by those dependencies, as the
//     spec defines, and reports initialization loops.
//
// Expressions are checked into Operands (mode, type, constant value). An
// untyped operand stays untyped until its context converts it (assignment,
// the other operand of a binary operator, a conversion, or its default
// type), and the conversion rewrites the types recorded for the untyped
// sub-expressions, so codegen sees only typed expressions.
//
// Errors are reported at the start of the offending expression, as types2
// does (a comparison's mismatch at its second operand, an error in a const
// spec's repeated expression at the repeating name), collected, and printed
// sorted by position when checking ends: the first MaxErrors in checking
// order, then "too many errors", like gc; as gc, an error equal to the
// previous one on the same line is dropped. Only the first line of gc's
// multi-line messages is printed. The goto rules (checkGotos) follow gc's
// syntax/branches.go, which walks each function body's blocks in order.
//
//===----------------------------------------------------------------------===//

#include "Sema.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Casting.h"
#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <set>

using namespace gort;
using llvm::APInt;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;
using llvm::StringRef;

namespace {

using Mode = TypeAndValue::Mode;

/// A checked expression: go/types' operand.
struct Operand {
  Mode M = TypeAndValue::Invalid;
  Type *T = nullptr;
  ConstValue Val;
  const Expr *E = nullptr;
  Object *Obj = nullptr; ///< builtins and package functions: the callee
  bool isInvalid() const { return M == TypeAndValue::Invalid; }
  bool isConst() const { return M == TypeAndValue::Constant; }
};

class Scope {
public:
  explicit Scope(Scope *Parent) : Parent(Parent) {}
  Object *lookupLocal(StringRef Name) const {
    auto It = Names.find(Name);
    return It == Names.end() ? nullptr : It->second;
  }
  Object *lookup(StringRef Name) const {
    for (const Scope *S = this; S; S = S->Parent)
      if (Object *O = S->lookupLocal(Name))
        return O;
    return nullptr;
  }
  void insert(Object *O) { Names[O->Name] = O; }
  Scope *Parent;

private:
  llvm::StringMap<Object *> Names;
};

/// A break/continue target: an enclosing for, switch or select.
struct Target {
  const Stmt *S;
  bool IsLoop;
  std::string Label;
};

struct LabelInfo {
  const LabeledStmt *S;
  bool Used = false;
};

/// The function (declaration or literal) whose body is being checked.
struct FuncCtx {
  const Node *Fn;
  FuncInfo *Info;
  FuncCtx *Parent;
  std::map<std::string, LabelInfo> Labels;
  std::vector<Target> Targets;
  std::vector<Object *> Locals; ///< for unused-variable errors
  std::vector<Object *> NamedResults;
};

/// A block of a function body as gc's goto check sees it (statement lists
/// of blocks, if and else branches, loop bodies and case clauses).
struct GotoBlock {
  const GotoBlock *Parent;
  SourceLoc Start; ///< its "{", or the case or else that opens it
};

/// The goto check of one function body: its blocks and where each label is.
struct GotoState {
  std::deque<GotoBlock> Blocks;
  std::map<std::string, const GotoBlock *> LabelBlock; ///< the first one
};

/// Package-level declaration data for lazy resolution.
struct DeclInfo {
  const ValueSpec *Spec = nullptr;   ///< const or var
  const ValueSpec *Values = nullptr; ///< const: the spec holding Type/Values
  unsigned Index = 0;                ///< position of the name in the spec
  unsigned Iota = 0;
  const FuncDecl *Func = nullptr;
  enum { Unresolved, InProgress, Done } State = Unresolved;
  std::vector<Object *> Deps; ///< package vars and funcs referenced
};

struct PendingError {
  SourceLoc Loc;
  std::string Msg;
};

SourceLoc exprStart(const Expr *E) {
  for (;;) {
    const Expr *Next = nullptr;
    if (auto *S = dyn_cast<SelectorExpr>(E))
      Next = S->X.get();
    else if (auto *I = dyn_cast<IndexExpr>(E))
      Next = I->X.get();
    else if (auto *Sl = dyn_cast<SliceExpr>(E))
      Next = Sl->X.get();
    else if (auto *C = dyn_cast<CallExpr>(E))
      Next = C->Fun.get();
    else if (auto *T = dyn_cast<TypeAssertExpr>(E))
      Next = T->X.get();
    else if (auto *B = dyn_cast<BinaryExpr>(E))
      Next = B->X.get();
    else if (auto *L = dyn_cast<CompositeLit>(E))
      Next = L->Type.get();
    else if (auto *K = dyn_cast<KeyValueExpr>(E))
      Next = K->Key.get();
    if (!Next)
      return E->getLoc();
    E = Next;
  }
}

bool before(SourceLoc A, SourceLoc B) {
  return A.Line < B.Line || (A.Line == B.Line && A.Col < B.Col);
}

//===----------------------------------------------------------------------===//
// Expression strings, as go/types' ExprString
//===----------------------------------------------------------------------===//

void writeExpr(const Expr *E, std::string &S, unsigned Depth = 0);

void writeFields(const FieldList &L, std::string &S, unsigned Depth) {
  for (size_t I = 0; I < L.size(); ++I) {
    if (I)
      S += ", ";
    for (size_t J = 0; J < L[I]->Names.size(); ++J)
      S += (J ? ", " : "") + L[I]->Names[J]->Name;
    if (!L[I]->Names.empty())
      S += ' ';
    writeExpr(L[I]->Type.get(), S, Depth + 1);
  }
}

void writeSig(const gort::FuncType *F, std::string &S, unsigned Depth) {
  S += '(';
  writeFields(F->Params, S, Depth);
  S += ')';
  if (F->Results.empty())
    return;
  S += ' ';
  if (F->Results.size() == 1 && F->Results[0]->Names.empty()) {
    writeExpr(F->Results[0]->Type.get(), S, Depth + 1);
    return;
  }
  S += '(';
  writeFields(F->Results, S, Depth);
  S += ')';
}

void writeExpr(const Expr *E, std::string &S, unsigned Depth) {
  if (!E)
    return;
  if (Depth > 50 || S.size() > 200) {
    S += "…";
    return;
  }
  ++Depth;
  switch (E->getKind()) {
  case Node::NK_Ident:
    S += cast<Ident>(E)->Name;
    return;
  case Node::NK_BasicLit:
    S += cast<BasicLit>(E)->Text;
    return;
  case Node::NK_FuncLit:
    S += "(func";
    writeSig(cast<FuncLit>(E)->Type.get(), S, Depth);
    S += " literal)";
    return;
  case Node::NK_CompositeLit:
    S += '(';
    writeExpr(cast<CompositeLit>(E)->Type.get(), S, Depth);
    S += " literal)";
    return;
  case Node::NK_ParenExpr:
    S += '(';
    writeExpr(cast<ParenExpr>(E)->X.get(), S, Depth);
    S += ')';
    return;
  case Node::NK_SelectorExpr:
    writeExpr(cast<SelectorExpr>(E)->X.get(), S, Depth);
    S += '.' + cast<SelectorExpr>(E)->Sel->Name;
    return;
  case Node::NK_IndexExpr:
    writeExpr(cast<IndexExpr>(E)->X.get(), S, Depth);
    S += '[';
    writeExpr(cast<IndexExpr>(E)->Index.get(), S, Depth);
    S += ']';
    return;
  case Node::NK_SliceExpr: {
    auto *X = cast<SliceExpr>(E);
    writeExpr(X->X.get(), S, Depth);
    S += '[';
    writeExpr(X->Lo.get(), S, Depth);
    S += ':';
    writeExpr(X->Hi.get(), S, Depth);
    if (X->Slice3) {
      S += ':';
      writeExpr(X->Max.get(), S, Depth);
    }
    S += ']';
    return;
  }
  case Node::NK_TypeAssertExpr: {
    auto *X = cast<TypeAssertExpr>(E);
    writeExpr(X->X.get(), S, Depth);
    S += ".(";
    if (X->Type)
      writeExpr(X->Type.get(), S, Depth);
    else
      S += "type";
    S += ')';
    return;
  }
  case Node::NK_CallExpr: {
    auto *C = cast<CallExpr>(E);
    writeExpr(C->Fun.get(), S, Depth);
    S += '(';
    for (size_t I = 0; I < C->Args.size(); ++I) {
      if (I)
        S += ", ";
      writeExpr(C->Args[I].get(), S, Depth);
    }
    if (C->HasEllipsis)
      S += "...";
    S += ')';
    return;
  }
  case Node::NK_StarExpr:
    S += '*';
    writeExpr(cast<StarExpr>(E)->X.get(), S, Depth);
    return;
  case Node::NK_UnaryExpr:
    S += tokSpelling(cast<UnaryExpr>(E)->Op).str();
    writeExpr(cast<UnaryExpr>(E)->X.get(), S, Depth);
    return;
  case Node::NK_BinaryExpr: {
    auto *B = cast<BinaryExpr>(E);
    writeExpr(B->X.get(), S, Depth);
    S += ' ' + tokSpelling(B->Op).str() + ' ';
    writeExpr(B->Y.get(), S, Depth);
    return;
  }
  case Node::NK_Ellipsis:
    S += "...";
    writeExpr(cast<Ellipsis>(E)->Elt.get(), S, Depth);
    return;
  case Node::NK_ArrayType:
    S += '[';
    writeExpr(cast<ArrayType>(E)->Len.get(), S, Depth);
    S += ']';
    writeExpr(cast<ArrayType>(E)->Elt.get(), S, Depth);
    return;
  case Node::NK_StructType:
    S += "struct{...}";
    return;
  case Node::NK_FuncType:
    S += "func";
    writeSig(cast<gort::FuncType>(E), S, Depth);
    return;
  case Node::NK_InterfaceType:
    S += cast<gort::InterfaceType>(E)->Methods.empty() ? "interface{}"
                                                       : "interface{...}";
    return;
  case Node::NK_MapType:
    S += "map[";
    writeExpr(cast<MapType>(E)->Key.get(), S, Depth);
    S += ']';
    writeExpr(cast<MapType>(E)->Value.get(), S, Depth);
    return;
  case Node::NK_ChanType: {
    auto *C = cast<gort::ChanType>(E);
    S += C->Dir == gort::ChanType::SendOnly   ? "chan<- "
         : C->Dir == gort::ChanType::RecvOnly ? "<-chan "
                                              : "chan ";
    writeExpr(C->Value.get(), S, Depth);
    return;
  }
  default:
    S += "_";
    return;
  }
}

std::string exprString(const Expr *E) {
  std::string S;
  writeExpr(E, S);
  return S;
}

const char *modeString(Mode M) {
  switch (M) {
  case TypeAndValue::Invalid:
    return "invalid operand";
  case TypeAndValue::NoValue:
    return "no value";
  case TypeAndValue::Builtin:
    return "built-in";
  case TypeAndValue::TypeExpr:
    return "type";
  case TypeAndValue::Constant:
    return "constant";
  case TypeAndValue::Variable:
    return "variable";
  case TypeAndValue::Value:
    return "value";
  case TypeAndValue::CommaOk:
    return "comma, ok expression";
  case TypeAndValue::Package:
    return "package";
  }
  return "?";
}

/// go/types' operand.String: `x (variable of type int)`,
/// `1 << 70 (untyped int constant 1180591620717411303424)`.
std::string operandString(const Operand &X) {
  // types2 special-cases nil (its mode nilvalue): `cannot assign to nil`.
  if (X.M != TypeAndValue::TypeExpr &&
      basicKind(X.T) == BasicKind::UntypedNil)
    return "nil";
  std::string Expr = X.E ? exprString(X.E) : "";
  std::string S = Expr + " (";
  bool HasType = false;
  switch (X.M) {
  case TypeAndValue::Invalid:
  case TypeAndValue::NoValue:
  case TypeAndValue::Builtin:
  case TypeAndValue::TypeExpr:
  case TypeAndValue::Package:
    break;
  default:
    if (X.T) {
      if (isUntyped(X.T)) {
        S += typeString(X.T) + " ";
        break;
      }
      HasType = true;
    }
  }
  S += modeString(X.M);
  if (X.isConst()) {
    std::string V = X.Val.str();
    if (V != Expr)
      S += " " + V;
  }
  if (HasType)
    S += isInvalid(X.T) ? " with invalid type" : " of type " + typeString(X.T);
  return S + ")";
}

/// types2's typesSummary for the "have"/"want" lines of a count mismatch:
/// `(number, string)`. An untyped numeric constant could be of any numeric
/// type, so it is a "number"; other untyped types lose "untyped ".
static std::string typesSummary(llvm::ArrayRef<Type *> Ts) {
  std::string S = "(";
  for (size_t I = 0; I < Ts.size(); ++I) {
    if (I)
      S += ", ";
    Type *T = Ts[I];
    if (!T || isInvalid(T))
      S += "<T>";
    else if (!isUntyped(T))
      S += typeString(T);
    else if (BasicKind K = basicKind(T); K == BasicKind::UntypedInt ||
                                         K == BasicKind::UntypedRune ||
                                         K == BasicKind::UntypedFloat)
      S += "number";
    else
      S += StringRef(typeString(T)).substr(sizeof("untyped ") - 1).str();
  }
  return S + ")";
}

/// The "have"/"want" continuation lines of gc's count mismatches.
static std::string haveWant(llvm::ArrayRef<Operand> Have,
                            llvm::ArrayRef<Type *> Want) {
  std::vector<Type *> Ts;
  for (const Operand &X : Have)
    Ts.push_back(X.T);
  return "\n\thave " + typesSummary(Ts) + "\n\twant " + typesSummary(Want);
}

//===----------------------------------------------------------------------===//
// The checker
//===----------------------------------------------------------------------===//

class Checker {
public:
  Checker(const File &F, Diagnostics &Diags, SemaInfo &Info)
      : F(F), Diags(Diags), Info(Info), Ctx(Info.Types) {}
  bool run();

private:
  // Errors.
  void error(SourceLoc Loc, const llvm::Twine &Msg);
  /// types2's recordAltDecl: a continuation line at Old, if it has a
  /// position.
  std::string otherDecl(const Object *Old) const {
    if (!Old->Loc.isValid())
      return "";
    return "\n\t" + Diags.posString(Old->Loc) + ": other declaration of " +
           Old->Name;
  }
  std::string cycleString(llvm::ArrayRef<Object *> Chain) const;
  std::vector<Object *> findPath(Object *From, Object *To,
                                 std::set<Object *> &Seen);
  void errorAt(const Expr *E, const llvm::Twine &Msg) {
    error(exprStart(E), Msg);
  }
  /// Reports a construct of a later tier; What is plural ("slices")
  /// unless Singular ("package fmt").
  void unsupported(SourceLoc Loc, const llvm::Twine &What,
                   bool Singular = false) {
    SawUnsupported = true;
    error(Loc, What + (Singular ? " is" : " are") + " not supported yet");
  }
  /// Branch and label errors, which gc reports in an earlier pass.
  void branchError(SourceLoc Loc, const llvm::Twine &Msg) {
    BranchErrors.push_back({Loc, Msg.str()});
  }
  void flushErrors();
  /// A position inside a message, as gc writes it: `file:line:col`.
  std::string posString(SourceLoc L) const {
    return Diags.getFileName().str() + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Col);
  }

  // Objects and scopes.
  Object *newObject(Object::ObjKind K, StringRef Name, SourceLoc Loc,
                    Type *T = nullptr);
  void declare(Scope *S, Object *O, const Ident *Id);
  void makeUniverse();
  void declarePackageMember(StringRef Pkg, StringRef Name, Object *O);
  Object *lookup(const Ident *Id);
  void collectObjects();
  void collectImport(const ImportSpec *IS);
  void collectValueSpecs(const GenDecl *D);
  void collectFunc(const FuncDecl *FD);
  void arity(const ValueSpec *VS, const ValueSpec *Values, bool IsConst);
  void resolve(Object *O);
  void resolveConst(Object *O, DeclInfo &D);
  void resolveVar(Object *O, DeclInfo &D);
  void noteUse(Object *O, const Ident *Id);

  // Types.
  Type *typeOf(const Expr *E);
  SignatureType *signature(const gort::FuncType *FT, FuncInfo *FI, Scope *S,
                      const Node *Owner);

  // Expressions.
  void record(const Operand &X);
  void recordType(const Expr *E, Type *T);
  void updateExprType(const Expr *E, Type *T);
  void check(const Expr *E, Operand &X, unsigned Depth = 0);
  void checkRaw(const Expr *E, Operand &X, unsigned Depth);
  Operand value(const Expr *E, unsigned Depth = 0);
  bool singleValue(Operand &X);
  void ident(const Ident *Id, Operand &X);
  void basicLit(const BasicLit *L, Operand &X);
  void selector(const SelectorExpr *S, Operand &X);
  void unary(const UnaryExpr *U, Operand &X, unsigned Depth);
  void binary(const BinaryExpr *B, Operand &X, unsigned Depth);
  void binaryOp(const Expr *E, const Expr *LhsE, const Expr *RhsE, Tok Op,
                Operand &X, Operand &Y);
  void shift(const Expr *E, Tok Op, Operand &X, Operand &Y);
  void comparison(const Expr *E, Tok Op, Operand &X, Operand &Y, bool XNil,
                  bool YNil);
  bool matchTypes(Operand &X, Operand &Y);
  void call(const CallExpr *C, Operand &X, unsigned Depth);
  void conversion(const CallExpr *C, Type *T, Operand &X, unsigned Depth);
  void builtinCall(const CallExpr *C, Object *B, Operand &X, unsigned Depth);
  void arguments(const CallExpr *C, SignatureType *Sig, unsigned Depth);
  void typeAssert(const TypeAssertExpr *TA, Operand &X, unsigned Depth);
  void funcLit(const FuncLit *FL, Operand &X);
  bool constOp(const Expr *E, Tok Op, Operand &X, const Operand &Y);
  bool checkOverflow(Operand &X);

  // Conversions and assignability.
  bool convertUntyped(Operand &X, Type *Target);
  bool implicitType(Operand &X, Type *Target, std::string &Why);
  bool assignableTo(Operand &X, Type *T);
  bool assign(Operand &X, Type *T, StringRef Context);
  /// Gives untyped X its default type, as when assigned in Context
  /// ("assignment", "variable declaration", ...; named in the error when a
  /// constant overflows it).
  void useDefault(Operand &X, StringRef Context = "assignment");
  /// Reports gc's "X overflows T" for an untyped constant X that an
  /// operation converts implicitly to T; returns false.
  bool overflowError(const Operand &X, Type *T);
  void checkShiftedConst(const Expr *E, Type *T);
  void assignVar(const Expr *Lhs, Operand &X, StringRef Context);

  // Statements.
  void funcBody(const Node *Fn, FuncInfo *FI, const BlockStmt *Body,
                Scope *S);
  void collectLabels(const StmtList &L);
  void checkGotos(const BlockStmt *Body);
  std::vector<const BranchStmt *>
  gotoBlock(const GotoBlock *Parent, SourceLoc Start,
            const std::vector<const Stmt *> &List, GotoState &GS);
  void stmtList(const StmtList &L);
  void stmt(const Stmt *S);
  void simpleStmt(const Stmt *S) {
    if (S)
      stmt(S);
  }
  void exprStmt(const ExprStmt *S);
  void sendStmt(const SendStmt *S);
  void incDec(const IncDecStmt *S);
  void assignStmt(const AssignStmt *S);
  void shortVarDecl(const AssignStmt *S);
  void assignMismatch(const ExprList &Rhs, size_t NVars, size_t NVals);
  bool tupleMismatch(const ExprList &Rhs, Operand &X);
  void rhsValues(const ExprList &Rhs, size_t NLhs, SourceLoc OpLoc,
                 std::vector<Operand> &Vals, bool &IsTuple);
  void goDefer(const Expr *Call, StringRef Keyword);
  void returnStmt(const ReturnStmt *S);
  void branchStmt(const BranchStmt *S);
  void ifStmt(const IfStmt *S);
  void switchStmt(const SwitchStmt *S, const std::string &Label);
  void selectStmt(const SelectStmt *S, const std::string &Label);
  void forStmt(const ForStmt *S, const std::string &Label);
  void rangeStmt(const RangeStmt *S, const std::string &Label);
  void declStmt(const DeclStmt *S);
  void localValueSpec(const ValueSpec *VS, const ValueSpec *Values, bool Const);
  void block(const StmtList &L);
  void cond(const Expr *E, StringRef What);
  Object *declareLocal(const Ident *Id, Type *T);
  void reportUnused(FuncCtx &FC);

  // Termination.
  bool isTerminating(const Stmt *S, const std::string &Label);
  bool isTerminatingList(const StmtList &L);
  bool hasBreak(const Stmt *S, const std::string &Label, bool Implicit);
  bool hasBreakList(const StmtList &L, const std::string &Label,
                    bool Implicit);

  // Initialization order.
  void initOrder();

  const File &F;
  Diagnostics &Diags;
  SemaInfo &Info;
  TypeContext &Ctx;
  std::vector<PendingError> Errors;
  std::vector<PendingError> BranchErrors;
  bool SawUnsupported = false;

  Scope Universe{nullptr};
  Scope FileScope{&Universe};
  Scope PkgScope{&FileScope};
  Scope *Cur = &PkgScope;
  std::map<std::string, std::map<std::string, Object *>> PkgMembers;
  std::vector<std::pair<Object *, const ImportSpec *>> Imports;
  std::map<Object *, DeclInfo> Decls;
  std::vector<Object *> PkgVars; ///< in declaration order
  std::vector<Object *> PkgFuncs;
  std::vector<const FuncDecl *> Bodies;
  Object *CurDecl = nullptr; ///< package var or func whose deps we collect
  std::vector<Object *> Resolving; ///< package objects being resolved
  FuncCtx *CurFunc = nullptr;
  const Operand *Iota = nullptr;
  Object *IotaObj = nullptr;
  /// While a constant's inherited expression (a const spec without
  /// values) is checked: its name, where gc reports the errors.
  SourceLoc ErrPos;
  unsigned NestDepth = 0;
  // As Parser::MaxDepth: the parser stops deeper programs first.
  static constexpr unsigned MaxNest = 250000;
};

void Checker::error(SourceLoc Loc, const llvm::Twine &Msg) {
  Errors.push_back({ErrPos.isValid() ? ErrPos : Loc, Msg.str()});
}

void Checker::flushErrors() {
  BranchErrors.insert(BranchErrors.end(), Errors.begin(), Errors.end());
  // gc drops an error equal to the one it reported just before on the
  // same line (base.ErrorfAt), before counting it.
  Errors.clear();
  for (PendingError &E : BranchErrors)
    if (Errors.empty() || Errors.back().Loc.Line != E.Loc.Line ||
        Errors.back().Msg != E.Msg)
      Errors.push_back(std::move(E));
  BranchErrors.clear();
  size_t N = std::min<size_t>(Errors.size(), Diagnostics::MaxErrors);
  std::vector<PendingError> First(Errors.begin(), Errors.begin() + N);
  for (size_t I = 1; I < First.size(); ++I) // stable insertion sort
    for (size_t J = I; J > 0 && before(First[J].Loc, First[J - 1].Loc); --J)
      std::swap(First[J], First[J - 1]);
  for (const PendingError &E : First)
    Diags.error(E.Loc, E.Msg);
  // gc gives up when it reaches MaxErrors, and prints "too many errors" at
  // the position of the last error it reported.
  if (N == Diagnostics::MaxErrors)
    Diags.error(Errors[N - 1].Loc, "too many errors");
}

Object *Checker::newObject(Object::ObjKind K, StringRef Name, SourceLoc Loc,
                           Type *T) {
  Info.Objects.push_back(std::make_unique<Object>());
  Object *O = Info.Objects.back().get();
  O->Kind = K;
  O->Name = Name.str();
  O->Loc = Loc;
  O->T = T;
  return O;
}

void Checker::declare(Scope *S, Object *O, const Ident *Id) {
  if (Id)
    Info.Defs[Id] = O;
  if (O->Name == "_")
    return;
  if (Object *Old = S->lookupLocal(O->Name)) {
    error(O->Loc, O->Name + " redeclared in this block" + otherDecl(Old));
    return;
  }
  S->insert(O);
}

//===----------------------------------------------------------------------===//
// Universe and packages
//===----------------------------------------------------------------------===//

void Checker::makeUniverse() {
  static const std::pair<const char *, BasicKind> Basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},
      {"int8", BasicKind::Int8},       {"int16", BasicKind::Int16},
      {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},
      {"uint16", BasicKind::Uint16},   {"uint32", BasicKind::Uint32},
      {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"string", BasicKind::String}};
  for (auto &B : Basics)
    Universe.insert(newObject(Object::TypeName, B.first, {}, Ctx.basic(B.second)));
  Universe.insert(newObject(Object::TypeName, "byte", {}, Ctx.byteType()));
  Universe.insert(newObject(Object::TypeName, "rune", {}, Ctx.runeType()));
  Universe.insert(newObject(Object::TypeName, "any", {}, Ctx.emptyInterface()));
  // Types of later tiers: a TypeName without type.
  for (const char *N : {"float32", "float64", "complex64", "complex128",
                        "error", "comparable"})
    Universe.insert(newObject(Object::TypeName, N, {}, nullptr));
  Object *True = newObject(Object::Const, "true", {},
                           Ctx.basic(BasicKind::UntypedBool));
  True->Val = ConstValue::makeBool(true);
  Object *False = newObject(Object::Const, "false", {},
                            Ctx.basic(BasicKind::UntypedBool));
  False->Val = ConstValue::makeBool(false);
  Universe.insert(True);
  Universe.insert(False);
  IotaObj = newObject(Object::Const, "iota", {},
                      Ctx.basic(BasicKind::UntypedInt));
  Universe.insert(IotaObj);
  Universe.insert(
      newObject(Object::Nil, "nil", {}, Ctx.basic(BasicKind::UntypedNil)));
  static const std::pair<const char *, BuiltinId> Builtins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
      {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex},
      {"copy", BuiltinId::Copy},       {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},       {"new", BuiltinId::New},
      {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},
      {"recover", BuiltinId::Recover}};
  for (auto &B : Builtins) {
    Object *O = newObject(Object::Builtin, B.first, {});
    O->Id = B.second;
    Universe.insert(O);
  }

  // The members of the importable packages.
  Type *Int = Ctx.basic(BasicKind::Int);
  SignatureType *Void = Ctx.func({}, {});
  static const std::pair<const char *, BuiltinId> Runtime[] = {
      {"Gosched", BuiltinId::RuntimeGosched},
      {"Goexit", BuiltinId::RuntimeGoexit},
      {"LockOSThread", BuiltinId::RuntimeLockOSThread},
      {"UnlockOSThread", BuiltinId::RuntimeUnlockOSThread},
      {"Breakpoint", BuiltinId::RuntimeBreakpoint},
      {"GC", BuiltinId::RuntimeGC}};
  for (auto &R : Runtime) {
    Object *O = newObject(Object::Func, R.first, {}, Void);
    O->Id = R.second;
    declarePackageMember("runtime", R.first, O);
  }
  Object *O = newObject(Object::Func, "GOMAXPROCS", {}, Ctx.func({Int}, {Int}));
  O->Id = BuiltinId::RuntimeGOMAXPROCS;
  declarePackageMember("runtime", "GOMAXPROCS", O);
  O = newObject(Object::Func, "NumGoroutine", {}, Ctx.func({}, {Int}));
  O->Id = BuiltinId::RuntimeNumGoroutine;
  declarePackageMember("runtime", "NumGoroutine", O);
  O = newObject(Object::Func, "Exit", {}, Ctx.func({Int}, {}));
  O->Id = BuiltinId::OsExit;
  declarePackageMember("os", "Exit", O);
  O = newObject(Object::Func, "Sleep", {}, Ctx.func({Ctx.duration()}, {}));
  O->Id = BuiltinId::TimeSleep;
  declarePackageMember("time", "Sleep", O);
  declarePackageMember(
      "time", "Duration",
      newObject(Object::TypeName, "Duration", {}, Ctx.duration()));
  static const std::pair<const char *, int64_t> Durations[] = {
      {"Nanosecond", 1},
      {"Microsecond", 1000},
      {"Millisecond", 1000000},
      {"Second", 1000000000},
      {"Minute", 60000000000},
      {"Hour", 3600000000000}};
  for (auto &D : Durations) {
    O = newObject(Object::Const, D.first, {}, Ctx.duration());
    O->Val = ConstValue::makeInt(D.second);
    declarePackageMember("time", D.first, O);
  }
}

void Checker::declarePackageMember(StringRef Pkg, StringRef Name, Object *O) {
  O->Global = true;
  O->PkgPath = Pkg.str();
  PkgMembers[Pkg.str()][Name.str()] = O;
}

//===----------------------------------------------------------------------===//
// Package-level declarations
//===----------------------------------------------------------------------===//

void Checker::collectImport(const ImportSpec *IS) {
  std::string Path = IS->Path ? IS->Path->Value : "";
  SourceLoc Loc = IS->Path ? IS->Path->getLoc() : IS->getLoc();
  bool Known = Path == "runtime" || Path == "os" || Path == "time";
  if (!Known)
    unsupported(Loc, "package " + Path, true);
  std::string Name = Path.substr(Path.rfind('/') + 1);
  if (IS->Name) {
    Name = IS->Name->Name;
    if (Name == ".") {
      unsupported(IS->Name->getLoc(), "dot imports");
      return;
    }
    if (Name == "_")
      return;
  }
  // types2's PkgName is at the start of the spec: its name, if any.
  Object *O = newObject(Object::Package, Name,
                        IS->Name ? IS->Name->getLoc() : Loc);
  O->PkgPath = Known ? Path : "";
  if (IS->Name)
    Info.Defs[IS->Name.get()] = O;
  Object *Old = PkgScope.lookupLocal(Name);
  if (!Old)
    Old = FileScope.lookupLocal(Name);
  // A redeclared import is in no scope, but gc still reports it unused.
  if (Old)
    error(O->Loc, Name + " redeclared in this block" + otherDecl(Old));
  else
    FileScope.insert(O);
  Imports.push_back({O, IS});
}

void Checker::collectValueSpecs(const GenDecl *D) {
  bool IsConst = D->DeclTok == Tok::Const;
  const ValueSpec *Last = nullptr; // const: the last spec with values
  for (const SpecPtr &SP : D->Specs) {
    const auto *VS = dyn_cast<ValueSpec>(SP.get());
    if (!VS)
      continue;
    if (IsConst && (VS->Type || !VS->Values.empty()))
      Last = VS;
    arity(VS, IsConst ? Last : VS, IsConst);
    std::vector<Object *> Group;
    for (unsigned I = 0; I < VS->Names.size(); ++I) {
      const Ident *Id = VS->Names[I].get();
      Object *O = newObject(IsConst ? Object::Const : Object::Var, Id->Name,
                            Id->getLoc());
      O->Global = true;
      O->Decl = VS;
      DeclInfo &DI = Decls[O];
      DI.Spec = VS;
      DI.Values = IsConst ? Last : VS;
      DI.Index = I;
      DI.Iota = VS->Iota;
      if (Id->Name == "init" || (Id->Name == "main" && !IsConst)) {
        error(Id->getLoc(), "cannot declare " + Id->Name +
                                " - must be func");
        Info.Defs[Id] = O;
      } else {
        declare(&PkgScope, O, Id);
      }
      if (!IsConst)
        PkgVars.push_back(O);
    }
  }
}

/// gc's count check of a const or var spec's names and values (Values:
/// the spec whose values a const spec repeats, if any). A var spec with
/// one value for several names is an assignment, checked with it.
void Checker::arity(const ValueSpec *VS, const ValueSpec *Values,
                    bool IsConst) {
  size_t L = VS->Names.size();
  size_t R = Values ? Values->Values.size() : 0;
  if (!IsConst && VS->Type && R == 0)
    return;
  if (L < R) {
    const Expr *N = Values->Values[L].get();
    if (Values != VS)
      error(VS->getLoc(), "extra init expr at " + posString(exprStart(N)));
    else
      errorAt(N, "extra init expr " + exprString(N));
  } else if (L > R && (IsConst || R != 1)) {
    const Ident *N = VS->Names[R].get();
    error(N->getLoc(), "missing init expr for " + N->Name);
  }
}

void Checker::collectFunc(const FuncDecl *FD) {
  if (!FD->Name)
    return;
  if (FD->IsMethod) {
    unsupported(FD->Name->getLoc(), "methods");
    return;
  }
  Object *O = newObject(Object::Func, FD->Name->Name, FD->Name->getLoc());
  O->Global = true;
  O->Decl = FD;
  Decls[O].Func = FD;
  PkgFuncs.push_back(O);
  if (FD->Name->Name == "init") {
    Info.Defs[FD->Name.get()] = O;
    Info.InitFuncs.push_back(FD);
  } else {
    declare(&PkgScope, O, FD->Name.get());
  }
  if (!FD->Body)
    error(FD->Name->getLoc(), "missing function body");
  else
    Bodies.push_back(FD);
}

void Checker::collectObjects() {
  for (const DeclPtr &D : F.Decls) {
    if (const auto *FD = dyn_cast<FuncDecl>(D.get())) {
      collectFunc(FD);
      continue;
    }
    const auto *GD = cast<GenDecl>(D.get());
    switch (GD->DeclTok) {
    case Tok::Import:
      for (const SpecPtr &S : GD->Specs)
        if (const auto *IS = dyn_cast<ImportSpec>(S.get()))
          collectImport(IS);
      break;
    case Tok::Const:
    case Tok::Var:
      collectValueSpecs(GD);
      break;
    default:
      for (const SpecPtr &S : GD->Specs)
        if (const auto *TS = dyn_cast<TypeSpec>(S.get())) {
          unsupported(TS->Name->getLoc(), "type declarations");
          Object *O = newObject(Object::TypeName, TS->Name->Name,
                                TS->Name->getLoc(), Ctx.invalid());
          O->Global = true;
          declare(&PkgScope, O, TS->Name.get());
        }
    }
  }
  // Names in the file scope must not clash with package-level ones.
  for (auto &[Pkg, IS] : Imports) {
    Object *Alt = PkgScope.lookupLocal(Pkg->Name);
    if (!Alt || FileScope.lookupLocal(Pkg->Name) != Pkg)
      continue;
    // As types2's Package String: its name, then its path quoted.
    std::string Path = IS->Path ? IS->Path->Value : "";
    error(Alt->Loc, Alt->Name + " already declared through import of package " +
                        Path.substr(Path.rfind('/') + 1) + " (\"" + Path +
                        "\")" + otherDecl(Pkg));
  }
}

/// Type-checks package-level object O if not done yet.
void Checker::resolve(Object *O) {
  auto It = Decls.find(O);
  if (It == Decls.end())
    return;
  DeclInfo &D = It->second;
  if (D.State == DeclInfo::Done)
    return;
  if (D.State == DeclInfo::InProgress) {
    if (O->Kind == Object::Const || (O->Kind == Object::Var && !O->T)) {
      // The objects being resolved from O on refer each to the next.
      size_t From = llvm::find(Resolving, O) - Resolving.begin();
      error(O->Loc, "initialization loop for " + O->Name +
                        cycleString(llvm::ArrayRef(Resolving).drop_front(From)));
      O->T = Ctx.invalid();
    }
    return;
  }
  D.State = DeclInfo::InProgress;
  Resolving.push_back(O);
  SourceLoc SavedErrPos = ErrPos;
  ErrPos = SourceLoc();
  Scope *SavedScope = Cur;
  FuncCtx *SavedFunc = CurFunc;
  Object *SavedDecl = CurDecl;
  Cur = &PkgScope;
  CurFunc = nullptr;
  if (O->Kind == Object::Const) {
    CurDecl = nullptr;
    resolveConst(O, D);
  } else if (O->Kind == Object::Var) {
    CurDecl = O;
    resolveVar(O, D);
  } else {
    CurDecl = O;
    FuncInfo &FI = Info.Funcs[D.Func];
    FI.Sig = signature(D.Func->Type.get(), &FI, nullptr, D.Func);
    O->T = FI.Sig;
    if ((O->Name == "main" || O->Name == "init") &&
        (!FI.Sig->Params.empty() || !FI.Sig->Results.empty()))
      error(D.Func->Name->getLoc(),
            "func " + O->Name + " must have no arguments and no return values");
  }
  Cur = SavedScope;
  CurFunc = SavedFunc;
  CurDecl = SavedDecl;
  ErrPos = SavedErrPos;
  Resolving.pop_back();
  D.State = DeclInfo::Done;
}

/// The continuation lines of types2's reportCycle for Chain, in which each
/// object refers to the next and the last to the first.
std::string Checker::cycleString(llvm::ArrayRef<Object *> Chain) const {
  std::string S;
  for (const Object *O : Chain)
    S += "\n\t" + Diags.posString(O->Loc) + ": " + O->Name + " refers to";
  return S + "\n\t" + Diags.posString(Chain[0]->Loc) + ": " + Chain[0]->Name;
}

/// types2's findPath: the chain of dependencies (variables and functions)
/// by which From refers to To, last first; empty if there is none.
std::vector<Object *> Checker::findPath(Object *From, Object *To,
                                        std::set<Object *> &Seen) {
  if (!Seen.insert(From).second)
    return {};
  auto It = Decls.find(From);
  if (It == Decls.end())
    return {};
  for (Object *D : It->second.Deps) {
    if (D == To)
      return {D};
    if (std::vector<Object *> P = findPath(D, To, Seen); !P.empty()) {
      P.push_back(D);
      return P;
    }
  }
  return {};
}

void Checker::resolveConst(Object *O, DeclInfo &D) {
  O->T = Ctx.invalid();
  if (!D.Values)
    return;
  Type *T = D.Values->Type ? typeOf(D.Values->Type.get()) : nullptr;
  if (T && !isInvalid(T) && !isa<BasicType>(underlying(T))) {
    errorAt(D.Values->Type.get(),
            "invalid constant type " + typeString(T));
    return;
  }
  if (D.Index >= D.Values->Values.size())
    return; // arity reported it

  Operand IotaOp;
  IotaOp.M = TypeAndValue::Constant;
  IotaOp.T = Ctx.basic(BasicKind::UntypedInt);
  IotaOp.Val = ConstValue::makeInt(int64_t(D.Iota));
  const Operand *SavedIota = Iota;
  Iota = &IotaOp;
  SourceLoc SavedErrPos = ErrPos;
  ErrPos = D.Spec != D.Values ? O->Loc : SourceLoc();
  const Expr *E = D.Values->Values[D.Index].get();
  Operand X = value(E);
  Iota = SavedIota;
  if (X.isInvalid()) {
    ErrPos = SavedErrPos;
    return;
  }
  if (!X.isConst())
    errorAt(E, operandString(X) + " is not constant");
  else if (!T || isInvalid(T) || assign(X, T, "constant declaration")) {
    O->T = X.T;
    O->Val = X.Val;
  }
  ErrPos = SavedErrPos;
}

void Checker::resolveVar(Object *O, DeclInfo &D) {
  const ValueSpec *VS = D.Spec;
  Type *T = VS->Type ? typeOf(VS->Type.get()) : nullptr;
  if (T) {
    O->T = T;
    if (VS->Values.empty())
      return;
  }
  // var a, b = f(): one initializer for all names, checked once.
  if (VS->Values.size() == 1 && VS->Names.size() > 1) {
    std::vector<Object *> Lhs;
    for (auto &Id : VS->Names)
      Lhs.push_back(Info.Defs.lookup(Id.get()));
    for (Object *L : Lhs)
      if (L && L != O)
        Decls[L].State = DeclInfo::InProgress;
    Operand X;
    check(VS->Values[0].get(), X);
    auto *Tup = X.isInvalid() ? nullptr : dyn_cast_or_null<TupleType>(X.T);
    if (!X.isInvalid() && (!Tup || Tup->Elems.size() != Lhs.size())) {
      if (X.M == TypeAndValue::CommaOk && Lhs.size() == 2) {
        Tup = cast<TupleType>(X.T);
      } else {
        if (X.M == TypeAndValue::NoValue)
          singleValue(X);
        else
          assignMismatch(VS->Values, Lhs.size(),
                         Tup ? Tup->Elems.size() : 1);
        Tup = nullptr;
      }
    }
    for (size_t I = 0; I < Lhs.size(); ++I) {
      Object *L = Lhs[I];
      if (!L)
        continue;
      Type *ET = Tup ? Tup->Elems[I] : Ctx.invalid();
      if (T && Tup) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = ET;
        E.E = VS->Values[0].get();
        assign(E, T, "assignment");
      }
      if (!L->T)
        L->T = T ? T : ET;
      if (L != O) {
        Decls[L].State = DeclInfo::Done;
        Decls[L].Deps = Decls[O].Deps;
      }
    }
    return;
  }
  // With a count mismatch (arity's error), a name still takes its value.
  if (D.Index >= VS->Values.size()) {
    if (!O->T)
      O->T = Ctx.invalid();
    return;
  }
  Operand X = value(VS->Values[D.Index].get());
  if (X.isInvalid()) {
    if (!O->T)
      O->T = Ctx.invalid();
    return;
  }
  if (T) {
    assign(X, T, "variable declaration");
    return;
  }
  if (basicKind(X.T) == BasicKind::UntypedNil) {
    errorAt(X.E, "use of untyped nil in variable declaration");
    O->T = Ctx.invalid();
    return;
  }
  useDefault(X, "variable declaration");
  O->T = X.T;
}

/// Records a reference to object O through identifier Id: marks it used,
/// notes package-level dependencies and closure captures.
void Checker::noteUse(Object *O, const Ident *Id) {
  if (Id)
    Info.Uses[Id] = O;
  if (O->Global) {
    if ((O->Kind == Object::Var || O->Kind == Object::Func) && CurDecl &&
        !O->PkgPath.size())
      Decls[CurDecl].Deps.push_back(O);
    resolve(O);
    return;
  }
  if (O->Kind != Object::Var || !CurFunc || !O->Owner)
    return;
  // A variable of an enclosing function: every function literal between
  // here and its owner captures it.
  for (FuncCtx *FC = CurFunc; FC && FC->Fn != O->Owner; FC = FC->Parent) {
    O->Captured = true;
    auto &Caps = FC->Info->Captures;
    if (std::find(Caps.begin(), Caps.end(), O) == Caps.end())
      Caps.push_back(O);
  }
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// Evaluates a type expression; reports and returns invalid on error.
Type *Checker::typeOf(const Expr *E) {
  Type *T = Ctx.invalid();
  switch (E->getKind()) {
  case Node::NK_Ident:
  case Node::NK_SelectorExpr: {
    Operand X;
    check(E, X);
    if (X.isInvalid())
      return T;
    if (X.M != TypeAndValue::TypeExpr) {
      errorAt(E, exprString(E) + " is not a type");
      return T;
    }
    return X.T;
  }
  case Node::NK_ParenExpr:
    T = typeOf(cast<ParenExpr>(E)->X.get());
    break;
  case Node::NK_ChanType: {
    auto *C = cast<gort::ChanType>(E);
    Type *Elem = typeOf(C->Value.get());
    T = Ctx.chanOf(ChannelType::Direction(C->Dir), Elem);
    break;
  }
  case Node::NK_FuncType:
    T = signature(cast<gort::FuncType>(E), nullptr, nullptr, nullptr);
    break;
  case Node::NK_InterfaceType:
    if (!cast<gort::InterfaceType>(E)->Methods.empty()) {
      unsupported(E->getLoc(), "non-empty interfaces");
      return T;
    }
    T = Ctx.emptyInterface();
    break;
  case Node::NK_ArrayType:
    unsupported(E->getLoc(),
                cast<ArrayType>(E)->Len ? "arrays" : "slices");
    return T;
  case Node::NK_MapType:
    unsupported(E->getLoc(), "maps");
    return T;
  case Node::NK_StructType:
    unsupported(E->getLoc(), "structs");
    return T;
  case Node::NK_StarExpr:
    unsupported(E->getLoc(), "pointers");
    return T;
  case Node::NK_Ellipsis:
    unsupported(E->getLoc(), "variadic functions");
    return T;
  default:
    errorAt(E, exprString(E) + " is not a type");
    return T;
  }
  recordType(E, T);
  return T;
}

/// The signature of a func type. With FI and S, declares the parameters and
/// named results in S (the function's scope) and records them in FI.
SignatureType *Checker::signature(const gort::FuncType *FT, FuncInfo *FI, Scope *S,
                             const Node *Owner) {
  std::vector<Type *> Params, Results;
  auto Fields = [&](const FieldList &L, std::vector<Type *> &Out,
                    std::vector<Object *> *Objs) {
    for (const FieldPtr &Fld : L) {
      Type *T = typeOf(Fld->Type.get());
      if (Fld->Names.empty()) {
        Out.push_back(T);
        if (Objs)
          Objs->push_back(nullptr);
        continue;
      }
      for (const IdentPtr &Id : Fld->Names) {
        Out.push_back(T);
        if (!Objs)
          continue;
        Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
        O->IsParam = true;
        O->Owner = Owner;
        // A blank result is still a result variable: a bare return
        // returns its zero value. A blank parameter needs no storage.
        Objs->push_back(Id->Name == "_" && FI && Objs == &FI->Params ? nullptr
                                                                     : O);
        if (S)
          declare(S, O, Id.get());
        else
          Info.Defs[Id.get()] = O;
      }
    }
  };
  Fields(FT->Params, Params, FI ? &FI->Params : nullptr);
  Fields(FT->Results, Results, FI ? &FI->Results : nullptr);
  SignatureType *Sig = Ctx.func(std::move(Params), std::move(Results));
  recordType(FT, Sig);
  return Sig;
}

//===----------------------------------------------------------------------===//
// Recording
//===----------------------------------------------------------------------===//

void Checker::record(const Operand &X) {
  if (!X.E)
    return;
  TypeAndValue &TV = Info.Exprs[X.E];
  TV.M = X.M;
  TV.T = X.T;
  TV.Val = X.Val;
}

void Checker::recordType(const Expr *E, Type *T) {
  TypeAndValue &TV = Info.Exprs[E];
  TV.M = TypeAndValue::TypeExpr;
  TV.T = T;
}

/// Gives the untyped expression E (and its untyped operands) type T, as
/// go/types' updateExprType.
/// The constant left operand of a non-constant shift (1 << s) gets its
/// type from the context; like types2's updateExprType, reports each
/// level of it (parentheses, then the constant) whose value T cannot hold.
void Checker::checkShiftedConst(const Expr *E, Type *T) {
  if (!isInteger(T) || isUntyped(T))
    return;
  for (unsigned Guard = 0; E && Guard < 100000; ++Guard) {
    auto It = Info.Exprs.find(E);
    if (It == Info.Exprs.end() || !isUntyped(It->second.T) ||
        It->second.M != TypeAndValue::Constant ||
        It->second.Val.K != ConstValue::Int)
      return;
    if (!representable(It->second.Val.I, basicKind(T), Ctx.wordBits())) {
      Operand X;
      X.M = It->second.M;
      X.T = It->second.T;
      X.Val = It->second.Val;
      X.E = E;
      overflowError(X, T);
    }
    auto *P = dyn_cast<ParenExpr>(E);
    E = P ? P->X.get() : nullptr;
  }
}

void Checker::updateExprType(const Expr *E, Type *T) {
  for (unsigned Guard = 0; E && Guard < 100000; ++Guard) {
    auto It = Info.Exprs.find(E);
    if (It == Info.Exprs.end() || !isUntyped(It->second.T))
      return;
    It->second.T = T;
    if (auto *P = dyn_cast<ParenExpr>(E)) {
      E = P->X.get();
    } else if (auto *U = dyn_cast<UnaryExpr>(E)) {
      if (U->Op == Tok::Not || U->Op == Tok::Arrow)
        return;
      E = U->X.get();
    } else if (auto *B = dyn_cast<BinaryExpr>(E)) {
      switch (B->Op) {
      case Tok::Eql:
      case Tok::Neq:
      case Tok::Lss:
      case Tok::Leq:
      case Tok::Gtr:
      case Tok::Geq:
        return; // operands keep their own types
      case Tok::Shl:
      case Tok::Shr:
        if (It->second.M != TypeAndValue::Constant)
          checkShiftedConst(B->X.get(), T);
        E = B->X.get();
        break;
      default:
        if (!isBoolean(T) || (B->Op != Tok::LAnd && B->Op != Tok::LOr)) {
          // Recursion on one side, iteration on the other keeps the stack
          // shallow for long left-leaning chains (1+1+...+1).
          if (B->X->getKind() == Node::NK_BinaryExpr) {
            updateExprType(B->Y.get(), T);
            E = B->X.get();
          } else {
            updateExprType(B->X.get(), T);
            E = B->Y.get();
          }
        } else {
          updateExprType(B->Y.get(), T);
          E = B->X.get();
        }
      }
    } else {
      return;
    }
  }
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void Checker::check(const Expr *E, Operand &X, unsigned Depth) {
  X = Operand();
  X.E = E;
  if (!E)
    return;
  if (++NestDepth > MaxNest) {
    if (NestDepth == MaxNest + 1)
      error(E->getLoc(), "expression nested too deeply");
    --NestDepth;
    return;
  }
  checkRaw(E, X, Depth);
  --NestDepth;
  X.E = E;
  // A value of a type that could not be resolved (often one of a later
  // tier, already reported) is not reported again.
  if (X.M != TypeAndValue::NoValue && X.M != TypeAndValue::Builtin &&
      X.M != TypeAndValue::Package && isInvalid(X.T))
    X.M = TypeAndValue::Invalid;
  if (X.isInvalid())
    X.T = Ctx.invalid();
  record(X);
}

Operand Checker::value(const Expr *E, unsigned Depth) {
  Operand X;
  check(E, X, Depth);
  singleValue(X);
  return X;
}

/// Reports X if it is not a single value; returns false then.
bool Checker::singleValue(Operand &X) {
  switch (X.M) {
  case TypeAndValue::Invalid:
    return false;
  case TypeAndValue::NoValue:
    errorAt(X.E, exprString(X.E) + " (no value) used as value");
    break;
  case TypeAndValue::Builtin:
    errorAt(X.E, exprString(X.E) + " (built-in) must be called");
    break;
  case TypeAndValue::TypeExpr:
    errorAt(X.E, exprString(X.E) + " (type) is not an expression");
    break;
  case TypeAndValue::Package:
    errorAt(X.E, "use of package " + exprString(X.E) + " not in selector");
    break;
  case TypeAndValue::CommaOk:
    // Used as a single value after all: so are the parenthesized
    // expressions inside.
    X.M = TypeAndValue::Value;
    X.T = cast<TupleType>(X.T)->Elems[0];
    for (const Expr *E = X.E; E;) {
      auto It = Info.Exprs.find(E);
      if (It != Info.Exprs.end() && It->second.M == TypeAndValue::CommaOk) {
        It->second.M = TypeAndValue::Value;
        It->second.T = X.T;
      }
      auto *P = dyn_cast<ParenExpr>(E);
      E = P ? P->X.get() : nullptr;
    }
    record(X);
    return true;
  default:
    if (isa_and_nonnull<TupleType>(X.T)) {
      errorAt(X.E, "multiple-value " + operandString(X) +
                       " in single-value context");
      break;
    }
    return true;
  }
  X.M = TypeAndValue::Invalid;
  X.T = Ctx.invalid();
  return false;
}

void Checker::checkRaw(const Expr *E, Operand &X, unsigned Depth) {
  switch (E->getKind()) {
  case Node::NK_BadExpr:
    return;
  case Node::NK_Ident:
    return ident(cast<Ident>(E), X);
  case Node::NK_BasicLit:
    return basicLit(cast<BasicLit>(E), X);
  case Node::NK_FuncLit:
    return funcLit(cast<FuncLit>(E), X);
  case Node::NK_ParenExpr: {
    check(cast<ParenExpr>(E)->X.get(), X, Depth + 1);
    return;
  }
  case Node::NK_SelectorExpr:
    return selector(cast<SelectorExpr>(E), X);
  case Node::NK_UnaryExpr:
    return unary(cast<UnaryExpr>(E), X, Depth);
  case Node::NK_BinaryExpr:
    return binary(cast<BinaryExpr>(E), X, Depth);
  case Node::NK_CallExpr:
    return call(cast<CallExpr>(E), X, Depth);
  case Node::NK_TypeAssertExpr:
    return typeAssert(cast<TypeAssertExpr>(E), X, Depth);
  case Node::NK_ChanType:
  case Node::NK_FuncType:
  case Node::NK_InterfaceType:
  case Node::NK_ArrayType:
  case Node::NK_MapType:
  case Node::NK_StructType: {
    Type *T = typeOf(E);
    if (isInvalid(T))
      return;
    X.M = TypeAndValue::TypeExpr;
    X.T = T;
    return;
  }
  case Node::NK_CompositeLit:
    unsupported(E->getLoc(), "composite literals");
    return;
  case Node::NK_IndexExpr:
    unsupported(E->getLoc(), "index expressions");
    return;
  case Node::NK_SliceExpr:
    unsupported(E->getLoc(), "slice expressions");
    return;
  case Node::NK_StarExpr:
    unsupported(E->getLoc(), "pointers");
    return;
  case Node::NK_KeyValueExpr:
    unsupported(E->getLoc(), "composite literals");
    return;
  case Node::NK_Ellipsis:
    unsupported(E->getLoc(), "variadic functions");
    return;
  default:
    return;
  }
}

void Checker::ident(const Ident *Id, Operand &X) {
  if (Id->Name == "_") {
    error(Id->getLoc(), "cannot use _ as value or type");
    return;
  }
  Object *O = Cur->lookup(Id->Name);
  if (!O) {
    error(Id->getLoc(), "undefined: " + Id->Name);
    return;
  }
  if (O == IotaObj) {
    Info.Uses[Id] = O;
    if (!Iota) {
      error(Id->getLoc(), "cannot use iota outside constant declaration");
      return;
    }
    X = *Iota;
    return;
  }
  if (O->Kind != Object::Package) // only a selector uses a package
    O->Used = true;
  noteUse(O, Id);
  switch (O->Kind) {
  case Object::Package:
    X.M = TypeAndValue::Package;
    X.Obj = O;
    return;
  case Object::Builtin:
    X.M = TypeAndValue::Builtin;
    X.Obj = O;
    return;
  case Object::TypeName:
    if (!O->T) {
      unsupported(Id->getLoc(), Id->Name, true);
      return;
    }
    if (isInvalid(O->T))
      return;
    X.M = TypeAndValue::TypeExpr;
    X.T = O->T;
    return;
  case Object::Const:
    if (!O->T || isInvalid(O->T))
      return;
    X.M = TypeAndValue::Constant;
    X.T = O->T;
    X.Val = O->Val;
    return;
  case Object::Nil:
    X.M = TypeAndValue::Value;
    X.T = O->T;
    return;
  case Object::Var:
    if (!O->T || isInvalid(O->T))
      return;
    X.M = TypeAndValue::Variable;
    X.T = O->T;
    return;
  case Object::Func:
    if (!O->T)
      return;
    X.M = TypeAndValue::Value;
    X.T = O->T;
    X.Obj = O;
    return;
  case Object::Label:
    return;
  }
}

/// Parses the digits of an integer literal (any base, with underscores).
static bool parseIntLit(StringRef Text, APInt &V) {
  std::string Digits;
  for (char C : Text)
    if (C != '_')
      Digits += C;
  StringRef D = Digits;
  unsigned Radix = 10;
  if (D.size() > 1 && D[0] == '0') {
    char P = D[1] | 0x20;
    if (P == 'x')
      Radix = 16, D = D.drop_front(2);
    else if (P == 'b')
      Radix = 2, D = D.drop_front(2);
    else if (P == 'o')
      Radix = 8, D = D.drop_front(2);
    else
      Radix = 8, D = D.drop_front(1);
  }
  if (D.empty() || D.size() > 400)
    return false;
  for (char C : D)
    if (!llvm::isHexDigit(C) || llvm::hexDigitValue(C) >= Radix)
      return false;
  V = APInt(ConstValue::ConstBits, D, Radix);
  return true;
}

/// Parses a decimal float literal whose value is an integer (1e9, 2.0).
static bool parseIntegralFloat(StringRef Text, APInt &V) {
  std::string Mant;
  int Exp = 0;
  bool SeenDot = false;
  size_t I = 0;
  for (; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '_')
      continue;
    if (C == '.') {
      SeenDot = true;
      continue;
    }
    if (!llvm::isDigit(C))
      break;
    Mant += C;
    if (SeenDot)
      --Exp;
  }
  if (I < Text.size()) {
    if ((Text[I] | 0x20) != 'e')
      return false; // hexadecimal floats
    long E = 0;
    if (Text.substr(I + 1).getAsInteger(10, E) || E > 400 || E < -400)
      return false;
    Exp += int(E);
  }
  while (Exp < 0 && !Mant.empty() && Mant.back() == '0') {
    Mant.pop_back();
    ++Exp;
  }
  if (Exp < 0 || Mant.size() + Exp > 300)
    return Exp >= 0 ? false : llvm::all_of(Mant, [](char C) { return C == '0'; }) &&
                                  (V = APInt(ConstValue::ConstBits, 0), true);
  if (Mant.empty())
    Mant = "0";
  Mant.append(Exp, '0');
  V = APInt(ConstValue::ConstBits, Mant, 10);
  return true;
}

void Checker::basicLit(const BasicLit *L, Operand &X) {
  APInt V;
  switch (L->LitKind) {
  case Tok::Int:
    if (!parseIntLit(L->Text, V)) {
      error(L->getLoc(), "constant overflow");
      return;
    }
    X.T = Ctx.basic(BasicKind::UntypedInt);
    X.Val = ConstValue::makeInt(V);
    break;
  case Tok::Float:
    if (!parseIntegralFloat(L->Text, V)) {
      unsupported(L->getLoc(), "floating-point numbers");
      return;
    }
    X.T = Ctx.basic(BasicKind::UntypedFloat);
    X.Val = ConstValue::makeInt(V);
    break;
  case Tok::Imag:
    unsupported(L->getLoc(), "complex numbers");
    return;
  case Tok::Rune:
    X.T = Ctx.basic(BasicKind::UntypedRune);
    X.Val = ConstValue::makeInt(int64_t(L->RuneValue));
    break;
  case Tok::String:
    X.T = Ctx.basic(BasicKind::UntypedString);
    X.Val = ConstValue::makeString(L->Value);
    break;
  default:
    return;
  }
  X.M = TypeAndValue::Constant;
}

void Checker::selector(const SelectorExpr *S, Operand &X) {
  const std::string &Sel = S->Sel->Name;
  if (const auto *Id = dyn_cast<Ident>(S->X.get())) {
    Object *P = Cur->lookup(Id->Name);
    if (P && P->Kind == Object::Package) {
      P->Used = true;
      Info.Uses[Id] = P;
      TypeAndValue &TV = Info.Exprs[Id];
      TV.M = TypeAndValue::Package;
      if (P->PkgPath.empty())
        return; // an unsupported package, reported at its import
      auto &Members = PkgMembers[P->PkgPath];
      auto It = Members.find(Sel);
      if (It == Members.end()) {
        if (!Sel.empty() && llvm::isUpper(Sel[0]))
          unsupported(S->Sel->getLoc(), P->PkgPath + "." + Sel, true);
        else
          error(S->Sel->getLoc(),
                "name " + Sel + " not exported by package " + P->PkgPath);
        return;
      }
      Object *M = It->second;
      Info.Uses[S->Sel.get()] = M;
      X.T = M->T;
      X.Obj = M;
      X.Val = M->Val;
      X.M = M->Kind == Object::Const      ? TypeAndValue::Constant
            : M->Kind == Object::TypeName ? TypeAndValue::TypeExpr
                                          : TypeAndValue::Value;
      return;
    }
  }
  Operand Base;
  check(S->X.get(), Base);
  if (Base.isInvalid())
    return;
  if (Base.M == TypeAndValue::TypeExpr) {
    unsupported(S->Sel->getLoc(), "method expressions");
    return;
  }
  if (!singleValue(Base))
    return;
  error(S->Sel->getLoc(), exprString(S) + " undefined (type " +
                              typeString(Base.T) + " has no field or method " +
                              Sel + ")");
}

void Checker::funcLit(const FuncLit *FL, Operand &X) {
  FuncInfo &FI = Info.Funcs[FL];
  Scope *FS = new Scope(Cur);
  std::unique_ptr<Scope> Owner(FS);
  FI.Sig = signature(FL->Type.get(), &FI, FS, FL);
  if (FL->Body)
    funcBody(FL, &FI, FL->Body.get(), FS);
  X.M = TypeAndValue::Value;
  X.T = FI.Sig;
}

void Checker::unary(const UnaryExpr *U, Operand &X, unsigned Depth) {
  if (U->Op == Tok::And) {
    unsupported(U->getLoc(), "pointers");
    return;
  }
  Operand Y;
  check(U->X.get(), Y, Depth + 1);
  if (!singleValue(Y))
    return;
  X = Y;
  X.E = U;
  X.Obj = nullptr;
  if (U->Op == Tok::Arrow) {
    auto *C = dyn_cast<ChannelType>(underlying(Y.T));
    if (!C) {
      errorAt(Y.E, "invalid operation: cannot receive from non-channel " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (C->Dir == ChannelType::SendOnly) {
      errorAt(Y.E, "invalid operation: cannot receive from send-only channel " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    // Comma-ok capable; callers that want one value call singleValue.
    if (isInvalid(C->Elem)) {
      X.M = TypeAndValue::Invalid;
      return;
    }
    X.M = TypeAndValue::CommaOk;
    X.T = Ctx.resultType(Ctx.func({}, {C->Elem, Ctx.basic(BasicKind::Bool)}));
    return;
  }
  bool Ok;
  switch (U->Op) {
  case Tok::Not:
    Ok = isBoolean(Y.T);
    break;
  case Tok::Add:
  case Tok::Sub:
  case Tok::Xor:
    Ok = isInteger(Y.T);
    break;
  default:
    Ok = false;
  }
  if (!Ok) {
    errorAt(Y.E, "invalid operation: operator " + tokSpelling(U->Op) +
                     " not defined on " + operandString(Y));
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (Y.isConst()) {
    switch (U->Op) {
    case Tok::Not:
      X.Val = ConstValue::makeBool(!Y.Val.B);
      break;
    case Tok::Sub:
      X.Val = ConstValue::makeInt(-Y.Val.I);
      break;
    case Tok::Xor:
      if (isUnsigned(Y.T)) {
        unsigned Bits = intBits(basicKind(Y.T), Ctx.wordBits());
        APInt Mask = APInt::getLowBitsSet(ConstValue::ConstBits, Bits);
        X.Val = ConstValue::makeInt(Y.Val.I ^ Mask);
      } else {
        X.Val = ConstValue::makeInt(~Y.Val.I);
      }
      break;
    default:
      break;
    }
    checkOverflow(X);
    return;
  }
  X.M = TypeAndValue::Value;
}

/// Reports a constant that does not fit its type; returns false then.
bool Checker::checkOverflow(Operand &X) {
  if (!X.isConst() || X.Val.K != ConstValue::Int)
    return true;
  BasicKind K = basicKind(X.T);
  if (representable(X.Val.I, K, Ctx.wordBits()))
    return true;
  if (isUntyped(X.T))
    errorAt(X.E, "constant overflow");
  else
    errorAt(X.E, operandString(X) + " overflows " + typeString(X.T));
  X.M = TypeAndValue::Invalid;
  return false;
}

static bool isComparison(Tok Op) {
  return Op == Tok::Eql || Op == Tok::Neq || Op == Tok::Lss ||
         Op == Tok::Leq || Op == Tok::Gtr || Op == Tok::Geq;
}

void Checker::binary(const BinaryExpr *B, Operand &X, unsigned Depth) {
  X = value(B->X.get(), Depth + 1);
  Operand Y = value(B->Y.get(), Depth + 1);
  if (X.isInvalid() || Y.isInvalid()) {
    X.M = TypeAndValue::Invalid;
    return;
  }
  binaryOp(B, B->X.get(), B->Y.get(), B->Op, X, Y);
}

/// go/types' canMix: whether an untyped operand is converted to the other
/// operand's type at all. If not, the operation reports mismatched types.
static bool canMix(const Operand &X, const Operand &Y) {
  if (isInterface(X.T) || isInterface(Y.T))
    return true;
  if (isBoolean(X.T) != isBoolean(Y.T) || isString(X.T) != isString(Y.T))
    return false;
  auto HasNil = [](Type *T) { return isChan(T) || isFunc(T); };
  if (basicKind(X.T) == BasicKind::UntypedNil && !HasNil(Y.T))
    return false;
  if (basicKind(Y.T) == BasicKind::UntypedNil && !HasNil(X.T))
    return false;
  return true;
}

/// go/types' kindString: what an operator is not defined on.
static std::string kindString(Type *T) {
  if (isChan(T))
    return "chan";
  if (isFunc(T))
    return "func";
  if (isInterface(T))
    return "interface";
  return typeString(T);
}

/// The operation of a mismatched-types error: x + y, or x += y when E is
/// the left operand (an op-assignment, positioned there).
static std::string operationString(const Expr *E, const Expr *LhsE,
                                   const Expr *RhsE, Tok Op) {
  if (E != LhsE)
    return exprString(E);
  return exprString(LhsE) + " " + tokSpelling(Op).str() + "= " +
         exprString(RhsE);
}

/// Converts untyped operands to each other's type for a binary operation
/// where they can mix; reports a failed conversion and returns false.
/// Operands that cannot mix keep their types, for the caller's error.
bool Checker::matchTypes(Operand &X, Operand &Y) {
  bool UX = isUntyped(X.T), UY = isUntyped(Y.T);
  if ((!UX && !UY) || !canMix(X, Y))
    return true;
  if (UX && UY) {
    // The "larger" kind wins: int < rune < float.
    if (isInteger(X.T) && isInteger(Y.T))
      X.T = Y.T = basicKind(X.T) > basicKind(Y.T) ? X.T : Y.T;
    return true;
  }
  Operand &U = UX ? X : Y;
  Operand &T = UX ? Y : X;
  std::string Why;
  if (implicitType(U, T.T, Why))
    return true;
  if (Why == "overflows")
    return overflowError(U, T.T);
  errorAt(U.E, "cannot convert " + operandString(U) + " to " +
                   typeString(underlying(T.T)));
  return false;
}

void Checker::binaryOp(const Expr *E, const Expr *LhsE, const Expr *RhsE,
                       Tok Op, Operand &X, Operand &Y) {
  if (Op == Tok::Shl || Op == Tok::Shr)
    return shift(E, Op, X, Y);
  bool XNil = basicKind(X.T) == BasicKind::UntypedNil;
  bool YNil = basicKind(Y.T) == BasicKind::UntypedNil;
  if (!matchTypes(X, Y)) {
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (isComparison(Op))
    return comparison(E, Op, X, Y, XNil, YNil);
  if (!identical(X.T, Y.T)) {
    errorAt(X.E, "invalid operation: " +
                     operationString(E, LhsE, RhsE, Op) +
                     " (mismatched types " + typeString(X.T) + " and " +
                     typeString(Y.T) + ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  bool Ok;
  switch (Op) {
  case Tok::Add:
    Ok = isInteger(X.T) || isString(X.T);
    break;
  case Tok::LAnd:
  case Tok::LOr:
    Ok = isBoolean(X.T);
    break;
  default:
    Ok = isInteger(X.T);
  }
  if (!Ok) {
    errorAt(X.E, "invalid operation: operator " + tokSpelling(Op) +
                     " not defined on " + operandString(X));
    X.M = TypeAndValue::Invalid;
    return;
  }
  if ((Op == Tok::Quo || Op == Tok::Rem) && Y.isConst() &&
      Y.Val.K == ConstValue::Int && Y.Val.I.isZero()) {
    errorAt(Y.E, "invalid operation: division by zero");
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (X.isConst() && Y.isConst()) {
    constOp(E, Op, X, Y);
    return;
  }
  X.M = TypeAndValue::Value;
  X.E = E;
}

/// Folds X Op Y for constant operands of matching type into X.
bool Checker::constOp(const Expr *E, Tok Op, Operand &X, const Operand &Y) {
  X.E = E;
  if (X.Val.K == ConstValue::String) {
    X.Val = ConstValue::makeString(X.Val.S + Y.Val.S);
    return true;
  }
  if (X.Val.K == ConstValue::Bool) {
    X.Val = ConstValue::makeBool(Op == Tok::LAnd ? X.Val.B && Y.Val.B
                                                 : X.Val.B || Y.Val.B);
    return true;
  }
  const APInt &A = X.Val.I, &B = Y.Val.I;
  APInt R;
  switch (Op) {
  case Tok::Add:
    R = A + B;
    break;
  case Tok::Sub:
    R = A - B;
    break;
  case Tok::Mul:
    if (A.getSignificantBits() + B.getSignificantBits() >
        ConstValue::ConstBits - 2) {
      errorAt(X.E, "constant multiplication overflow");
      X.M = TypeAndValue::Invalid;
      return false;
    }
    R = A * B;
    break;
  case Tok::Quo:
    R = A.sdiv(B);
    break;
  case Tok::Rem:
    R = A.srem(B);
    break;
  case Tok::And:
    R = A & B;
    break;
  case Tok::Or:
    R = A | B;
    break;
  case Tok::Xor:
    R = A ^ B;
    break;
  case Tok::AndNot:
    R = A & ~B;
    break;
  default:
    R = A;
  }
  X.Val = ConstValue::makeInt(R);
  return checkOverflow(X);
}

void Checker::shift(const Expr *E, Tok Op, Operand &X, Operand &Y) {
  if (!isInteger(X.T)) {
    errorAt(X.E, "invalid operation: shifted operand " + operandString(X) +
                     " must be integer");
    X.M = TypeAndValue::Invalid;
    return;
  }
  Operand YUntyped = Y; // messages print the count as written
  if (Y.isConst()) {
    if (!isInteger(Y.T)) {
      errorAt(Y.E, "invalid operation: shift count " + operandString(Y) +
                       " must be integer");
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (Y.Val.I.isNegative()) {
      errorAt(Y.E, "invalid operation: negative shift count " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (isUntyped(Y.T)) {
      // An untyped constant count must fit uint (32 bits on 386 and arm).
      if (!representable(Y.Val.I, BasicKind::Uint, Ctx.wordBits())) {
        overflowError(Y, Ctx.basic(BasicKind::Uint));
        X.M = TypeAndValue::Invalid;
        return;
      }
      updateExprType(Y.E, Ctx.basic(BasicKind::Uint));
      Y.T = Ctx.basic(BasicKind::Uint);
    }
  } else if (!isInteger(Y.T)) {
    errorAt(Y.E, "invalid operation: shift count " + operandString(Y) +
                     " must be integer");
    X.M = TypeAndValue::Invalid;
    return;
  } else if (isUntyped(Y.T)) {
    Operand YY = Y;
    convertUntyped(YY, Ctx.basic(BasicKind::Uint));
  }
  if (X.isConst() && Y.isConst()) {
    uint64_t N = Y.Val.I.getActiveBits() > 32 ? ~0ull : Y.Val.I.getZExtValue();
    if (isUntyped(X.T) && basicKind(X.T) == BasicKind::UntypedFloat)
      X.T = Ctx.basic(BasicKind::UntypedInt);
    X.E = E;
    // types2's bound: large enough to express the smallest float64.
    if (N > 1023 - 1 + 52) {
      errorAt(Y.E, "invalid operation: invalid shift count " +
                       operandString(YUntyped));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (Op == Tok::Shl) {
      // Untyped constants are limited to 512 bits of magnitude.
      APInt Mag = X.Val.I.abs();
      if (isUntyped(X.T) && !Mag.isZero() && Mag.getActiveBits() + N > 512) {
        error(E->getLoc(), "constant shift overflow");
        X.M = TypeAndValue::Invalid;
        return;
      }
      if (X.Val.I.getSignificantBits() + N > 1000) {
        errorAt(Y.E, "invalid shift count " + operandString(Y));
        X.M = TypeAndValue::Invalid;
        return;
      }
      // The result must still fit the (typed or untyped) type.
      X.Val = ConstValue::makeInt(X.Val.I.shl(unsigned(N)));
      checkOverflow(X);
      return;
    }
    X.Val = ConstValue::makeInt(
        X.Val.I.ashr(unsigned(std::min<uint64_t>(N, ConstValue::ConstBits - 1))));
    return;
  }
  if (X.isConst() && isUntyped(X.T)) {
    // A non-constant shift of an untyped constant: its type comes from the
    // context, as if the shift were its left operand alone.
    X.M = TypeAndValue::Value;
    X.E = E;
    if (basicKind(X.T) == BasicKind::UntypedFloat)
      X.T = Ctx.basic(BasicKind::UntypedInt);
    return;
  }
  X.M = TypeAndValue::Value;
  X.E = E;
}

static bool isComparable(Type *T) {
  Type *U = underlying(T);
  return isa<BasicType>(U) || isa<ChannelType>(U) ||
         isa<EmptyInterfaceType>(U);
}

void Checker::comparison(const Expr *E, Tok Op, Operand &X, Operand &Y,
                         bool XNil, bool YNil) {
  // As gc, a mismatch is reported at the second operand: only there is
  // it known.
  if (!assignableTo(X, Y.T) && !assignableTo(Y, X.T)) {
    errorAt(Y.E, "invalid operation: " + exprString(E) +
                     " (mismatched types " + typeString(X.T) + " and " +
                     typeString(Y.T) + ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (Op == Tok::Eql || Op == Tok::Neq) {
    if (XNil && YNil) {
      errorAt(Y.E, "invalid operation: " + exprString(E) +
                       " (operator " + tokSpelling(Op) +
                       " not defined on untyped nil)");
      X.M = TypeAndValue::Invalid;
      return;
    }
    const Operand &NonNil = XNil ? Y : X;
    if (!XNil && !YNil && isFunc(X.T)) {
      errorAt(X.E, "invalid operation: " + exprString(E) +
                       " (func can only be compared to nil)");
      X.M = TypeAndValue::Invalid;
      return;
    }
    if ((XNil || YNil) && !isChan(NonNil.T) && !isFunc(NonNil.T) &&
        !isInterface(NonNil.T)) {
      errorAt(X.E, "invalid operation: " + exprString(E) +
                       " (mismatched types " + typeString(X.T) + " and " +
                       typeString(Y.T) + ")");
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (!isComparable(NonNil.T) && !isFunc(NonNil.T)) {
      errorAt(X.E, "invalid operation: " + exprString(E) + " (" +
                       typeString(NonNil.T) + " cannot be compared)");
      X.M = TypeAndValue::Invalid;
      return;
    }
  } else if (!isInteger(X.T) && !isString(X.T)) {
    errorAt(X.E, "invalid operation: " + exprString(E) + " (operator " +
                     tokSpelling(Op) + " not defined on " + kindString(X.T) +
                     ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  // Untyped operands compared with each other keep their kinds; against a
  // typed operand they were converted by matchTypes. Nil becomes the other
  // operand's type.
  if (XNil && !YNil)
    updateExprType(X.E, Y.T);
  if (YNil && !XNil)
    updateExprType(Y.E, X.T);
  if (X.isConst() && Y.isConst()) {
    bool R = false;
    int C = 0;
    if (X.Val.K == ConstValue::Int)
      C = X.Val.I.slt(Y.Val.I) ? -1 : X.Val.I == Y.Val.I ? 0 : 1;
    else if (X.Val.K == ConstValue::String)
      C = X.Val.S < Y.Val.S ? -1 : X.Val.S == Y.Val.S ? 0 : 1;
    else
      C = X.Val.B == Y.Val.B ? 0 : 1;
    switch (Op) {
    case Tok::Eql:
      R = C == 0;
      break;
    case Tok::Neq:
      R = C != 0;
      break;
    case Tok::Lss:
      R = C < 0;
      break;
    case Tok::Leq:
      R = C <= 0;
      break;
    case Tok::Gtr:
      R = C > 0;
      break;
    default:
      R = C >= 0;
    }
    X.Val = ConstValue::makeBool(R);
    X.M = TypeAndValue::Constant;
  } else {
    X.M = TypeAndValue::Value;
    // Untyped operands of a non-constant comparison get default types.
    if (isUntyped(X.T) && !XNil)
      useDefault(X);
    if (isUntyped(Y.T) && !YNil)
      useDefault(Y);
  }
  X.E = E;
  X.T = Ctx.basic(BasicKind::UntypedBool);
}

void Checker::typeAssert(const TypeAssertExpr *TA, Operand &X,
                         unsigned Depth) {
  if (!TA->Type) {
    // gc's words; it does not check (or use) the operand then.
    errorAt(TA, "invalid AST: use of .(type) outside type switch");
    return;
  }
  Operand Y = value(TA->X.get(), Depth + 1);
  if (Y.isInvalid())
    return;
  if (!isInterface(Y.T)) {
    errorAt(Y.E, "invalid operation: " + operandString(Y) +
                     " is not an interface");
    return;
  }
  Type *T = typeOf(TA->Type.get());
  if (isInvalid(T))
    return;
  X.M = TypeAndValue::CommaOk;
  X.T = Ctx.resultType(Ctx.func({}, {T, Ctx.basic(BasicKind::Bool)}));
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

void Checker::call(const CallExpr *C, Operand &X, unsigned Depth) {
  Operand Fn;
  check(C->Fun.get(), Fn, Depth + 1);
  if (Fn.isInvalid()) {
    for (const ExprPtr &A : C->Args) {
      Operand Ignored;
      check(A.get(), Ignored, Depth + 1);
    }
    return;
  }
  if (Fn.M == TypeAndValue::TypeExpr)
    return conversion(C, Fn.T, X, Depth);
  if (Fn.M == TypeAndValue::Builtin)
    return builtinCall(C, Fn.Obj, X, Depth);
  if (!singleValue(Fn))
    return;
  auto *Sig = dyn_cast<SignatureType>(underlying(Fn.T));
  if (!Sig) {
    errorAt(Fn.E,
            "invalid operation: cannot call non-function " + operandString(Fn));
    return;
  }
  if (C->HasEllipsis) {
    unsupported(C->getLoc(), "variadic functions");
    return;
  }
  arguments(C, Sig, Depth);
  Type *R = Ctx.resultType(Sig);
  X.M = R ? TypeAndValue::Value : TypeAndValue::NoValue;
  X.T = R;
}

void Checker::arguments(const CallExpr *C, SignatureType *Sig, unsigned Depth) {
  std::string Context = "argument to " + exprString(C->Fun.get());
  std::vector<Operand> Args;
  // f(g()) where g returns several values.
  if (C->Args.size() == 1) {
    Operand A;
    check(C->Args[0].get(), A, Depth + 1);
    if (auto *Tup = dyn_cast_or_null<TupleType>(A.T);
        Tup && A.M == TypeAndValue::Value) {
      for (Type *T : Tup->Elems) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = T;
        E.E = C->Args[0].get();
        Args.push_back(E);
      }
    } else {
      singleValue(A);
      Args.push_back(A);
    }
  } else {
    for (const ExprPtr &E : C->Args)
      Args.push_back(value(E.get(), Depth + 1));
  }
  for (const Operand &A : Args)
    if (A.isInvalid())
      return;
  if (Args.size() != Sig->Params.size()) {
    bool TooMany = Args.size() > Sig->Params.size();
    SourceLoc At = exprStart(C); // gc 1.19: the call, without arguments
    if (TooMany)
      At = exprStart(C->Args[std::min(Sig->Params.size(), C->Args.size() - 1)]
                         .get());
    else if (!C->Args.empty())
      At = exprStart(C->Args.back().get());
    error(At, std::string(TooMany ? "too many" : "not enough") +
                  " arguments in call to " + exprString(C->Fun.get()) +
                  haveWant(Args, Sig->Params));
    return;
  }
  for (size_t I = 0; I < Args.size(); ++I)
    assign(Args[I], Sig->Params[I], Context);
}

void Checker::conversion(const CallExpr *C, Type *T, Operand &X,
                         unsigned Depth) {
  if (C->Args.size() != 1) {
    if (C->Args.empty())
      errorAt(C, "missing argument in conversion to " + typeString(T));
    else
      errorAt(C->Args.back().get(),
              "too many arguments in conversion to " + typeString(T));
    return;
  }
  Operand Y = value(C->Args[0].get(), Depth + 1);
  if (Y.isInvalid())
    return;
  auto Fail = [&] {
    errorAt(Y.E, "cannot convert " + operandString(Y) + " to type " +
                     typeString(T));
  };
  X.E = C;
  X.T = T;
  if (Y.isConst() && isa<BasicType>(underlying(T))) {
    if (isInteger(Y.T) && isInteger(T)) {
      if (!representable(Y.Val.I, basicKind(T), Ctx.wordBits()))
        return Fail();
      updateExprType(Y.E, isUntyped(Y.T) ? T : Y.T);
      X.M = TypeAndValue::Constant;
      X.Val = Y.Val;
      return;
    }
    if (isInteger(Y.T) && isString(T)) {
      // string(rune): the UTF-8 encoding, or U+FFFD if out of range.
      uint32_t R = 0xFFFD;
      if (!Y.Val.I.isNegative() && Y.Val.I.getActiveBits() <= 32) {
        uint64_t V = Y.Val.I.getZExtValue();
        if (V <= 0x10FFFF && (V < 0xD800 || V > 0xDFFF))
          R = uint32_t(V);
      }
      std::string S;
      if (R < 0x80) {
        S += char(R);
      } else if (R < 0x800) {
        S += char(0xC0 | (R >> 6));
        S += char(0x80 | (R & 0x3F));
      } else if (R < 0x10000) {
        S += char(0xE0 | (R >> 12));
        S += char(0x80 | ((R >> 6) & 0x3F));
        S += char(0x80 | (R & 0x3F));
      } else {
        S += char(0xF0 | (R >> 18));
        S += char(0x80 | ((R >> 12) & 0x3F));
        S += char(0x80 | ((R >> 6) & 0x3F));
        S += char(0x80 | (R & 0x3F));
      }
      useDefault(Y);
      X.M = TypeAndValue::Constant;
      X.Val = ConstValue::makeString(S);
      return;
    }
    if ((isString(Y.T) && isString(T)) || (isBoolean(Y.T) && isBoolean(T))) {
      updateExprType(Y.E, isUntyped(Y.T) ? T : Y.T);
      X.M = TypeAndValue::Constant;
      X.Val = Y.Val;
      return;
    }
    return Fail();
  }
  X.M = TypeAndValue::Value;
  if (isUntyped(Y.T)) {
    if (basicKind(Y.T) == BasicKind::UntypedNil) {
      if (!isChan(T) && !isFunc(T) && !isInterface(T))
        return Fail();
      updateExprType(Y.E, T);
      return;
    }
    if (isInterface(T)) {
      useDefault(Y);
      return;
    }
    useDefault(Y); // shifts of untyped constants by non-constant counts
    if (!(isInteger(Y.T) && isInteger(T)))
      return Fail();
    return;
  }
  if (identical(underlying(Y.T), underlying(T)) || isInterface(T) ||
      (isInteger(Y.T) && isInteger(T)) || (isInteger(Y.T) && isString(T)))
    return;
  // A bidirectional channel converts to a directional one of the same
  // element type.
  auto *YC = dyn_cast<ChannelType>(underlying(Y.T));
  auto *TC = dyn_cast<ChannelType>(underlying(T));
  if (YC && TC && YC->Dir == ChannelType::Both &&
      identical(YC->Elem, TC->Elem))
    return;
  Fail();
}

void Checker::builtinCall(const CallExpr *C, Object *B, Operand &X,
                          unsigned Depth) {
  const std::string &Name = B->Name;
  std::string Call = exprString(C);
  size_t N = C->Args.size();
  auto Count = [&](size_t Min, size_t Max) {
    if (N < Min || N > Max) {
      // gc checks the arguments first: they are used.
      if (B->Id != BuiltinId::Make && B->Id != BuiltinId::New)
        for (const ExprPtr &A : C->Args) {
          Operand Arg;
          check(A.get(), Arg, Depth + 1);
        }
      errorAt(C, std::string("invalid operation: ") +
                     (N < Min ? "not enough" : "too many") +
                     " arguments for " + Call + " (expected " +
                     std::to_string(N < Min ? Min : Max) + ", found " +
                     std::to_string(N) + ")");
      return false;
    }
    return true;
  };
  if (C->HasEllipsis) {
    unsupported(C->getLoc(), "variadic functions");
    return;
  }
  switch (B->Id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    X.T = Ctx.basic(BasicKind::Int);
    X.M = TypeAndValue::Value;
    if (isChan(A.T))
      return;
    if (B->Id == BuiltinId::Len && isString(A.T)) {
      if (A.isConst()) {
        useDefault(A);
        X.M = TypeAndValue::Constant;
        X.Val = ConstValue::makeInt(int64_t(A.Val.S.size()));
      }
      return;
    }
    X.M = TypeAndValue::Invalid;
    errorAt(A.E, "invalid argument: " + operandString(A) + " for " + Name);
    return;
  }
  case BuiltinId::Close: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    auto *CT = dyn_cast<ChannelType>(underlying(A.T));
    if (!CT) {
      errorAt(A.E, "invalid operation: cannot close non-channel " +
                       operandString(A));
      return;
    }
    if (CT->Dir == ChannelType::RecvOnly) {
      errorAt(A.E, "invalid operation: cannot close receive-only channel " +
                       operandString(A));
      return;
    }
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Make: {
    if (!Count(1, 3))
      return;
    Type *T = typeOf(C->Args[0].get());
    if (isInvalid(T))
      return;
    if (!isChan(T)) {
      errorAt(C->Args[0].get(), "invalid argument: cannot make " +
                                    exprString(C->Args[0].get()) +
                                    "; type must be slice, map, or channel");
      return;
    }
    if (N > 2) {
      errorAt(C, "invalid operation: " + Call + " expects 1 or 2 arguments; "
                                               "found " + std::to_string(N));
      return;
    }
    if (N == 2) {
      Operand Size = value(C->Args[1].get(), Depth + 1);
      if (Size.isInvalid())
        return;
      // As go/types' index check: an untyped size becomes an int first.
      Type *IntT = Ctx.basic(BasicKind::Int);
      std::string Why;
      if (isUntyped(Size.T) && !implicitType(Size, IntT, Why)) {
        if (Why == "overflows")
          overflowError(Size, IntT);
        else
          errorAt(Size.E, "cannot convert " + operandString(Size) + " to int");
        return;
      }
      if (!isInteger(Size.T)) {
        errorAt(Size.E, "invalid argument: index " + operandString(Size) +
                            " must be integer");
        return;
      }
      if (Size.isConst() && Size.Val.I.isNegative()) {
        errorAt(Size.E, "invalid argument: index " + operandString(Size) +
                            " must not be negative");
        return;
      }
    }
    X.M = TypeAndValue::Value;
    X.T = T;
    return;
  }
  case BuiltinId::Panic: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    assign(A, Ctx.emptyInterface(), "argument to panic");
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (const ExprPtr &E : C->Args) {
      Operand A;
      check(E.get(), A, Depth + 1);
      // gc accepts print(f()) for a call f with several results.
      if (C->Args.size() == 1 && A.M == TypeAndValue::Value &&
          isa_and_nonnull<TupleType>(A.T))
        continue;
      singleValue(A);
      if (A.isInvalid())
        continue;
      if (basicKind(A.T) == BasicKind::UntypedNil) {
        errorAt(A.E, "use of untyped nil in argument to built-in " + Name);
        continue;
      }
      useDefault(A, "argument to " + Name);
    }
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Recover:
    if (!Count(0, 0))
      return;
    X.M = TypeAndValue::Value;
    X.T = Ctx.emptyInterface();
    return;
  default:
    unsupported(C->Fun->getLoc(), Name, true);
    return;
  }
}

//===----------------------------------------------------------------------===//
// Conversions and assignability
//===----------------------------------------------------------------------===//

/// Whether untyped X can become Target; on success converts X (and its
/// recorded types). Why is "overflows" for a constant out of range.
bool Checker::implicitType(Operand &X, Type *Target, std::string &Why) {
  if (isInvalid(Target))
    return true;
  BasicKind K = basicKind(X.T);
  if (isInterface(Target)) {
    if (K == BasicKind::UntypedNil) {
      updateExprType(X.E, Target);
      X.T = Target;
      return true;
    }
    // The constant becomes its default type first (spec: Assignability).
    return implicitType(X, defaultType(Ctx, X.T), Why);
  }
  if (K == BasicKind::UntypedNil) {
    if (!isChan(Target) && !isFunc(Target))
      return false;
    updateExprType(X.E, Target);
    X.T = Target;
    return true;
  }
  bool Ok;
  switch (K) {
  case BasicKind::UntypedBool:
    Ok = isBoolean(Target);
    break;
  case BasicKind::UntypedString:
    Ok = isString(Target);
    break;
  default:
    Ok = isInteger(Target);
  }
  if (!Ok)
    return false;
  if (isUntyped(Target)) {
    if (isInteger(X.T) && isInteger(Target) && basicKind(Target) > K) {
      X.T = Target;
    }
    return true;
  }
  if (X.isConst() && X.Val.K == ConstValue::Int &&
      !representable(X.Val.I, basicKind(Target), Ctx.wordBits())) {
    Why = "overflows";
    return false;
  }
  updateExprType(X.E, Target);
  X.T = Target;
  return true;
}

bool Checker::convertUntyped(Operand &X, Type *Target) {
  std::string Why;
  return implicitType(X, Target, Why);
}

void Checker::useDefault(Operand &X, StringRef Context) {
  if (!isUntyped(X.T) || basicKind(X.T) == BasicKind::UntypedNil)
    return;
  Type *T = defaultType(Ctx, X.T);
  if (X.isConst() && X.Val.K == ConstValue::Int &&
      !representable(X.Val.I, basicKind(T), Ctx.wordBits())) {
    errorAt(X.E, "cannot use " + operandString(X) + " as " + typeString(T) +
                     " value in " + Context + " (overflows)");
    X.M = TypeAndValue::Invalid;
    return;
  }
  updateExprType(X.E, T);
  X.T = T;
}

bool Checker::overflowError(const Operand &X, Type *T) {
  // gc names the underlying type: 1 << 70 overflows int64, for a Duration;
  // for an interface, the constant's default type.
  if (isInterface(T))
    T = defaultType(Ctx, X.T);
  errorAt(X.E, operandString(X) + " overflows " + typeString(underlying(T)));
  return false;
}

bool Checker::assignableTo(Operand &X, Type *T) {
  Type *V = X.T;
  if (isInvalid(V) || isInvalid(T))
    return true;
  if (identical(V, T))
    return true;
  Type *VU = underlying(V), *TU = underlying(T);
  if (isUntyped(V)) {
    BasicKind K = basicKind(V);
    if (isInterface(T))
      return true;
    if (K == BasicKind::UntypedNil)
      return isChan(T) || isFunc(T);
    if (isUntyped(T))
      return (isInteger(V) && isInteger(T)) || basicKind(V) == basicKind(T);
    if (K == BasicKind::UntypedBool)
      return isBoolean(T);
    if (K == BasicKind::UntypedString)
      return isString(T);
    return isInteger(T);
  }
  if (identical(VU, TU) && (!isa<NamedType>(V) || !isa<NamedType>(T)) &&
      !isa<BasicType>(VU))
    return true;
  if (isa<EmptyInterfaceType>(TU))
    return true;
  auto *VC = dyn_cast<ChannelType>(VU);
  auto *TC = dyn_cast<ChannelType>(TU);
  return VC && TC && VC->Dir == ChannelType::Both &&
         identical(VC->Elem, TC->Elem) &&
         (!isa<NamedType>(V) || !isa<NamedType>(T));
}

/// Converts X for assignment to a T in Context ("variable declaration",
/// "argument to f", ...); reports and returns false if it is not assignable.
bool Checker::assign(Operand &X, Type *T, StringRef Context) {
  if (X.isInvalid() || isInvalid(T))
    return false;
  if (isUntyped(X.T)) {
    if (basicKind(X.T) == BasicKind::UntypedNil && !isChan(T) &&
        !isFunc(T) && !isInterface(T)) {
      errorAt(X.E, "cannot use nil as " + typeString(T) + " value in " +
                       Context);
      return false;
    }
    std::string Why;
    // An untyped constant assigned to an interface is converted to its
    // default type, and gc's message names that type.
    Type *Target = isInterface(T) ? defaultType(Ctx, X.T) : T;
    if (!implicitType(X, T, Why)) {
      errorAt(X.E, "cannot use " + operandString(X) + " as " +
                       typeString(Target) + " value in " + Context +
                       (Why.empty() ? "" : " (" + Why + ")"));
      return false;
    }
    return true;
  }
  if (!assignableTo(X, T)) {
    errorAt(X.E, "cannot use " + operandString(X) + " as type " +
                     typeString(T) + " in " + Context);
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void Checker::funcBody(const Node *Fn, FuncInfo *FI, const BlockStmt *Body,
                       Scope *S) {
  FuncCtx FC{Fn, FI, CurFunc, {}, {}, {}, {}};
  for (Object *O : FI->Results)
    if (O)
      FC.NamedResults.push_back(O);
  for (Object *O : FI->Params)
    if (O)
      O->Owner = Fn;
  for (Object *O : FI->Results)
    if (O)
      O->Owner = Fn;
  FuncCtx *SavedFunc = CurFunc;
  Scope *SavedScope = Cur;
  CurFunc = &FC;
  Cur = S;
  collectLabels(Body->List);
  checkGotos(Body);
  stmtList(Body->List);
  if (!FI->Sig->Results.empty() && !isTerminatingList(Body->List))
    error(Body->RBrace, "missing return");
  for (auto &L : FC.Labels)
    if (!L.second.Used)
      branchError(L.second.S->Label->getLoc(),
                  "label " + L.first + " defined and not used");
  reportUnused(FC);
  Cur = SavedScope;
  CurFunc = SavedFunc;
}

void Checker::reportUnused(FuncCtx &FC) {
  if (SawUnsupported)
    return;
  for (Object *O : FC.Locals)
    if (!O->Used)
      error(O->Loc, O->Name + " declared but not used");
}

/// Declares the labels of a function body (they have function scope).
void Checker::collectLabels(const StmtList &L) {
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (!S)
      return;
    if (auto *LS = dyn_cast<LabeledStmt>(S)) {
      const std::string &Name = LS->Label->Name;
      if (Name != "_") {
        auto Ins = CurFunc->Labels.insert({Name, LabelInfo{LS}});
        if (!Ins.second)
          branchError(LS->Label->getLoc(),
                      "label " + Name + " already defined at " +
                          posString(Ins.first->second.S->Label->getLoc()));
        Object *O =
            newObject(Object::Label, Name, LS->Label->getLoc());
        Info.Defs[LS->Label.get()] = O;
      }
      Visit(LS->S.get());
    } else if (auto *B = dyn_cast<BlockStmt>(S)) {
      for (auto &C : B->List)
        Visit(C.get());
    } else if (auto *I = dyn_cast<IfStmt>(S)) {
      Visit(I->Then.get());
      Visit(I->Else.get());
    } else if (auto *C = dyn_cast<CaseClause>(S)) {
      for (auto &X : C->Body)
        Visit(X.get());
    } else if (auto *C = dyn_cast<CommClause>(S)) {
      for (auto &X : C->Body)
        Visit(X.get());
    } else if (auto *Sw = dyn_cast<SwitchStmt>(S)) {
      Visit(Sw->Body.get());
    } else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S)) {
      Visit(Ts->Body.get());
    } else if (auto *Se = dyn_cast<SelectStmt>(S)) {
      Visit(Se->Body.get());
    } else if (auto *Fo = dyn_cast<ForStmt>(S)) {
      Visit(Fo->Body.get());
    } else if (auto *R = dyn_cast<RangeStmt>(S)) {
      Visit(R->Body.get());
    }
  };
  for (auto &S : L)
    Visit(S.get());
}

/// gc's goto rules (syntax/branches.go): a goto must not jump into a
/// block, nor forward over a variable declaration in the label's block.
/// Labels that are not defined at all are branchStmt's errors.
void Checker::checkGotos(const BlockStmt *Body) {
  GotoState GS;
  std::vector<const Stmt *> List;
  for (const StmtPtr &S : Body->List)
    List.push_back(S.get());
  for (const BranchStmt *G : gotoBlock(nullptr, Body->getLoc(), List, GS)) {
    auto It = GS.LabelBlock.find(G->Label->Name);
    if (It != GS.LabelBlock.end())
      branchError(G->Label->getLoc(),
                  "goto " + G->Label->Name + " jumps into block starting at " +
                      posString(It->second->Start));
  }
}

/// Walks one block in source order as gc does and returns its gotos whose
/// label is not (yet) found in it or an enclosing block. Only the last
/// variable declaration before a label is reported, as in gc.
std::vector<const BranchStmt *>
Checker::gotoBlock(const GotoBlock *Parent, SourceLoc Start,
                   const std::vector<const Stmt *> &List, GotoState &GS) {
  GS.Blocks.push_back({Parent, Start});
  const GotoBlock *Blk = &GS.Blocks.back();
  std::vector<const BranchStmt *> Fwd, OverVar;
  SourceLoc VarLoc;
  std::string VarName;
  auto VarDecl = [&](SourceLoc L, std::string Name) {
    VarLoc = L;
    VarName = std::move(Name);
    OverVar = Fwd; // these jump over it unless they leave the block
  };
  auto Inner = [&](SourceLoc At, std::vector<const Stmt *> L) {
    for (const BranchStmt *G : gotoBlock(Blk, At, L, GS))
      Fwd.push_back(G);
  };
  auto Stmts = [](const StmtList &L) {
    std::vector<const Stmt *> V;
    for (const StmtPtr &S : L)
      V.push_back(S.get());
    return V;
  };
  for (const Stmt *S : List) {
    while (auto *LS = dyn_cast_or_null<LabeledStmt>(S)) {
      const std::string &Name = LS->Label->Name;
      S = LS->S.get();
      if (Name == "_")
        continue;
      GS.LabelBlock.insert({Name, Blk});
      std::vector<const BranchStmt *> Rest;
      for (const BranchStmt *G : Fwd) {
        if (G->Label->Name != Name) {
          Rest.push_back(G);
          continue;
        }
        if (llvm::is_contained(OverVar, G))
          branchError(G->Label->getLoc(), "goto " + Name +
                                              " jumps over declaration of " +
                                              VarName + " at " +
                                              posString(VarLoc));
      }
      Fwd = std::move(Rest);
    }
    if (!S)
      continue;
    if (auto *D = dyn_cast<DeclStmt>(S)) {
      if (D->D->DeclTok == Tok::Var)
        for (const SpecPtr &Sp : D->D->Specs)
          if (auto *VS = dyn_cast<ValueSpec>(Sp.get());
              VS && !VS->Names.empty()) {
            VarDecl(VS->Names[0]->getLoc(), VS->Names[0]->Name);
            break;
          }
    } else if (auto *A = dyn_cast<AssignStmt>(S)) {
      if (A->Op == Tok::Define) {
        std::string Names;
        for (const ExprPtr &E : A->Lhs)
          Names += (Names.empty() ? "" : ", ") + exprString(E.get());
        VarDecl(A->OpLoc, Names);
      }
    } else if (auto *G = dyn_cast<BranchStmt>(S)) {
      if (G->BranchTok != Tok::Goto || !G->Label)
        continue;
      auto It = GS.LabelBlock.find(G->Label->Name);
      bool Backward = false;
      if (It != GS.LabelBlock.end())
        for (const GotoBlock *B = Blk; B && !Backward; B = B->Parent)
          Backward = B == It->second;
      if (!Backward)
        Fwd.push_back(G);
    } else if (auto *B = dyn_cast<BlockStmt>(S)) {
      Inner(B->getLoc(), Stmts(B->List));
    } else if (auto *I = dyn_cast<IfStmt>(S)) {
      if (I->Then)
        Inner(I->Then->getLoc(), Stmts(I->Then->List));
      if (I->Else)
        Inner(I->Else->getLoc(), {I->Else.get()});
    } else if (auto *F = dyn_cast<ForStmt>(S)) {
      if (F->Body)
        Inner(F->Body->getLoc(), Stmts(F->Body->List));
    } else if (auto *R = dyn_cast<RangeStmt>(S)) {
      if (R->Body)
        Inner(R->Body->getLoc(), Stmts(R->Body->List));
    } else {
      const BlockStmt *Clauses = nullptr;
      if (auto *Sw = dyn_cast<SwitchStmt>(S))
        Clauses = Sw->Body.get();
      else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S))
        Clauses = Ts->Body.get();
      else if (auto *Se = dyn_cast<SelectStmt>(S))
        Clauses = Se->Body.get();
      if (!Clauses)
        continue;
      for (const StmtPtr &C : Clauses->List) {
        if (auto *CC = dyn_cast<CaseClause>(C.get()))
          Inner(CC->getLoc(), Stmts(CC->Body));
        else if (auto *CC = dyn_cast<CommClause>(C.get()))
          Inner(CC->getLoc(), Stmts(CC->Body));
      }
    }
  }
  return Fwd;
}

void Checker::block(const StmtList &L) {
  Scope S(Cur);
  Cur = &S;
  stmtList(L);
  Cur = S.Parent;
}

void Checker::stmtList(const StmtList &L) {
  for (size_t I = 0; I < L.size(); ++I) {
    const Stmt *S = L[I].get();
    if (auto *B = dyn_cast<BranchStmt>(S); B && B->BranchTok == Tok::Fallthrough)
      branchError(S->getLoc(), "fallthrough statement out of place");
    else
      stmt(S);
  }
}

Object *Checker::declareLocal(const Ident *Id, Type *T) {
  Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
  O->Owner = CurFunc ? CurFunc->Fn : nullptr;
  declare(Cur, O, Id);
  if (CurFunc && Id->Name != "_" && Cur->lookupLocal(Id->Name) == O)
    CurFunc->Locals.push_back(O);
  return O;
}

void Checker::cond(const Expr *E, StringRef What) {
  Operand X = value(E);
  if (X.isInvalid())
    return;
  if (!isBoolean(X.T)) {
    errorAt(E, "non-boolean condition in " + What + " statement");
    return;
  }
  useDefault(X);
}

void Checker::stmt(const Stmt *S) {
  if (!S)
    return;
  if (++NestDepth > MaxNest) {
    if (NestDepth == MaxNest + 1)
      error(S->getLoc(), "statement nested too deeply");
    --NestDepth;
    return;
  }
  switch (S->getKind()) {
  case Node::NK_BadStmt:
  case Node::NK_EmptyStmt:
    break;
  case Node::NK_DeclStmt:
    declStmt(cast<DeclStmt>(S));
    break;
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    const std::string &L = LS->Label->Name;
    if (auto *F = dyn_cast_or_null<ForStmt>(LS->S.get()))
      forStmt(F, L);
    else if (auto *R = dyn_cast_or_null<RangeStmt>(LS->S.get()))
      rangeStmt(R, L);
    else if (auto *Sw = dyn_cast_or_null<SwitchStmt>(LS->S.get()))
      switchStmt(Sw, L);
    else if (auto *Se = dyn_cast_or_null<SelectStmt>(LS->S.get()))
      selectStmt(Se, L);
    else
      stmt(LS->S.get());
    break;
  }
  case Node::NK_ExprStmt:
    exprStmt(cast<ExprStmt>(S));
    break;
  case Node::NK_SendStmt:
    sendStmt(cast<SendStmt>(S));
    break;
  case Node::NK_IncDecStmt:
    incDec(cast<IncDecStmt>(S));
    break;
  case Node::NK_AssignStmt:
    assignStmt(cast<AssignStmt>(S));
    break;
  case Node::NK_GoStmt:
    goDefer(cast<GoStmt>(S)->Call.get(), "go");
    break;
  case Node::NK_DeferStmt:
    goDefer(cast<DeferStmt>(S)->Call.get(), "defer");
    break;
  case Node::NK_ReturnStmt:
    returnStmt(cast<ReturnStmt>(S));
    break;
  case Node::NK_BranchStmt:
    branchStmt(cast<BranchStmt>(S));
    break;
  case Node::NK_BlockStmt:
    block(cast<BlockStmt>(S)->List);
    break;
  case Node::NK_IfStmt:
    ifStmt(cast<IfStmt>(S));
    break;
  case Node::NK_SwitchStmt:
    switchStmt(cast<SwitchStmt>(S), "");
    break;
  case Node::NK_TypeSwitchStmt:
    unsupported(S->getLoc(), "type switches");
    break;
  case Node::NK_SelectStmt:
    selectStmt(cast<SelectStmt>(S), "");
    break;
  case Node::NK_ForStmt:
    forStmt(cast<ForStmt>(S), "");
    break;
  case Node::NK_RangeStmt:
    rangeStmt(cast<RangeStmt>(S), "");
    break;
  default:
    break;
  }
  --NestDepth;
}

void Checker::exprStmt(const ExprStmt *S) {
  Operand X;
  check(S->X.get(), X);
  if (X.isInvalid())
    return;
  const Expr *E = S->X.get();
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *C = dyn_cast<CallExpr>(E)) {
    auto It = Info.Exprs.find(C->Fun.get());
    bool IsConv = It != Info.Exprs.end() &&
                  It->second.M == TypeAndValue::TypeExpr;
    bool IsValueBuiltin = false;
    if (It != Info.Exprs.end() && It->second.M == TypeAndValue::Builtin)
      IsValueBuiltin = X.M != TypeAndValue::NoValue &&
                       !(isa<Ident>(C->Fun.get()) &&
                         cast<Ident>(C->Fun.get())->Name == "recover");
    if (!IsConv && !IsValueBuiltin)
      return;
  } else if (auto *U = dyn_cast<UnaryExpr>(E); U && U->Op == Tok::Arrow) {
    singleValue(X); // a plain receive, not comma-ok
    return;
  }
  if (X.M == TypeAndValue::CommaOk)
    singleValue(X);
  errorAt(S->X.get(), operandString(X) + " is not used");
}

void Checker::sendStmt(const SendStmt *S) {
  Operand Ch = value(S->Chan.get());
  Operand V = value(S->Value.get());
  if (Ch.isInvalid() || V.isInvalid())
    return;
  auto *C = dyn_cast<ChannelType>(underlying(Ch.T));
  if (!C) {
    errorAt(S->Chan.get(), "invalid operation: cannot send to non-channel " +
                               operandString(Ch));
    return;
  }
  if (C->Dir == ChannelType::RecvOnly) {
    errorAt(S->Chan.get(),
            "invalid operation: cannot send to receive-only channel " +
                operandString(Ch));
    return;
  }
  assign(V, C->Elem, "send");
}

void Checker::incDec(const IncDecStmt *S) {
  Operand X = value(S->X.get());
  if (X.isInvalid())
    return;
  if (!isInteger(X.T)) {
    errorAt(S->X.get(), "invalid operation: " + exprString(S->X.get()) +
                            (S->Inc ? "++" : "--") + " (non-numeric type " +
                            typeString(X.T) + ")");
    return;
  }
  if (X.M != TypeAndValue::Variable) {
    errorAt(S->X.get(), "cannot assign to " + operandString(X));
    return;
  }
}

static Tok binaryOpOf(Tok AssignOp) {
  switch (AssignOp) {
  case Tok::AddAssign:
    return Tok::Add;
  case Tok::SubAssign:
    return Tok::Sub;
  case Tok::MulAssign:
    return Tok::Mul;
  case Tok::QuoAssign:
    return Tok::Quo;
  case Tok::RemAssign:
    return Tok::Rem;
  case Tok::AndAssign:
    return Tok::And;
  case Tok::OrAssign:
    return Tok::Or;
  case Tok::XorAssign:
    return Tok::Xor;
  case Tok::ShlAssign:
    return Tok::Shl;
  case Tok::ShrAssign:
    return Tok::Shr;
  default:
    return Tok::AndNot;
  }
}

/// gc's assignment mismatch error, naming the function when the right-hand
/// side is one call.
void Checker::assignMismatch(const ExprList &Rhs, size_t NVars,
                             size_t NVals) {
  auto Measure = [](size_t N, const char *Unit) {
    return std::to_string(N) + " " + Unit + (N == 1 ? "" : "s");
  };
  std::string Msg = "assignment mismatch: " + Measure(NVars, "variable") +
                    " but ";
  const Expr *E = Rhs[0].get();
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *C = dyn_cast<CallExpr>(E); C && Rhs.size() == 1)
    Msg += exprString(C->Fun.get()) + " returns ";
  errorAt(Rhs[0].get(), Msg + Measure(NVals, "value"));
}

/// For one variable and one value X (checked, not yet a single value):
/// reports a call with several results as gc does; returns true then.
bool Checker::tupleMismatch(const ExprList &Rhs, Operand &X) {
  auto *Tup = dyn_cast_or_null<TupleType>(X.T);
  if (X.isInvalid() || !Tup || X.M != TypeAndValue::Value)
    return false;
  assignMismatch(Rhs, 1, Tup->Elems.size());
  return true;
}

/// Checks the right-hand side of an assignment of NLhs values: either NLhs
/// expressions, or one call / comma-ok expression yielding NLhs values.
void Checker::rhsValues(const ExprList &Rhs, size_t NLhs, SourceLoc OpLoc,
                        std::vector<Operand> &Vals, bool &Ok) {
  Ok = false;
  if (Rhs.size() == 1 && NLhs == 1) {
    Operand X;
    check(Rhs[0].get(), X);
    if (tupleMismatch(Rhs, X))
      return;
    singleValue(X);
    Vals.push_back(X);
    Ok = !X.isInvalid();
    return;
  }
  if (Rhs.size() == 1 && NLhs > 1) {
    Operand X;
    check(Rhs[0].get(), X);
    if (X.isInvalid())
      return;
    auto *Tup = dyn_cast_or_null<TupleType>(X.T);
    if (X.M == TypeAndValue::CommaOk && NLhs != 2) {
      singleValue(X);
      Tup = nullptr;
    }
    if (X.M == TypeAndValue::NoValue) {
      singleValue(X);
      return;
    }
    if (!Tup || Tup->Elems.size() != NLhs) {
      assignMismatch(Rhs, NLhs, Tup ? Tup->Elems.size() : 1);
      return;
    }
    for (Type *T : Tup->Elems) {
      Operand E;
      E.M = TypeAndValue::Value;
      E.T = T;
      E.E = Rhs[0].get();
      Vals.push_back(E);
    }
    // The comma-ok boolean is untyped: it takes the type of its variable.
    if (X.M == TypeAndValue::CommaOk)
      Vals[1].T = Ctx.basic(BasicKind::UntypedBool);
    Ok = true;
    return;
  }
  for (const ExprPtr &E : Rhs)
    Vals.push_back(value(E.get()));
  if (Rhs.size() != NLhs) {
    if (Rhs.size() == 1) {
      Operand &X = Vals[0];
      if (!X.isInvalid() && isa_and_nonnull<TupleType>(X.T))
        return;
    }
    assignMismatch(Rhs, NLhs, Rhs.size());
    return;
  }
  for (const Operand &X : Vals)
    if (X.isInvalid())
      return;
  Ok = true;
}

/// Assigns X to the expression Lhs (a variable or _).
void Checker::assignVar(const Expr *Lhs, Operand &X, StringRef Context) {
  if (auto *Id = dyn_cast<Ident>(Lhs); Id && Id->Name == "_") {
    Info.Defs[Id] = nullptr;
    if (X.isInvalid())
      return;
    if (basicKind(X.T) == BasicKind::UntypedNil) {
      errorAt(X.E, "use of untyped nil in " + Context.str());
      return;
    }
    if (X.isConst() && isUntyped(X.T)) {
      Type *T = defaultType(Ctx, X.T);
      if (X.Val.K == ConstValue::Int &&
          !representable(X.Val.I, basicKind(T), Ctx.wordBits())) {
        errorAt(X.E, "cannot use " + operandString(X) + " as " +
                         typeString(T) + " value in " + Context +
                         " to _ identifier (overflows)");
        return;
      }
    }
    useDefault(X);
    return;
  }
  // The target is not "used" by being assigned to.
  Operand L;
  bool WasUsed = false;
  Object *O = nullptr;
  if (auto *Id = dyn_cast<Ident>(Lhs)) {
    O = Cur->lookup(Id->Name);
    if (O && O->Kind == Object::Var)
      WasUsed = O->Used;
  }
  L = value(Lhs); // as types2's check.expr: a type is not an expression
  if (O && O->Kind == Object::Var)
    O->Used = WasUsed;
  if (L.isInvalid() || X.isInvalid())
    return;
  if (L.M != TypeAndValue::Variable) {
    errorAt(Lhs, "cannot assign to " + operandString(L));
    return;
  }
  assign(X, L.T, Context);
}

void Checker::assignStmt(const AssignStmt *S) {
  if (S->Op == Tok::Define)
    return shortVarDecl(S);
  if (S->Op != Tok::Assign) {
    if (S->Lhs.size() != 1 || S->Rhs.size() != 1)
      return;
    Operand X = value(S->Lhs[0].get());
    Operand Y = value(S->Rhs[0].get());
    if (X.isInvalid() || Y.isInvalid())
      return;
    const Expr *LhsE = S->Lhs[0].get();
    Operand Target = X;
    // x op= y is x = x op y, positioned at x.
    binaryOp(LhsE, LhsE, S->Rhs[0].get(), binaryOpOf(S->Op), X, Y);
    if (X.isInvalid())
      return;
    if (Target.M != TypeAndValue::Variable) {
      errorAt(LhsE, "cannot assign to " + operandString(Target));
      return;
    }
    X.E = S->Rhs[0].get();
    if (isUntyped(X.T))
      convertUntyped(X, Target.T);
    return;
  }
  std::vector<Operand> Vals;
  bool Ok;
  rhsValues(S->Rhs, S->Lhs.size(), S->OpLoc, Vals, Ok);
  for (size_t I = 0; I < S->Lhs.size(); ++I) {
    Operand X;
    if (Ok)
      X = Vals[I];
    assignVar(S->Lhs[I].get(), X, "assignment");
  }
  // As gc, a failed assignment makes no "declared but not used" follow.
  if (!Ok)
    for (const ExprPtr &L : S->Lhs)
      if (auto *Id = dyn_cast<Ident>(L.get()))
        if (Object *O = Cur->lookup(Id->Name); O && O->Kind == Object::Var)
          O->Used = true;
}

void Checker::shortVarDecl(const AssignStmt *S) {
  std::vector<Operand> Vals;
  bool Ok;
  rhsValues(S->Rhs, S->Lhs.size(), S->OpLoc, Vals, Ok);
  bool AnyNew = false;
  bool Failed = !Ok;
  std::vector<Object *> Lhs; // for "declared but not used"
  std::vector<std::pair<const Ident *, Object *>> News;
  std::set<std::string> Seen;
  for (size_t I = 0; I < S->Lhs.size(); ++I) {
    const auto *Id = dyn_cast<Ident>(S->Lhs[I].get());
    Operand X;
    if (Ok)
      X = Vals[I];
    if (!Id) {
      errorAt(S->Lhs[I].get(),
              "non-name " + exprString(S->Lhs[I].get()) +
                  " on left side of :=");
      continue;
    }
    if (Id->Name != "_" && !Seen.insert(Id->Name).second) {
      error(Id->getLoc(), Id->Name + " repeated on left side of :=");
      continue;
    }
    Object *Old = Id->Name == "_" ? nullptr : Cur->lookupLocal(Id->Name);
    if (Old || Id->Name == "_") {
      if (Old) {
        Info.Uses[Id] = Old;
        Lhs.push_back(Old);
      }
      assignVar(Id, X, "assignment");
      continue;
    }
    AnyNew = true;
    Type *T = Ctx.invalid();
    if (!X.isInvalid()) {
      if (basicKind(X.T) == BasicKind::UntypedNil) {
        errorAt(X.E, "use of untyped nil in assignment");
      } else {
        useDefault(X);
        if (!X.isInvalid())
          T = X.T;
      }
    }
    Failed |= isInvalid(T);
    Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
    O->Owner = CurFunc ? CurFunc->Fn : nullptr;
    Info.Defs[Id] = O;
    News.push_back({Id, O});
    Lhs.push_back(O);
  }
  if (!AnyNew)
    error(S->OpLoc, "no new variables on left side of :=");
  // As gc, a failed initialization makes no "declared but not used"
  // errors follow.
  if (Failed)
    for (Object *O : Lhs)
      O->Used = true;
  // The new variables are in scope after the statement.
  for (auto &N : News) {
    Cur->insert(N.second);
    if (CurFunc)
      CurFunc->Locals.push_back(N.second);
  }
}

void Checker::goDefer(const Expr *CallE, StringRef Keyword) {
  const Expr *E = CallE;
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  const auto *C = dyn_cast<CallExpr>(E);
  if (!C) {
    Operand X;
    check(CallE, X);
    errorAt(CallE, "expression in " + Keyword + " must be function call");
    return;
  }
  Operand X;
  check(CallE, X);
  if (X.isInvalid())
    return;
  auto It = Info.Exprs.find(C->Fun.get());
  if (It == Info.Exprs.end())
    return;
  if (It->second.M == TypeAndValue::TypeExpr) {
    errorAt(CallE, Keyword + " requires function call, not conversion " +
                       operandString(X));
    return;
  }
  if (It->second.M != TypeAndValue::Builtin)
    return;
  const Expr *Fn = C->Fun.get();
  while (auto *P = dyn_cast<ParenExpr>(Fn))
    Fn = P->X.get();
  const Object *B = nullptr;
  if (auto *Id = dyn_cast<Ident>(Fn))
    B = Info.Uses.lookup(Id);
  // go/types' built-ins of "statement" kind may be called by go and
  // defer (even copy, whose count is dropped); the others only in an
  // expression.
  static const BuiltinId Stmts[] = {BuiltinId::Close,   BuiltinId::Copy,
                                    BuiltinId::Delete,  BuiltinId::Panic,
                                    BuiltinId::Print,   BuiltinId::Println,
                                    BuiltinId::Recover};
  if (B && !llvm::is_contained(Stmts, B->Id))
    errorAt(CallE, Keyword + " discards result of " + operandString(X));
}

void Checker::returnStmt(const ReturnStmt *S) {
  FuncInfo *FI = CurFunc ? CurFunc->Info : nullptr;
  if (!FI || !FI->Sig)
    return;
  const std::vector<Type *> &Want = FI->Sig->Results;
  if (S->Results.empty()) {
    if (!Want.empty() && CurFunc->NamedResults.empty())
      error(S->getLoc(), "not enough return values" + haveWant({}, Want));
    if (!CurFunc->NamedResults.empty())
      for (Object *R : CurFunc->NamedResults) {
        Object *Vis = R->Name == "_" ? nullptr : Cur->lookup(R->Name);
        if (Vis && Vis != R) {
          // The inner object's position, but the result's description.
          error(S->getLoc(), "result parameter " + R->Name +
                                 " not in scope at return\n\t" +
                                 Diags.posString(Vis->Loc) +
                                 ": inner declaration of var " + R->Name +
                                 " " + typeString(R->T));
        }
      }
    return;
  }
  std::vector<Operand> Vals;
  // As types2's exprList, a single call's results are unpacked whatever
  // the function wants: `return g()` with one result too many.
  if (S->Results.size() == 1) {
    Operand X;
    check(S->Results[0].get(), X);
    if (X.isInvalid())
      return;
    auto *Tup = dyn_cast_or_null<TupleType>(X.T);
    if (Tup && X.M == TypeAndValue::Value) {
      for (Type *T : Tup->Elems) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = T;
        E.E = S->Results[0].get();
        Vals.push_back(E);
      }
    } else {
      singleValue(X);
      Vals.push_back(X);
    }
  } else {
    for (const ExprPtr &E : S->Results)
      Vals.push_back(value(E.get()));
  }
  for (const Operand &X : Vals)
    if (X.isInvalid())
      return;
  if (Vals.size() != Want.size()) {
    // gc points at the first extra value, or at the last one.
    bool TooMany = Vals.size() > Want.size();
    const Expr *At = TooMany ? Vals[Want.size()].E : Vals.back().E;
    errorAt(At, (TooMany ? "too many return values"
                         : "not enough return values") +
                    haveWant(Vals, Want));
    return;
  }
  for (size_t I = 0; I < Vals.size(); ++I)
    assign(Vals[I], Want[I], "return statement");
}

void Checker::branchStmt(const BranchStmt *S) {
  if (!CurFunc)
    return;
  auto &Targets = CurFunc->Targets;
  switch (S->BranchTok) {
  case Tok::Goto: {
    if (!S->Label)
      return;
    auto It = CurFunc->Labels.find(S->Label->Name);
    if (It == CurFunc->Labels.end()) {
      branchError(S->Label->getLoc(),
                  "label " + S->Label->Name + " not defined");
      return;
    }
    It->second.Used = true;
    Info.Uses[S->Label.get()] = Info.Defs.lookup(It->second.S->Label.get());
    return;
  }
  case Tok::Break:
  case Tok::Continue: {
    bool IsBreak = S->BranchTok == Tok::Break;
    const char *Kw = IsBreak ? "break" : "continue";
    if (!S->Label) {
      for (auto It = Targets.rbegin(); It != Targets.rend(); ++It)
        if (IsBreak || It->IsLoop)
          return;
      branchError(S->getLoc(), IsBreak
                                   ? "break is not in a loop, switch, or select"
                                   : "continue is not in a loop");
      return;
    }
    const std::string &Name = S->Label->Name;
    auto LIt = CurFunc->Labels.find(Name);
    if (LIt == CurFunc->Labels.end()) {
      branchError(S->Label->getLoc(),
                  std::string(Kw) + " label not defined: " + Name);
      return;
    }
    LIt->second.Used = true;
    Info.Uses[S->Label.get()] = Info.Defs.lookup(LIt->second.S->Label.get());
    for (auto It = Targets.rbegin(); It != Targets.rend(); ++It)
      if (It->Label == Name && (IsBreak || It->IsLoop))
        return;
    branchError(S->Label->getLoc(),
                std::string("invalid ") + Kw + " label " + Name);
    return;
  }
  default:
    // fallthrough in a valid place is handled by switchStmt.
    branchError(S->getLoc(), "fallthrough statement out of place");
  }
}

void Checker::ifStmt(const IfStmt *S) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  if (S->Cond)
    cond(S->Cond.get(), "if");
  if (S->Then)
    block(S->Then->List);
  if (S->Else)
    stmt(S->Else.get());
  Cur = Sc.Parent;
}

void Checker::switchStmt(const SwitchStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  Operand Tag;
  bool HaveTag = false;
  if (S->Tag) {
    Tag = value(S->Tag.get());
    if (!Tag.isInvalid()) {
      if (basicKind(Tag.T) == BasicKind::UntypedNil) {
        errorAt(S->Tag.get(), "use of untyped nil in switch expression");
        Tag.M = TypeAndValue::Invalid;
      } else {
        useDefault(Tag, "switch expression");
        HaveTag = !Tag.isInvalid();
      }
    }
  }
  CurFunc->Targets.push_back({S, false, Label});
  std::vector<const CaseClause *> Clauses;
  if (S->Body)
    for (const StmtPtr &C : S->Body->List)
      if (auto *CC = dyn_cast<CaseClause>(C.get()))
        Clauses.push_back(CC);
  std::vector<Operand> Seen; // constant cases, for duplicates
  const CaseClause *Default = nullptr;
  for (size_t CI = 0; CI < Clauses.size(); ++CI) {
    const CaseClause *CC = Clauses[CI];
    if (CC->IsDefault) {
      if (Default)
        error(CC->getLoc(), "multiple defaults (first at " +
                                posString(Default->getLoc()) + ")");
      else
        Default = CC;
    }
    for (const ExprPtr &E : CC->List) {
      Operand V = value(E.get());
      if (V.isInvalid())
        continue;
      if (!S->Tag) {
        // gc compares each case with the constant true.
        if (isUntyped(V.T) && !isBoolean(V.T))
          errorAt(E.get(), "cannot convert " + operandString(V) + " to bool");
        else if (!isBoolean(V.T))
          errorAt(E.get(), "invalid case " + exprString(E.get()) +
                               " in switch on true (mismatched types " +
                               typeString(V.T) + " and bool)");
        else
          useDefault(V);
        continue;
      }
      if (!HaveTag)
        continue;
      Operand T = Tag;
      std::string Why;
      bool VNil = basicKind(V.T) == BasicKind::UntypedNil;
      if (isUntyped(V.T) && !implicitType(V, Tag.T, Why)) {
        if (Why == "overflows") {
          overflowError(V, Tag.T);
          continue;
        }
        // As gc, the case is converted to the tag's type first.
        errorAt(E.get(), "cannot convert " +
                             (VNil ? std::string("nil") : operandString(V)) +
                             " to " + typeString(underlying(Tag.T)));
        continue;
      }
      if (!assignableTo(V, Tag.T) && !assignableTo(T, V.T)) {
        errorAt(E.get(), "invalid case " + exprString(E.get()) +
                             " in switch on " + exprString(S->Tag.get()) +
                             " (mismatched types " + typeString(V.T) +
                             " and " + typeString(Tag.T) + ")");
        continue;
      }
      if (isFunc(Tag.T) && !VNil) {
        errorAt(E.get(), "invalid case " + exprString(E.get()) +
                             " in switch on " + exprString(S->Tag.get()) +
                             " (func can only be compared to nil)");
        continue;
      }
      // As go/types, only integer and string (and float) values can be
      // duplicates: two `case true:` are allowed.
      if (V.isConst() &&
          (V.Val.K == ConstValue::Int || V.Val.K == ConstValue::String)) {
        V.E = E.get();
        auto Same = [&](const Operand &P) {
          return P.Val.K == V.Val.K && identical(P.T, V.T) &&
                 (V.Val.K == ConstValue::Int ? P.Val.I == V.Val.I
                                             : P.Val.S == V.Val.S);
        };
        // types2 points at the previous case's node position (the
        // operator of 1 + 1), not its start.
        if (auto P = llvm::find_if(Seen, Same); P != Seen.end())
          errorAt(E.get(), "duplicate case " + operandString(V) +
                               " in expression switch\n\t" +
                               Diags.posString(P->E->getLoc()) +
                               ": previous case");
        else
          Seen.push_back(V);
      }
    }
    Scope CS(Cur);
    Cur = &CS;
    for (size_t I = 0; I < CC->Body.size(); ++I) {
      const Stmt *B = CC->Body[I].get();
      auto *Br = dyn_cast<BranchStmt>(B);
      if (Br && Br->BranchTok == Tok::Fallthrough) {
        if (I + 1 != CC->Body.size())
          branchError(B->getLoc(), "fallthrough statement out of place");
        else if (CI + 1 == Clauses.size())
          branchError(B->getLoc(), "cannot fallthrough final case in switch");
        continue;
      }
      stmt(B);
    }
    Cur = CS.Parent;
  }
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

void Checker::selectStmt(const SelectStmt *S, const std::string &Label) {
  CurFunc->Targets.push_back({S, false, Label});
  const CommClause *Default = nullptr;
  if (S->Body)
    for (const StmtPtr &C : S->Body->List) {
      auto *CC = dyn_cast<CommClause>(C.get());
      if (!CC)
        continue;
      if (!CC->Comm && Default)
        error(CC->getLoc(), "multiple defaults (first at " +
                                posString(Default->getLoc()) + ")");
      else if (!CC->Comm)
        Default = CC;
      Scope CS(Cur);
      Cur = &CS;
      if (const Stmt *Comm = CC->Comm.get()) {
        bool Valid = isa<SendStmt>(Comm);
        const Expr *Recv = nullptr;
        if (auto *ES = dyn_cast<ExprStmt>(Comm))
          Recv = ES->X.get();
        else if (auto *AS = dyn_cast<AssignStmt>(Comm);
                 AS && AS->Rhs.size() == 1 &&
                 (AS->Op == Tok::Assign || AS->Op == Tok::Define))
          Recv = AS->Rhs[0].get();
        while (auto *P = dyn_cast_or_null<ParenExpr>(Recv))
          Recv = P->X.get();
        if (auto *U = dyn_cast_or_null<UnaryExpr>(Recv);
            U && U->Op == Tok::Arrow)
          Valid = true;
        if (!Valid)
          error(Comm->getLoc(),
                "select case must be send or receive (possibly with "
                "assignment)");
        else
          stmt(Comm);
      }
      stmtList(CC->Body);
      Cur = CS.Parent;
    }
  CurFunc->Targets.pop_back();
}

void Checker::forStmt(const ForStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  if (S->Cond)
    cond(S->Cond.get(), "for");
  simpleStmt(S->Post.get());
  CurFunc->Targets.push_back({S, true, Label});
  if (S->Body)
    block(S->Body->List);
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

void Checker::rangeStmt(const RangeStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  Operand X = value(S->X.get());
  Type *Elem = Ctx.invalid();
  if (!X.isInvalid()) {
    // Of the types gort knows, only channels and strings (a later tier)
    // can be ranged over; Go 1.19 cannot range over an integer.
    auto *C = dyn_cast<ChannelType>(underlying(X.T));
    if (C) {
      // As types2, both errors, and the key still has the element type.
      if (S->Value)
        errorAt(S->Value.get(), "range over " + operandString(X) +
                                    " permits only one iteration variable");
      if (C->Dir == ChannelType::SendOnly)
        errorAt(S->X.get(), "cannot range over " + operandString(X) +
                                " (receive from send-only channel)");
      Elem = C->Elem;
    } else if (isString(X.T)) {
      unsupported(exprStart(S->X.get()), "range over " + typeString(X.T), true);
    } else {
      errorAt(S->X.get(), "cannot range over " + operandString(X));
    }
  }
  if (S->Key) {
    Operand V;
    V.M = TypeAndValue::Value;
    V.T = Elem;
    V.E = S->X.get();
    if (isInvalid(Elem))
      V.M = TypeAndValue::Invalid;
    if (S->Op == Tok::Define) {
      for (const Expr *K : {S->Key.get(), S->Value.get()}) {
        if (!K)
          continue;
        if (auto *Id = dyn_cast<Ident>(K)) {
          Object *O =
              declareLocal(Id, K == S->Key.get() ? Elem : Ctx.invalid());
          // types2: no "declared but not used" after an error about it.
          O->Used = isInvalid(O->T);
        } else
          errorAt(K, "non-name " + exprString(K) + " on left side of :=");
      }
    } else {
      assignVar(S->Key.get(), V, "range");
    }
  }
  CurFunc->Targets.push_back({S, true, Label});
  if (S->Body)
    block(S->Body->List);
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

void Checker::declStmt(const DeclStmt *S) {
  const GenDecl *D = S->D.get();
  if (!D)
    return;
  if (D->DeclTok == Tok::Type) {
    for (const SpecPtr &Sp : D->Specs)
      if (auto *TS = dyn_cast<TypeSpec>(Sp.get())) {
        unsupported(TS->Name->getLoc(), "type declarations");
        Object *O = newObject(Object::TypeName, TS->Name->Name,
                              TS->Name->getLoc(), Ctx.invalid());
        declare(Cur, O, TS->Name.get());
      }
    return;
  }
  bool IsConst = D->DeclTok == Tok::Const;
  const ValueSpec *Last = nullptr;
  for (const SpecPtr &Sp : D->Specs) {
    auto *VS = dyn_cast<ValueSpec>(Sp.get());
    if (!VS)
      continue;
    if (IsConst && (VS->Type || !VS->Values.empty()))
      Last = VS;
    localValueSpec(VS, IsConst ? Last : VS, IsConst);
  }
}

void Checker::localValueSpec(const ValueSpec *VS, const ValueSpec *Values,
                             bool IsConst) {
  std::vector<Object *> Objs;
  if (IsConst) {
    for (unsigned I = 0; I < VS->Names.size(); ++I) {
      const Ident *Id = VS->Names[I].get();
      Object *O = newObject(Object::Const, Id->Name, Id->getLoc());
      DeclInfo D;
      D.Spec = VS;
      D.Values = Values;
      D.Index = I;
      D.Iota = VS->Iota;
      if (!Values)
        O->T = Ctx.invalid();
      else
        resolveConst(O, D);
      Objs.push_back(O);
    }
    arity(VS, Values, true);
    for (unsigned I = 0; I < Objs.size(); ++I)
      declare(Cur, Objs[I], VS->Names[I].get());
    return;
  }
  Type *T = VS->Type ? typeOf(VS->Type.get()) : nullptr;
  std::vector<Operand> Vals;
  bool Ok = true;
  // Each name with its value is a single value, unlike an assignment; with
  // a count mismatch (arity's error) the names that have one take it.
  size_t NV = VS->Values.size();
  if (NV == 1 && VS->Names.size() > 1) {
    rhsValues(VS->Values, VS->Names.size(), VS->getLoc(), Vals, Ok);
  } else {
    for (size_t I = 0; I < VS->Names.size() && I < NV; ++I) {
      Vals.push_back(value(VS->Values[I].get()));
      Ok &= !Vals.back().isInvalid();
    }
    arity(VS, VS, false);
  }
  // As gc, a variable whose initialization failed (all of them, for one
  // value of several) is not also "declared but not used".
  bool AllFailed = NV == 1 && VS->Names.size() > 1 && !Ok;
  for (unsigned I = 0; I < VS->Names.size(); ++I) {
    const Ident *Id = VS->Names[I].get();
    Type *VT = T ? T : Ctx.invalid();
    bool Failed = I < Vals.size() && Vals[I].isInvalid();
    if (I < Vals.size() && !Failed && (Ok || NV != 1)) {
      Operand &X = Vals[I];
      if (T) {
        Failed = !assign(X, T, "variable declaration");
      } else if (basicKind(X.T) == BasicKind::UntypedNil) {
        errorAt(X.E, "use of untyped nil in variable declaration");
        Failed = true;
      } else {
        useDefault(X, "variable declaration");
        if (!X.isInvalid())
          VT = X.T;
        Failed = X.isInvalid();
      }
      AllFailed |= Failed && NV == 1 && VS->Names.size() > 1;
    }
    Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), VT);
    O->Owner = CurFunc ? CurFunc->Fn : nullptr;
    O->Used = Failed || isInvalid(VT); // as gc, for an invalid type too
    Objs.push_back(O);
  }
  if (AllFailed)
    for (Object *O : Objs)
      O->Used = true;
  // A redeclared variable is in no scope: gc does not report it unused.
  for (unsigned I = 0; I < Objs.size(); ++I) {
    declare(Cur, Objs[I], VS->Names[I].get());
    if (CurFunc && Objs[I]->Name != "_" &&
        Cur->lookupLocal(Objs[I]->Name) == Objs[I])
      CurFunc->Locals.push_back(Objs[I]);
  }
}

//===----------------------------------------------------------------------===//
// Terminating statements (spec: "Terminating statements")
//===----------------------------------------------------------------------===//

bool Checker::isTerminatingList(const StmtList &L) {
  // Trailing empty statements are permitted.
  for (size_t I = L.size(); I > 0; --I)
    if (!isa<EmptyStmt>(L[I - 1].get()))
      return isTerminating(L[I - 1].get(), "");
  return false;
}

bool Checker::isTerminating(const Stmt *S, const std::string &Label) {
  if (!S)
    return false;
  switch (S->getKind()) {
  case Node::NK_ReturnStmt:
    return true;
  case Node::NK_BranchStmt: {
    Tok K = cast<BranchStmt>(S)->BranchTok;
    return K == Tok::Goto || K == Tok::Fallthrough;
  }
  case Node::NK_ExprStmt: {
    const Expr *E = cast<ExprStmt>(S)->X.get();
    while (auto *P = dyn_cast<ParenExpr>(E))
      E = P->X.get();
    auto *C = dyn_cast<CallExpr>(E);
    if (!C)
      return false;
    auto *Id = dyn_cast<Ident>(C->Fun.get());
    if (!Id)
      return false;
    Object *O = Info.Uses.lookup(Id);
    return O && O->Kind == Object::Builtin && O->Id == BuiltinId::Panic;
  }
  case Node::NK_BlockStmt:
    return isTerminatingList(cast<BlockStmt>(S)->List);
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    return isTerminating(LS->S.get(), LS->Label->Name);
  }
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return I->Else && I->Then && isTerminatingList(I->Then->List) &&
           isTerminating(I->Else.get(), "");
  }
  case Node::NK_ForStmt: {
    auto *Fo = cast<ForStmt>(S);
    return !Fo->Cond && !hasBreak(Fo->Body.get(), Label, true);
  }
  case Node::NK_SwitchStmt:
  case Node::NK_TypeSwitchStmt:
  case Node::NK_SelectStmt: {
    const BlockStmt *Body = nullptr;
    if (auto *Sw = dyn_cast<SwitchStmt>(S))
      Body = Sw->Body.get();
    else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S))
      Body = Ts->Body.get();
    else
      Body = cast<SelectStmt>(S)->Body.get();
    if (!Body)
      return false;
    bool HasDefault = isa<SelectStmt>(S);
    for (const StmtPtr &C : Body->List) {
      const StmtList *L = nullptr;
      if (auto *CC = dyn_cast<CaseClause>(C.get())) {
        HasDefault |= CC->IsDefault;
        L = &CC->Body;
      } else if (auto *CC = dyn_cast<CommClause>(C.get())) {
        L = &CC->Body;
      }
      if (!L)
        continue;
      if (!isTerminatingList(*L) || hasBreakList(*L, Label, true))
        return false;
    }
    return HasDefault;
  }
  default:
    return false;
  }
}

bool Checker::hasBreakList(const StmtList &L, const std::string &Label,
                           bool Implicit) {
  for (const StmtPtr &S : L)
    if (hasBreak(S.get(), Label, Implicit))
      return true;
  return false;
}

/// Whether S contains a break that targets the enclosing statement labelled
/// Label (or, if Implicit, an unlabelled break not captured by an inner
/// for, switch or select).
bool Checker::hasBreak(const Stmt *S, const std::string &Label,
                       bool Implicit) {
  if (!S)
    return false;
  switch (S->getKind()) {
  case Node::NK_BranchStmt: {
    auto *B = cast<BranchStmt>(S);
    if (B->BranchTok != Tok::Break)
      return false;
    if (!B->Label)
      return Implicit;
    return !Label.empty() && B->Label->Name == Label;
  }
  case Node::NK_BlockStmt:
    return hasBreakList(cast<BlockStmt>(S)->List, Label, Implicit);
  case Node::NK_LabeledStmt:
    return hasBreak(cast<LabeledStmt>(S)->S.get(), Label, Implicit);
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return hasBreak(I->Then.get(), Label, Implicit) ||
           hasBreak(I->Else.get(), Label, Implicit);
  }
  case Node::NK_CaseClause:
    return hasBreakList(cast<CaseClause>(S)->Body, Label, Implicit);
  case Node::NK_CommClause:
    return hasBreakList(cast<CommClause>(S)->Body, Label, Implicit);
  case Node::NK_SwitchStmt:
    return !Label.empty() &&
           hasBreak(cast<SwitchStmt>(S)->Body.get(), Label, false);
  case Node::NK_TypeSwitchStmt:
    return !Label.empty() &&
           hasBreak(cast<TypeSwitchStmt>(S)->Body.get(), Label, false);
  case Node::NK_SelectStmt:
    return !Label.empty() &&
           hasBreak(cast<SelectStmt>(S)->Body.get(), Label, false);
  case Node::NK_ForStmt:
    return !Label.empty() &&
           hasBreak(cast<ForStmt>(S)->Body.get(), Label, false);
  case Node::NK_RangeStmt:
    return !Label.empty() &&
           hasBreak(cast<RangeStmt>(S)->Body.get(), Label, false);
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// Initialization order (spec: "Package initialization")
//===----------------------------------------------------------------------===//

void Checker::initOrder() {
  // The package variables each variable's initializer depends on, through
  // any chain of functions.
  std::map<Object *, std::set<Object *>> VarDeps;
  for (Object *V : PkgVars) {
    std::set<Object *> &Out = VarDeps[V];
    std::set<Object *> SeenFuncs;
    std::vector<Object *> Work(Decls[V].Deps.begin(), Decls[V].Deps.end());
    while (!Work.empty()) {
      Object *O = Work.back();
      Work.pop_back();
      if (O->Kind == Object::Var) {
        Out.insert(O);
      } else if (SeenFuncs.insert(O).second) {
        auto &D = Decls[O].Deps;
        Work.insert(Work.end(), D.begin(), D.end());
      }
    }
  }
  // Group the variables of `var a, b = f()`.
  std::vector<std::vector<Object *>> Groups;
  std::map<const Node *, size_t> GroupOf;
  for (Object *V : PkgVars) {
    const auto *VS = cast<ValueSpec>(V->Decl);
    if (VS->Values.size() == 1 && VS->Names.size() > 1) {
      auto It = GroupOf.find(VS);
      if (It != GroupOf.end()) {
        Groups[It->second].push_back(V);
        continue;
      }
      GroupOf[VS] = Groups.size();
    }
    Groups.push_back({V});
  }
  std::set<Object *> Done;
  std::vector<bool> Emitted(Groups.size());
  for (size_t Round = 0; Round < Groups.size(); ++Round) {
    size_t Pick = Groups.size();
    for (size_t G = 0; G < Groups.size() && Pick == Groups.size(); ++G) {
      if (Emitted[G])
        continue;
      bool Ready = true;
      for (Object *V : Groups[G])
        for (Object *D : VarDeps[V])
          if (!Done.count(D))
            Ready = false;
      if (Ready)
        Pick = G;
    }
    if (Pick == Groups.size()) {
      // Cycles: as types2, report each once, at its first variable that
      // depends on itself.
      std::set<Object *> OnReported;
      for (size_t G = 0; G < Groups.size(); ++G)
        for (Object *V : Groups[G]) {
          if (Emitted[G] || OnReported.count(V))
            continue;
          // findPath's path is V's chain backwards, V last: reversed, V
          // moves from the end to the front.
          std::set<Object *> Seen;
          std::vector<Object *> Path = findPath(V, V, Seen);
          if (Path.empty())
            continue;
          std::vector<Object *> Chain(Path.rbegin(), Path.rend());
          std::rotate(Chain.begin(), Chain.end() - 1, Chain.end());
          error(V->Loc, "initialization loop for " + V->Name +
                            cycleString(Chain));
          OnReported.insert(Chain.begin(), Chain.end());
        }
      // Emit the rest in declaration order so the table stays complete.
      for (size_t G = 0; G < Groups.size(); ++G)
        if (!Emitted[G]) {
          Emitted[G] = true;
          InitEntry E;
          E.Lhs = Groups[G];
          const auto *VS = cast<ValueSpec>(Groups[G][0]->Decl);
          if (!VS->Values.empty())
            E.Rhs = VS->Values.size() == 1
                        ? VS->Values[0].get()
                        : (Decls[Groups[G][0]].Index < VS->Values.size()
                               ? VS->Values[Decls[Groups[G][0]].Index].get()
                               : nullptr);
          Info.InitOrder.push_back(E);
        }
      return;
    }
    Emitted[Pick] = true;
    InitEntry E;
    for (Object *V : Groups[Pick]) {
      Done.insert(V);
      E.Lhs.push_back(V->Name == "_" ? nullptr : V);
    }
    const auto *VS = cast<ValueSpec>(Groups[Pick][0]->Decl);
    unsigned Idx = Decls[Groups[Pick][0]].Index;
    if (VS->Values.size() == 1 && VS->Names.size() > 1)
      E.Rhs = VS->Values[0].get();
    else if (Idx < VS->Values.size())
      E.Rhs = VS->Values[Idx].get();
    Info.InitOrder.push_back(E);
  }
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

bool Checker::run() {
  makeUniverse();
  if (F.PackageName && F.PackageName->Name != "main")
    unsupported(F.PackageName->getLoc(),
                "package " + F.PackageName->Name + " (only package main)", true);
  collectObjects();
  // Package-level declarations in source order (resolve follows
  // references depth-first).
  for (const DeclPtr &D : F.Decls) {
    if (const auto *FD = dyn_cast<FuncDecl>(D.get())) {
      if (FD->Name && !FD->IsMethod)
        for (auto &P : Decls)
          if (P.second.Func == FD)
            resolve(P.first);
      continue;
    }
    const auto *GD = cast<GenDecl>(D.get());
    for (const SpecPtr &S : GD->Specs)
      if (const auto *VS = dyn_cast<ValueSpec>(S.get()))
        for (const IdentPtr &Id : VS->Names)
          if (Object *O = Info.Defs.lookup(Id.get()))
            resolve(O);
  }
  // Function bodies.
  for (const FuncDecl *FD : Bodies) {
    Object *O = nullptr;
    for (auto &P : Decls)
      if (P.second.Func == FD)
        O = P.first;
    if (!O || !O->T)
      continue;
    FuncInfo &FI = Info.Funcs[FD];
    // Parameters and results share the body's outermost scope: a name
    // used twice is redeclared.
    Scope FS(&PkgScope);
    for (Object *P : FI.Params)
      if (P)
        declare(&FS, P, nullptr);
    for (Object *R : FI.Results)
      if (R)
        declare(&FS, R, nullptr);
    CurDecl = O;
    funcBody(FD, &FI, FD->Body.get(), &FS);
    CurDecl = nullptr;
  }
  initOrder();
  if (!SawUnsupported)
    for (auto &I : Imports)
      if (!I.first->Used)
        error(I.first->Loc, "imported and not used: \"" + I.first->PkgPath +
                                "\"" +
                                (I.first->Name != I.first->PkgPath
                                     ? " as " + I.first->Name
                                     : ""));
  if (F.PackageName && F.PackageName->Name == "main") {
    Object *Main = PkgScope.lookupLocal("main");
    // gc's linker reports this, so only for a program that compiles.
    if ((!Main || Main->Kind != Object::Func) && Errors.empty() &&
        BranchErrors.empty())
      error(SourceLoc(), "function main is undeclared in the main package");
  }
  flushErrors();
  return Errors.empty();
}

} // namespace

bool gort::checkFile(const File &F, Diagnostics &Diags, SemaInfo &Info) {
  Checker C(F, Diags, Info);
  return C.run();
}

//===----------------------------------------------------------------------===//
// The -emit=types dump
//===----------------------------------------------------------------------===//
//
// One line per fact, sorted by source position (then by kind and order of
// discovery), so a FileCheck test reads top to bottom with the source:
//
//   L:C def KIND NAME TYPE [= VALUE] [captured]
//        an identifier declares a var, const, func, param or label
//   L:C use NAME -> KIND@L:C
//        an identifier refers to an object declared at L:C (or "universe",
//        or "pkg.Name" for package members)
//   L:C MODE EXPR : TYPE [= VALUE]
//        an expression (MODE is const, var, value, type, builtin, novalue,
//        commaok or package) and its final type; EXPR is gc's spelling
//   L:C closure captures NAME@L:C, ...
//        a function literal and the variables it captures
// followed by
//   init NAME, NAME = EXPR      the package variable initializers in order
//   initfunc L:C                the init functions in order
//
//===----------------------------------------------------------------------===//

namespace {

const char *kindName(const Object *O) {
  switch (O->Kind) {
  case Object::Var:
    return O->IsParam ? "param" : "var";
  case Object::Const:
    return "const";
  case Object::TypeName:
    return "type";
  case Object::Func:
    return "func";
  case Object::Package:
    return "package";
  case Object::Builtin:
    return "builtin";
  case Object::Nil:
    return "nil";
  case Object::Label:
    return "label";
  }
  return "?";
}

const char *dumpMode(Mode M) {
  switch (M) {
  case TypeAndValue::Invalid:
    return "invalid";
  case TypeAndValue::NoValue:
    return "novalue";
  case TypeAndValue::Builtin:
    return "builtin";
  case TypeAndValue::TypeExpr:
    return "type";
  case TypeAndValue::Constant:
    return "const";
  case TypeAndValue::Variable:
    return "var";
  case TypeAndValue::Value:
    return "value";
  case TypeAndValue::CommaOk:
    return "commaok";
  case TypeAndValue::Package:
    return "package";
  }
  return "?";
}

std::string locString(SourceLoc L) {
  return std::to_string(L.Line) + ":" + std::to_string(L.Col);
}

struct DumpLine {
  SourceLoc Loc;
  unsigned Order;
  unsigned Seq;
  std::string Text;
};

} // namespace

void gort::dumpTypes(const File &F, const SemaInfo &Info,
                     llvm::raw_ostream &OS) {
  std::vector<DumpLine> Lines;
  unsigned Seq = 0;
  auto Add = [&](SourceLoc L, unsigned Order, std::string Text) {
    Lines.push_back({L, Order, Seq++, std::move(Text)});
  };
  for (auto &P : Info.Defs) {
    const Object *O = P.second;
    if (!O)
      continue;
    std::string S = locString(P.first->getLoc()) + " def " + kindName(O) +
                    " " + O->Name;
    if (O->T)
      S += " " + typeString(O->T);
    if (O->Val.isValid())
      S += " = " + O->Val.str();
    if (O->Captured)
      S += " captured";
    Add(P.first->getLoc(), 0, S);
  }
  for (auto &P : Info.Uses) {
    const Object *O = P.second;
    if (!O)
      continue;
    std::string Where = O->PkgPath.size() && O->Kind != Object::Package
                            ? O->PkgPath + "." + O->Name
                        : O->Loc.isValid() ? locString(O->Loc)
                                           : std::string("universe");
    Add(P.first->getLoc(), 1,
        locString(P.first->getLoc()) + " use " + P.first->Name + " -> " +
            kindName(O) + "@" + Where);
  }
  for (auto &P : Info.Exprs) {
    const TypeAndValue &TV = P.second;
    std::string S = locString(P.first->getLoc()) + " " + dumpMode(TV.M) + " " +
                    exprString(P.first);
    if (TV.T)
      S += " : " + typeString(TV.T);
    if (TV.M == TypeAndValue::Constant && TV.Val.isValid())
      S += " = " + TV.Val.str();
    Add(P.first->getLoc(), 2, S);
  }
  for (auto &P : Info.Funcs) {
    if (!isa<FuncLit>(P.first))
      continue;
    std::string S = locString(P.first->getLoc()) + " closure captures";
    for (size_t I = 0; I < P.second.Captures.size(); ++I) {
      const Object *O = P.second.Captures[I];
      S += (I ? ", " : " ") + O->Name + "@" + locString(O->Loc);
    }
    Add(P.first->getLoc(), 3, S);
  }
  std::sort(Lines.begin(), Lines.end(),
                   [](const DumpLine &A, const DumpLine &B) {
                     if (A.Loc.Line != B.Loc.Line)
                       return A.Loc.Line < B.Loc.Line;
                     if (A.Loc.Col != B.Loc.Col)
                       return A.Loc.Col < B.Loc.Col;
                     if (A.Order != B.Order)
                       return A.Order < B.Order;
                     if (A.Text != B.Text)
                       return A.Text < B.Text;
                     return A.Seq < B.Seq;
                   });
  for (const DumpLine &L : Lines)
    OS << L.Text << '\n';
  for (const InitEntry &E : Info.InitOrder) {
    OS << "init ";
    for (size_t I = 0; I < E.Lhs.size(); ++I)
      OS << (I ? ", " : "") << (E.Lhs[I] ? E.Lhs[I]->Name : "_");
    if (E.Rhs)
      OS << " = " << exprString(E.Rhs);
    OS << '\n';
  }
  for (const FuncDecl *FD : Info.InitFuncs)
    OS << "initfunc " << locString(FD->Name->getLoc()) << '\n';
}
