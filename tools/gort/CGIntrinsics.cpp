//===- CGIntrinsics.cpp - Library functions the compiler writes -----------===//
//
// A library function declared without a body is an external symbol that
// the runtime defines (docs/ABI.md, "Bodyless functions"), except the ones
// below, whose bodies the compiler writes itself, as gc makes intrinsics of
// them: what Go code cannot say without unsafe (a float's bits) and what
// is one instruction (the square root). They are always inlined, so that
// at -O0 too a float's bits never pass through 386's x87 return register
// (which would quiet a signaling NaN).
//
//   math.Float64bits, Float64frombits, Float32bits, Float32frombits  bitcast
//   math.Sqrt                  llvm.sqrt (sqrtsd on amd64 and 386, vsqrt.f64)
//   math.goarch() int          the target: 1 amd64, 2 386, 3 arm
//   math.fmaAMD64(x, y, z)     llvm.fma with the fma feature (vfmadd); only
//                              called where the CPU has FMA (x86HasFMA)
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/IR/Intrinsics.h"

using namespace gort;
using namespace gort::cg;

bool CodeGen::emitIntrinsicBody(llvm::Function *Fn, llvm::StringRef Sym) {
  enum { Bitcast, Sqrt, Arch, FMA } What;
  if (Sym == "math.Float64bits" || Sym == "math.Float64frombits" ||
      Sym == "math.Float32bits" || Sym == "math.Float32frombits")
    What = Bitcast;
  else if (Sym == "math.Sqrt")
    What = Sqrt;
  else if (Sym == "math.goarch")
    What = Arch;
  else if (Sym == "math.fmaAMD64")
    What = FMA;
  else
    return false;
  llvm::IRBuilderBase::InsertPointGuard Guard(B);
  B.SetInsertPoint(llvm::BasicBlock::Create(Ctx, "entry", Fn));
  Fn->setLinkage(llvm::GlobalValue::InternalLinkage);
  Fn->addFnAttr(llvm::Attribute::AlwaysInline);
  Fn->addFnAttr(llvm::Attribute::NoUnwind);
  llvm::Type *Ret = Fn->getReturnType();
  switch (What) {
  case Bitcast:
    B.CreateRet(B.CreateBitCast(Fn->getArg(0), Ret));
    break;
  case Sqrt:
    B.CreateRet(B.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, Fn->getArg(0)));
    break;
  case Arch: {
    unsigned Id = 3;
    if (TT.getArch() == llvm::Triple::x86_64)
      Id = 1;
    else if (TT.getArch() == llvm::Triple::x86)
      Id = 2;
    B.CreateRet(llvm::ConstantInt::get(Ret, Id));
    break;
  }
  case FMA: {
    llvm::Value *X = Fn->getArg(0), *Y = Fn->getArg(1), *Z = Fn->getArg(2);
    if (TT.getArch() != llvm::Triple::x86_64) { // never called there
      B.CreateRet(B.CreateFAdd(B.CreateFMul(X, Y), Z));
      break;
    }
    // Not inlined: the fma feature is the function's only.
    Fn->removeFnAttr(llvm::Attribute::AlwaysInline);
    Fn->addFnAttr(llvm::Attribute::NoInline);
    Fn->addFnAttr("target-features", "+fma");
    B.CreateRet(B.CreateIntrinsic(llvm::Intrinsic::fma, {X->getType()},
                                  {X, Y, Z}));
    break;
  }
  }
  return true;
}
