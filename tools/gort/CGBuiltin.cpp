//===- CGBuiltin.cpp - print, println and the built-ins -------------------===//
//
// Built-ins. print and println become runtime.printlock, one print* call
// per operand (printsp between println's operands, printnl at the end),
// then runtime.printunlock, so that one statement's output is one write.
// The other built-ins and the runtime functions Sema knows
// call their runtime entry points; recover() passes its caller's return
// address (see CGCall.cpp). In go and defer statements a built-in runs in
// a thunk of its own (emitBuiltinThunk).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/IR/Intrinsics.h"

using namespace gort;
using namespace gort::cg;

void CodeGen::emitPrint(const CallExpr *E, bool Ln) {
  std::vector<std::pair<Value *, Type *>> Vals;
  for (auto &A : E->Args) {
    if (auto *TT = dyn_cast_or_null<TupleType>(typeOf(A.get()))) {
      // print(f()) with several results: each one.
      std::vector<Type *> Types;
      std::vector<Value *> Vs = emitTuple(A.get(), Types);
      for (size_t I = 0; I < Vs.size() && I < TT->Elems.size(); ++I)
        Vals.push_back({Vs[I], TT->Elems[I]});
      continue;
    }
    Vals.push_back({emitExpr(A.get()), typeOf(A.get())});
  }
  setLoc(E->getLoc());
  rt(RtFn::printlock, {});
  for (size_t I = 0; I < Vals.size(); ++I) {
    if (Ln && I)
      rt(RtFn::printsp, {});
    Value *V = Vals[I].first;
    Type *U = underlying(Vals[I].second);
    if (isa<EmptyInterfaceType>(U)) {
      rt(RtFn::printeface, {V});
    } else if (isa<InterfaceTy>(U)) {
      rt(RtFn::printiface, {V});
    } else if (isa<ChannelType>(U) || isa<SignatureType>(U) ||
               isa<PointerTy>(U) || isa<MapTy>(U) ||
               basicKind(U) == BasicKind::UntypedNil) {
      rt(RtFn::printpointer, {V});
    } else if (isString(U)) {
      rt(RtFn::printstring, {V});
    } else if (isa<gort::SliceTy>(U)) {
      auto *Tmp = entryAlloca(SliceHdrTy, "printslice");
      B.CreateStore(V, Tmp);
      rt(RtFn::printslice, {Tmp});
    } else if (isBoolean(U)) {
      rt(RtFn::printbool, {V});
    } else if (isFloat(U)) {
      rt(RtFn::printfloat, {B.CreateFPExt(V, B.getDoubleTy())});
    } else if (isUnsigned(U)) {
      rt(RtFn::printuint, {B.CreateZExt(V, B.getInt64Ty())});
    } else {
      rt(RtFn::printint, {B.CreateSExt(V, B.getInt64Ty())});
    }
  }
  if (Ln)
    rt(RtFn::printnl, {});
  rt(RtFn::printunlock, {});
}

Value *CodeGen::emitBuiltin(const CallExpr *E, const Object *O) {
  Type *IntT = Info.Types.basic(BasicKind::Int);
  auto Arg = [&](size_t I, Type *T) { return emitExprTo(E->Args[I].get(), T); };
  Value *NoValue = nullptr;
  switch (O->Id) {
  case BuiltinId::Print:
  case BuiltinId::Println:
    emitPrint(E, O->Id == BuiltinId::Println);
    return NoValue;
  case BuiltinId::Panic: {
    Value *V = Arg(0, Info.Types.emptyInterface());
    setLoc(E->getLoc());
    rtNoReturn(RtFn::gopanic, {V});
    return NoValue;
  }
  case BuiltinId::Make: {
    Type *T = typeOf(E->Args[0].get());
    if (isMap(T))
      return emitMakeMap(E, T);
    if (isa<gort::SliceTy>(underlying(T)))
      return emitMakeSlice(E, T);
    auto *CT = dyn_cast<ChannelType>(underlying(T));
    if (!CT) {
      unsupported(E->getLoc(), "make of " + typeString(T));
      return zeroValue(T);
    }
    Value *Size = E->Args.size() > 1
                      ? B.CreateSExt(Arg(1, IntT), B.getInt64Ty())
                      : B.getInt64(0);
    if (E->Args.size() > 1 && isUnsigned(typeOf(E->Args[1].get())))
      Size = B.CreateZExt(emitExpr(E->Args[1].get()), B.getInt64Ty());
    setLoc(E->getLoc());
    return rt(RtFn::makechan, {typeDesc(CT->Elem), Size});
  }
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    Type *T = typeOf(E->Args[0].get());
    if (isMap(T))
      return rt(RtFn::maplen, {emitExpr(E->Args[0].get())});
    if (!isChan(T))
      return emitLenCap(E->Args[0].get(), O->Id == BuiltinId::Len);
    Value *C = emitExpr(E->Args[0].get());
    return rt(O->Id == BuiltinId::Len ? RtFn::chanlen : RtFn::chancap, {C});
  }
  case BuiltinId::New:
    return heapAlloc(typeOf(E->Args[0].get()));
  case BuiltinId::Delete:
    emitDelete(E);
    return NoValue;
  case BuiltinId::Append:
    return emitAppend(E);
  case BuiltinId::Copy:
    return emitCopy(E);
  case BuiltinId::Close:
    rt(RtFn::closechan, {emitExpr(E->Args[0].get())});
    return NoValue;
  case BuiltinId::RuntimeGosched:
    rt(RtFn::Gosched, {});
    return NoValue;
  case BuiltinId::RuntimeGoexit:
    rt(RtFn::Goexit, {});
    return NoValue;
  case BuiltinId::RuntimeLockOSThread:
    rt(RtFn::LockOSThread, {});
    return NoValue;
  case BuiltinId::RuntimeUnlockOSThread:
    rt(RtFn::UnlockOSThread, {});
    return NoValue;
  case BuiltinId::RuntimeBreakpoint:
    rt(RtFn::Breakpoint, {});
    return NoValue;
  case BuiltinId::RuntimeGC:
    // No collector yet: runtime.GC gives cached stack memory back.
    rt(RtFn::GC, {});
    return NoValue;
  case BuiltinId::RuntimeReadMemStats: {
    // The runtime fills GoMemStats (MemStats up to DebugGC) with the world
    // stopped; a nil m panics here, as a nil dereference, not in there.
    // Go 1.19 writes every field but Lookups and DebugGC: the ones the
    // runtime does not report (BySize, LastGC, ...) read as zero, and
    // those two keep the caller's values.
    Type *PT = cast<SignatureType>(O->T)->Params[0];
    Type *MS = cast<PointerTy>(underlying(PT))->Elem;
    auto *ST = cast<StructTy>(underlying(MS));
    llvm::Type *MT = memType(MS);
    Value *P = Arg(0, PT);
    setLoc(E->getLoc());
    nilCheck(P);
    std::vector<std::pair<Value *, Value *>> Kept;
    for (unsigned I = 0; I < ST->Fields.size(); ++I) {
      const StructField &F = ST->Fields[I];
      if (F.Name != "Lookups" && F.Name != "DebugGC")
        continue;
      Value *Addr = B.CreateStructGEP(MT, P, I, F.Name);
      Kept.push_back({Addr, B.CreateLoad(MT->getStructElementType(I), Addr)});
    }
    B.CreateMemSet(P, B.getInt8(0), sizeOf(MS), DL.getABITypeAlign(MT));
    rt(RtFn::ReadMemStats, {P});
    for (auto &K : Kept)
      B.CreateStore(K.second, K.first);
    return NoValue;
  }
  case BuiltinId::RuntimeGOMAXPROCS: {
    Value *N = B.CreateTrunc(Arg(0, IntT), B.getInt32Ty());
    return B.CreateSExt(rt(RtFn::GOMAXPROCS, {N}), IntTy);
  }
  case BuiltinId::RuntimeNumGoroutine:
    return B.CreateSExt(rt(RtFn::NumGoroutine, {}), IntTy);
  case BuiltinId::RuntimeNumCPU:
    return B.CreateSExt(rt(RtFn::NumCPU, {}), IntTy);
  case BuiltinId::RuntimeSetCPUProfileRate:
    rt(RtFn::SetCPUProfileRate, {B.CreateTrunc(Arg(0, IntT), B.getInt32Ty())});
    return NoValue;
  case BuiltinId::Recover: {
    // The runtime recovers only for the function that panic's reflectcall
    // called: the caller's return address tells. A function that calls
    // recover is never inlined into another (emitDefer).
    Recovers.insert(Cur->Decl);
    Cur->Fn->addFnAttr(llvm::Attribute::NoInline);
    setLoc(E->getLoc());
    llvm::Function *RA = llvm::Intrinsic::getDeclaration(
        &M, llvm::Intrinsic::returnaddress);
    Value *Ret = B.CreateCall(RA, {B.getInt32(0)});
    return rt(RtFn::gorecover, {Ret});
  }
  default:
    unsupported(E->getLoc(), "built-in " + O->Name);
    return NoValue;
  }
}

/// go or defer of a built-in: the operands that are not constants are
/// evaluated now into a block; Thunk runs the built-in on the values it
/// loads from the block. `go recover()` does nothing, as in Go. `defer
/// recover()` recovers as if the deferring function called it (Go 1.19's
/// ORECOVERFP) when that function's exit runs it: the block holds the
/// function's return address, and the thunk, which cannot split its stack
/// (the runtime looks at the deferring function's segment), passes it and
/// its block to runtime.gorecoverdefer.
llvm::StructType *CodeGen::emitBuiltinThunk(const CallExpr *CE,
                                            llvm::Function *Thunk,
                                            SourceLoc Loc, Value **Blk,
                                            const llvm::Twine &BlockName,
                                            bool Deferred) {
  const Expr *X = CE->Fun.get();
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  const Object *O = objOf(Id);
  bool DeferRecover = Deferred && O && O->Id == BuiltinId::Recover;
  std::vector<const Expr *> Ops;
  std::vector<Value *> Vals;
  std::vector<Type *> Types;
  for (auto &A : CE->Args) {
    const TypeAndValue *TV = tv(A.get());
    if (TV && TV->M == TypeAndValue::Constant && TV->Val.isValid())
      continue;
    Ops.push_back(A.get());
    Vals.push_back(emitExpr(A.get()));
    Types.push_back(typeOf(A.get()));
  }
  if (DeferRecover) {
    Recovers.insert(Cur->Decl);
    Cur->Fn->addFnAttr(llvm::Attribute::NoInline);
    llvm::Function *RA = llvm::Intrinsic::getDeclaration(
        &M, llvm::Intrinsic::returnaddress);
    Vals.push_back(B.CreateCall(RA, {B.getInt32(0)}));
  }
  llvm::StructType *BlockTy = argBlock(Vals, Types, Blk, BlockName);
  FuncState FS;
  FuncState *Saved = Cur;
  llvm::IRBuilderBase::InsertPointGuard Guard(B);
  Cur = &FS;
  FuncInfo Empty;
  FS.FI = &Empty;
  FS.Fn = Thunk;
  FS.Name = Thunk->getName().str();
  FS.Decl = Saved->Decl;
  FS.SP = thunkSubprogram(Thunk, Loc);
  FS.AllocaBB = BasicBlock::Create(Ctx, "entry", Thunk);
  B.SetInsertPoint(BasicBlock::Create(Ctx, "body", Thunk));
  setLoc(Loc);
  for (size_t I = 0; I < Ops.size(); ++I)
    FS.PreEval[Ops[I]] =
        blockField(B, BlockTy, Thunk->getArg(0), I, Vals[I]->getType());
  if (DeferRecover) {
    Thunk->removeFnAttr("split-stack");
    Value *RA = blockField(B, BlockTy, Thunk->getArg(0), 0, PtrTy);
    rt(RtFn::gorecoverdefer, {Thunk->getArg(0), RA});
  } else if (O && O->Id != BuiltinId::Recover) {
    emitBuiltin(CE, O);
  }
  finishFunction(nullptr);
  Cur = Saved;
  return BlockTy;
}
