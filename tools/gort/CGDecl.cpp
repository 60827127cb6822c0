//===- CGDecl.cpp - Functions, locals, closures ---------------------------===//
//
// Variables. Every local variable is an alloca in the entry block (mem2reg
// promotes them at -O1 and above; at -O0 they are what the debugger shows),
// except a variable that a closure captures (Object::Captured) or whose
// address may outlive the frame (Object::Escapes, Sema's escape analysis):
// it lives in a zeroed heap cell from runtime.mallocgc (flagged
// GORT_FLAG_NOPOINTERS when its type holds no pointers), allocated each
// time its declaration runs, and its frame slot holds the cell's address.
// Package variables are globals named main.x.
//
// Functions and closures. A package function f is `main.f(params)`; its
// results come back as one value (a struct when there are several). A
// function value points to a closure object
//     { ptr fn, ptr cell1, ptr cell2, ... }
// whose fn is called as fn(ptr closure, params): the closure reaches its
// captured variables through the cells (shared by reference, also between
// goroutines). A function literal is `main.outer.funcN` (nested ones
// `main.outer.funcN.M`, in a package variable's initializer
// `main.glob..funcN`, as gc names them); one that captures nothing and a
// package function used as a value get a constant closure object
// (`main.f·f`, whose fn is the wrapper `main.f·fw` that drops the context).
//
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/BinaryFormat/Dwarf.h"

using namespace gort;
using namespace gort::cg;

/// Go never eliminates tail calls: recover (gorecover compares its caller's
/// return address), tracebacks and the stack limit rely on every frame.
/// Only the wrappers that must be invisible to recover re-enable them
/// (allowTailCall). Every Go function lives in the section gotext: the
/// runtime preempts a goroutine only there (runtime/preempt.cpp).
void gort::cg::setGoAttrs(llvm::Function *Fn) {
  Fn->addFnAttr("split-stack");
  Fn->setSection("gotext");
  Fn->addFnAttr("disable-tail-calls", "true");
  Fn->setUWTableKind(llvm::UWTableKind::Async);
}

/// Makes CI, the last call of a wrapper that must be invisible to recover,
/// a jump: its callee then returns where the wrapper would have.
void gort::cg::allowTailCall(llvm::CallInst *CI) {
  CI->getFunction()->addFnAttr("disable-tail-calls", "false");
  CI->setTailCall();
}

/// Whether the statements (not counting function literals) defer a call.
static bool hasDefer(const Stmt *S) {
  if (!S)
    return false;
  auto Any = [](const StmtList &L) {
    for (auto &X : L)
      if (hasDefer(X.get()))
        return true;
    return false;
  };
  switch (S->getKind()) {
  case Node::NK_DeferStmt:
    return true;
  case Node::NK_LabeledStmt:
    return hasDefer(cast<LabeledStmt>(S)->S.get());
  case Node::NK_BlockStmt:
    return Any(cast<BlockStmt>(S)->List);
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return hasDefer(I->Init.get()) || hasDefer(I->Then.get()) ||
           hasDefer(I->Else.get());
  }
  case Node::NK_CaseClause:
    return Any(cast<CaseClause>(S)->Body);
  case Node::NK_CommClause:
    return Any(cast<CommClause>(S)->Body);
  case Node::NK_SwitchStmt:
    return hasDefer(cast<SwitchStmt>(S)->Body.get());
  case Node::NK_TypeSwitchStmt:
    return hasDefer(cast<TypeSwitchStmt>(S)->Body.get());
  case Node::NK_SelectStmt:
    return hasDefer(cast<SelectStmt>(S)->Body.get());
  case Node::NK_ForStmt:
    return hasDefer(cast<ForStmt>(S)->Body.get());
  case Node::NK_RangeStmt:
    return hasDefer(cast<RangeStmt>(S)->Body.get());
  default:
    return false;
  }
}

void CodeGen::beginFunction(llvm::Function *Fn, const Node *Decl,
                            StringRef Name, SourceLoc Loc, bool HasContext) {
  Cur->Fn = Fn;
  Cur->Decl = Decl;
  Cur->Name = Name.str();
  Cur->AllocaBB = BasicBlock::Create(Ctx, "entry", Fn);
  BasicBlock *Body = BasicBlock::Create(Ctx, "body", Fn);
  B.SetInsertPoint(Body);
  if (auto *FD = dyn_cast<FuncDecl>(Decl))
    Cur->Defers = hasDefer(FD->Body.get());
  else if (auto *FL = dyn_cast<FuncLit>(Decl))
    Cur->Defers = hasDefer(FL->Body.get());
  if (Cur->Defers)
    Cur->Exit = BasicBlock::Create(Ctx, "exit");
  B.SetCurrentDebugLocation(llvm::DebugLoc());
  if (DIB) {
    std::vector<llvm::Metadata *> Sig;
    Sig.push_back(nullptr);
    if (Cur->FI->Sig)
      for (Type *P : Cur->FI->Sig->Params)
        Sig.push_back(diType(P));
    auto *ST = DIB->createSubroutineType(DIB->getOrCreateTypeArray(Sig));
    Cur->SP = DIB->createFunction(
        DIF, Name, "", diFile(Loc), diLine(Loc), ST, diLine(Loc),
        llvm::DINode::FlagPrototyped,
        llvm::DISubprogram::SPFlagDefinition |
            (Opts.Optimized ? llvm::DISubprogram::SPFlagOptimized
                            : llvm::DISubprogram::SPFlagZero));
    Fn->setSubprogram(Cur->SP);
  }
  // The stores of parameters carry no line, so the debugger's breakpoint at
  // a function (after the prologue) sees them stored.
  // Parameters and named results become variables.
  unsigned ArgIdx = HasContext ? 1 : 0;
  const FuncInfo *FI = Cur->FI;
  // Array and struct results: the caller's memory (a thunk running a
  // deferred body discards them into a scratch temporary).
  if (FI->Sig)
    for (Type *R : FI->Sig->Results) {
      if (!isAggregate(R)) {
        Cur->ResultPtrs.push_back(nullptr);
        continue;
      }
      Cur->ResultPtrs.push_back(Cur->ThunkBlock
                                    ? (Value *)entryAlloca(memType(R), "result.discard")
                                    : (Value *)Fn->getArg(ArgIdx++));
    }
  // A deferred call's copy of the body (emitPendingDefers): the arguments,
  // then the closure, come from the block.
  Value *Blk = Cur->ThunkBlock ? Fn->getArg(0) : nullptr;
  size_t NumParams = FI->Sig ? FI->Sig->Params.size() : 0;
  auto Param = [&](size_t I) -> Value * {
    if (Blk)
      return blockField(B, Cur->ThunkBlock, Blk, I,
                        llvmType(FI->Sig->Params[I]));
    // A method's body as its method value's or expression's wrapper.
    if (I == 0 && Cur->RecvClo)
      return loadValue(FI->Sig->Params[0],
                       B.CreateStructGEP(Cur->RecvClo, Fn->getArg(0), 1));
    Value *A = Fn->getArg(ArgIdx + I - (Cur->RecvClo ? 1 : 0));
    return I == 0 && Cur->RecvDeref ? loadValue(Cur->RecvDeref, A) : A;
  };
  if (HasContext) {
    // Captured variables: cells reached through the closure object.
    Value *Clo = Fn->getArg(0);
    if (Blk)
      Clo = B.CreateLoad(PtrTy,
                         B.CreateStructGEP(Cur->ThunkBlock, Blk, NumParams));
    Clo->setName("closure");
    for (size_t I = 0; I < FI->Captures.size(); ++I) {
      Value *Slot = B.CreateConstGEP1_64(PtrTy, Clo, I + 1);
      Value *Cell = B.CreateLoad(PtrTy, Slot, FI->Captures[I]->Name + ".cell");
      Cur->Vars[FI->Captures[I]] = Cell;
      if (DIB) {
        auto *A = entryAlloca(PtrTy, FI->Captures[I]->Name + ".ref");
        B.CreateStore(Cell, A);
        auto *Var = DIB->createAutoVariable(
            Cur->SP, FI->Captures[I]->Name, diFile(FI->Captures[I]->Loc),
            diLine(FI->Captures[I]->Loc), diType(FI->Captures[I]->T), true);
        DIB->insertDeclare(A, Var,
                           DIB->createExpression(llvm::ArrayRef<uint64_t>{
                               llvm::dwarf::DW_OP_deref}),
                           llvm::DILocation::get(Ctx, diLine(Loc), 0,
                                                 diLoc(Loc, Cur->SP)->getScope()),
                           Cur->AllocaBB);
      }
    }
  }
  if (FI->Sig) {
    for (size_t I = 0; I < FI->Sig->Params.size(); ++I) {
      Value *Arg = Param(I);
      const Object *O = I < FI->Params.size() ? FI->Params[I] : nullptr;
      if (!O || O->Name == "_") {
        // Described all the same, as clang does: the pc table tells
        // functions with parameters from those without (Pcln.cpp).
        if (DIB && Cur->SP)
          DIB->createParameterVariable(Cur->SP, "", I + 1, Cur->SP->getFile(),
                                       Cur->SP->getLine(),
                                       diType(FI->Sig->Params[I]), true);
        continue;
      }
      Arg->setName(O->Name);
      declareLocal(O, Arg, O->Loc, I + 1);
    }
    for (size_t I = 0; I < FI->Results.size(); ++I)
      if (const Object *O = FI->Results[I])
        declareLocal(O, nullptr, O->Loc);
    // Where the exit of a function that defers finds its results: a named
    // result's own slot (for a captured one, the slot of its cell's
    // address), else a zeroed temporary. The exit reads nothing else.
    if (Cur->Defers && !Cur->ThunkBlock)
      for (size_t I = 0; I < FI->Sig->Results.size(); ++I) {
        const Object *O = I < FI->Results.size() ? FI->Results[I] : nullptr;
        if (O && (O->Captured || O->Escapes)) {
          Cur->ResultSlots.push_back(CellSlots.lookup(O));
          Cur->ResultInCell.push_back(true);
          continue;
        }
        if (O) {
          Cur->ResultSlots.push_back(varAddr(O));
        } else {
          Type *T = FI->Sig->Results[I];
          Value *Slot = entryAlloca(memType(T), "result");
          storeValue(T, zeroValue(T), Slot);
          Cur->ResultSlots.push_back(Slot);
        }
        Cur->ResultInCell.push_back(false);
      }
  }
  setLoc(Loc);
}

void CodeGen::finishFunction(SignatureType *Sig) {
  // At the closing brace: falling off the end, and the exit of deferproc's
  // second return (after a recover).
  llvm::DebugLoc End = B.getCurrentDebugLocation();
  if (!terminated()) {
    if (Cur->Exit)
      emitDeferExit(Sig);
    else if (!Sig || Sig->Results.empty() || Cur->ThunkBlock)
      B.CreateRetVoid();
    else
      B.CreateUnreachable();
  }
  if (Cur->Exit) {
    Cur->Exit->insertInto(Cur->Fn);
    B.SetInsertPoint(Cur->Exit);
    B.SetCurrentDebugLocation(End);
    emitDeferExit(Sig);
  }
  llvm::IRBuilder<> EB(Cur->AllocaBB);
  EB.CreateBr(&*std::next(Cur->Fn->begin()));
  B.SetCurrentDebugLocation(llvm::DebugLoc());
}

/// A return of a function that defers, at the current location (the
/// return statement's, or the closing brace's), where Go 1.19's tracebacks
/// show a frame running its deferred calls: deferreturn runs them, each
/// returning to this very call instruction (a direct 5-byte call that must
/// not become a jump, nor be merged with another return's), then the
/// results are read from memory, as the calls left them.
void CodeGen::emitDeferExit(SignatureType *Sig) {
  // Each deferred call returns to the call instruction itself, not after
  // it, and a traceback looks up the line of the instruction before its
  // return address: a store, which stays, with the return's line.
  B.CreateStore(B.getInt8(0), entryAlloca(B.getInt8Ty(), "exit.line"),
                /*isVolatile=*/true);
  auto *Call = cast<llvm::CallInst>(rt(RtFn::deferreturn, {}));
  Call->setTailCallKind(llvm::CallInst::TCK_NoTail);
  Call->addFnAttr(llvm::Attribute::NoMerge);
  std::vector<Value *> Vals;
  for (size_t I = 0; I < Cur->ResultSlots.size(); ++I) {
    Type *T = Sig->Results[I];
    Value *Addr = Cur->ResultSlots[I];
    if (Cur->ResultInCell[I])
      Addr = B.CreateLoad(PtrTy, Addr, /*isVolatile=*/true);
    Vals.push_back(resultValue(I, loadValue(T, Addr)));
  }
  emitRet(Vals);
}

/// Returns the results Vals: none, one, or an aggregate of them all.
void CodeGen::emitRet(llvm::ArrayRef<Value *> Vals) {
  if (Vals.empty()) {
    B.CreateRetVoid();
  } else if (Vals.size() == 1) {
    B.CreateRet(Vals[0]);
  } else {
    Value *Agg = llvm::UndefValue::get(Cur->Fn->getReturnType());
    for (size_t I = 0; I < Vals.size(); ++I)
      Agg = B.CreateInsertValue(Agg, Vals[I], I);
    B.CreateRet(Agg);
  }
}

/// Makes O a variable of the current function, initialized to Init (or
/// zero), and describes it to the debugger.
void CodeGen::declareLocal(const Object *O, Value *Init, SourceLoc Loc,
                           unsigned ArgNo) {
  llvm::Type *MT = memType(O->T);
  Value *Addr;
  llvm::AllocaInst *DbgSlot;
  llvm::DIExpression *Expr = DIB ? DIB->createExpression() : nullptr;
  if (O->Captured || O->Escapes) {
    Addr = heapAlloc(O->T);
    DbgSlot = entryAlloca(PtrTy, O->Name + ".ref");
    B.CreateStore(Addr, DbgSlot, Cur->Defers);
    CellSlots[O] = DbgSlot;
    if (DIB)
      Expr = DIB->createExpression(
          llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref});
  } else {
    DbgSlot = entryAlloca(MT, O->Name);
    Addr = DbgSlot;
  }
  if (Init)
    storeValue(O->T, Init, Addr);
  else
    zeroMem(O->T, Addr);
  Cur->Vars[O] = Addr;
  if (DIB && O->Name != "_" && Cur->SP) {
    llvm::DILocalVariable *Var;
    if (ArgNo)
      Var = DIB->createParameterVariable(Cur->SP, O->Name, ArgNo,
                                         diFile(O->Loc), diLine(O->Loc),
                                         diType(O->T), true);
    else
      Var = DIB->createAutoVariable(Cur->SP, O->Name, diFile(O->Loc),
                                    diLine(O->Loc), diType(O->T), true);
    DIB->insertDeclare(DbgSlot, Var, Expr, diLoc(Loc, Cur->SP),
                       Cur->AllocaBB);
  }
}

Value *CodeGen::varAddr(const Object *O) {
  auto It = Cur->Vars.find(O);
  if (It != Cur->Vars.end())
    return It->second;
  auto G = Globals.find(O);
  if (G != Globals.end())
    return G->second;
  if (O->Global && !O->PkgPath.empty() && O->PkgPath != "main") {
    // Another package's variable (declared here, defined by its object).
    auto *GV = new llvm::GlobalVariable(
        M, memType(O->T), false, llvm::GlobalValue::ExternalLinkage, nullptr,
        O->PkgPath + "." + O->Name);
    Globals[O] = GV;
    return GV;
  }
  Diags.error(O->Loc, "internal error: variable " + O->Name + " has no storage");
  Failed = true;
  return entryAlloca(memType(O->T), O->Name);
}

/// In a function that defers, every variable is accessed with volatile
/// loads and stores: when deferproc returns the second time (a deferred
/// call recovered), only memory holds what the function did since.
/// An array or struct is copied into a fresh temporary, whose address is
/// the value (CGTypes.cpp).
Value *CodeGen::loadValue(Type *T, Value *Addr) {
  llvm::Type *LT = llvmType(T);
  bool Vol = Cur && Cur->Defers;
  if (isAggregate(T)) {
    llvm::Type *MT = memType(T);
    llvm::AllocaInst *Tmp = entryAlloca(MT, "tmp");
    llvm::Align A = DL.getABITypeAlign(MT);
    B.CreateMemCpy(Tmp, A, Addr, A, sizeOf(T), Vol);
    return Tmp;
  }
  if (LT->isIntegerTy(1))
    return B.CreateTrunc(B.CreateLoad(B.getInt8Ty(), Addr, Vol), LT);
  return B.CreateLoad(LT, Addr, Vol);
}

/// A string's bytes are written once, before the string exists (by the
/// runtime, which no sanitizer sees): a read of them is left out of
/// -race's checks (nosanitize), as Go's race build leaves string data
/// out (its IsSanitizerSafeAddr).
Value *CodeGen::loadStringByte(Value *Addr) {
  llvm::LoadInst *L = B.CreateLoad(B.getInt8Ty(), Addr);
  L->setMetadata(llvm::LLVMContext::MD_nosanitize,
                 llvm::MDNode::get(Ctx, {}));
  return L;
}

void CodeGen::storeValue(Type *T, Value *V, Value *Addr) {
  if (isAggregate(T)) {
    if (V == Addr)
      return;
    llvm::Align A = DL.getABITypeAlign(memType(T));
    B.CreateMemCpy(Addr, A, V, A, sizeOf(T), Cur && Cur->Defers);
    return;
  }
  if (V->getType()->isIntegerTy(1))
    V = B.CreateZExt(V, B.getInt8Ty());
  B.CreateStore(V, Addr, Cur && Cur->Defers);
}

void CodeGen::zeroMem(Type *T, Value *Addr) {
  if (!isAggregate(T))
    return storeValue(T, zeroValue(T), Addr);
  B.CreateMemSet(Addr, B.getInt8(0), sizeOf(T),
                 DL.getABITypeAlign(memType(T)), Cur && Cur->Defers);
}

/// Result I returned as V: an array or struct goes into the caller's
/// memory, whose address is what the function returns for it.
Value *CodeGen::resultValue(unsigned I, Value *V) {
  if (I >= Cur->ResultPtrs.size() || !Cur->ResultPtrs[I])
    return V;
  storeValue(Cur->FI->Sig->Results[I], V, Cur->ResultPtrs[I]);
  return Cur->ResultPtrs[I];
}

/// The end of a wrapper: returns Fn(Args) through a tail call. `defer fv()`
/// with fv == f calls f through its wrapper: f must see defer's call to
/// recover.
void CodeGen::forwardCall(llvm::IRBuilder<> &WB, llvm::Function *Fn,
                          llvm::ArrayRef<Value *> Args) {
  llvm::CallInst *R = WB.CreateCall(Fn, Args);
  allowTailCall(R);
  if (R->getType()->isVoidTy())
    WB.CreateRetVoid();
  else
    WB.CreateRet(R);
}

/// The closure object of package function O: constant { wrapper }.
llvm::Constant *CodeGen::funcValueOf(const Object *O) {
  llvm::Function *Fn = Funcs.lookup(O);
  std::string Name = Fn->getName().str() + "·f";
  if (auto *GV = M.getNamedGlobal(Name))
    return GV;
  auto *Sig = cast<SignatureType>(underlying(O->T));
  auto *W = llvm::Function::Create(funcType(Sig, true),
                                   llvm::GlobalValue::InternalLinkage,
                                   Fn->getName() + "·fw", M);
  setGoAttrs(W);
  llvm::IRBuilder<> WB(BasicBlock::Create(Ctx, "entry", W));
  std::vector<Value *> Args;
  for (unsigned I = 1; I < W->arg_size(); ++I)
    Args.push_back(W->getArg(I));
  forwardCall(WB, Fn, Args);
  auto *Init = llvm::ConstantStruct::getAnon(Ctx, {W});
  auto *GV = new llvm::GlobalVariable(M, Init->getType(), true,
                                      llvm::GlobalValue::InternalLinkage, Init,
                                      Name);
  return GV;
}

void CodeGen::emitFuncLit(const PendingLit &P) {
  FuncState FS;
  FuncState *Saved = Cur;
  Cur = &FS;
  FS.FI = &Info.Funcs[P.FL];
  beginFunction(P.Fn, P.FL, P.Name, P.FL->getLoc(), true);
  emitBlock(P.FL->Body->List);
  setLoc(P.FL->Body->RBrace);
  finishFunction(FS.FI->Sig);
  Cur = Saved;
}

void CodeGen::emitPendingLits() {
  while (!Lits.empty()) {
    PendingLit L = Lits.front();
    Lits.pop_front();
    emitFuncLit(L);
  }
}

/// A function literal's value: its closure object, with the cells of the
/// variables it captures.
Value *CodeGen::emitFuncLitValue(const FuncLit *FL) {
  const FuncInfo &FI = Info.Funcs[FL];
  // One in a package variable's initializer (in main.init) is gc's
  // main.glob..funcN.
  std::string Outer = Cur->Name == "main.init" ? "main.glob." : Cur->Name;
  std::string Name = Outer + ".func" + std::to_string(++Cur->NumLits);
  if (isa<FuncLit>(Cur->Decl))
    Name = Cur->Name + "." + std::to_string(Cur->NumLits);
  auto *Fn = llvm::Function::Create(funcType(FI.Sig, true),
                                    llvm::GlobalValue::InternalLinkage, Name, M);
  setGoAttrs(Fn);
  Lits.push_back({FL, Fn, Name});
  LitNames[FL] = Name;
  if (FI.Captures.empty()) {
    auto *Init = llvm::ConstantStruct::getAnon(Ctx, {Fn});
    return new llvm::GlobalVariable(M, Init->getType(), true,
                                    llvm::GlobalValue::InternalLinkage, Init,
                                    Name + "·f");
  }
  uint64_t PS = DL.getPointerSize();
  Value *Clo = mal(PS * (1 + FI.Captures.size()));
  B.CreateStore(Fn, Clo);
  for (size_t I = 0; I < FI.Captures.size(); ++I)
    B.CreateStore(varAddr(FI.Captures[I]),
                  B.CreateConstGEP1_64(PtrTy, Clo, I + 1));
  return Clo;
}
