//===- CGInterfaces.cpp - Non-empty interfaces ----------------------------===//
//
// Values of a non-empty interface type are gort.h's GoIface {tab, data}
// (the LLVM { ptr, ptr } of interface{}); docs/ABI.md "Interfaces" is the
// contract with runtime/iface.cpp. Here:
//
//  - itabFor(T, I): the constant `go.itab.<T>,<I>` (linkonce_odr), its
//    fun[k] the ifn of T's method named as I's k-th, with a pointer to it
//    in the section gort_itablinks, from which the runtime fills its itab
//    table at start-up: itab pointers are unique per pair.
//  - ifaceMethodFn(T, M): `go.ifn.<T>.M(data, results..., params...)`,
//    the method called through an itab: it rebuilds the receiver from the
//    data word (the word itself for a value of at most a word, else the
//    pointer to it) and calls the method expression's wrapper T.M·fw
//    (CGMethods.cpp), which walks promotions and dereferences.
//    typeMethodFn(T, M) is the descriptor's tfn, `go.tfn.<T>.M(results...,
//    recv, params...)`, calling the same wrapper.
//  - uncommonFor and ifaceDescInit: GoUncommon (the method set, sorted)
//    and GoInterfaceType's methods, for typeDesc (CGTypes.cpp).
//  - conversions (convertIface): concrete -> I boxes as for interface{}
//    and puts the itab in the first word; I -> interface{} takes
//    tab->type; I -> J calls convI2I.
//  - calls i.M(args): fun[k] loaded from i.tab (a nil i faults on that
//    load), called as fun[k](i.data, args...). Method values i.M are
//    closures { main.I.M-fm, i } and method expressions I.M constant
//    closures of `<I>.M·fw`.
//  - assertions x.(T) / x.(I) and type switches (emitAssert,
//    emitTypeSwitch): a concrete T from an I compares tab with &itab(T,I)
//    (from interface{}: the type word with T's descriptor); an interface
//    case asks the runtime (assertE2I2, assertI2I2).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace gort;
using namespace gort::cg;

/// Whether a value of T is stored in the data word itself.
bool CodeGen::isDirectIface(Type *T) {
  return DL.getTypeAllocSize(memType(T)) <= DL.getPointerSize();
}

/// The itab's layout: { inter, type, hash, pad, fun[N] }.
static llvm::StructType *itabType(llvm::LLVMContext &Ctx, llvm::Type *Ptr,
                                  unsigned N) {
  return llvm::StructType::get(
      Ctx, {Ptr, Ptr, llvm::Type::getInt32Ty(Ctx), llvm::Type::getInt32Ty(Ctx),
            llvm::ArrayType::get(Ptr, N)});
}

llvm::Constant *CodeGen::itabFor(Type *T, Type *I) {
  std::string Name = "go.itab." + typeName(T, true) + "," + typeName(I, true);
  if (auto *GV = M.getNamedGlobal(Name))
    return GV;
  auto *IT = cast<InterfaceTy>(underlying(I));
  unsigned N = IT->Methods.size();
  llvm::StructType *Ty = itabType(Ctx, PtrTy, N);
  auto *GV = new llvm::GlobalVariable(M, Ty, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      nullptr, Name);
  GV->setAlignment(llvm::Align(DL.getPointerSize()));
  std::vector<llvm::Constant *> Fns;
  for (const Method &IM : IT->Methods) {
    llvm::Constant *F = ifaceMethodFn(T, IM.Name);
    if (!F) { // Sema checked that T implements I
      Diags.error(SourceLoc(), "internal error: no method " + IM.Name +
                                   " of " + typeName(T) + " for an itab");
      Failed = true;
      F = llvm::ConstantPointerNull::get(PtrTy);
    }
    Fns.push_back(F);
  }
  GV->setInitializer(llvm::ConstantStruct::get(
      Ty, {typeDesc(I), typeDesc(T), B.getInt32(typeHash(typeName(T))),
           B.getInt32(0),
           llvm::ConstantArray::get(llvm::ArrayType::get(PtrTy, N), Fns)}));
  auto *Link = new llvm::GlobalVariable(
      M, PtrTy, true, llvm::GlobalValue::LinkOnceODRLinkage, GV,
      "go.itablink." + typeName(T, true) + "," + typeName(I, true));
  Link->setSection("gort_itablinks");
  Link->setAlignment(llvm::Align(DL.getPointerSize()));
  llvm::appendToUsed(M, {Link});
  return GV;
}

/// The method expression wrapper of T.Name (CGMethods.cpp's T.M·fw).
llvm::Function *CodeGen::methodExprFn(Type *T, const std::string &Name) {
  Selection S;
  S.Kind = Selection::MethodExpr;
  S.Recv = T;
  bool Ambiguous = false;
  S.M = findMethod(T, Name, S.Owner, S.Path, S.Indirect, Ambiguous);
  if (!S.M || !S.Owner)
    return nullptr;
  return methodExprWrapper(nullptr, S);
}

/// The receiver of type T held in interface data word Data, in wrapper W.
Value *CodeGen::wrapperFromData(llvm::IRBuilder<> &WB, Type *T, Value *Data) {
  if (!isDirectIface(T))
    return wrapperLoad(WB, T, Data);
  llvm::Function *W = WB.GetInsertBlock()->getParent();
  llvm::IRBuilder<> EB(&W->getEntryBlock(), W->getEntryBlock().begin());
  Value *Word = EB.CreateAlloca(PtrTy, nullptr, "word");
  WB.CreateStore(Data, Word);
  return wrapperLoad(WB, T, Word);
}

/// The number of array or struct results of Sig (their slots come first).
unsigned CodeGen::resultSlots(SignatureType *Sig) {
  unsigned N = 0;
  for (Type *R : Sig->Results)
    N += isAggregate(R);
  return N;
}

/// A wrapper Name of Sig's method M of T that calls T.M·fw: with
/// FromData, W(data, slots..., params...) (an itab's ifn); else
/// W(slots..., recv, params...) (the descriptor's tfn).
llvm::Function *CodeGen::methodEntry(const std::string &Name, Type *T,
                                     const std::string &MName, bool FromData) {
  if (llvm::Function *F = M.getFunction(Name))
    return F;
  NamedType *Owner = nullptr;
  std::vector<unsigned> Path;
  bool Indirect = false, Ambiguous = false;
  const Method *Me = findMethod(T, MName, Owner, Path, Indirect, Ambiguous);
  if (!Me || !Me->Sig)
    return nullptr;
  SignatureType *Sig = Me->Sig;
  llvm::FunctionType *FT;
  if (FromData) {
    FT = funcType(Sig, true);
  } else {
    std::vector<Type *> Params{T};
    Params.insert(Params.end(), Sig->Params.begin(), Sig->Params.end());
    SignatureType *Full = Info.Types.func(std::move(Params), Sig->Results);
    Full->Variadic = Sig->Variadic;
    FT = funcType(Full, false);
  }
  auto *W = llvm::Function::Create(FT, llvm::GlobalValue::InternalLinkage,
                                   Name, M);
  setGoAttrs(W);
  llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
  unsigned NSlots = resultSlots(Sig);
  std::vector<Value *> Args;
  if (FromData) {
    for (unsigned I = 1; I <= NSlots; ++I)
      Args.push_back(W->getArg(I));
    Args.push_back(wrapperFromData(WB, T, W->getArg(0)));
    for (unsigned I = NSlots + 1; I < W->arg_size(); ++I)
      Args.push_back(W->getArg(I));
  } else {
    for (unsigned I = 0; I < W->arg_size(); ++I)
      Args.push_back(W->getArg(I));
  }
  llvm::CallInst *R;
  if (!Owner) {
    // A method of an embedded interface: find it, and call through its
    // itab.
    Value *Addr = Args[NSlots];
    Type *CT = T;
    if (auto *PT = dyn_cast<PointerTy>(underlying(CT)))
      CT = PT->Elem;
    for (unsigned I : Path) {
      auto *ST = cast<StructTy>(underlying(CT));
      Addr = WB.CreateStructGEP(memType(ST), Addr, I);
      CT = ST->Fields[I].T;
      if (auto *PT = dyn_cast<PointerTy>(underlying(CT))) {
        Addr = WB.CreateLoad(PtrTy, Addr);
        CT = PT->Elem;
      }
    }
    Value *I = WB.CreateLoad(EfaceTy, Addr);
    auto *IT = cast<InterfaceTy>(underlying(CT));
    Value *Fn = ifaceFn(WB, WB.CreateExtractValue(I, 0), IT->methodIndex(MName));
    Args[NSlots] = WB.CreateExtractValue(I, 1);
    std::vector<Value *> CArgs{Args[NSlots]};
    for (unsigned K = 0; K < Args.size(); ++K)
      if (K != NSlots)
        CArgs.push_back(Args[K]);
    R = WB.CreateCall(funcType(Sig, true), Fn, CArgs);
  } else {
    llvm::Function *Fw = methodExprFn(T, MName);
    if (!Fw) {
      W->eraseFromParent();
      return nullptr;
    }
    Args.insert(Args.begin(), llvm::ConstantPointerNull::get(PtrTy));
    R = WB.CreateCall(Fw, Args);
    // defer i.M(): recover in M works when nothing stands between the
    // deferred call and M's body (Fw is a copy of it): a jump where the
    // arguments fit in registers (not on 386, whose runtime calls the ifn
    // itself with stack arguments).
    if (FromData && Path.empty() && Recovers.count(static_cast<const Node *>(
                                        static_cast<const FuncDecl *>(Me->Decl))))
      allowTailCall(R);
  }
  if (R->getType()->isVoidTy())
    WB.CreateRetVoid();
  else
    WB.CreateRet(R);
  return W;
}

llvm::Function *CodeGen::ifaceMethodFn(Type *T, const std::string &Name) {
  return methodEntry("go.ifn." + typeName(T, true) + "." + Name, T, Name,
                     true);
}

llvm::Function *CodeGen::typeMethodFn(Type *T, const std::string &Name) {
  return methodEntry("go.tfn." + typeName(T, true) + "." + Name, T, Name,
                     false);
}

/// fun[K] of itab Tab, in builder IB.
Value *CodeGen::ifaceFn(llvm::IRBuilder<> &IB, Value *Tab, int K) {
  llvm::StructType *Ty = itabType(Ctx, PtrTy, 0);
  Value *Slot = IB.CreateGEP(Ty, Tab, {IB.getInt32(0), IB.getInt32(4),
                                       IB.getInt32(unsigned(K))});
  return IB.CreateLoad(PtrTy, Slot);
}

/// A method name's package path in descriptors: "" if exported, else the
/// declaring package's import path (Method::Pkg; "main" for the built-in
/// packages' unexported names).
static StringRef namePkg(const Method &M) {
  if (!M.Name.empty() && M.Name[0] >= 'A' && M.Name[0] <= 'Z')
    return "";
  return M.Pkg.empty() ? StringRef("main") : StringRef(M.Pkg);
}

/// T's GoUncommon (a named type, or a pointer to one with methods; an
/// unnamed struct type with promoted methods, or a pointer to one), or
/// null.
llvm::Constant *CodeGen::uncommonFor(Type *T) {
  llvm::Constant *Null = llvm::ConstantPointerNull::get(PtrTy);
  auto *PT = dyn_cast<PointerTy>(T);
  auto *N = dyn_cast<NamedType>(PT ? PT->Elem : T);
  if (N && !N->Underlying)
    return Null;
  std::vector<std::string> Names = methodSetNames(T);
  if ((PT || !N) && Names.empty())
    return Null;
  auto *MethodTy = llvm::StructType::get(
      Ctx, {StringTy, StringTy, PtrTy, PtrTy, PtrTy});
  std::vector<llvm::Constant *> Ms;
  unsigned Exported = 0;
  for (const std::string &Name : Names) {
    NamedType *Owner = nullptr;
    std::vector<unsigned> Path;
    bool Indirect = false, Ambiguous = false;
    const Method *Me = findMethod(T, Name, Owner, Path, Indirect, Ambiguous);
    llvm::Constant *Ifn = ifaceMethodFn(T, Name);
    llvm::Constant *Tfn = typeMethodFn(T, Name);
    Exported += namePkg(*Me).empty();
    Ms.push_back(llvm::ConstantStruct::get(
        MethodTy, {cast<llvm::Constant>(stringConst(Name)),
                   cast<llvm::Constant>(stringConst(namePkg(*Me))),
                   typeDesc(Me->Sig), Ifn ? Ifn : Null, Tfn ? Tfn : Null}));
  }
  llvm::Constant *Table = Null;
  if (!Ms.empty()) {
    auto *AT = llvm::ArrayType::get(MethodTy, Ms.size());
    Table = new llvm::GlobalVariable(M, AT, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantArray::get(AT, Ms),
                                     "go.methods." + typeName(T, true));
  }
  auto *UTy = llvm::StructType::get(
      Ctx, {StringTy, PtrTy, B.getInt32Ty(), B.getInt32Ty()});
  return new llvm::GlobalVariable(
      M, UTy, true, llvm::GlobalValue::LinkOnceODRLinkage,
      llvm::ConstantStruct::get(
          UTy, {cast<llvm::Constant>(stringConst(N ? N->Pkg : "")), Table,
                B.getInt32(Ms.size()), B.getInt32(Exported)}),
      "go.uncommon." + typeName(T, true));
}

/// The LLVM type of a GoInterfaceType.
llvm::StructType *CodeGen::ifaceDescType() {
  return llvm::StructType::get(Ctx, {GoTypeTy, StringTy, PtrTy, IntTy});
}

/// GoInterfaceType's initializer: Base (its GoType), then its methods.
llvm::Constant *CodeGen::ifaceDescInit(Type *T, llvm::Constant *Base) {
  auto *IT = cast<InterfaceTy>(underlying(T));
  auto *IMTy = llvm::StructType::get(Ctx, {StringTy, StringTy, PtrTy});
  std::vector<llvm::Constant *> Ms;
  for (const Method &IM : IT->Methods)
    Ms.push_back(llvm::ConstantStruct::get(
        IMTy, {cast<llvm::Constant>(stringConst(IM.Name)),
               cast<llvm::Constant>(stringConst(namePkg(IM))),
               typeDesc(IM.Sig)}));
  llvm::Constant *Table = llvm::ConstantPointerNull::get(PtrTy);
  if (!Ms.empty()) {
    auto *AT = llvm::ArrayType::get(IMTy, Ms.size());
    Table = new llvm::GlobalVariable(M, AT, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantArray::get(AT, Ms),
                                     "go.imethods." + typeName(T, true));
  }
  // The defining package: a named type's (error's is ""), else that of
  // its unexported methods.
  std::string Pkg;
  if (auto *N = dyn_cast<NamedType>(T))
    Pkg = N->Pkg;
  else
    for (const Method &IM : IT->Methods)
      if (!namePkg(IM).empty())
        Pkg = namePkg(IM).str();
  return llvm::ConstantStruct::get(
      ifaceDescType(),
      {Base, cast<llvm::Constant>(stringConst(Pkg)), Table,
       llvm::ConstantInt::get(IntTy, Ms.size())});
}

/// V of type From converted to interface type To (From an interface or a
/// concrete type assignable to To).
Value *CodeGen::convertIface(Value *V, Type *From, Type *To) {
  Type *UF = underlying(From);
  bool ToEmpty = isa<EmptyInterfaceType>(underlying(To));
  if (basicKind(UF) == BasicKind::UntypedNil ||
      isa<llvm::ConstantAggregateZero>(V))
    if (isInterface(UF) || basicKind(UF) == BasicKind::UntypedNil)
      return llvm::Constant::getNullValue(EfaceTy);
  if (isInterface(UF)) {
    if (isa<EmptyInterfaceType>(UF) || identical(From, To))
      return V; // interface{} to interface{}, or the same type
    Value *Tab = B.CreateExtractValue(V, 0);
    Value *Word;
    if (ToEmpty) {
      // tab ? tab->type : nil
      Value *IsNil = B.CreateIsNull(Tab);
      Value *TabOr = B.CreateSelect(
          IsNil, llvm::ConstantPointerNull::get(PtrTy), Tab);
      BasicBlock *Load = newBlock("i2e.load"), *Done = newBlock("i2e.done");
      BasicBlock *From0 = B.GetInsertBlock();
      B.CreateCondBr(IsNil, Done, Load);
      startBlock(Load);
      Value *Ty = B.CreateLoad(PtrTy, B.CreateConstGEP1_32(B.getInt8Ty(), TabOr,
                                                           DL.getPointerSize()));
      B.CreateBr(Done);
      startBlock(Done);
      auto *Phi = B.CreatePHI(PtrTy, 2);
      Phi->addIncoming(llvm::ConstantPointerNull::get(PtrTy), From0);
      Phi->addIncoming(Ty, Load);
      Word = Phi;
    } else {
      Word = rt(RtFn::convI2I, {typeDesc(To), Tab});
    }
    return B.CreateInsertValue(V, Word, 0);
  }
  Value *E = box(V, From);
  if (ToEmpty)
    return E;
  return B.CreateInsertValue(E, itabFor(From, To), 0);
}

/// Whether I (an interface value of type IT) holds a value of concrete
/// type T.
Value *CodeGen::holdsType(Value *I, Type *IT, Type *T) {
  Value *Word = B.CreateExtractValue(I, 0);
  llvm::Constant *Want = isa<EmptyInterfaceType>(underlying(IT))
                             ? typeDesc(T)
                             : itabFor(T, IT);
  return B.CreateICmpEQ(Word, Want);
}

/// The value of concrete type T in interface value I known to hold one.
Value *CodeGen::ifaceValue(Value *I, Type *T) {
  Value *Data = B.CreateExtractValue(I, 1);
  if (!isDirectIface(T))
    return loadValue(T, Data);
  auto *Word = entryAlloca(PtrTy, "word");
  B.CreateStore(Data, Word);
  return loadValue(T, Word);
}

/// x.(T) for x = X of interface type XT: the value, and with Ok whether
/// the assertion holds (the zero value if not); without Ok a failed
/// assertion panics.
Value *CodeGen::assertValue(Value *X, Type *XT, Type *T, Value **Ok) {
  bool FromEmpty = isa<EmptyInterfaceType>(underlying(XT));
  Value *Null = llvm::ConstantPointerNull::get(PtrTy);
  if (isInterface(T)) {
    if (isa<EmptyInterfaceType>(underlying(T))) {
      Value *R = convertIface(X, XT, T);
      Value *Has = B.CreateICmpNE(B.CreateExtractValue(X, 0), Null);
      if (Ok) {
        *Ok = Has;
        return R;
      }
      BasicBlock *Bad = newBlock("assert.nil"), *Good = newBlock("assert.ok");
      B.CreateCondBr(Has, Good, Bad);
      startBlock(Bad);
      rt(FromEmpty ? RtFn::panicdottypeE : RtFn::panicdottypeI,
         {Null, typeDesc(T), typeDesc(XT)});
      B.CreateUnreachable();
      startBlock(Good);
      return R;
    }
    if (Ok) {
      Value *R = rt(FromEmpty ? RtFn::assertE2I2 : RtFn::assertI2I2,
                    {typeDesc(T), X});
      *Ok = B.CreateICmpNE(B.CreateExtractValue(R, 0), Null);
      return R;
    }
    Value *Tab = FromEmpty
                     ? rt(RtFn::assertE2I, {typeDesc(T), B.CreateExtractValue(X, 0)})
                     : rt(RtFn::assertI2I, {typeDesc(T), B.CreateExtractValue(X, 0)});
    return B.CreateInsertValue(X, Tab, 0);
  }
  if (FromEmpty) {
    auto *Tmp = entryAlloca(memType(T), "assert");
    if (Ok)
      *Ok = rt(RtFn::assertE2T, {X, typeDesc(T), Tmp});
    else
      rt(RtFn::assertE2T1, {X, typeDesc(T), Tmp});
    return loadValue(T, Tmp);
  }
  Value *Has = holdsType(X, XT, T);
  BasicBlock *Good = newBlock("assert.ok"), *Bad = newBlock("assert.fail");
  B.CreateCondBr(Has, Good, Bad);
  startBlock(Bad);
  if (!Ok) {
    rt(RtFn::panicdottypeI,
       {B.CreateExtractValue(X, 0), typeDesc(T), typeDesc(XT)});
    B.CreateUnreachable();
    startBlock(Good);
    return ifaceValue(X, T);
  }
  // comma-ok: the value through memory, zero when it fails.
  auto *Tmp = entryAlloca(memType(T), "assert");
  zeroMem(T, Tmp);
  BasicBlock *Done = newBlock("assert.done");
  B.CreateBr(Done);
  startBlock(Good);
  storeValue(T, ifaceValue(X, T), Tmp);
  B.CreateBr(Done);
  startBlock(Done);
  *Ok = Has;
  return loadValue(T, Tmp);
}

Value *CodeGen::emitAssert(const TypeAssertExpr *TA, Value **Ok) {
  Value *X = emitExpr(TA->X.get());
  setLoc(TA->getLoc());
  return assertValue(X, typeOf(TA->X.get()), typeOf(TA->Type.get()), Ok);
}

/// The interface value a method is called on: x, or the embedded
/// interface field of x along S.Path; IT gets its type.
Value *CodeGen::ifaceRecv(const SelectorExpr *SE, const Selection &S,
                          Type *&IT) {
  if (S.Path.empty()) {
    IT = typeOf(SE->X.get());
    return emitExpr(SE->X.get());
  }
  Value *Addr = pathAddr(SE, S.Path, IT);
  return loadValue(IT, Addr);
}

/// x.M(args) for an interface method M: fun[k] and the data word.
bool CodeGen::ifaceCallee(const SelectorExpr *SE, const Selection &S,
                          Callee &C) {
  Type *IT;
  Value *I = ifaceRecv(SE, S, IT);
  int K = cast<InterfaceTy>(underlying(IT))->methodIndex(S.M->Name);
  setLoc(SE->Sel->getLoc());
  C.IfaceFn = ifaceFn(B, B.CreateExtractValue(I, 0), K);
  C.Closure = B.CreateExtractValue(I, 1);
  C.Sig = S.M->Sig;
  return true;
}

/// Panics (Go's nil dereference) if interface value I is nil.
void CodeGen::ifaceNilCheck(Value *I) {
  BasicBlock *Nil = newBlock("iface.nil"), *Ok = newBlock("iface.ok");
  B.CreateCondBr(B.CreateIsNull(B.CreateExtractValue(I, 0)), Nil, Ok);
  startBlock(Nil);
  rt(RtFn::panicmem, {});
  B.CreateUnreachable();
  startBlock(Ok);
}

/// A wrapper dispatching method K of an interface: with Clo, the method
/// value's `W(clo, slots..., params...)` (the interface in clo); else the
/// method expression's `W(ctx, slots..., recv, params...)`.
llvm::Function *CodeGen::ifaceWrapper(const std::string &Name, Type *IT,
                                      const Method *Me, bool Clo) {
  if (llvm::Function *F = M.getFunction(Name))
    return F;
  SignatureType *Sig = Me->Sig;
  SignatureType *WSig = Sig;
  if (!Clo) {
    std::vector<Type *> Params{IT};
    Params.insert(Params.end(), Sig->Params.begin(), Sig->Params.end());
    WSig = Info.Types.func(std::move(Params), Sig->Results);
    WSig->Variadic = Sig->Variadic;
  }
  auto *W = llvm::Function::Create(funcType(WSig, true),
                                   llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(W);
  llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
  unsigned NSlots = resultSlots(Sig);
  Value *I;
  unsigned First = 1 + NSlots;
  if (Clo) {
    auto *CloTy = llvm::StructType::get(Ctx, {PtrTy, EfaceTy});
    I = WB.CreateLoad(EfaceTy, WB.CreateStructGEP(CloTy, W->getArg(0), 1));
  } else {
    I = W->getArg(1 + NSlots);
    First = 2 + NSlots;
  }
  int K = cast<InterfaceTy>(underlying(IT))->methodIndex(Me->Name);
  Value *Fn = ifaceFn(WB, WB.CreateExtractValue(I, 0), K);
  std::vector<Value *> Args{WB.CreateExtractValue(I, 1)};
  for (unsigned J = 1; J <= NSlots; ++J)
    Args.push_back(W->getArg(J));
  for (unsigned J = First; J < W->arg_size(); ++J)
    Args.push_back(W->getArg(J));
  llvm::CallInst *R = WB.CreateCall(funcType(Sig, true), Fn, Args);
  // Invisible to recover, as gc's wrappers: a jump where the arguments fit
  // in registers, so that defer i.M() with M calling recover works.
  allowTailCall(R);
  if (R->getType()->isVoidTy())
    WB.CreateRetVoid();
  else
    WB.CreateRet(R);
  return W;
}

/// The method value i.M: { main.I.M-fm, i }; a nil i panics here.
Value *CodeGen::ifaceMethodValue(const SelectorExpr *SE, const Selection &S) {
  Type *IT;
  Value *I = ifaceRecv(SE, S, IT);
  setLoc(SE->Sel->getLoc());
  ifaceNilCheck(I);
  llvm::Function *W =
      ifaceWrapper(typeName(IT, true) + "." + S.M->Name + "-fm", IT, S.M, true);
  auto *CloTy = llvm::StructType::get(Ctx, {PtrTy, EfaceTy});
  Value *Clo = mal(DL.getTypeAllocSize(CloTy));
  B.CreateStore(W, Clo);
  B.CreateStore(I, B.CreateStructGEP(CloTy, Clo, 1));
  return Clo;
}

/// The method expression I.M: a constant closure of a dispatching wrapper.
Value *CodeGen::ifaceMethodExpr(const Selection &S) {
  std::string Sym = typeName(S.Recv, true) + "." + S.M->Name;
  if (auto *GV = M.getNamedGlobal(Sym + "·f"))
    return GV;
  llvm::Function *W = ifaceWrapper(Sym + "·fw", S.Recv, S.M, false);
  auto *Init = llvm::ConstantStruct::getAnon(Ctx, {W});
  return new llvm::GlobalVariable(M, Init->getType(), true,
                                  llvm::GlobalValue::InternalLinkage, Init,
                                  Sym + "·f");
}

/// The method expression T.M of a method T has from an embedded
/// interface: a constant closure of `<T>.M·fw(ctx, results..., recv,
/// params...)`, which calls the descriptor's tfn (it finds the embedded
/// interface and dispatches).
Value *CodeGen::promotedIfaceMethodExpr(const Selection &S) {
  std::string Sym = typeName(S.Recv, true) + "." + S.M->Name;
  if (auto *GV = M.getNamedGlobal(Sym + "·f"))
    return GV;
  llvm::Function *Tfn = typeMethodFn(S.Recv, S.M->Name);
  if (!Tfn)
    return llvm::ConstantPointerNull::get(PtrTy);
  std::vector<llvm::Type *> Params{PtrTy};
  for (llvm::Argument &A : Tfn->args())
    Params.push_back(A.getType());
  auto *W = llvm::Function::Create(
      llvm::FunctionType::get(Tfn->getReturnType(), Params, false),
      llvm::GlobalValue::InternalLinkage, Sym + "·fw", M);
  setGoAttrs(W);
  llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
  std::vector<Value *> Args;
  for (unsigned I = 1; I < W->arg_size(); ++I)
    Args.push_back(W->getArg(I));
  forwardCall(WB, Tfn, Args);
  auto *Init = llvm::ConstantStruct::getAnon(Ctx, {W});
  return new llvm::GlobalVariable(M, Init->getType(), true,
                                  llvm::GlobalValue::InternalLinkage, Init,
                                  Sym + "·f");
}

/// switch [v :=] x.(type): each case tested in order (see the top).
void CodeGen::emitTypeSwitch(const TypeSwitchStmt *S, const Object *Label) {
  if (S->Init)
    emitStmt(S->Init.get());
  const TypeAssertExpr *Guard = nullptr;
  if (auto *AS = dyn_cast<AssignStmt>(S->Assign.get()))
    Guard = cast<TypeAssertExpr>(AS->Rhs[0].get());
  else
    Guard = cast<TypeAssertExpr>(cast<ExprStmt>(S->Assign.get())->X.get());
  Type *XT = typeOf(Guard->X.get());
  Value *X = emitExpr(Guard->X.get());
  std::vector<const CaseClause *> Clauses;
  std::vector<BasicBlock *> Bodies;
  BasicBlock *Default = switchClauses(S->Body.get(), "tswitch", Clauses, Bodies);
  BasicBlock *End = newBlock("tswitch.end");
  Value *Null = llvm::ConstantPointerNull::get(PtrTy);
  for (size_t I = 0; I < Clauses.size(); ++I)
    for (auto &E : Clauses[I]->List) {
      setLoc(E->getLoc());
      const TypeAndValue *TV = tv(E.get());
      Value *Cond;
      if (TV && TV->M != TypeAndValue::TypeExpr) { // nil
        Cond = B.CreateICmpEQ(B.CreateExtractValue(X, 0), Null);
      } else {
        Type *T = typeOf(E.get());
        if (!isInterface(T)) {
          Cond = holdsType(X, XT, T);
        } else {
          Value *Ok;
          assertValue(X, XT, T, &Ok);
          Cond = Ok;
        }
      }
      BasicBlock *Next = newBlock("tswitch.next");
      B.CreateCondBr(Cond, Bodies[I], Next);
      startBlock(Next);
    }
  B.CreateBr(Default ? Default : End);
  Cur->Targets.push_back({Label, End, nullptr});
  for (size_t I = 0; I < Clauses.size(); ++I) {
    startBlock(Bodies[I]);
    if (const Object *O = Info.Implicits.lookup(Clauses[I])) {
      Value *V = X;
      if (!identical(O->T, XT)) {
        Value *Ok;
        V = isInterface(O->T) ? assertValue(X, XT, O->T, &Ok)
                              : ifaceValue(X, O->T);
      }
      declareLocal(O, V, O->Loc);
    }
    for (auto &St : Clauses[I]->Body)
      emitStmt(St.get());
    branchTo(End);
  }
  Cur->Targets.pop_back();
  startBlock(End);
}
