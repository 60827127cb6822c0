//===- Sema.cpp - Name resolution and type checking -----------------------===//
//
// The checker follows the structure of go/types (and gc's types2, whose
// messages it reproduces): one Checker (declared in Check.h) whose methods
// are spread over one file per concern, so that the rule for a construct is
// found by its file name:
//
//   Sema.cpp             checkPackage, the passes (Checker::run), errors,
//                        objects and scopes
//   SemaUniverse.cpp     the universe and the importable packages
//   SemaDecl.cpp         package-level and local declarations, resolution
//   SemaMethods.cpp      methods, method sets and package sync
//   SemaTypexpr.cpp      identifiers, type expressions and signatures
//   SemaExpr.cpp         operands, operators, shifts, comparisons, constants
//   SemaCall.cpp         calls, their arguments, and selectors
//   SemaComposite.cpp    fields, &x and *p, composite literals, escapes
//   SemaBuiltins.cpp     calls of the built-in functions
//   SemaConversions.cpp  conversions and the conversion of untyped operands
//   SemaAssignments.cpp  assignability, assignments and :=
//   SemaStmt.cpp         function bodies and statements
//   SemaLabels.cpp       labels, gotos and branches
//   SemaReturn.cpp       terminating statements
//   SemaInitOrder.cpp    the package variables' initialization order
//   ExprString.cpp       expressions and operands as messages spell them
//   SemaDump.cpp         the -emit=types dump
//
// The passes (run):
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
// Errors are reported at the start of the offending expression, as types2
// does (a comparison's mismatch at its second operand, an error in a const
// spec's repeated expression at the repeating name), collected, and printed
// sorted by position when checking ends: the first MaxErrors in checking
// order, then "too many errors", like gc; as gc, an error equal to the
// previous one on the same line is dropped. Only the first line of gc's
// multi-line messages is printed.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace gort::sema {

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
  // As gc's syntax.Pos.Before: by file name, then line and column.
  auto Before = [&](SourceLoc A, SourceLoc B) {
    if (A.File != B.File)
      return Diags.fileName(A) < Diags.fileName(B);
    return locBefore(A, B);
  };
  for (size_t I = 1; I < First.size(); ++I) // stable insertion sort
    for (size_t J = I; J > 0 && Before(First[J].Loc, First[J - 1].Loc); --J)
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

bool Checker::run() {
  makeUniverse();
  Info.InitOrder.clear();
  Info.InitFuncs.clear();
  collectObjects();
  collectMethods();
  // Package-level declarations in source order (resolve follows
  // references depth-first).
  for (const auto &F : Pkg.Files)
    for (const DeclPtr &D : F->Decls) {
      if (const auto *FD = dyn_cast<FuncDecl>(D.get())) {
        if (FD->Name)
          for (auto &P : Decls)
            if (P.second.Func == FD)
              resolve(P.first);
        continue;
      }
      const auto *GD = cast<GenDecl>(D.get());
      for (const SpecPtr &S : GD->Specs) {
        if (const auto *VS = dyn_cast<ValueSpec>(S.get()))
          for (const IdentPtr &Id : VS->Names)
            if (Object *O = Info.Defs.lookup(Id.get()))
              resolve(O);
        if (const auto *TS = dyn_cast<TypeSpec>(S.get()))
          if (Object *O = Info.Defs.lookup(TS->Name.get()))
            resolve(O);
      }
    }
  // Types that contain themselves, in source order.
  for (const auto &F : Pkg.Files)
    for (const DeclPtr &D : F->Decls)
      if (const auto *GD = dyn_cast<GenDecl>(D.get()))
        for (const SpecPtr &S : GD->Specs)
          if (const auto *TS = dyn_cast<TypeSpec>(S.get()))
            if (Object *O = Info.Defs.lookup(TS->Name.get()))
              if (auto *N = dyn_cast_or_null<NamedType>(O->T)) {
                std::vector<NamedType *> Path;
                validType(N, Path);
                checkFieldMethodNames(N, TS);
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
    Scope FS(fileScope(FD->getLoc()));
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
  // As types2's errorUnusedPkg: the name if not the path's last element.
  if (!SawUnsupported)
    for (auto &I : Imports)
      if (!I.first->Used) {
        StringRef Path = I.first->PkgPath;
        StringRef Elem = Path.substr(Path.rfind('/') + 1);
        error(I.first->Loc, "imported and not used: \"" + Path + "\"" +
                                (I.first->Name != Elem ? " as " + I.first->Name
                                                       : ""));
      }
  if (Pkg.Name == "main") {
    Object *Main = PkgScope.lookupLocal("main");
    // gc's linker reports this, so only for a program that compiles.
    if ((!Main || Main->Kind != Object::Func) && Errors.empty() &&
        BranchErrors.empty())
      error(SourceLoc(), "function main is undeclared in the main package");
  }
  flushErrors();
  exportMembers();
  Pkg.InitOrder = Info.InitOrder;
  Pkg.InitFuncs = Info.InitFuncs;
  return Errors.empty();
}

/// The package's objects, for the packages that import it (which may
/// select only the exported ones).
void Checker::exportMembers() {
  for (const auto &E : PkgScope)
    Pkg.Members[E.first().str()] = E.second;
}

} // namespace gort::sema

bool gort::checkPackage(Package &P, const PackageMap &Imported,
                        Diagnostics &Diags, SemaInfo &Info) {
  sema::Checker C(P, Imported, Diags, Info);
  return C.run();
}
