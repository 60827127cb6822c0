//===- CGCall.cpp - Calls, go and defer -----------------------------------===//
//
// value) are stored in a struct on the caller's stack, and
// runtime.newproc(size, thunk, &block) copies it to the new goroutine. The
// thunk `main.outer.gowrapN(ptr block)` loads the values and makes the call.
//
// defer f(x, y) (runtime/panic.cpp's protocol). The callee and arguments
// are evaluated into a block like go's, and
//     %r = call i32 runtime.deferproc(size, thunk, &block)   ; returns_twice
//     br (%r != 0), exit, next
// deferproc returns 1 the second time, after a deferred call recovered a
// panic, with the callee-saved registers of the first return: whatever
// the function did since lives only in memory. So a function that defers
//  - reads and writes every variable with volatile accesses (loadValue,
//    storeValue), which also keeps mem2reg and GVN from caching them;
//  - exits the same way at every return (after storing the results in
//    their slots: named results' own variables, zeroed temporaries for
//    unnamed ones), at the end and at the second return of deferproc
//    (emitDeferExit, each with its own line, the return statement's or
//    the closing brace's, where Go 1.19's tracebacks show the deferring
//    frame). An exit reads nothing but frame slots: it calls
//    runtime.deferreturn (`notail nomerge`, a direct 5-byte call that the
//    runtime re-enters once per deferred call, at the sp of the deferproc
//    calls: every alloca is in the entry block), then loads the results.
// recover() is `runtime.gorecover(llvm.returnaddress(0))`: the runtime
// recovers only for the function that panic's reflectcall called, so the
// thunk of a deferred package function or function literal whose body
// calls recover is a second copy of that body, taking its parameters (and
// closure) from the block; otherwise the thunk calls the callee, a
// function value as a tail call: a jump on amd64 and ARM when the
// arguments fit in registers (at -O0 too), so recover in its body works.
// On 386, where arguments go on the stack and that call cannot be a jump,
// a deferred function value has no thunk (emitDeferStk; also on amd64 and
// ARM when the call has stack arguments, with the block's first 48 or 16
// bytes the argument registers: deferStkLayout):
//     %r = call i32 runtime.deferprocstk(size, fn, &block) ; returns_twice
// with fn the closure's code (gort.deferpanicnil, which panics, for a nil
// value) and the block laid out as the cdecl stack arguments of
// fn(closure, args...) under LLVM's i386 lowering: each scalar (an
// aggregate split into its elements) at the next multiple of 4, i1/i8/i16
// zero-extended to a 4-byte slot, i64 taking 8 bytes; float results come
// back in x87's st0:st1, which the runtime's call empties; results that
// i386 cannot return in eax:edx:ecx and st0:st1 are demoted to a hidden
// sret pointer, the
// block's first word, pointing at a scratch entry-block alloca of the
// results' type (live whenever the call runs: before the deferring
// function returns, or in a panic with its frame on the stack; that the
// callee pops the pointer, `ret $4`, does not matter to the runtime, which
// addresses its frame through its frame pointer). The runtime calls fn
// itself with a copy as its stack arguments, so recover works; the rest is
// deferproc's protocol. Every function whose body calls
// recover is noinline, and no function makes a tail call
// ("disable-tail-calls", as gc never eliminates one; only the thunk of a
// deferred function value and a package function's value wrapper jump),
// so recover in a callee of a deferred call, or in a function called
// normally, sees its own caller and returns nil at every -O. Built-ins in
// go and defer statements (println, close, panic, runtime.Gosched, ...)
// get a thunk that runs the built-in on the values loaded from the block
// (emitBuiltinThunk); `go recover()` does nothing, as in Go, and `defer
// recover()` recovers as if the deferring function called it (Go 1.19).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include <cassert>

using namespace gort;
using namespace gort::cg;

/// What Fun calls: a package function directly, or a function value.
/// Returns false for built-ins.
bool CodeGen::calleeOf(const Expr *Fun, Callee &C) {
  const Expr *X = Fun;
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const TypeAndValue *TV = tv(X);
  if (TV && TV->M == TypeAndValue::Builtin)
    return false;
  if (methodCallee(X, C))
    return true;
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  if (Id) {
    const Object *O = objOf(Id);
    if (O && (O->Kind == Object::Builtin || O->Id != BuiltinId::None))
      return false;
    if (O && O->Kind == Object::Func && Funcs.count(O)) {
      C.Direct = Funcs[O];
      C.Sig = cast<SignatureType>(underlying(O->T));
      return true;
    }
  }
  C.Sig = cast<SignatureType>(underlying(typeOf(X)));
  C.Closure = emitExpr(X);
  return true;
}

std::vector<Value *> CodeGen::callArgs(const CallExpr *E, const Callee &C) {
  std::vector<Type *> Params(C.Sig->Params.begin() + (C.Recv ? 1 : 0),
                             C.Sig->Params.end());
  std::vector<Value *> Vals = argValues(E, Params, C.Sig->Variadic);
  if (C.Recv)
    Vals.insert(Vals.begin(), C.Recv);
  return Vals;
}

/// Inserts into Args, after the closure context if any, the memory of each
/// array or struct result of Sig (a fresh temporary in AllocaBB), which
/// the callee writes (CGTypes.cpp).
void CodeGen::addResultSlots(SignatureType *Sig, std::vector<Value *> &Args,
                             llvm::IRBuilder<> &IB, BasicBlock *AllocaBB) {
  std::vector<Value *> Slots;
  for (Type *R : Sig->Results)
    if (isAggregate(R)) {
      llvm::IRBuilder<> EB(AllocaBB, AllocaBB->begin());
      Slots.push_back(EB.CreateAlloca(memType(R), nullptr, "result"));
    }
  Args.insert(Args.begin(), Slots.begin(), Slots.end());
}

Value *CodeGen::callWith(const Callee &C, llvm::ArrayRef<Value *> Args0) {
  std::vector<Value *> Args(Args0.begin(), Args0.end());
  addResultSlots(C.Sig, Args, B, Cur->AllocaBB);
  // The value of an array or struct result is the slot itself, so that
  // LLVM need not see through the call.
  auto Result = [&](Value *R) -> Value * {
    unsigned N = 0;
    for (Type *T : C.Sig->Results)
      N += isAggregate(T);
    if (!N)
      return R;
    if (C.Sig->Results.size() == 1)
      return Args[0];
    unsigned K = 0;
    for (unsigned I = 0; I < C.Sig->Results.size(); ++I)
      if (isAggregate(C.Sig->Results[I]))
        R = B.CreateInsertValue(R, Args[K++], I);
    return R;
  };
  if (C.Direct)
    return Result(B.CreateCall(C.Direct, Args));
  if (C.IfaceFn) {
    std::vector<Value *> All{C.Closure};
    All.insert(All.end(), Args.begin(), Args.end());
    return Result(B.CreateCall(funcType(C.Sig, true), C.IfaceFn, All));
  }
  // A nil function value panics (Go: invalid memory address).
  BasicBlock *Nil = newBlock("call.nil"), *Ok = newBlock("call.ok");
  B.CreateCondBr(B.CreateIsNull(C.Closure), Nil, Ok);
  startBlock(Nil);
  rt(RtFn::panicnilfunc, {});
  B.CreateUnreachable();
  startBlock(Ok);
  std::vector<Value *> All{C.Closure};
  All.insert(All.end(), Args.begin(), Args.end());
  Value *Fn = B.CreateLoad(PtrTy, C.Closure);
  return Result(B.CreateCall(funcType(C.Sig, true), Fn, All));
}

Value *CodeGen::emitCall(const CallExpr *E) {
  const Expr *Fun = E->Fun.get();
  const TypeAndValue *FTV = tv(Fun);
  if (FTV && FTV->M == TypeAndValue::TypeExpr) {
    // Conversion T(x).
    Type *To = FTV->T;
    Type *From = typeOf(E->Args[0].get());
    const TypeAndValue *ATV = tv(E->Args[0].get());
    if (ATV && ATV->M == TypeAndValue::Constant &&
        ATV->Val.K == ConstValue::String &&
        (isByteSlice(To) || isRuneSlice(To)))
      return constStringToSlice(ATV->Val.S, isRuneSlice(To));
    Value *V = emitExpr(E->Args[0].get());
    setLoc(E->getLoc());
    if (Value *S = stringConversion(V, From, To))
      return S;
    return convert(V, From, To);
  }
  const Expr *X = Fun;
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  const Ident *Id = dyn_cast<Ident>(X);
  if (auto *SE = dyn_cast<SelectorExpr>(X))
    Id = SE->Sel.get();
  if (Id)
    if (const Object *O = objOf(Id))
      if (O->Kind == Object::Builtin || O->Id != BuiltinId::None)
        return emitBuiltin(E, O);
  Callee C;
  IfaceCallOk = true;
  calleeOf(Fun, C);
  IfaceCallOk = false;
  std::vector<Value *> Args = callArgs(E, C);
  setLoc(E->getLoc());
  return callWith(C, Args);
}

/// Stores the evaluated arguments of a go or defer statement (then the
/// closure, if any) in a block in the frame; bool values take a byte, and
/// an array or struct (Types[I], where given) is copied into the block.
llvm::StructType *CodeGen::argBlock(llvm::ArrayRef<Value *> Vals,
                                    llvm::ArrayRef<Type *> Types,
                                    Value **Addr, const llvm::Twine &Name) {
  auto Aggr = [&](size_t I) { return I < Types.size() && isAggregate(Types[I]); };
  std::vector<llvm::Type *> Fields;
  for (size_t I = 0; I < Vals.size(); ++I) {
    if (!Vals[I]) { // room for an array or struct result
      Fields.push_back(memType(Types[I]));
      continue;
    }
    llvm::Type *T = Vals[I]->getType();
    Fields.push_back(Aggr(I) ? memType(Types[I])
                     : T->isIntegerTy(1) ? B.getInt8Ty()
                                         : T);
  }
  if (Fields.empty())
    Fields.push_back(PtrTy);
  auto *BlockTy = llvm::StructType::get(Ctx, Fields);
  *Addr = entryAlloca(BlockTy, Name);
  for (size_t I = 0; I < Vals.size(); ++I) {
    Value *V = Vals[I];
    if (!V)
      continue;
    if (Aggr(I)) {
      storeValue(Types[I], V, B.CreateStructGEP(BlockTy, *Addr, I));
      continue;
    }
    if (V->getType()->isIntegerTy(1))
      V = B.CreateZExt(V, B.getInt8Ty());
    B.CreateStore(V, B.CreateStructGEP(BlockTy, *Addr, I));
  }
  return BlockTy;
}

/// The Go types of a go or defer block's fields: the arguments, the
/// closure (none), then room (a null value) for each array or struct
/// result, which Vals gets appended.
std::vector<Type *> CodeGen::blockTypes(const Callee &C,
                                        std::vector<Value *> &Vals) {
  std::vector<Type *> Types(C.Sig->Params.begin(), C.Sig->Params.end());
  Types.resize(Vals.size(), nullptr);
  if (C.Closure) {
    Vals.push_back(C.Closure);
    Types.push_back(nullptr);
  }
  for (Type *R : C.Sig->Results)
    if (isAggregate(R)) {
      Vals.push_back(nullptr);
      Types.push_back(R);
    }
  return Types;
}

/// Field I of a thunk's block, as the value it was (bool back to i1; an
/// array or struct is the address of the block's copy).
Value *CodeGen::blockField(llvm::IRBuilder<> &TB, llvm::StructType *BlockTy,
                           Value *Blk, unsigned I, llvm::Type *T) {
  llvm::Type *FT = BlockTy->getElementType(I);
  if (T->isPointerTy() && (FT->isStructTy() || FT->isArrayTy()))
    return TB.CreateStructGEP(BlockTy, Blk, I);
  Value *V = TB.CreateLoad(BlockTy->getElementType(I),
                           TB.CreateStructGEP(BlockTy, Blk, I));
  return T->isIntegerTy(1) ? TB.CreateTrunc(V, T) : V;
}

/// A thunk `void Name(ptr block)`; thunkSubprogram describes it to the
/// debugger when its body is made.
llvm::Function *CodeGen::newThunk(const llvm::Twine &Name) {
  auto *Thunk = llvm::Function::Create(
      llvm::FunctionType::get(B.getVoidTy(), {PtrTy}, false),
      llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(Thunk);
  return Thunk;
}

/// The body of a thunk that unpacks its block (NumArgs arguments of Sig,
/// then the closure unless C.Direct) and makes the call. A deferred call of
/// a function value checks for nil when it runs, and is a tail call, so
/// that the callee is called from where the thunk was (see emitDefer).
void CodeGen::emitCallThunk(llvm::Function *Thunk, SourceLoc Loc,
                            const Callee &C, llvm::StructType *BlockTy,
                            unsigned NumArgs, bool Deferred) {
  llvm::IRBuilder<> TB(BasicBlock::Create(Ctx, "entry", Thunk));
  if (llvm::DISubprogram *SP = thunkSubprogram(Thunk, Loc))
    TB.SetCurrentDebugLocation(diLoc(Loc, SP));
  Value *P = Thunk->getArg(0);
  llvm::FunctionType *FT =
      C.Direct ? C.Direct->getFunctionType() : funcType(C.Sig, true);
  std::vector<Value *> CallArgs;
  Value *Clo = nullptr;
  // Array and struct results go to the block's room for them (after the
  // closure): the thunk's frame is gone when its tail call runs.
  unsigned Room = NumArgs + (C.Direct ? 0 : 1);
  for (Type *R : C.Sig->Results)
    if (isAggregate(R))
      CallArgs.push_back(TB.CreateStructGEP(BlockTy, P, Room++));
  if (!C.Direct) {
    Clo = TB.CreateLoad(PtrTy, TB.CreateStructGEP(BlockTy, P, NumArgs));
    CallArgs.insert(CallArgs.begin(), Clo);
  }
  for (unsigned I = 0; I < NumArgs; ++I)
    CallArgs.push_back(blockField(TB, BlockTy, P, I,
                                  FT->getParamType(CallArgs.size())));
  llvm::CallInst *CI;
  if (C.Direct) {
    CI = TB.CreateCall(C.Direct, CallArgs);
  } else {
    if (Deferred) {
      BasicBlock *Nil = BasicBlock::Create(Ctx, "call.nil", Thunk);
      BasicBlock *Ok = BasicBlock::Create(Ctx, "call.ok", Thunk);
      TB.CreateCondBr(TB.CreateIsNull(Clo), Nil, Ok);
      TB.SetInsertPoint(Nil);
      TB.CreateCall(rtDecl(RtFn::panicnilfunc));
      TB.CreateUnreachable();
      TB.SetInsertPoint(Ok);
    }
    Value *Fn = TB.CreateLoad(PtrTy, Clo);
    CI = TB.CreateCall(FT, Fn, CallArgs);
  }
  // A known callee that calls recover gets a copy of its body instead of
  // this thunk (emitPendingDefers), so only a function value needs the jump.
  if (Deferred && !C.Direct)
    allowTailCall(CI);
  TB.CreateRetVoid();
}

/// go f(args): the callee and arguments are evaluated now and stored in a
/// block that newproc copies; the thunk unpacks the block and calls.
void CodeGen::emitGo(const GoStmt *S) {
  const Expr *CE0 = S->Call.get();
  while (auto *P = dyn_cast<ParenExpr>(CE0))
    CE0 = P->X.get();
  auto *CE = dyn_cast<CallExpr>(CE0);
  if (!CE)
    return unsupported(S->getLoc(), "this go statement");
  llvm::Function *Thunk =
      newThunk(Cur->Name + ".gowrap" + std::to_string(++Cur->NumWraps));
  Value *Blk;
  llvm::StructType *BlockTy;
  Callee C;
  if (!calleeOf(CE->Fun.get(), C)) {
    BlockTy = emitBuiltinThunk(CE, Thunk, S->getLoc(), &Blk, "goargs", false);
  } else {
    std::vector<Value *> Vals = callArgs(CE, C);
    unsigned NumArgs = Vals.size();
    std::vector<Type *> Types = blockTypes(C, Vals);
    BlockTy = argBlock(Vals, Types, &Blk, "goargs");
    emitCallThunk(Thunk, S->getLoc(), C, BlockTy, NumArgs, false);
  }
  setLoc(S->getLoc());
  rt(RtFn::newproc, {B.getInt32(DL.getTypeAllocSize(BlockTy)), Thunk, Blk});
}

/// defer f(args): the callee and arguments are evaluated now into a block
/// that deferproc copies; the thunk runs the call from the copy. A
/// deferproc that returns 1 (a deferred call recovered a panic) goes
/// straight to the function's exit.
///
/// recover() works only in the function that the runtime's reflectcall
/// called (gorecover compares its caller's return address), so the thunk
/// of a deferred package function or function literal that calls recover
/// is a copy of that function's body, whose parameters come from the block
/// (emitPendingDefers). Other callees are called by the thunk: a function
/// value as a tail call, which lets recover in its body work when the
/// backend turns it into a jump (all arguments in registers); on 386 a
/// function value is called by the runtime instead (emitDeferStk), as on
/// amd64 and ARM one whose call has stack arguments.
void CodeGen::emitDefer(const DeferStmt *S) {
  const Expr *CE0 = S->Call.get();
  while (auto *P = dyn_cast<ParenExpr>(CE0))
    CE0 = P->X.get();
  auto *CE = dyn_cast<CallExpr>(CE0);
  if (!CE)
    return unsupported(S->getLoc(), "this defer statement");
  std::string Name = Cur->Name + ".deferwrap" + std::to_string(++Cur->NumDefers);
  llvm::Function *Thunk = newThunk(Name);
  Value *Blk;
  llvm::StructType *BlockTy;
  Callee C;
  if (!calleeOf(CE->Fun.get(), C)) {
    BlockTy = emitBuiltinThunk(CE, Thunk, S->getLoc(), &Blk, "deferargs", true);
  } else {
    std::vector<Value *> Vals = callArgs(CE, C);
    const Expr *X = CE->Fun.get();
    while (auto *P = dyn_cast<ParenExpr>(X))
      X = P->X.get();
    StkLayout L;
    // The call's arguments after the closure: the memory of array and
    // struct results (a scratch temporary: the results are discarded),
    // then the values, of which arrays and structs are addresses.
    std::vector<Value *> StkVals = Vals;
    if (!C.Direct && !isa<FuncLit>(X))
      addResultSlots(C.Sig, StkVals, B, Cur->AllocaBB);
    if (!C.Direct && !isa<FuncLit>(X) &&
        deferStkLayout(C.Sig, C.Closure, StkVals, L) &&
        (TT.getArch() == llvm::Triple::x86 || L.StackBytes > 0)) {
      Thunk->eraseFromParent();
      // The block holds the addresses of array and struct arguments: each
      // points at a heap copy, as the temporary may be reused (a defer in
      // a loop) before the call runs.
      size_t First = StkVals.size() - Vals.size();
      for (size_t I = 0; I < Vals.size() && I < C.Sig->Params.size(); ++I)
        if (isAggregate(C.Sig->Params[I])) {
          Value *Copy = heapAlloc(C.Sig->Params[I]);
          storeValue(C.Sig->Params[I], Vals[I], Copy);
          StkVals[First + I] = Copy;
        }
      return emitDeferStk(S, C.Sig, C.Closure, StkVals, L);
    }
    unsigned NumArgs = Vals.size();
    std::vector<Type *> Types = blockTypes(C, Vals);
    BlockTy = argBlock(Vals, Types, &Blk, "deferargs");
    const Node *Target = nullptr;
    if (C.Direct)
      Target = DeclOf.lookup(C.Direct);
    else if (isa<FuncLit>(X))
      Target = X;
    if (Target)
      DeferQ.push_back(
          {Thunk, Target, BlockTy, NumArgs, S->getLoc(), C.Direct});
    else
      emitCallThunk(Thunk, S->getLoc(), C, BlockTy, NumArgs, true);
  }
  setLoc(S->getLoc());
  // The runtime tells deferring frames apart by their frame pointer
  // (docs/ABI.md): a function that defers keeps one. Others need none, and
  // a deep recursion's frames stay small without it.
  B.GetInsertBlock()->getParent()->addFnAttr("frame-pointer", "all");
  Value *R = rt(RtFn::deferproc,
                {B.getInt32(DL.getTypeAllocSize(BlockTy)), Thunk, Blk});
  BasicBlock *Cont = newBlock("defer.cont");
  B.CreateCondBr(B.CreateICmpNE(R, B.getInt32(0)), Cur->Exit, Cont);
  startBlock(Cont);
}

/// The scalars that LLVM's i386 lowering passes for V: a first-class
/// aggregate is split into its elements.
static void flattenScalars(llvm::IRBuilder<> &B, Value *V,
                           std::vector<Value *> &Out) {
  llvm::Type *T = V->getType();
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      flattenScalars(B, B.CreateExtractValue(V, I), Out);
  } else if (auto *AT = dyn_cast<llvm::ArrayType>(T)) {
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      flattenScalars(B, B.CreateExtractValue(V, I), Out);
  } else {
    Out.push_back(V);
  }
}

/// Counts the registers that a result of type T takes on i386 (an
/// aggregate split into its elements): 32-bit integer registers in Int
/// (an i64 two), x87 registers in FP (a float or double one).
static void regs386(llvm::Type *T, unsigned &Int, unsigned &FP) {
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    for (llvm::Type *E : ST->elements())
      regs386(E, Int, FP);
  } else if (auto *AT = dyn_cast<llvm::ArrayType>(T)) {
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      regs386(AT->getElementType(), Int, FP);
  } else if (T->isFloatingPointTy()) {
    FP += 1;
  } else if (!T->isVoidTy()) {
    Int += T->isIntegerTy(64) ? 2 : 1;
  }
}

/// Whether i386 returns the results of S in registers: eax, edx, ecx for
/// integers and pointers, x87's st0 and st1 for floats (RetCC_X86_32_C).
/// If not, LLVM demotes the result to a hidden sret pointer argument,
/// passed as the first stack word, which the callee pops (`ret $4`;
/// harmless to the runtime, which addresses its frame through its frame
/// pointer after the call).
bool CodeGen::retInRegs386(SignatureType *S) {
  unsigned Int = 0, FP = 0;
  regs386(resultType(S), Int, FP);
  return Int <= 3 && FP <= 2;
}

/// The leaf types of T, in the order LLVM's lowering passes them (a
/// first-class aggregate split into its elements); HasArray is set if T
/// contains an array.
static void flattenTypes(llvm::Type *T, std::vector<llvm::Type *> &Out,
                         bool &HasArray) {
  if (auto *ST = dyn_cast<llvm::StructType>(T)) {
    for (llvm::Type *E : ST->elements())
      flattenTypes(E, Out, HasArray);
  } else if (auto *AT = dyn_cast<llvm::ArrayType>(T)) {
    HasArray = true;
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      flattenTypes(AT->getElementType(), Out, HasArray);
  } else if (!T->isVoidTy()) {
    Out.push_back(T);
  }
}

/// The block of defer fv(args), fv a function value, that
/// runtime.deferprocstk passes to fv's code as its whole argument area:
/// the lowering of the call fn(closure, args...) (funcType(Sig, true)),
/// every first-class aggregate split into its scalars, with LLVM's hidden
/// sret pointer first when the results do not fit in return registers.
/// Verified against llc's lowering of direct calls:
///  - i386: every argument on the stack (cdecl): each scalar at the next
///    multiple of 4, i1/i8/i16 widened to 4 bytes, i64 and double 8 bytes
///    (float 4); results in more than eax:edx:ecx (i64 two of them) and
///    st0:st1 go through sret. Float results come back on the x87 stack,
///    which reflectcallstk empties after the call.
///  - x86-64: bytes 0..47 are rdi rsi rdx rcx r8 r9, each integer or
///    pointer scalar taking the next free one, then the next 8-byte stack
///    slot (bytes 48..); a {ptr,i64} may straddle r9 and the stack. More
///    than three integer results (rax rdx rcx) go through sret. Floating
///    point (xmm registers) is not supported: false.
///  - ARM (AAPCS): bytes 0..15 are r0-r3, 16.. the stack. A 4-byte scalar
///    takes the next free register, else the next 4-byte stack slot; an
///    i64 takes an even register pair (r0:r1 or r2:r3, skipping r1), else
///    an 8-aligned stack slot, and then no later argument uses a register.
///    Results in more than 4 words go through sret. Floating point (VFP
///    registers under hard float) and arrays (integer arrays are passed
///    in consecutive registers) are not supported: false.
bool CodeGen::deferStkLayout(SignatureType *Sig, Value *Closure,
                             const std::vector<Value *> &Vals, StkLayout &L) {
  llvm::Triple::ArchType Arch = TT.getArch();
  bool HasArray = false;
  std::vector<llvm::Type *> Res, Args;
  flattenTypes(resultType(Sig), Res, HasArray);
  bool ResArray = HasArray;
  flattenTypes(Closure->getType(), Args, HasArray);
  for (Value *V : Vals)
    flattenTypes(V->getType(), Args, HasArray);
  L = StkLayout();
  if (Arch == llvm::Triple::x86) {
    L.Sret = !retInRegs386(Sig);
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    for (llvm::Type *T : Args) {
      L.Offs.push_back(L.Size);
      L.Size += llvm::alignTo(DL.getTypeAllocSize(T), 4);
    }
    L.StackBytes = L.Size;
    return true;
  }
  for (llvm::Type *T : Res)
    if (!T->isIntegerTy() && !T->isPointerTy())
      return false;
  for (llvm::Type *T : Args)
    if (!T->isIntegerTy() && !T->isPointerTy())
      return false;
  if (Arch == llvm::Triple::x86_64) {
    for (llvm::Type *T : Args)
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
    L.Sret = Res.size() > 3;
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    unsigned NGPR = 0;
    uint64_t NSAA = 0;
    for (llvm::Type *T : Args) {
      (void)T;
      if (NGPR < 6) {
        L.Offs.push_back(8 * NGPR++);
      } else {
        L.Offs.push_back(48 + NSAA);
        NSAA += 8;
      }
    }
    L.StackBytes = NSAA;
    L.Size = 48 + NSAA;
    return true;
  }
  if (Arch == llvm::Triple::arm) {
    if (HasArray || ResArray)
      return false;
    unsigned Words = 0;
    for (llvm::Type *T : Res) {
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
      Words += T->isIntegerTy(64) ? 2 : 1;
    }
    L.Sret = Words > 4;
    if (L.Sret)
      Args.insert(Args.begin(), PtrTy);
    unsigned NCRN = 0;
    uint64_t NSAA = 0;
    for (llvm::Type *T : Args) {
      if (T->isIntegerTy() && T->getIntegerBitWidth() > 64)
        return false;
      if (T->isIntegerTy(64)) {
        NCRN = llvm::alignTo(NCRN, 2);
        if (NCRN + 2 <= 4) {
          L.Offs.push_back(4 * NCRN);
          NCRN += 2;
        } else {
          NCRN = 4;
          NSAA = llvm::alignTo(NSAA, 8);
          L.Offs.push_back(16 + NSAA);
          NSAA += 8;
        }
      } else if (NCRN < 4) {
        L.Offs.push_back(4 * NCRN++);
      } else {
        L.Offs.push_back(16 + NSAA);
        NSAA += 4;
      }
    }
    L.StackBytes = NSAA;
    L.Size = 16 + llvm::alignTo(NSAA, 4);
    return true;
  }
  return false;
}

/// defer fv(args), fv a function value, on i386 always and on x86-64 and
/// ARM when the call has stack arguments (a thunk's tail call to fv could
/// not be a jump): the runtime calls fv's code itself (so recover in it
/// works) with a copy of a block laid out by deferStkLayout. The sret
/// pointer, if any, points at a scratch entry-block alloca of the results'
/// type, alive whenever the call runs (before this function returns, or in
/// a panic while its frame is still on the stack). A nil fv panics when the
/// call runs: its fn is then gort.deferpanicnil.
void CodeGen::emitDeferStk(const DeferStmt *S, SignatureType *Sig,
                           Value *Closure, std::vector<Value *> Vals,
                           const StkLayout &L) {
  std::vector<Value *> Scalars;
  if (L.Sret)
    Scalars.push_back(entryAlloca(resultType(Sig), "deferstkres"));
  flattenScalars(B, Closure, Scalars);
  for (Value *V : Vals)
    flattenScalars(B, V, Scalars);
  assert(Scalars.size() == L.Offs.size() && "defer block layout mismatch");
  unsigned WordBits = TT.getArch() == llvm::Triple::x86_64 ? 64 : 32;
  for (Value *&V : Scalars)
    if (V->getType()->isIntegerTy() &&
        V->getType()->getIntegerBitWidth() < WordBits)
      V = B.CreateZExt(V, B.getIntNTy(WordBits));
  uint64_t Size = L.Size;
  llvm::Align BlkAlign(TT.getArch() == llvm::Triple::x86 ? 4 : 8);
  llvm::AllocaInst *Blk = entryAlloca(
      llvm::ArrayType::get(B.getInt32Ty(), Size / 4), "deferstkargs");
  Blk->setAlignment(BlkAlign);
  for (size_t I = 0; I < Scalars.size(); ++I)
    B.CreateAlignedStore(Scalars[I],
                         B.CreateConstInBoundsGEP1_32(B.getInt8Ty(), Blk,
                                                      L.Offs[I]),
                         llvm::commonAlignment(BlkAlign, L.Offs[I]));
  // fn: the closure's code, or for a nil fv a function that panics.
  llvm::Function *NilFn = M.getFunction("gort.deferpanicnil");
  if (!NilFn) {
    NilFn = llvm::Function::Create(
        llvm::FunctionType::get(B.getVoidTy(), {}, false),
        llvm::GlobalValue::InternalLinkage, "gort.deferpanicnil", M);
    setGoAttrs(NilFn);
    llvm::IRBuilder<> NB(BasicBlock::Create(Ctx, "entry", NilFn));
    NB.CreateCall(rtDecl(RtFn::panicnilfunc));
    NB.CreateUnreachable();
  }
  BasicBlock *Nil = newBlock("defer.nil"), *Ok = newBlock("defer.fn");
  BasicBlock *Join = newBlock("defer.stk");
  B.CreateCondBr(B.CreateIsNull(Closure), Nil, Ok);
  startBlock(Nil);
  B.CreateBr(Join);
  startBlock(Ok);
  Value *Fn = B.CreateLoad(PtrTy, Closure);
  B.CreateBr(Join);
  startBlock(Join);
  llvm::PHINode *FnP = B.CreatePHI(PtrTy, 2, "deferfn");
  FnP->addIncoming(NilFn, Nil);
  FnP->addIncoming(Fn, Ok);
  setLoc(S->getLoc());
  B.GetInsertBlock()->getParent()->addFnAttr("frame-pointer", "all");
  Value *R = rt(RtFn::deferprocstk, {B.getInt32(Size), FnP, Blk});
  BasicBlock *Cont = newBlock("defer.cont");
  B.CreateCondBr(B.CreateICmpNE(R, B.getInt32(0)), Cur->Exit, Cont);
  startBlock(Cont);
}

/// The thunks of deferred package functions and function literals (see
/// emitDefer): a copy of the callee's body when it calls recover, else a
/// call. Run after every body (and literal) has been emitted.
void CodeGen::emitPendingDefers() {
  while (!DeferQ.empty() || !Lits.empty() || !WrapQ.empty()) {
    if (!Lits.empty()) {
      PendingLit L = Lits.front();
      Lits.pop_front();
      emitFuncLit(L);
      continue;
    }
    if (!WrapQ.empty()) {
      PendingWrap W = WrapQ.front();
      WrapQ.pop_front();
      emitMethodWrapper(W);
      continue;
    }
    PendingDefer D = DeferQ.front();
    DeferQ.pop_front();
    const FuncInfo &FI = Info.Funcs[D.Target];
    if (!Recovers.count(D.Target)) {
      Callee C;
      C.Sig = FI.Sig;
      C.Direct = D.Direct;
      emitCallThunk(D.Thunk, D.Loc, C, D.BlockTy, D.NumArgs, true);
      continue;
    }
    FuncState FS;
    Cur = &FS;
    FS.FI = &FI;
    FS.ThunkBlock = D.BlockTy;
    const BlockStmt *Body;
    SourceLoc Loc;
    if (auto *FD = dyn_cast<FuncDecl>(D.Target)) {
      Body = FD->Body.get();
      Loc = FD->getLoc();
    } else {
      Body = cast<FuncLit>(D.Target)->Body.get();
      Loc = D.Target->getLoc();
    }
    // The copy goes by the name of the function it copies, in DWARF and
    // so in tracebacks (Go 1.19 shows the deferred function, not a
    // wrapper); its symbol stays the thunk's.
    std::string Name = D.Thunk->getName().str();
    if (D.Direct)
      Name = D.Direct->getName().str();
    else if (auto *FL = dyn_cast<FuncLit>(D.Target); FL && LitNames.count(FL))
      Name = LitNames.lookup(FL);
    beginFunction(D.Thunk, D.Target, Name, Loc, isa<FuncLit>(D.Target));
    emitBlock(Body->List);
    setLoc(Body->RBrace);
    finishFunction(FI.Sig);
    Cur = nullptr;
  }
}
