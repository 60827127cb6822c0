//===- CGMethods.cpp - Methods, method values and method expressions ------===//
//
// A method is a function whose first parameter is the receiver, named as
// gc names it: `main.T.M` for a value receiver, `main.(*T).M` for a
// pointer receiver (Sema gives the declaration's FuncInfo that signature).
// The methods of package sync are the runtime's rows of runtime.def
// (`sync.(*Mutex).Lock`, ...), called directly.
//
// x.M(args) calls the method with x's value as the receiver, &x when M
// wants a pointer and x is a variable (auto-&), *x when M wants a value
// and x is a pointer (auto-*; a nil x faults, which the runtime turns into
// Go's nil dereference panic). The receiver is evaluated before the
// arguments, and for go and defer at the statement (it goes into the
// argument block like any argument).
//
// A method value x.M is a closure object { fn, receiver } holding a copy
// of the receiver as evaluated there (&x for a pointer method), whose fn
// is the wrapper `main.T.M-fm(ptr closure, params)` (gc's name) that
// calls the method with the stored receiver. A method expression T.M or
// (*T).M is a constant closure `<sym>·f` whose wrapper `<sym>·fw` takes
// the receiver as its first parameter; for (*T).M of a value method it
// dereferences it (gc's generated `main.(*T).M`). A method promoted
// through embedded fields is called on the embedded value (pathAddr, for
// x.M) and, in a method expression, its wrapper is named for the outer
// type and walks the same path (wrapperPromote). A wrapper calls the
// method with a tail call, as a package function's value wrapper does;
// if the method's body calls recover, the wrapper is a copy of that body
// instead (the receiver from the closure, or through the pointer), since
// recover works only in the function a deferred call calls, and on 386
// the runtime calls a deferred function value itself (emitDeferStk), so
// no wrapper between it and the method could be a jump.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"

using namespace gort;
using namespace gort::cg;

/// gc's symbol of method Name of N, with a pointer receiver if Ptr:
/// main.T.M, main.(*T).M, sync.(*Mutex).Lock.
static std::string methodSymbol(const NamedType *N, StringRef Name, bool Ptr) {
  std::string Pkg = N->Pkg, TN = N->Name;
  if (Pkg.empty()) { // another package's type: Name is qualified
    size_t Dot = TN.rfind('.');
    Pkg = TN.substr(0, Dot);
    TN = TN.substr(Dot + 1);
  }
  return Pkg + "." + (Ptr ? "(*" + TN + ")" : TN) + "." + Name.str();
}

/// The receiver type the method M of N takes: T or *T.
Type *CodeGen::recvType(const Method *M, NamedType *N) {
  return M->PtrRecv ? Info.Types.pointerTo(N) : static_cast<Type *>(N);
}

/// The runtime's implementation of a method of package sync.
static bool syncMethod(StringRef Type, StringRef Name, RtFn &F) {
  static const struct {
    const char *Type, *Name;
    RtFn F;
  } Rows[] = {
      {"sync.Mutex", "Lock", RtFn::MutexLock},
      {"sync.Mutex", "TryLock", RtFn::MutexTryLock},
      {"sync.Mutex", "Unlock", RtFn::MutexUnlock},
      {"sync.RWMutex", "RLock", RtFn::RWMutexRLock},
      {"sync.RWMutex", "TryRLock", RtFn::RWMutexTryRLock},
      {"sync.RWMutex", "RUnlock", RtFn::RWMutexRUnlock},
      {"sync.RWMutex", "Lock", RtFn::RWMutexLock},
      {"sync.RWMutex", "TryLock", RtFn::RWMutexTryLock},
      {"sync.RWMutex", "Unlock", RtFn::RWMutexUnlock},
      {"sync.WaitGroup", "Add", RtFn::WaitGroupAdd},
      {"sync.WaitGroup", "Done", RtFn::WaitGroupDone},
      {"sync.WaitGroup", "Wait", RtFn::WaitGroupWait},
      {"sync.Once", "Do", RtFn::OnceDo},
  };
  for (auto &R : Rows)
    if (Type == R.Type && Name == R.Name) {
      F = R.F;
      return true;
    }
  return false;
}

/// The function implementing method M of N: the program's own (declared
/// by declareMethod) or the runtime's.
llvm::Function *CodeGen::methodFn(const Method *M, NamedType *N) {
  if (M->Decl) {
    if (llvm::Function *Fn = MethodFns.lookup(M->Decl))
      return Fn;
    Diags.error(SourceLoc(), "internal error: method " + N->Name + "." +
                                 M->Name + " has no function");
    Failed = true;
    return nullptr;
  }
  RtFn F;
  if (syncMethod(N->Name, M->Name, F))
    return rtDecl(F);
  Diags.error(SourceLoc(),
              "internal error: no runtime method " + N->Name + "." + M->Name);
  Failed = true;
  return nullptr;
}

/// M's signature with its receiver as the first parameter.
SignatureType *CodeGen::methodSig(const Method *M, NamedType *N) {
  auto &S = MethodSigs[M];
  if (!S) {
    std::vector<Type *> Params{recvType(M, N)};
    Params.insert(Params.end(), M->Sig->Params.begin(), M->Sig->Params.end());
    S = Info.Types.func(std::move(Params), M->Sig->Results);
    S->Variadic = M->Sig->Variadic;
  }
  return S;
}

/// Declares the function of method declaration FD (its FuncInfo's
/// signature has the receiver first); null if the receiver is invalid.
llvm::Function *CodeGen::declareMethod(const FuncDecl *FD, const FuncInfo &FI) {
  Type *RT = FI.Sig->Params[0];
  bool Ptr = isa<PointerTy>(RT);
  auto *N = dyn_cast<NamedType>(Ptr ? cast<PointerTy>(RT)->Elem : RT);
  if (!N)
    return nullptr;
  auto *Fn = llvm::Function::Create(funcType(FI.Sig, false),
                                    llvm::GlobalValue::ExternalLinkage,
                                    methodSymbol(N, FD->Name->Name, Ptr), M);
  setGoAttrs(Fn);
  MethodFns[FD] = Fn;
  return Fn;
}

/// The receiver of x.M as M takes it: x, &x or *x (see the top).
Value *CodeGen::methodRecv(const SelectorExpr *SE, const Selection &S) {
  const Expr *X = SE->X.get();
  Value *V;
  bool Ptr = S.Indirect;
  if (!S.Path.empty()) {
    // A promoted method: the embedded value's address, or the embedded
    // pointer (pathAddr checks the pointers on the way for nil).
    Type *T;
    V = pathAddr(SE, S.Path, T);
    Ptr = isa<PointerTy>(underlying(T));
    if (Ptr)
      V = loadValue(T, V);
    if (S.M->PtrRecv)
      return V;
    if (!Ptr)
      return loadValue(S.Owner, V);
  } else {
    if (S.M->PtrRecv)
      return S.Indirect ? emitExpr(X) : emitAddr(X);
    V = emitExpr(X);
    if (!Ptr)
      return V;
  }
  // *x: a nil x panics even if the method never reads its receiver (as
  // gc's nil check), so not only through the load's fault.
  setLoc(SE->Sel->getLoc());
  BasicBlock *Nil = newBlock("recv.nil"), *Ok = newBlock("recv.ok");
  B.CreateCondBr(B.CreateIsNull(V), Nil, Ok);
  startBlock(Nil);
  rt(RtFn::panicmem, {});
  B.CreateUnreachable();
  startBlock(Ok);
  return loadValue(S.Owner, V);
}

/// The selection of E if it is a method value x.M (Kind) or expression.
const Selection *CodeGen::methodSelection(const Expr *E) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  auto *SE = dyn_cast<SelectorExpr>(E);
  if (!SE)
    return nullptr;
  auto It = Info.Selections.find(SE);
  if (It == Info.Selections.end() || It->second.Kind == Selection::FieldVal)
    return nullptr;
  return &It->second;
}

/// x.M as a callee: the method, called directly with the receiver first.
bool CodeGen::methodCallee(const Expr *Fun, Callee &C) {
  const Selection *S = methodSelection(Fun);
  if (!S || S->Kind != Selection::MethodVal)
    return false;
  while (auto *P = dyn_cast<ParenExpr>(Fun))
    Fun = P->X.get();
  if (!S->Owner) { // an interface's method
    if (!IfaceCallOk)
      return false;
    IfaceCallOk = false;
    return ifaceCallee(cast<SelectorExpr>(Fun), *S, C);
  }
  C.Direct = methodFn(S->M, S->Owner);
  C.Sig = methodSig(S->M, S->Owner);
  C.Recv = methodRecv(cast<SelectorExpr>(Fun), *S);
  return C.Direct != nullptr;
}

/// The wrapper `Name(ptr closure, [recv,] params...)` of a method value
/// or expression of signature Sig; its body is made by emitMethodWrapper,
/// at once for the runtime's methods, else once every body is emitted.
llvm::Function *CodeGen::methodWrapper(const std::string &Name,
                                       SignatureType *Sig,
                                       const PendingWrap &P) {
  if (llvm::Function *W = M.getFunction(Name))
    return W;
  auto *W = llvm::Function::Create(funcType(Sig, true),
                                   llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(W);
  PendingWrap PW = P;
  PW.W = W;
  if (P.M->Decl)
    WrapQ.push_back(PW);
  else
    emitMethodWrapper(PW);
  return W;
}

/// A wrapper's body. recover() works only in the function the deferred
/// call calls (as emitPendingDefers' copies of deferred functions), so
/// for a method whose body calls recover the wrapper is a copy of that
/// body with the receiver taken from the closure or through the pointer;
/// otherwise it calls the method with a tail call.
void CodeGen::emitMethodWrapper(const PendingWrap &P) {
  llvm::Function *W = P.W;
  auto *FD = static_cast<const FuncDecl *>(P.M->Decl);
  if (FD && Recovers.count(FD) && P.Path.empty()) {
    FuncState FS;
    FuncState *Saved = Cur;
    Cur = &FS;
    FS.FI = &Info.Funcs[FD];
    FS.RecvClo = P.CloTy;
    FS.RecvDeref = P.Deref ? P.Owner : nullptr;
    // Named as the method, in DWARF and tracebacks (Go 1.19 shows the
    // method under its hidden wrapper); its symbol stays the wrapper's.
    llvm::Function *Fn = methodFn(P.M, P.Owner);
    std::string Name = (Fn ? Fn : W)->getName().str();
    beginFunction(W, FD, Name, FD->getLoc(), true);
    emitBlock(FD->Body->List);
    setLoc(FD->Body->RBrace);
    finishFunction(FS.FI->Sig);
    Cur = Saved;
    return;
  }
  llvm::Function *Fn = methodFn(P.M, P.Owner);
  if (!Fn)
    return;
  llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
  Value *Recv;
  unsigned First = 1;
  if (P.CloTy) {
    Recv = wrapperLoad(WB, recvType(P.M, P.Owner),
                       WB.CreateStructGEP(P.CloTy, W->getArg(0), 1));
  } else if (!P.Path.empty()) {
    Recv = wrapperPromote(WB, P, W->getArg(1));
    First = 2;
  } else {
    Recv = W->getArg(1);
    if (P.Deref) { // as methodRecv: a nil pointer panics
      BasicBlock *Nil = BasicBlock::Create(Ctx, "recv.nil", W);
      BasicBlock *Ok = BasicBlock::Create(Ctx, "recv.ok", W);
      WB.CreateCondBr(WB.CreateIsNull(Recv), Nil, Ok);
      WB.SetInsertPoint(Nil);
      WB.CreateCall(rtDecl(RtFn::panicmem));
      WB.CreateUnreachable();
      WB.SetInsertPoint(Ok);
      Recv = wrapperLoad(WB, P.Owner, Recv);
    }
    First = 2;
  }
  std::vector<Value *> Args{Recv};
  for (unsigned I = First; I < W->arg_size(); ++I)
    Args.push_back(W->getArg(I));
  forwardCall(WB, Fn, Args);
}

/// In a promoted method expression's wrapper, the receiver the method
/// takes: from X (of type P.Recv, T or *T) along P.Path to the embedded
/// value, as pathAddr and methodRecv find it in a function body; a nil
/// pointer on the way panics.
Value *CodeGen::wrapperPromote(llvm::IRBuilder<> &WB, const PendingWrap &P,
                               Value *X) {
  auto NilCheck = [&](Value *V) {
    BasicBlock *Nil = BasicBlock::Create(Ctx, "recv.nil", P.W);
    BasicBlock *Ok = BasicBlock::Create(Ctx, "recv.ok", P.W);
    WB.CreateCondBr(WB.CreateIsNull(V), Nil, Ok);
    WB.SetInsertPoint(Nil);
    WB.CreateCall(rtDecl(RtFn::panicmem));
    WB.CreateUnreachable();
    WB.SetInsertPoint(Ok);
  };
  // An array or struct value is the address of its memory (CGTypes.cpp),
  // as a pointer is.
  Type *T = P.Recv;
  Value *Addr = X;
  if (auto *PT = dyn_cast<PointerTy>(underlying(T))) {
    NilCheck(Addr);
    T = PT->Elem;
  }
  for (size_t I = 0; I < P.Path.size(); ++I) {
    auto *ST = cast<StructTy>(underlying(T));
    Addr = WB.CreateStructGEP(memType(ST), Addr, P.Path[I]);
    T = ST->Fields[P.Path[I]].T;
    if (auto *PT = dyn_cast<PointerTy>(underlying(T))) {
      Addr = WB.CreateLoad(PtrTy, Addr);
      if (I + 1 < P.Path.size() || !P.M->PtrRecv)
        NilCheck(Addr);
      T = PT->Elem;
    }
  }
  return P.M->PtrRecv ? Addr : wrapperLoad(WB, P.Owner, Addr);
}

/// Loads a value of type T from Addr in a wrapper (bool from its byte;
/// an array or struct is its address, which the callee only reads).
Value *CodeGen::wrapperLoad(llvm::IRBuilder<> &WB, Type *T, Value *Addr) {
  if (isAggregate(T))
    return Addr;
  llvm::Type *LT = llvmType(T);
  if (LT->isIntegerTy(1))
    return WB.CreateTrunc(WB.CreateLoad(B.getInt8Ty(), Addr), LT);
  return WB.CreateLoad(LT, Addr);
}

/// The method value x.M: a closure holding the receiver (see the top).
Value *CodeGen::emitMethodValue(const SelectorExpr *SE, const Selection &S) {
  if (!S.Owner)
    return ifaceMethodValue(SE, S);
  Value *Recv = methodRecv(SE, S);
  Type *RT = recvType(S.M, S.Owner);
  llvm::Function *Fn = methodFn(S.M, S.Owner);
  if (!Fn)
    return zeroValue(S.M->Sig);
  auto *CloTy = llvm::StructType::get(Ctx, {PtrTy, memType(RT)});
  llvm::Function *W =
      methodWrapper(methodSymbol(S.Owner, S.M->Name, S.M->PtrRecv) + "-fm",
                    S.M->Sig, {nullptr, S.M, S.Owner, CloTy, false});
  Value *Clo = mal(DL.getTypeAllocSize(CloTy));
  B.CreateStore(W, Clo);
  storeValue(RT, Recv, B.CreateStructGEP(CloTy, Clo, 1));
  return Clo;
}

/// The method expression T.M or (*T).M: a constant closure of a wrapper
/// taking the receiver first.
Value *CodeGen::emitMethodExpr(const SelectorExpr *SE, const Selection &S) {
  if (!S.Owner)
    return isInterface(S.Recv) ? ifaceMethodExpr(S) : promotedIfaceMethodExpr(S);
  std::string Sym = methodSymbol(S.Owner, S.M->Name, S.Indirect);
  if (auto *GV = M.getNamedGlobal(Sym + "·f"))
    return GV;
  llvm::Function *W = methodExprWrapper(SE, S);
  if (!W)
    return llvm::ConstantPointerNull::get(PtrTy);
  if (!S.Path.empty()) {
    auto *PT = dyn_cast<PointerTy>(S.Recv);
    Sym = methodSymbol(cast<NamedType>(PT ? PT->Elem : S.Recv), S.M->Name,
                       PT != nullptr);
  }
  if (auto *GV = M.getNamedGlobal(Sym + "·f"))
    return GV;
  auto *Init = llvm::ConstantStruct::getAnon(Ctx, {W});
  return new llvm::GlobalVariable(M, Init->getType(), true,
                                  llvm::GlobalValue::InternalLinkage, Init,
                                  Sym + "·f");
}

/// The wrapper T.M·fw of method expression S (SE, if any, for errors).
llvm::Function *CodeGen::methodExprWrapper(const SelectorExpr *SE,
                                           const Selection &S) {
  llvm::Function *Fn = methodFn(S.M, S.Owner);
  std::string Sym = methodSymbol(S.Owner, S.M->Name, S.Indirect);
  if (!S.Path.empty()) {
    // A promoted method: gc's wrapper method of the outer type, T.M or
    // (*T).M, which finds the embedded receiver (wrapperPromote).
    Type *RT = S.Recv;
    auto *PT = dyn_cast<PointerTy>(RT);
    auto *N = dyn_cast<NamedType>(PT ? PT->Elem : RT);
    if (!N && SE) {
      unsupported(SE->getLoc(), "method expressions of unnamed types");
      return nullptr;
    }
    // An itab's method of an unnamed struct type: named after the type.
    Sym = N ? methodSymbol(N, S.M->Name, PT != nullptr)
            : typeName(RT, true) + "." + S.M->Name;
  }
  if (!Fn)
    return nullptr;
  // The function's type: the receiver (S.Recv) first.
  std::vector<Type *> Params{S.Recv};
  Params.insert(Params.end(), S.M->Sig->Params.begin(), S.M->Sig->Params.end());
  SignatureType *Sig = Info.Types.func(std::move(Params), S.M->Sig->Results);
  Sig->Variadic = S.M->Sig->Variadic;
  bool Deref = S.Indirect && !S.M->PtrRecv;
  return methodWrapper(Sym + "·fw", Sig,
                       {nullptr, S.M, S.Owner, nullptr, Deref, S.Recv, S.Path});
}
