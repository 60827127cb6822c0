//===- CGRuntime.cpp - Calls of the runtime -------------------------------===//
//
// Runtime calls follow the target's C ABI; gort.h's two-word structs
// (GoString, GoEface) passed by value are lowered here per target
// (rtCall): two scalar arguments on x86-64, byval on i386, [2 x i32]
// on ARM; returned (rtCallPair) in rax:rdx on x86-64, through sret
// elsewhere.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"

using namespace gort;
using namespace gort::cg;

Value *CodeGen::mal(uint64_t Size) {
  return rtCall("runtime.mal", PtrTy,
                {llvm::ConstantInt::get(IntTy, Size ? Size : 1)});
}

llvm::FunctionCallee CodeGen::rtFunc(StringRef Name, llvm::Type *Ret,
                                     llvm::ArrayRef<llvm::Type *> Params,
                                     bool NoReturn, bool BoolRet) {
  auto *FT = llvm::FunctionType::get(Ret, Params, false);
  llvm::FunctionCallee FC = M.getOrInsertFunction(Name, FT);
  if (auto *Fn = dyn_cast<llvm::Function>(FC.getCallee())) {
    if (NoReturn)
      Fn->setDoesNotReturn();
    for (unsigned I = 0; I < Params.size(); ++I)
      if (Params[I]->isIntegerTy(1))
        Fn->addParamAttr(I, llvm::Attribute::ZExt);
    if (BoolRet)
      Fn->addRetAttr(llvm::Attribute::ZExt);
  }
  return FC;
}

/// Calls a runtime function with the target's C ABI: two-word structs
/// (GoString, GoEface) are lowered per PairPass.
llvm::CallInst *CodeGen::rtCall(StringRef Name, llvm::Type *Ret,
                                llvm::ArrayRef<Value *> Args, bool NoReturn,
                                bool BoolRet) {
  std::vector<llvm::Type *> Params;
  std::vector<Value *> Actual;
  std::vector<std::pair<unsigned, llvm::Type *>> ByVal;
  for (Value *A : Args) {
    auto *ST = dyn_cast<llvm::StructType>(A->getType());
    if (!ST) {
      Params.push_back(A->getType());
      Actual.push_back(A);
      continue;
    }
    switch (PairPass) {
    case PairABI::Split:
      for (unsigned I = 0; I < ST->getNumElements(); ++I) {
        Params.push_back(ST->getElementType(I));
        Actual.push_back(B.CreateExtractValue(A, I));
      }
      break;
    case PairABI::ByVal: {
      auto *Tmp = entryAlloca(ST, "byval");
      B.CreateStore(A, Tmp);
      ByVal.push_back({unsigned(Params.size()), ST});
      Params.push_back(PtrTy);
      Actual.push_back(Tmp);
      break;
    }
    case PairABI::IntArray: {
      auto *AT = llvm::ArrayType::get(IntTy, DL.getTypeAllocSize(ST) /
                                                 DL.getTypeAllocSize(IntTy));
      auto *Tmp = entryAlloca(ST, "pair");
      B.CreateStore(A, Tmp);
      Params.push_back(AT);
      Actual.push_back(B.CreateLoad(AT, Tmp));
      break;
    }
    }
  }
  llvm::FunctionCallee FC = rtFunc(Name, Ret, Params, NoReturn, BoolRet);
  auto *Fn = cast<llvm::Function>(FC.getCallee());
  for (auto &BV : ByVal) {
    Fn->addParamAttr(BV.first,
                     llvm::Attribute::getWithByValType(Ctx, BV.second));
    Fn->addParamAttr(BV.first, llvm::Attribute::getWithAlignment(
                                   Ctx, llvm::Align(DL.getPointerSize())));
  }
  llvm::CallInst *CI = B.CreateCall(FC, Actual);
  CI->setAttributes(Fn->getAttributes());
  return CI;
}

/// Calls a runtime function that returns a two-word struct: in rax:rdx on
/// x86-64, through a hidden pointer (sret) on i386 and ARM.
Value *CodeGen::rtCallPair(StringRef Name, llvm::ArrayRef<Value *> Args) {
  if (PairPass == PairABI::Split)
    return rtCall(Name, EfaceTy, Args);
  auto *Tmp = entryAlloca(EfaceTy, "pairret");
  std::vector<Value *> All{Tmp};
  All.insert(All.end(), Args.begin(), Args.end());
  llvm::CallInst *CI = rtCall(Name, B.getVoidTy(), All);
  auto SRet = llvm::Attribute::getWithStructRetType(Ctx, EfaceTy);
  CI->getCalledFunction()->addParamAttr(0, SRet);
  CI->addParamAttr(0, SRet);
  return B.CreateLoad(EfaceTy, Tmp);
}

void CodeGen::rtNoReturn(StringRef Name, llvm::ArrayRef<Value *> Args) {
  rtCall(Name, B.getVoidTy(), Args, /*NoReturn=*/true);
  B.CreateUnreachable();
  startBlock(newBlock("dead"));
}
