//===- SemaDecl.cpp - Declarations and their resolution -------------------===//
//
// Declarations, as go/types' resolver.go and decl.go. collectObjects
// declares every package-level name (imports in the file scope) without
// looking at types; arity checks a const or var spec's counts of names and
// values. resolve() then type-checks each package-level object on first use
// or in source order, depth-first; an object met again while in progress is
// an initialization loop. While a variable initializer or a function body
// is checked, noteUse records each reference to a package-level variable or
// function as a dependency of the declaration being checked (initOrder's
// input, SemaInitOrder.cpp) and marks the local variables that closures
// capture. Local const and var declarations (declStmt) are here too.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include <functional>
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

namespace gort::sema {

/// The import of IS, in the file scope of its file: a built-in package
/// (runtime, sync, declared in SemaUniverse.cpp) or a library
/// package the driver loaded and checked before (Packages.cpp).
void Checker::collectImport(const ImportSpec *IS) {
  std::string Path = IS->Path ? IS->Path->Value : "";
  SourceLoc Loc = IS->Path ? IS->Path->getLoc() : IS->getLoc();
  bool Builtin = Path == "runtime" || Path == "sync";
  auto Lib = Imported.find(Path);
  bool Known = Builtin || Lib != Imported.end();
  if (!Known)
    unsupported(Loc, "package " + Path, true);
  // The package's own name, from its package clauses.
  std::string Name = !Builtin && Known ? Lib->second->Name
                                       : Path.substr(Path.rfind('/') + 1);
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
  Scope *FS = fileScope(Loc);
  Object *Old = FS->lookupLocal(Name);
  // A redeclared import is in no scope, but gc still reports it unused.
  if (Old)
    error(O->Loc, Name + " redeclared in this block" + otherDecl(Old));
  else
    FS->insert(O);
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
      O->Pkg = Pkg.Path;
      O->Decl = VS;
      DeclInfo &DI = Decls[O];
      DI.Spec = VS;
      DI.Values = IsConst ? Last : VS;
      DI.Index = I;
      DI.Iota = VS->Iota;
      if (Id->Name == "init" ||
          (Id->Name == "main" && !IsConst && Pkg.Name == "main")) {
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
  if (FD->IsMethod)
    return collectMethod(FD);
  Object *O = newObject(Object::Func, FD->Name->Name, FD->Name->getLoc());
  O->Global = true;
  O->Pkg = Pkg.Path;
  O->Decl = FD;
  Decls[O].Func = FD;
  PkgFuncs.push_back(O);
  if (FD->Name->Name == "init") {
    Info.Defs[FD->Name.get()] = O;
    Info.InitFuncs.push_back(FD);
  } else {
    declare(&PkgScope, O, FD->Name.get());
  }
  // A library package's function without a body is implemented outside
  // Go (docs/ABI.md, "Bodyless functions"), as gc's assembly functions.
  if (FD->NoEscape && FD->Body)
    error(FD->Name->getLoc(),
          "can only use //go:noescape with external func implementations");
  if (FD->Body)
    Bodies.push_back(FD);
  else if (!isLibrary())
    error(FD->Name->getLoc(), "missing function body");
}

void Checker::collectObjects() {
  for (const auto &F : Pkg.Files)
    collectFile(*F);
  checkImportClashes();
}

void Checker::collectFile(const File &F) {
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
          Object *O = declareType(TS, &PkgScope);
          O->Global = true;
          O->Pkg = Pkg.Path;
          Decls[O].TypeDecl = TS;
        }
    }
  }
}

/// Names in a file scope must not clash with package-level ones.
void Checker::checkImportClashes() {
  for (auto &[PkgObj, IS] : Imports) {
    Object *Alt = PkgScope.lookupLocal(PkgObj->Name);
    if (!Alt || fileScope(PkgObj->Loc)->lookupLocal(PkgObj->Name) != PkgObj)
      continue;
    // As types2's Package String: its name, then its path quoted.
    std::string Path = IS->Path ? IS->Path->Value : "";
    error(Alt->Loc, Alt->Name + " already declared through import of package " +
                        Path.substr(Path.rfind('/') + 1) + " (\"" + Path +
                        "\")" + otherDecl(PkgObj));
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
  Cur = fileScope(O->Loc);
  CurFunc = nullptr;
  // types2's guard against cycles: a function used in its own signature
  // (func f() [len(f())]int) is a func() until its signature is known.
  if (O->Kind == Object::Func)
    O->T = Ctx.func({}, {});
  if (O->Kind == Object::TypeName) {
    CurDecl = nullptr;
    resolveType(O, D.TypeDecl);
  } else if (O->Kind == Object::Const) {
    CurDecl = nullptr;
    resolveConst(O, D);
  } else if (O->Kind == Object::Var) {
    CurDecl = O;
    resolveVar(O, D);
  } else if (D.Func->IsMethod) {
    CurDecl = O;
    resolveMethod(O, D.Func);
  } else {
    CurDecl = O;
    FuncInfo &FI = Info.Funcs[D.Func];
    FI.Sig = signature(D.Func->Type.get(), &FI, nullptr, D.Func);
    O->T = FI.Sig;
    if ((O->Name == "init" || (O->Name == "main" && Pkg.Name == "main")) &&
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
/// Declares the type name of TS in S: a NamedType whose underlying type
/// resolveType fills in, or (an alias) the aliased type once resolved.
Object *Checker::declareType(const TypeSpec *TS, Scope *S) {
  Object *O = newObject(Object::TypeName, TS->Name->Name, TS->Name->getLoc());
  O->Decl = TS;
  if (!TS->IsAlias) {
    auto *N = Ctx.named(TS->Name->Name, Pkg.Path);
    if (isLibrary() && !CurFunc)
      N->Qual = Pkg.Name;
    TypeLocs[N] = O->Loc;
    O->T = N;
  }
  declare(S, O, TS->Name.get());
  return O;
}

void Checker::resolveType(Object *O, const TypeSpec *TS) {
  Type *T = typeOf(TS->Type.get());
  if (TS->IsAlias) {
    O->T = T;
    return;
  }
  auto *N = cast<NamedType>(O->T);
  auto *UN = dyn_cast<NamedType>(T);
  if (UN && !UN->Underlying) {
    // type T U where U's own declaration leads back to T.
    error(O->Loc, "invalid recursive type " + O->Name +
                      cycleString(llvm::ArrayRef(Resolving)));
    N->Underlying = Ctx.invalid();
    return;
  }
  N->Underlying = underlying(T);
}

/// types2's validType: a type may not contain itself by value (through
/// arrays and struct fields), only through pointers, slices, maps, chans
/// and funcs. Reports the cycle at its first type.
void Checker::validType(NamedType *N, std::vector<NamedType *> &Path) {
  if (llvm::is_contained(Path, N)) {
    if (Path.front() != N || N->Underlying == Ctx.invalid())
      return; // reported from its own start
    std::string S = "invalid recursive type " + N->Name;
    std::vector<std::string> Names;
    for (NamedType *P : Path)
      S += "\n\t" + Diags.posString(TypeLocs[P]) + ": " + P->Name +
           " refers to";
    S += "\n\t" + Diags.posString(TypeLocs[N]) + ": " + N->Name;
    error(TypeLocs[N], S);
    N->Underlying = Ctx.invalid();
    return;
  }
  Path.push_back(N);
  std::function<void(Type *)> Walk = [&](Type *T) {
    if (auto *TN = dyn_cast_or_null<NamedType>(T)) {
      if (TN->Underlying && TN->Pkg == Pkg.Path)
        validType(TN, Path);
    } else if (auto *A = dyn_cast_or_null<ArrayTy>(T)) {
      Walk(A->Elem);
    } else if (auto *ST = dyn_cast_or_null<StructTy>(T)) {
      for (const StructField &F : ST->Fields)
        Walk(F.T);
    }
  };
  Walk(N->Underlying);
  Path.pop_back();
}

void Checker::noteUse(Object *O, const Ident *Id) {
  if (Id)
    Info.Uses[Id] = O;
  if (O->Global) {
    // Other packages' objects are initialized before this package's.
    if ((O->Kind == Object::Var || O->Kind == Object::Func) && CurDecl &&
        O->Pkg == Pkg.Path)
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

void Checker::declStmt(const DeclStmt *S) {
  const GenDecl *D = S->D.get();
  if (!D)
    return;
  if (D->DeclTok == Tok::Type) {
    // The name is in scope in its own type (type L struct{ next *L }).
    for (const SpecPtr &Sp : D->Specs)
      if (auto *TS = dyn_cast<TypeSpec>(Sp.get())) {
        Object *O = declareType(TS, Cur);
        resolveType(O, TS);
        if (auto *N = dyn_cast_or_null<NamedType>(O->T)) {
          std::vector<NamedType *> Path;
          validType(N, Path);
        }
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

} // namespace gort::sema
