//===- SemaMethods.cpp - Methods, method sets and package sync ------------===//
//
// Methods, as go/types' resolver.go (collectObjects' method association),
// signature.go (the receiver's checks), decl.go (collectMethods,
// checkFieldUniqueness) and lookup.go (the method half of
// LookupFieldOrMethod), with gc's messages:
//
//  - collectMethods, right after the package-level names are declared,
//    binds each method declaration to its receiver base type by name
//    (so that x.M works before M's declaration is resolved), reporting
//    `T.M redeclared in this block` for a second M.
//  - resolveMethod checks the receiver (T or *T, T a type of this package
//    whose underlying type is not a pointer or interface) and gives the
//    FuncDecl's FuncInfo the signature with the receiver as its first
//    parameter: code generation treats a method as the function
//    main.T.M(recv, params...). The Object's type and the Method's Sig are
//    Go's, without the receiver.
//  - lookupMethod finds x.M in the method set of x's type (T or *T, T
//    named): a value of type T has T's value methods, and its pointer
//    methods when x is addressable (auto-&); a *T has both (auto-* for
//    the value methods). Methods of embedded fields are promoted
//    (findMethod: breadth-first, the shallowest wins, two at one depth
//    are an ambiguous selector), with the path of field indices to the
//    embedded value. It records a MethodVal or MethodExpr Selection.
//    A variable whose address a pointer method gets (`v.PtrM()`, `f :=
//    v.PtrM`, `go v.PtrM()`) lives on the heap (addressTaken), except for
//    plain calls of package sync's methods.
//  - declareSync makes package sync's Mutex, RWMutex, WaitGroup and Once:
//    named struct types of Go 1.19's layout whose pointer methods the
//    runtime implements (runtime.def's sync rows, docs/ABI.md "sync").
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include <set>

namespace gort::sema {

void Checker::collectMethod(const FuncDecl *FD) {
  Object *O = newObject(Object::Func, FD->Name->Name, FD->Name->getLoc());
  O->Global = true;
  O->Pkg = Pkg.Path;
  O->Decl = FD;
  Decls[O].Func = FD;
  MethodObjs[FD] = O;
  MethodDecls.push_back(FD);
  Info.Defs[FD->Name.get()] = O;
  if (FD->Body)
    Bodies.push_back(FD);
  else if (!isLibrary()) // as collectFunc
    error(FD->Name->getLoc(), "missing function body");
}

/// The receiver base type's name in a receiver type expression T or *T
/// (parenthesized or not); null for any other form.
static const Ident *recvBaseName(const Expr *E, bool &Ptr) {
  Ptr = false;
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *S = dyn_cast<StarExpr>(E)) {
    Ptr = true;
    E = S->X.get();
    while (auto *P = dyn_cast<ParenExpr>(E))
      E = P->X.get();
  }
  return dyn_cast<Ident>(E);
}

void Checker::collectMethods() {
  for (const FuncDecl *FD : MethodDecls) {
    if (FD->Recv.size() != 1 || FD->Name->Name == "_")
      continue; // the parser reported a bad receiver list
    bool Ptr;
    const Ident *Id = recvBaseName(FD->Recv[0]->Type.get(), Ptr);
    Object *TO = Id ? PkgScope.lookupLocal(Id->Name) : nullptr;
    if (!TO || TO->Kind != Object::TypeName)
      continue; // not a type: resolveMethod reports it
    auto DI = Decls.find(TO);
    if (DI != Decls.end() && DI->second.TypeDecl &&
        DI->second.TypeDecl->IsAlias) {
      // An alias of T or *T, resolved now: its methods are T's.
      resolve(TO);
      Type *AT = TO->T;
      if (auto *P = dyn_cast_or_null<PointerTy>(AT); P && !Ptr) {
        AT = P->Elem;
        Ptr = true;
      }
      if (auto *N = dyn_cast_or_null<NamedType>(AT); N && N->Pkg == Pkg.Path)
        addMethod(N, FD, Ptr);
      continue;
    }
    auto *N = dyn_cast_or_null<NamedType>(TO->T);
    if (!N || N->Pkg != Pkg.Path)
      continue; // resolveMethod reports it
    addMethod(N, FD, Ptr);
  }
}

/// Adds method FD to N's method set, unless N has one of its name.
void Checker::addMethod(NamedType *N, const FuncDecl *FD, bool Ptr) {
  const std::string &Name = FD->Name->Name;
  if (const Method *Old = N->method(Name)) {
    auto *OldFD = static_cast<const FuncDecl *>(Old->Decl);
    error(FD->Name->getLoc(), N->Name + "." + Name +
                                  " redeclared in this block\n\t" +
                                  Diags.posString(OldFD->Name->getLoc()) +
                                  ": other declaration of " + Name);
    return;
  }
  N->Methods.push_back({Name, nullptr, Ptr, FD, unexportedPkg(Name)});
}

/// types2's receiver checks (signature.go), at the receiver's position.
void Checker::validRecv(Type *RT, SourceLoc At) {
  Type *Base = RT;
  if (auto *P = dyn_cast<PointerTy>(RT))
    Base = P->Elem;
  if (isInvalid(Base))
    return;
  if (auto *N = dyn_cast<NamedType>(Base)) {
    if (N->Pkg != Pkg.Path)
      error(At,
            "cannot define new methods on non-local type " + typeString(Base));
    else if (isa_and_nonnull<PointerTy>(N->Underlying) ||
             isa_and_nonnull<InterfaceTy>(N->Underlying))
      error(At, "invalid receiver type " + typeString(Base) +
                    " (pointer or interface type)");
    return;
  }
  if (isa<BasicType>(Base))
    error(At,
          "cannot define new methods on non-local type " + typeString(Base));
  else
    error(At, "invalid receiver type " + typeString(RT));
}

void Checker::resolveMethod(Object *O, const FuncDecl *FD) {
  FuncInfo &FI = Info.Funcs[FD];
  Type *RT = Ctx.invalid();
  Object *RO = nullptr;
  if (!FD->Recv.empty()) {
    const Field *R = FD->Recv[0].get();
    RT = typeOf(R->Type.get());
    validRecv(RT, R->Names.empty() ? exprStart(R->Type.get())
                                   : R->Names[0]->getLoc());
    if (!R->Names.empty()) {
      const Ident *Id = R->Names[0].get();
      RO = newObject(Object::Var, Id->Name, Id->getLoc(), RT);
      RO->IsParam = true;
      RO->Owner = FD;
      Info.Defs[Id] = RO;
      if (Id->Name == "_")
        RO = nullptr; // needs no storage, as a blank parameter
    }
  }
  SignatureType *Sig = signature(FD->Type.get(), &FI, nullptr, FD);
  std::vector<Type *> Params{RT};
  Params.insert(Params.end(), Sig->Params.begin(), Sig->Params.end());
  SignatureType *Full = Ctx.func(std::move(Params), Sig->Results);
  Full->Variadic = Sig->Variadic;
  FI.Params.insert(FI.Params.begin(), RO);
  FI.Sig = Full;
  O->T = Sig;
  Type *Base = RT;
  if (auto *P = dyn_cast<PointerTy>(RT))
    Base = P->Elem;
  if (auto *N = dyn_cast<NamedType>(Base))
    for (Method &M : N->Methods)
      if (M.Decl == FD)
        M.Sig = Sig;
}

/// types2's checkFieldUniqueness: a struct type's fields and methods
/// have distinct names (reported at the method, with the field).
void Checker::checkFieldMethodNames(NamedType *N, const TypeSpec *TS) {
  const auto *ST = dyn_cast_or_null<StructType>(TS->Type.get());
  if (!ST || !isa_and_nonnull<StructTy>(N->Underlying))
    return;
  for (const Method &M : N->Methods)
    for (const FieldPtr &Fld : ST->Fields)
      for (const IdentPtr &Id : Fld->Names)
        if (Id->Name == M.Name)
          error(static_cast<const FuncDecl *>(M.Decl)->Name->getLoc(),
                "field and method with the same name " + M.Name + "\n\t" +
                    Diags.posString(Id->getLoc()) + ": other declaration of " +
                    M.Name);
}

/// The type of the method expression T.M: a function of the receiver,
/// then M's parameters.
SignatureType *Checker::methodExprType(Type *Recv, SignatureType *Sig) {
  std::vector<Type *> Params{Recv};
  Params.insert(Params.end(), Sig->Params.begin(), Sig->Params.end());
  auto *F = Ctx.func(std::move(Params), Sig->Results);
  F->Variadic = Sig->Variadic;
  return F;
}

/// The receiver variable of x.M when M's receiver is a pointer and x a
/// variable: &x is taken, and the variable lives on the heap, since the
/// method may keep the pointer (no escape analysis across functions yet).
/// The runtime's methods (package sync) keep it only during the call, so
/// a plain call of one takes no address that outlives it; a method value
/// or a go statement's call does.
void Checker::recvAddressTaken(const SelectorExpr *S, const Method *M) {
  if (S == CallSel && S != GoSel && !M->Decl)
    return;
  addressTaken(S->X.get());
}

const Method *Checker::findMethod(Type *T, const std::string &Sel,
                                  NamedType *&Owner,
                                  std::vector<unsigned> &Path, bool &Indirect,
                                  bool &Ambiguous) {
  // Another package's unexported methods cannot be selected.
  const Method *M = gort::findMethod(T, Sel, Owner, Path, Indirect, Ambiguous);
  return M && visible(M->Pkg) ? M : nullptr;
}

/// Go 1.19's methods of the imported types that gort does not have yet:
/// reported as not supported rather than undefined.
bool Checker::unsupportedMethod(const SelectorExpr *S, Type *T) {
  static const std::pair<const char *, const char *> Missing[] = {
      {"sync.RWMutex", "RLocker"}};
  if (auto *P = dyn_cast_or_null<PointerTy>(T))
    T = P->Elem;
  auto *N = dyn_cast_or_null<NamedType>(T);
  if (!N || !N->Pkg.empty())
    return false;
  for (auto &[Type, Name] : Missing)
    if (N->Name == Type && S->Sel->Name == Name) {
      unsupported(S->Sel->getLoc(),
                  "method " + N->Name + "." + S->Sel->Name, true);
      return true;
    }
  return false;
}

bool Checker::lookupMethod(const SelectorExpr *S, Operand &Base, Operand &X) {
  const std::string &Sel = S->Sel->Name;
  if (Sel == "_")
    return false;
  NamedType *N = nullptr;
  std::vector<unsigned> Path;
  bool ThroughPtr = false, Ambiguous = false;
  const Method *M = findMethod(Base.T, Sel, N, Path, ThroughPtr, Ambiguous);
  if (!M)
    return unsupportedMethod(S, Base.T);
  if (Ambiguous) {
    error(S->Sel->getLoc(),
          "ambiguous selector " + exprString(S->X.get()) + "." + Sel);
    X.M = TypeAndValue::Invalid;
    return true;
  }
  X.M = TypeAndValue::Invalid;
  const auto *FD = static_cast<const FuncDecl *>(M->Decl);
  Object *MO = FD ? MethodObjs.lookup(FD) : nullptr;
  if (MO)
    noteUse(MO, nullptr); // resolves its signature; an init dependency
  bool IsExpr = Base.M == TypeAndValue::TypeExpr;
  if (M->PtrRecv && !ThroughPtr && Base.M != TypeAndValue::Variable) {
    error(S->Sel->getLoc(),
          "cannot call pointer method " + Sel + " on " + typeString(Base.T));
    return true;
  }
  SignatureType *Sig = M->Sig;
  // types2's guard against cycles: in its own signature
  // (func (T) m() [len(T{}.m())]int) a method is a func().
  if (!Sig && MO && llvm::is_contained(Resolving, MO))
    Sig = Ctx.func({}, {});
  if (!Sig)
    return true; // its declaration was invalid
  Selection &SL = Info.Selections[S];
  SL.Kind = IsExpr ? Selection::MethodExpr : Selection::MethodVal;
  SL.Recv = Base.T;
  SL.Path = Path;
  SL.Indirect = ThroughPtr;
  SL.M = M;
  SL.Owner = N;
  if (IsExpr) {
    X.T = methodExprType(Base.T, Sig);
  } else {
    X.T = Sig;
    if (M->PtrRecv && !ThroughPtr)
      recvAddressTaken(S, M);
  }
  X.M = TypeAndValue::Value;
  X.E = S;
  return true;
}

/// Package sync: Go 1.19's types with their fields (so that their layout
/// is Go's once structs are laid out; docs/ABI.md "sync") and the methods
/// the runtime implements, all with pointer receivers.
void Checker::declareSync() {
  Type *I32 = Ctx.basic(BasicKind::Int32);
  Type *U32 = Ctx.basic(BasicKind::Uint32);
  Type *U64 = Ctx.basic(BasicKind::Uint64);
  Type *Bool = Ctx.basic(BasicKind::Bool);
  SignatureType *Void = Ctx.func({}, {});
  SignatureType *Try = Ctx.func({}, {Bool});
  auto Make = [&](const char *Name, std::vector<StructField> Fields) {
    NamedType *N = Ctx.named(std::string("sync.") + Name, "");
    if (!N->Underlying) // the first package's checker declares it
      N->Underlying = Ctx.structOf(std::move(Fields));
    declarePackageMember("sync", Name,
                         newObject(Object::TypeName, Name, {}, N));
    return N;
  };
  auto Add = [](NamedType *N, const char *Name, SignatureType *Sig) {
    if (!N->method(Name))
      N->Methods.push_back({Name, Sig, /*PtrRecv=*/true, nullptr});
  };
  NamedType *Mutex = Make("Mutex", {{"state", I32}, {"sema", U32}});
  Add(Mutex, "Lock", Void);
  Add(Mutex, "TryLock", Try);
  Add(Mutex, "Unlock", Void);
  NamedType *RW = Make("RWMutex", {{"w", Mutex},
                                   {"writerSem", U32},
                                   {"readerSem", U32},
                                   {"readerCount", I32},
                                   {"readerWait", I32}});
  Add(RW, "Lock", Void);
  Add(RW, "RLock", Void);
  Add(RW, "RUnlock", Void);
  Add(RW, "TryLock", Try);
  Add(RW, "TryRLock", Try);
  Add(RW, "Unlock", Void);
  // WaitGroup: 16 bytes, 8-aligned, on 64-bit targets; 12, 4-aligned, on
  // 32-bit ones, where the runtime finds the 8-aligned 8 of the first 12
  // bytes (gort.h's GoWaitGroup, Go 1.19's waitgroup.go).
  Type *State1 = Ctx.wordBits() == 64 ? U64 : Ctx.arrayOf(U32, 2);
  NamedType *WG = Make("WaitGroup", {{"state1", State1}, {"state2", U32}});
  Add(WG, "Add", Ctx.func({Ctx.basic(BasicKind::Int)}, {}));
  Add(WG, "Done", Void);
  Add(WG, "Wait", Void);
  NamedType *Once = Make("Once", {{"done", U32}, {"m", Mutex}});
  Add(Once, "Do", Ctx.func({Void}, {}));
}

} // namespace gort::sema
