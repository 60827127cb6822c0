//===- CGAlg.cpp - Type algorithms: the hash and equal of descriptors -----===//
//
// Go's type algorithms (cmd/compile/internal/reflectdata/alg.go): every
// comparable type's descriptor points at a hash function, hash(p, seed),
// and an equal function, equal(p, q) (docs/ABI.md, "Type algorithms and
// maps"); maps hash and compare keys with them, and nilinterhash and
// nilinterequal reach them through an interface's dynamic type.
//
//   bool, ints, uintptr,      memhash8 .. memhash64 by size (and
//   chans, pointers           memequal8 .. memequal64)
//   string                    strhash, strequal
//   float32, float64          f32hash, f64hash (+0 == -0, NaN != NaN)
//   interface{}               nilinterhash, nilinterequal
//   other interfaces          interhash, interequal (GoIface)
//   structs, arrays           plain memory (ints, pointers, ... without
//                             padding) of 1, 2, 4, 8 or 16 bytes:
//                             memhashN; otherwise a function made here,
//                             linkonce_odr, named as gc names it
//                             ("type..hash.main.T", "type..eq.[3]string")
//   slices, maps, funcs       none (null): not comparable
//
// A made function hashes a struct field by field, skipping blank fields
// and padding, and each run of adjacent plain-memory fields with one
// memhash call (memhash of 4 and 8 bytes equals memhash32 and memhash64);
// an array whose elements are not plain memory loops over them. Equal
// functions compare the same pieces and stop at the first difference.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"

using namespace gort;
using namespace gort::cg;

/// gc's AMEM: values of T are equal exactly when their bytes are, and
/// have no padding.
bool CodeGen::isPlainMemory(Type *T) {
  Type *U = underlying(T);
  switch (U->getKind()) {
  case Type::TK_Basic: {
    BasicKind K = basicKind(U);
    return K != BasicKind::String && !isFloat(U) && K != BasicKind::Invalid;
  }
  case Type::TK_Chan:
  case Type::TK_Pointer:
    return true;
  case Type::TK_Array:
    return isPlainMemory(cast<ArrayTy>(U)->Elem);
  case Type::TK_Struct: {
    auto *ST = cast<StructTy>(U);
    uint64_t End = 0;
    std::vector<uint64_t> Offs = fieldOffsets(ST);
    for (size_t I = 0; I < ST->Fields.size(); ++I) {
      const StructField &F = ST->Fields[I];
      if (F.Name == "_" || Offs[I] != End || !isPlainMemory(F.T))
        return false;
      End = Offs[I] + sizeOf(F.T);
    }
    return End == sizeOf(U);
  }
  default:
    return false;
  }
}

/// Each field's offset in a struct value: memType's LLVM struct layout.
std::vector<uint64_t> CodeGen::fieldOffsets(StructTy *ST) {
  const llvm::StructLayout *SL =
      DL.getStructLayout(cast<llvm::StructType>(memType(ST)));
  std::vector<uint64_t> Offs;
  for (unsigned I = 0; I < ST->Fields.size(); ++I)
    Offs.push_back(SL->getElementOffset(I));
  return Offs;
}

/// The hash (Equal false) or equal function of the runtime for plain
/// memory of Size bytes, if it has one of that size.
static std::optional<RtFn> memAlg(uint64_t Size, bool Equal) {
  switch (Size) {
  case 1: return Equal ? RtFn::memequal8 : RtFn::memhash8;
  case 2: return Equal ? RtFn::memequal16 : RtFn::memhash16;
  case 4: return Equal ? RtFn::memequal32 : RtFn::memhash32;
  case 8: return Equal ? RtFn::memequal64 : RtFn::memhash64;
  case 16: return Equal ? RtFn::memequal128 : RtFn::memhash128;
  default: return std::nullopt;
  }
}

/// T's hash (Equal false) or equal function; null if T is not comparable.
llvm::Constant *CodeGen::algFn(Type *T, bool Equal) {
  Type *U = underlying(T);
  if (!comparable(U))
    return llvm::ConstantPointerNull::get(PtrTy);
  if (isString(U))
    return rtDecl(Equal ? RtFn::strequal : RtFn::strhash);
  if (basicKind(U) == BasicKind::Float32)
    return rtDecl(Equal ? RtFn::f32equal : RtFn::f32hash);
  if (basicKind(U) == BasicKind::Float64)
    return rtDecl(Equal ? RtFn::f64equal : RtFn::f64hash);
  if (isa<EmptyInterfaceType>(U))
    return rtDecl(Equal ? RtFn::nilinterequal : RtFn::nilinterhash);
  if (isInterface(U))
    return rtDecl(Equal ? RtFn::interequal : RtFn::interhash);
  if (isPlainMemory(U))
    if (auto F = memAlg(sizeOf(U), Equal))
      return rtDecl(*F);
  return madeAlgFn(T, Equal);
}

/// gc's name of a made hash or equal function of T.
std::string CodeGen::algName(Type *T, bool Equal) {
  return (Equal ? "type..eq." : "type..hash.") + typeName(T, /*Key=*/true);
}

/// Calls Fn, a hash or equal function (a runtime row or a made one).
static Value *callAlg(llvm::IRBuilder<> &B, llvm::Constant *Fn,
                      llvm::ArrayRef<Value *> Args) {
  auto *F = cast<llvm::Function>(Fn);
  llvm::CallInst *CI = B.CreateCall(F, Args);
  CI->setAttributes(F->getAttributes());
  return CI;
}

/// The function made for a struct or array type that is not plain memory
/// of a size the runtime has a function for.
llvm::Constant *CodeGen::madeAlgFn(Type *T, bool Equal) {
  // Types of one name that are not identical (local types of two
  // functions) have keys of their own (typeName).
  std::string Name = algName(T, Equal);
  llvm::Function *&Made = AlgFns[Name];
  if (Made)
    return Made;
  llvm::Type *RetT = Equal ? B.getInt1Ty() : IntTy;
  auto *FT = llvm::FunctionType::get(
      RetT, {PtrTy, Equal ? (llvm::Type *)PtrTy : (llvm::Type *)IntTy}, false);
  auto *Fn = llvm::Function::Create(FT, llvm::GlobalValue::LinkOnceODRLinkage,
                                    Name, M);
  Made = Fn;
  setGoAttrs(Fn);
  if (Equal)
    Fn->addRetAttr(llvm::Attribute::ZExt);
  // The function is made now, between the statements of another one.
  llvm::IRBuilderBase::InsertPointGuard Guard(B);
  FuncState *Saved = Cur;
  Cur = nullptr;
  B.SetCurrentDebugLocation(llvm::DebugLoc());
  B.SetInsertPoint(BasicBlock::Create(Ctx, "entry", Fn));
  Value *P = Fn->getArg(0), *Q = Fn->getArg(1);
  BasicBlock *False =
      Equal ? BasicBlock::Create(Ctx, "ne", Fn) : nullptr;
  // One piece: Size bytes of plain memory at Off, or a value of type PT.
  Value *H = Q; // the running hash
  auto Piece = [&](Value *Off, Type *PT, uint64_t Size) {
    Value *PP = B.CreateInBoundsGEP(B.getInt8Ty(), P, Off);
    if (!Equal) {
      if (PT)
        H = callAlg(B, algFn(PT, false), {PP, H});
      else
        H = rt(RtFn::memhash, {PP, H, llvm::ConstantInt::get(IntTy, Size)});
      return;
    }
    Value *QP = B.CreateInBoundsGEP(B.getInt8Ty(), Q, Off);
    Value *Eq = PT ? callAlg(B, algFn(PT, true), {PP, QP})
                   : rt(RtFn::memequal,
                        {PP, QP, llvm::ConstantInt::get(IntTy, Size)});
    BasicBlock *Next = BasicBlock::Create(Ctx, "eq", Fn);
    B.CreateCondBr(Eq, Next, False);
    B.SetInsertPoint(Next);
  };
  Type *U = underlying(T);
  if (auto *AT = dyn_cast<ArrayTy>(U)) {
    uint64_t ES = sizeOf(AT->Elem);
    if (isPlainMemory(AT->Elem)) {
      Piece(llvm::ConstantInt::get(IntTy, 0), nullptr, ES * AT->Len);
    } else if (AT->Len > 0) {
      // for i := 0; i < len; i++ { piece(a[i]) }
      BasicBlock *Pre = B.GetInsertBlock();
      BasicBlock *Loop = BasicBlock::Create(Ctx, "elem", Fn);
      B.CreateBr(Loop);
      B.SetInsertPoint(Loop);
      llvm::PHINode *I = B.CreatePHI(IntTy, 2, "i");
      I->addIncoming(llvm::ConstantInt::get(IntTy, 0), Pre);
      llvm::PHINode *HPhi = nullptr;
      if (!Equal) {
        HPhi = B.CreatePHI(IntTy, 2, "h");
        HPhi->addIncoming(H, Pre);
        H = HPhi;
      }
      Piece(B.CreateMul(I, llvm::ConstantInt::get(IntTy, ES)), AT->Elem, ES);
      Value *Next = B.CreateAdd(I, llvm::ConstantInt::get(IntTy, 1));
      BasicBlock *Latch = B.GetInsertBlock();
      I->addIncoming(Next, Latch);
      if (HPhi)
        HPhi->addIncoming(H, Latch);
      BasicBlock *Done = BasicBlock::Create(Ctx, "done", Fn);
      B.CreateCondBr(
          B.CreateICmpULT(Next, llvm::ConstantInt::get(IntTy, AT->Len)), Loop,
          Done);
      B.SetInsertPoint(Done);
    }
  } else if (auto *ST = dyn_cast<StructTy>(U)) {
    std::vector<uint64_t> Offs = fieldOffsets(ST);
    size_t N = ST->Fields.size();
    for (size_t I = 0; I < N;) {
      const StructField &F = ST->Fields[I];
      if (F.Name == "_" || sizeOf(F.T) == 0) {
        ++I;
        continue;
      }
      if (!isPlainMemory(F.T)) {
        Piece(llvm::ConstantInt::get(IntTy, Offs[I]), F.T, 0);
        ++I;
        continue;
      }
      // A run of adjacent plain-memory fields: one piece.
      uint64_t End = Offs[I] + sizeOf(F.T);
      size_t J = I + 1;
      for (; J < N && ST->Fields[J].Name != "_" &&
             isPlainMemory(ST->Fields[J].T) && Offs[J] == End;
           ++J)
        End = Offs[J] + sizeOf(ST->Fields[J].T);
      Piece(llvm::ConstantInt::get(IntTy, Offs[I]), nullptr, End - Offs[I]);
      I = J;
    }
  } else {
    // Plain memory of another size.
    Piece(llvm::ConstantInt::get(IntTy, 0), nullptr, sizeOf(U));
  }
  if (Equal) {
    B.CreateRet(B.getInt1(true));
    B.SetInsertPoint(False);
    B.CreateRet(B.getInt1(false));
  } else {
    B.CreateRet(H);
  }
  Cur = Saved;
  return Fn;
}
