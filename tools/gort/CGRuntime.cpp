//===- CGRuntime.cpp - Calls of the runtime -------------------------------===//
//
// Runtime calls. Every runtime entry point is a row of
// runtime/include/gort/runtime.def; RuntimeEntries.h turns the rows into
// RtFn and a table of type codes, and rtDecl declares a row's function the
// first time it is called, from its codes alone, with the target's C ABI
// (docs/ABI.md, "How compiled code calls the runtime"):
//   bool              i1, zeroext (as a parameter and as a result)
//   int32 uint32      i32;  int64 uint64 i64;  float64 double
//   int uintptr       the target's word (IntTy)
//   every pointer     ptr (ptr cptr type chan g fn scase boolp u32p map
//                     slicep hiter funcval mutexp rwmutexp wgp oncep
//                     timerp ...)
//   str eface         gort.h's two-word structs (GoString, GoEface), lowered
//                     per PairPass: as a parameter, two scalars on x86-64,
//                     a pointer to a byval copy on i386, [2 x i32] on ARM;
//                     as a result, the struct itself (rax:rdx) on x86-64,
//                     through a hidden sret pointer (the first parameter)
//                     on i386 and ARM
//   noreturn          the function is noreturn; returns_twice likewise
// A call copies its declaration's attributes. No runtime symbol is spelled
// anywhere else in the code generator: a call names its row,
// rt(RtFn::chansend1, {Ch, Elem}), and rt checks the arguments' types
// against the row.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "gort/gort.h"
#include "llvm/Support/ErrorHandling.h"

using namespace gort;
using namespace gort::cg;

/// Every heap object the compiler makes comes from runtime.mallocgc, which
/// returns zeroed memory; the flag tells the collector whether to scan it.
Value *CodeGen::mallocgc(uint64_t Size, bool NoPointers) {
  return rt(RtFn::mallocgc,
            {llvm::ConstantInt::get(IntTy, Size ? Size : 1),
             B.getInt32(NoPointers ? GORT_FLAG_NOPOINTERS : 0)});
}

/// An object that may hold pointers (closure objects, cells).
Value *CodeGen::mal(uint64_t Size) { return mallocgc(Size, false); }

Value *CodeGen::heapAlloc(Type *T) {
  return mallocgc(sizeOf(T), !hasPointers(T));
}

static bool isPair(RtType T) {
  return T == RtType::T_str || T == RtType::T_eface || T == RtType::T_iface;
}

/// The LLVM type of a value of runtime.def's type code T, before the C ABI
/// lowering of two-word structs.
llvm::Type *CodeGen::rtType(RtType T) {
  switch (T) {
  case RtType::T_void:
    return B.getVoidTy();
  case RtType::T_bool:
    return B.getInt1Ty();
  case RtType::T_int32:
  case RtType::T_uint32:
    return B.getInt32Ty();
  case RtType::T_int64:
  case RtType::T_uint64:
    return B.getInt64Ty();
  case RtType::T_float64:
    return B.getDoubleTy();
  case RtType::T_int:
  case RtType::T_uintptr:
    return IntTy;
  case RtType::T_ptr:
  case RtType::T_cptr:
  case RtType::T_type:
  case RtType::T_chan:
  case RtType::T_g:
  case RtType::T_fn:
  case RtType::T_scase:
  case RtType::T_boolp:
  case RtType::T_u32p:
  case RtType::T_map:
  case RtType::T_slicep:
  case RtType::T_hiter:
  case RtType::T_funcval:
  case RtType::T_mutexp:
  case RtType::T_rwmutexp:
  case RtType::T_wgp:
  case RtType::T_oncep:
  case RtType::T_bytepp:
  case RtType::T_uintptrp:
  case RtType::T_spanpp:
  case RtType::T_memstatsp:
  case RtType::T_timerp:
  case RtType::T_itype:
  case RtType::T_itab:
    return PtrTy;
  case RtType::T_str:
    return StringTy;
  case RtType::T_eface:
  case RtType::T_iface: // { tab, data }: the same two pointers
    return EfaceTy;
  }
  llvm_unreachable("runtime.def type code");
}

/// Whether a result of type code T comes back through a hidden pointer.
bool CodeGen::rtSRet(RtType T) {
  return isPair(T) && PairPass != PairABI::Split;
}

/// The declaration of row F, made from its type codes on first use.
llvm::Function *CodeGen::rtDecl(RtFn F) {
  const RtEntry &E = rtEntry(F);
  if (llvm::Function *Fn = M.getFunction(E.Symbol))
    return Fn;
  std::vector<llvm::Type *> Params;
  // Parameter attributes, by the index of the lowered parameter.
  std::vector<std::pair<unsigned, llvm::Attribute>> Attrs;
  llvm::Type *Ret = rtType(E.Ret);
  if (rtSRet(E.Ret)) {
    Attrs.push_back({0, llvm::Attribute::getWithStructRetType(Ctx, Ret)});
    Params.push_back(PtrTy);
    Ret = B.getVoidTy();
  }
  for (unsigned I = 0; I < E.NumParams; ++I) {
    llvm::Type *T = rtType(E.Params[I]);
    if (!isPair(E.Params[I])) {
      if (T->isIntegerTy(1))
        Attrs.push_back(
            {Params.size(), llvm::Attribute::get(Ctx, llvm::Attribute::ZExt)});
      Params.push_back(T);
      continue;
    }
    auto *ST = cast<llvm::StructType>(T);
    switch (PairPass) {
    case PairABI::Split:
      for (llvm::Type *Elem : ST->elements())
        Params.push_back(Elem);
      break;
    case PairABI::ByVal:
      Attrs.push_back(
          {Params.size(), llvm::Attribute::getWithByValType(Ctx, ST)});
      Attrs.push_back({Params.size(),
                       llvm::Attribute::getWithAlignment(
                           Ctx, llvm::Align(DL.getPointerSize()))});
      Params.push_back(PtrTy);
      break;
    case PairABI::IntArray:
      Params.push_back(llvm::ArrayType::get(
          IntTy, DL.getTypeAllocSize(ST) / DL.getTypeAllocSize(IntTy)));
      break;
    }
  }
  auto *Fn = llvm::Function::Create(llvm::FunctionType::get(Ret, Params, false),
                                    llvm::GlobalValue::ExternalLinkage,
                                    E.Symbol, M);
  for (auto &A : Attrs)
    Fn->addParamAttr(A.first, A.second);
  if (Ret->isIntegerTy(1))
    Fn->addRetAttr(llvm::Attribute::ZExt);
  if (E.Attr == RtAttr::noreturn)
    Fn->setDoesNotReturn();
  if (E.Attr == RtAttr::returns_twice)
    Fn->addFnAttr(llvm::Attribute::ReturnsTwice);
  if (E.Attr == RtAttr::malloc)
    Fn->addRetAttr(llvm::Attribute::NoAlias);
  return Fn;
}

/// Calls row F with Args, values of the row's parameter types (a str or
/// eface as one struct value), lowering them per PairPass. Returns the
/// result as a value of the row's result type (a str or eface loaded from
/// its sret slot), else the call.
Value *CodeGen::rt(RtFn F, llvm::ArrayRef<Value *> Args) {
  const RtEntry &E = rtEntry(F);
  bool Ok = Args.size() == E.NumParams;
  for (unsigned I = 0; Ok && I < E.NumParams; ++I)
    Ok = Args[I]->getType() == rtType(E.Params[I]);
  if (!Ok)
    llvm::report_fatal_error(llvm::Twine("gort: internal error: call of ") +
                             E.Symbol + " does not match runtime.def");
  std::vector<Value *> Actual;
  Value *RetSlot = nullptr;
  if (rtSRet(E.Ret)) {
    RetSlot = entryAlloca(rtType(E.Ret), "pairret");
    Actual.push_back(RetSlot);
  }
  for (Value *A : Args) {
    auto *ST = dyn_cast<llvm::StructType>(A->getType());
    if (!ST) {
      Actual.push_back(A);
      continue;
    }
    switch (PairPass) {
    case PairABI::Split:
      for (unsigned I = 0; I < ST->getNumElements(); ++I)
        Actual.push_back(B.CreateExtractValue(A, I));
      break;
    case PairABI::ByVal: {
      auto *Tmp = entryAlloca(ST, "byval");
      B.CreateStore(A, Tmp);
      Actual.push_back(Tmp);
      break;
    }
    case PairABI::IntArray: {
      auto *AT = llvm::ArrayType::get(IntTy, DL.getTypeAllocSize(ST) /
                                                 DL.getTypeAllocSize(IntTy));
      auto *Tmp = entryAlloca(ST, "pair");
      B.CreateStore(A, Tmp);
      Actual.push_back(B.CreateLoad(AT, Tmp));
      break;
    }
    }
  }
  llvm::Function *Fn = rtDecl(F);
  llvm::CallInst *CI = B.CreateCall(Fn, Actual);
  CI->setAttributes(Fn->getAttributes());
  if (RetSlot)
    return B.CreateLoad(rtType(E.Ret), RetSlot);
  return CI;
}

/// Calls row F, which does not return, and goes on in a dead block.
void CodeGen::rtNoReturn(RtFn F, llvm::ArrayRef<Value *> Args) {
  rt(F, Args);
  B.CreateUnreachable();
  startBlock(newBlock("dead"));
}
