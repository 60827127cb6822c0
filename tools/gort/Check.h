//===- Check.h - The checker's internal interface ---------------*- C++ -*-===//
//
// The one Checker class and what its files share: Operand (a checked
// expression), Scope, the function and declaration state, and the helpers
// that format expressions and operands in messages. Sema.h stays the public
// interface (checkPackage, SemaInfo, dumpTypes); only the Sema*.cpp files and
// ExprString.cpp include this header. The members are grouped by the file
// that defines them, as go/types spreads its Checker's methods over one
// file per concern (see the table at the top of Sema.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef GORT_CHECK_H
#define GORT_CHECK_H

#include "Sema.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Casting.h"
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace gort::sema {

using llvm::APInt;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;
using llvm::StringRef;

using Mode = TypeAndValue::Mode;

/// A checked expression: go/types' operand.
struct Operand {
  Mode M = TypeAndValue::Invalid;
  Type *T = nullptr;
  ConstValue Val;
  const Expr *E = nullptr;
  Object *Obj = nullptr; ///< builtins and package functions: the callee
  /// The m[k] that checkMapIndex made this operand of: while E is it (or
  /// it in parentheses), messages call it a "map index expression".
  const Expr *MapIndex = nullptr;
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
  auto begin() const { return Names.begin(); }
  auto end() const { return Names.end(); }
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

// The goto check's blocks and state (SemaLabels.cpp).
struct GotoBlock;
struct GotoState;

/// Package-level declaration data for lazy resolution.
struct DeclInfo {
  const ValueSpec *Spec = nullptr;   ///< const or var
  const ValueSpec *Values = nullptr; ///< const: the spec holding Type/Values
  unsigned Index = 0;                ///< position of the name in the spec
  unsigned Iota = 0;
  const FuncDecl *Func = nullptr;
  const TypeSpec *TypeDecl = nullptr;
  enum { Unresolved, InProgress, Done } State = Unresolved;
  std::vector<Object *> Deps; ///< package vars and funcs referenced
};

struct PendingError {
  SourceLoc Loc;
  std::string Msg;
};

/// Where E starts: errors about an expression are reported there, as
/// types2 does (Sema.cpp).
SourceLoc exprStart(const Expr *E);

/// go/types' ExprString: E as messages spell it (ExprString.cpp).
std::string exprString(const Expr *E);

/// go/types' operand.String: `x (variable of type int)`,
/// `1 << 70 (untyped int constant 1180591620717411303424)` (ExprString.cpp).
/// IntValue: spell an integral constant as an integer even if it is a
/// float (types2 prints the value it converted to an integer type).
std::string operandString(const Operand &X, bool IntValue = false);

/// The "have"/"want" continuation lines of gc's count mismatches
/// (SemaAssignments.cpp).
std::string haveWant(llvm::ArrayRef<Operand> Have,
                     llvm::ArrayRef<Type *> Want, bool Variadic = false);

class Checker {
public:
  Checker(Package &Pkg, const PackageMap &Imported, Diagnostics &Diags,
          SemaInfo &Info)
      : Pkg(Pkg), Imported(Imported), Diags(Diags), Info(Info),
        Ctx(Info.Types) {}
  bool run();

private:
  // Errors, objects and scopes (Sema.cpp).
  void error(SourceLoc Loc, const llvm::Twine &Msg);
  /// types2's recordAltDecl: a continuation line at Old, if it has a
  /// position.
  std::string otherDecl(const Object *Old) const {
    if (!Old->Loc.isValid())
      return "";
    return "\n\t" + Diags.posString(Old->Loc) + ": other declaration of " +
           Old->Name;
  }
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
    return Diags.fileName(L).str() + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Col);
  }
  /// The scope of the file that holds L: its imports, then the package.
  Scope *fileScope(SourceLoc L) {
    std::unique_ptr<Scope> &S = FileScopes[L.File];
    if (!S)
      S = std::make_unique<Scope>(&PkgScope);
    return S.get();
  }
  /// Whether this is a library package (not main), whose functions may
  /// lack a body and whose types' names are qualified by its path.
  bool isLibrary() const { return Pkg.Path != "main"; }
  /// What a field or method named Name declared here records as its
  /// package (StructField::Pkg): this package's path if unexported.
  std::string unexportedPkg(StringRef Name) const {
    return !Name.empty() && Name[0] >= 'A' && Name[0] <= 'Z' ? "" : Pkg.Path;
  }
  /// Whether a field or method of package FieldPkg (StructField::Pkg) may
  /// be selected here: exported, or of this package.
  bool visible(const std::string &FieldPkg) const {
    return FieldPkg.empty() || FieldPkg == Pkg.Path;
  }
  Object *newObject(Object::ObjKind K, StringRef Name, SourceLoc Loc,
                    Type *T = nullptr);
  void declare(Scope *S, Object *O, const Ident *Id);
  Object *lookup(const Ident *Id);

  // The universe and the importable packages (SemaUniverse.cpp).
  void makeUniverse();
  void declareMemStats();
  void declarePackageMember(StringRef Pkg, StringRef Name, Object *O);

  // Declarations (SemaDecl.cpp).
  void collectObjects();
  void collectFile(const File &F);
  void checkImportClashes();
  void collectImport(const ImportSpec *IS);
  void exportMembers();
  void collectValueSpecs(const GenDecl *D);
  void collectFunc(const FuncDecl *FD);
  void arity(const ValueSpec *VS, const ValueSpec *Values, bool IsConst);
  void resolve(Object *O);
  std::string cycleString(llvm::ArrayRef<Object *> Chain) const;
  void resolveConst(Object *O, DeclInfo &D);
  void resolveVar(Object *O, DeclInfo &D);
  void noteUse(Object *O, const Ident *Id);
  void declStmt(const DeclStmt *S);
  void localValueSpec(const ValueSpec *VS, const ValueSpec *Values, bool Const);

  // Methods, method sets and package sync (SemaMethods.cpp).
  void collectMethod(const FuncDecl *FD);
  void collectMethods();
  void addMethod(NamedType *N, const FuncDecl *FD, bool Ptr);
  void validRecv(Type *RT, SourceLoc At);
  void resolveMethod(Object *O, const FuncDecl *FD);
  void checkFieldMethodNames(NamedType *N, const TypeSpec *TS);
  void recvAddressTaken(const SelectorExpr *S, const Method *M);
  SignatureType *methodExprType(Type *Recv, SignatureType *Sig);
  const Method *findMethod(Type *T, const std::string &Sel, NamedType *&Owner,
                           std::vector<unsigned> &Path, bool &Indirect,
                           bool &Ambiguous);
  bool lookupMethod(const SelectorExpr *S, Operand &Base, Operand &X);
  bool unsupportedMethod(const SelectorExpr *S, Type *T);

  // Interfaces and type switches (SemaInterfaces.cpp).
  Type *interfaceType(const gort::InterfaceType *IT);
  /// Whether V implements interface T (true if T is no interface); if
  /// not, Why is gc's parenthesized reason.
  bool implements(Type *V, Type *T, std::string &Why);
  /// ":\n\tV does not implement T (reason)" when V does not implement
  /// interface T, else "".
  std::string notImplemented(Type *V, Type *T);
  bool lookupIfaceMethod(const SelectorExpr *S, Operand &Base, Operand &X);
  void typeSwitchStmt(const TypeSwitchStmt *S, const std::string &Label);
  void declareSync();

  // Identifiers and type expressions (SemaTypexpr.cpp).
  void ident(const Ident *Id, Operand &X);
  Type *typeOf(const Expr *E);
  int64_t arrayLength(const Expr *Len);
  Object *declareType(const TypeSpec *TS, Scope *S);
  void resolveType(Object *O, const TypeSpec *TS);
  void validType(NamedType *N, std::vector<NamedType *> &Path);
  Type *structType(const StructType *ST);
  SignatureType *signature(const gort::FuncType *FT, FuncInfo *FI, Scope *S,
                      const Node *Owner);

  // Expressions (SemaExpr.cpp).
  void record(const Operand &X);
  void recordType(const Expr *E, Type *T);
  void checkShiftedConst(const Expr *E, Type *T);
  void updateExprType(const Expr *E, Type *T);
  void check(const Expr *E, Operand &X, unsigned Depth = 0);
  Operand value(const Expr *E, unsigned Depth = 0);
  bool singleValue(Operand &X);
  void checkRaw(const Expr *E, Operand &X, unsigned Depth);
  void basicLit(const BasicLit *L, Operand &X);
  void funcLit(const FuncLit *FL, Operand &X);
  void unary(const UnaryExpr *U, Operand &X, unsigned Depth);
  bool checkOverflow(Operand &X);
  void binary(const BinaryExpr *B, Operand &X, unsigned Depth);
  bool matchTypes(Operand &X, Operand &Y);
  void binaryOp(const Expr *E, const Expr *LhsE, const Expr *RhsE, Tok Op,
                Operand &X, Operand &Y);
  bool constOp(const Expr *E, Tok Op, Operand &X, const Operand &Y);
  void shift(const Expr *E, Tok Op, Operand &X, Operand &Y);
  void comparison(const Expr *E, Tok Op, Operand &X, Operand &Y, bool XNil,
                  bool YNil);
  void typeAssert(const TypeAssertExpr *TA, Operand &X, unsigned Depth);

  // Map index expressions and literals (SemaMaps.cpp).
  void checkMapIndex(const IndexExpr *IE, Operand &X, unsigned Depth);
  bool isMapIndex(const Expr *E);
  void checkMapLit(const CompositeLit *CL, Type *T, MapTy *MT, Operand &X,
                   unsigned Depth);

  // Calls and selectors (SemaCall.cpp).
  void call(const CallExpr *C, Operand &X, unsigned Depth);
  void arguments(const CallExpr *C, SignatureType *Sig, unsigned Depth);
  /// The arguments' operands: f(g()) gives each of g's results.
  std::vector<Operand> argOperands(const CallExpr *C, size_t From,
                                   unsigned Depth);
  void selector(const SelectorExpr *S, Operand &X);
  // Fields, pointers, composite literals (SemaComposite.cpp).
  enum FieldLookup { FieldNotFound, FieldFound, FieldAmbiguous };
  FieldLookup lookupField(Type *T, StringRef Name, std::vector<unsigned> &Path,
                          bool &Indirect, Type *&FT);
  bool selectField(const SelectorExpr *S, Operand &Base, Operand &X);
  /// Marks the local variable whose storage E is part of as escaping.
  void addressTaken(const Expr *E);
  void addressOf(const UnaryExpr *U, Operand &X, unsigned Depth);
  void indirect(const StarExpr *S, Operand &X, unsigned Depth);
  void element(const Expr *E, Type *Hint, Operand &X, unsigned Depth);
  int64_t litIndex(const Expr *E, int64_t Max, unsigned Depth);
  int64_t indexedElts(const CompositeLit *L, Type *Elem, int64_t Len,
                      unsigned Depth);
  void fieldValue(const Expr *E, Type *FT, unsigned Depth);
  void structElts(const CompositeLit *L, StructTy *ST,
                  const std::string &LitName, const std::string &Base,
                  unsigned Depth);
  void compositeLit(const CompositeLit *L, Type *Hint, Operand &X,
                    unsigned Depth);

  // Built-in functions (SemaBuiltins.cpp).
  void builtinCall(const CallExpr *C, Object *B, Operand &X, unsigned Depth);
  void lenCap(const CallExpr *C, Object *B, Operand &X, unsigned Depth);
  void makeSlice(const CallExpr *C, Type *T, Operand &X, unsigned Depth);
  void appendCall(const CallExpr *C, Operand &X, unsigned Depth);
  void copyCall(const CallExpr *C, Operand &X, unsigned Depth);

  // Index and slice expressions (SemaIndex.cpp).
  bool validIndex(Operand &X, StringRef What);
  int64_t indexValue(const Expr *E, int64_t Max, unsigned Depth, bool *Ok);
  void indexExpr(const IndexExpr *E, Operand &X, unsigned Depth);
  void sliceExpr(const SliceExpr *E, Operand &X, unsigned Depth);

  // Conversions (SemaConversions.cpp).
  void conversion(const CallExpr *C, Type *T, Operand &X, unsigned Depth);
  bool implicitType(Operand &X, Type *Target, std::string &Why);
  bool convertUntyped(Operand &X, Type *Target);
  /// Gives untyped X its default type, as when assigned in Context
  /// ("assignment", "variable declaration", ...; named in the error when a
  /// constant overflows it).
  void useDefault(Operand &X, StringRef Context = "assignment");
  /// Reports gc's "X overflows T" for an untyped constant X that an
  /// operation converts implicitly to T; returns false.
  bool overflowError(const Operand &X, Type *T);
  /// types2's invalidConversion of untyped X to T for implicitType's Why:
  /// "X overflows T", "X truncated to T" or "cannot convert X to T";
  /// returns false.
  bool invalidConversion(const Operand &X, Type *T, const std::string &Why);

  // Assignability and assignments (SemaAssignments.cpp).
  bool assignableTo(Operand &X, Type *T);
  bool assign(Operand &X, Type *T, StringRef Context);
  void assignMismatch(const ExprList &Rhs, size_t NVars, size_t NVals);
  bool tupleMismatch(const ExprList &Rhs, Operand &X);
  void rhsValues(const ExprList &Rhs, size_t NLhs, SourceLoc OpLoc,
                 std::vector<Operand> &Vals, bool &IsTuple);
  void assignVar(const Expr *Lhs, Operand &X, StringRef Context);
  void assignStmt(const AssignStmt *S);
  void shortVarDecl(const AssignStmt *S);

  // Function bodies and statements (SemaStmt.cpp).
  void funcBody(const Node *Fn, FuncInfo *FI, const BlockStmt *Body,
                Scope *S);
  void reportUnused(FuncCtx &FC);
  void block(const StmtList &L);
  void stmtList(const StmtList &L);
  Object *declareLocal(const Ident *Id, Type *T);
  void cond(const Expr *E, StringRef What);
  void stmt(const Stmt *S);
  void simpleStmt(const Stmt *S) {
    if (S)
      stmt(S);
  }
  void exprStmt(const ExprStmt *S);
  void sendStmt(const SendStmt *S);
  void incDec(const IncDecStmt *S);
  void goDefer(const Expr *Call, StringRef Keyword);
  void returnStmt(const ReturnStmt *S);
  void ifStmt(const IfStmt *S);
  void switchStmt(const SwitchStmt *S, const std::string &Label);
  void selectStmt(const SelectStmt *S, const std::string &Label);
  void forStmt(const ForStmt *S, const std::string &Label);
  void rangeStmt(const RangeStmt *S, const std::string &Label);
  Type *rangeSeqKey(Type *X, Type **Val);

  // Labels and branches (SemaLabels.cpp).
  void collectLabels(const StmtList &L);
  void checkGotos(const BlockStmt *Body);
  std::vector<const BranchStmt *>
  gotoBlock(const GotoBlock *Parent, SourceLoc Start,
            const std::vector<const Stmt *> &List, GotoState &GS);
  void branchStmt(const BranchStmt *S);

  // Terminating statements (SemaReturn.cpp).
  bool isTerminatingList(const StmtList &L);
  bool isTerminating(const Stmt *S, const std::string &Label);
  bool hasBreakList(const StmtList &L, const std::string &Label,
                    bool Implicit);
  bool hasBreak(const Stmt *S, const std::string &Label, bool Implicit);

  // Initialization order (SemaInitOrder.cpp).
  void initOrder();
  std::vector<Object *> findPath(Object *From, Object *To,
                                 std::set<Object *> &Seen);

  Package &Pkg;
  const PackageMap &Imported;
  Diagnostics &Diags;
  SemaInfo &Info;
  TypeContext &Ctx;
  std::vector<PendingError> Errors;
  std::vector<PendingError> BranchErrors;
  bool SawUnsupported = false;

  // As Go's: universe, package, then one scope per file for its imports.
  Scope Universe{nullptr};
  Scope PkgScope{&Universe};
  std::map<unsigned, std::unique_ptr<Scope>> FileScopes; ///< by file index
  Scope *Cur = &PkgScope;
  std::map<std::string, std::map<std::string, Object *>> PkgMembers;
  std::vector<std::pair<Object *, const ImportSpec *>> Imports;
  std::map<Object *, DeclInfo> Decls;
  std::map<NamedType *, SourceLoc> TypeLocs; ///< where each was declared
  std::vector<Object *> PkgVars; ///< in declaration order
  std::vector<Object *> PkgFuncs;
  std::vector<const FuncDecl *> Bodies;
  Object *CurDecl = nullptr; ///< package var or func whose deps we collect
  std::vector<Object *> Resolving; ///< package objects being resolved
  FuncCtx *CurFunc = nullptr;
  /// Methods: each declaration's Object, and the declarations in order.
  llvm::DenseMap<const FuncDecl *, Object *> MethodObjs;
  std::vector<const FuncDecl *> MethodDecls;
  /// The selector being called (the callee of the call being checked),
  /// and the one a go statement calls: a method value's receiver address
  /// outlives neither call but the go statement's.
  const SelectorExpr *CallSel = nullptr;
  /// The slice expression a conversion to string copies at once
  /// (string(buf[i:])): slicing an array there takes no address that
  /// outlives the expression.
  const Expr *CopiedSlice = nullptr;
  /// The &x arguments of a runtime.ReadMemStats call or of a //go:noescape
  /// function's (not a go statement's): the runtime uses them during the
  /// call only, so x need not live on the heap.
  std::vector<const Expr *> CallOnlyAddrs;
  const CallExpr *GoCall = nullptr;
  const SelectorExpr *GoSel = nullptr;
  const Operand *Iota = nullptr;
  Object *IotaObj = nullptr;
  /// While a constant's inherited expression (a const spec without
  /// values) is checked: its name, where gc reports the errors.
  SourceLoc ErrPos;
  unsigned NestDepth = 0;
  // As Parser::MaxDepth: the parser stops deeper programs first.
  static constexpr unsigned MaxNest = 250000;
};

} // namespace gort::sema

#endif // GORT_CHECK_H
