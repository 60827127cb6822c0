//===- CGSlice.cpp - Slices, strings and arrays ---------------------------===//
//
// Index and slice expressions on arrays, pointers to arrays, slices and
// strings; len, cap, make, append and copy of slices; string concatenation,
// comparison and conversions; range over these sequences; the packing of
// variadic arguments. The runtime side is docs/ABI.md, "Slices and
// strings".
//
// Bounds checks are Go's (ssagen's boundsCheck and slice): an index or
// slice bound, sign- or zero-extended to the wider of its type and int, is
// compared unsigned with the bound, so a negative index fails the same
// compare; a failure calls runtime.panicbounds(x, y, GORT_BOUNDS_<code>),
// or'ed with GORT_BOUNDS_UNSIGNED for an unsigned x, in a block of its own
// that LLVM treats as cold (panicbounds is noreturn; the branch is marked
// unlikely). A check LLVM can prove never fails folds away. Slice bounds
// are checked in gc's order (the last bound first, each against the next),
// so the message names the bound gc names. A slice's new array pointer is
// ptr + (i * size & mask), mask 0 when the new capacity is 0, so that it
// never points past the old array (gc's Slicemask).
//
// append(s, x...) grows s through runtime.growslice when len + n > cap,
// then stores the new elements and sets the length. A call of a variadic
// function packs the arguments of its ... parameter into a new array
// (mallocgc), or passes nil for none.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "gort/gort.h"
#include "llvm/IR/MDBuilder.h"

using namespace gort;
using namespace gort::cg;

Value *CodeGen::sliceValue(Value *Ptr, Value *Len, Value *Cap) {
  Value *S = llvm::UndefValue::get(SliceHdrTy);
  S = B.CreateInsertValue(S, Ptr, 0);
  S = B.CreateInsertValue(S, Len, 1);
  return B.CreateInsertValue(S, Cap, 2);
}

Value *CodeGen::stringValue(Value *Ptr, Value *Len) {
  Value *S = llvm::UndefValue::get(StringTy);
  S = B.CreateInsertValue(S, Ptr, 0);
  return B.CreateInsertValue(S, Len, 1);
}

/// Branches to a cold block calling runtime.panicbounds(X, Bound, Code)
/// when Fail holds; goes on in the block where it does not.
void CodeGen::panicIf(Value *Fail, Value *X, bool XUnsigned, Value *Bound,
                      int Code) {
  if (auto *C = dyn_cast<llvm::ConstantInt>(Fail); C && C->isZero())
    return;
  BasicBlock *Panic = newBlock("bounds.fail"), *Ok = newBlock("bounds.ok");
  llvm::MDBuilder MDB(Ctx);
  B.CreateCondBr(Fail, Panic, Ok, MDB.createUnlikelyBranchWeights());
  startBlock(Panic);
  Value *X64 = XUnsigned ? B.CreateZExtOrTrunc(X, B.getInt64Ty())
                         : B.CreateSExtOrTrunc(X, B.getInt64Ty());
  rt(RtFn::panicbounds,
     {X64, Bound, B.getInt32(Code | (XUnsigned ? GORT_BOUNDS_UNSIGNED : 0))});
  B.CreateUnreachable();
  startBlock(Ok);
}

/// Checks 0 <= X < Bound (Inclusive: X <= Bound) for X of a signed or
/// unsigned integer type and Bound a non-negative int; returns X as an int.
Value *CodeGen::checkBound(Value *X, bool XUnsigned, Value *Bound, int Code,
                           bool Inclusive) {
  unsigned XW = X->getType()->getIntegerBitWidth();
  unsigned W = std::max(XW, IntTy->getBitWidth());
  llvm::Type *WT = B.getIntNTy(W);
  Value *XExt = XUnsigned ? B.CreateZExt(X, WT) : B.CreateSExt(X, WT);
  Value *BExt = B.CreateZExt(Bound, WT);
  Value *Fail = Inclusive ? B.CreateICmpUGT(XExt, BExt)
                          : B.CreateICmpUGE(XExt, BExt);
  panicIf(Fail, X, XUnsigned, Bound, Code);
  return XUnsigned ? B.CreateZExtOrTrunc(X, IntTy)
                   : B.CreateSExtOrTrunc(X, IntTy);
}

/// The array, length and capacity of a sequence: a slice or string value,
/// or an array (at its address) or pointer to an array. For an array
/// expression that is not addressable, a copy in a temporary.
CodeGen::Seq CodeGen::emitSeq(const Expr *X) {
  Seq S;
  Type *U = underlying(typeOf(X));
  if (isString(U)) {
    Value *V = emitExpr(X);
    S.Ptr = B.CreateExtractValue(V, 0);
    S.Len = S.Cap = B.CreateExtractValue(V, 1);
    S.Elem = Info.Types.byteType();
    S.IsString = true;
    return S;
  }
  if (auto *ST = dyn_cast<gort::SliceTy>(U)) {
    Value *V = emitExpr(X);
    S.Ptr = B.CreateExtractValue(V, 0);
    S.Len = B.CreateExtractValue(V, 1);
    S.Cap = B.CreateExtractValue(V, 2);
    S.Elem = ST->Elem;
    S.IsSlice = true;
    return S;
  }
  ArrayTy *AT = dyn_cast<ArrayTy>(U);
  if (AT) {
    const TypeAndValue *TV = tv(X);
    // An array value is the address of its memory (CGTypes.cpp).
    S.Ptr = TV && TV->M == TypeAndValue::Variable ? emitAddr(X) : emitExpr(X);
  } else {
    AT = cast<ArrayTy>(underlying(cast<PointerTy>(U)->Elem));
    S.Ptr = emitExpr(X);
    nilCheck(S.Ptr);
  }
  S.Len = S.Cap = llvm::ConstantInt::get(IntTy, AT->Len);
  S.Elem = AT->Elem;
  return S;
}

/// The value of index expression E as an int, checked against Bound.
Value *CodeGen::emitIndexValue(const Expr *E, Value *Bound, int Code,
                               bool Inclusive) {
  Value *X = emitExpr(E);
  return checkBound(X, isUnsigned(typeOf(E)), Bound, Code, Inclusive);
}

/// The address of element E->Index of E->X, bounds-checked.
Value *CodeGen::indexAddr(const IndexExpr *E) {
  Seq S = emitSeq(E->X.get());
  Value *I = emitIndexValue(E->Index.get(), S.Len, GORT_BOUNDS_INDEX, false);
  return B.CreateInBoundsGEP(memType(S.Elem), S.Ptr, I);
}

Value *CodeGen::emitIndex(const IndexExpr *E) {
  setLoc(E->getLoc());
  Seq S = emitSeq(E->X.get());
  Value *I = emitIndexValue(E->Index.get(), S.Len, GORT_BOUNDS_INDEX, false);
  Value *Addr = B.CreateInBoundsGEP(memType(S.Elem), S.Ptr, I);
  return S.IsString ? loadStringByte(Addr) : loadValue(S.Elem, Addr);
}

/// x[i:j] and x[i:j:k], as gc's (*state).slice.
Value *CodeGen::emitSliceExpr(const SliceExpr *E) {
  setLoc(E->getLoc());
  Seq S = emitSeq(E->X.get());
  auto Operand = [&](const Expr *X, bool &Unsigned) -> Value * {
    if (!X)
      return nullptr;
    Unsigned = isUnsigned(typeOf(X));
    return emitExpr(X);
  };
  bool UI = false, UJ = false, UK = false;
  Value *I = Operand(E->Lo.get(), UI);
  Value *J = Operand(E->Hi.get(), UJ);
  Value *K = Operand(E->Max.get(), UK);
  setLoc(E->getLoc());
  // The last bound first, each against the next.
  if (K) {
    K = checkBound(K, UK, S.Cap,
                   S.IsSlice ? GORT_BOUNDS_SLICE3_ACAP : GORT_BOUNDS_SLICE3_ALEN,
                   true);
    J = checkBound(J, UJ, K, GORT_BOUNDS_SLICE3_B, true);
    if (I)
      I = checkBound(I, UI, J, GORT_BOUNDS_SLICE3_C, true);
  } else {
    K = S.Cap;
    if (J)
      J = checkBound(J, UJ, K,
                     S.IsSlice ? GORT_BOUNDS_SLICE_ACAP : GORT_BOUNDS_SLICE_ALEN,
                     true);
    else
      J = S.Len;
    if (I)
      I = checkBound(I, UI, J, GORT_BOUNDS_SLICE_B, true);
  }
  Value *Len = I ? B.CreateSub(J, I) : J;
  Value *Cap = S.IsString ? Len : (I ? B.CreateSub(K, I) : K);
  Value *Ptr = S.Ptr;
  if (I) {
    uint64_t Size = sizeOf(S.Elem);
    Value *Delta = B.CreateMul(I, llvm::ConstantInt::get(IntTy, Size));
    // No pointer past the array when the new capacity is 0.
    Value *Mask = B.CreateSExt(B.CreateICmpNE(Cap, llvm::ConstantInt::get(IntTy, 0)),
                               IntTy);
    Ptr = B.CreateGEP(B.getInt8Ty(), Ptr, B.CreateAnd(Delta, Mask));
  }
  if (S.IsString)
    return stringValue(Ptr, Len);
  return sliceValue(Ptr, Len, Cap);
}

/// len(x) or cap(x) of a string, slice, array or pointer to an array that
/// Sema did not fold (x calls or receives: it is evaluated).
Value *CodeGen::emitLenCap(const Expr *X, bool Len) {
  Type *U = underlying(typeOf(X));
  if (isString(U))
    return B.CreateExtractValue(emitExpr(X), 1);
  if (isa<gort::SliceTy>(U)) {
    // len([]rune(s)) counts the runes without making the slice.
    const Expr *XS = X;
    while (auto *P = dyn_cast<ParenExpr>(XS))
      XS = P->X.get();
    if (auto *C = dyn_cast<CallExpr>(XS); C && Len && isRuneSlice(U)) {
      const TypeAndValue *FTV = tv(C->Fun.get());
      if (FTV && FTV->M == TypeAndValue::TypeExpr && C->Args.size() == 1 &&
          isString(typeOf(C->Args[0].get())))
        return rt(RtFn::countrunes, {emitExpr(C->Args[0].get())});
    }
    return B.CreateExtractValue(emitExpr(X), Len ? 1 : 2);
  }
  ArrayTy *AT = dyn_cast<ArrayTy>(U);
  if (!AT)
    AT = cast<ArrayTy>(underlying(cast<PointerTy>(U)->Elem));
  emitExpr(X);
  return llvm::ConstantInt::get(IntTy, AT->Len);
}

/// make([]T, len[, cap]): runtime.makeslice (makeslice64 for sizes of a
/// 64-bit type on a 32-bit target), which panics for sizes out of range.
Value *CodeGen::emitMakeSlice(const CallExpr *E, Type *T) {
  Type *Elem = cast<gort::SliceTy>(underlying(T))->Elem;
  auto Size = [&](const Expr *A, bool &Wide) {
    Value *V = emitExpr(A);
    bool U = isUnsigned(typeOf(A));
    if (V->getType()->getIntegerBitWidth() > IntTy->getBitWidth()) {
      Wide = true;
      return V;
    }
    return U ? B.CreateZExt(V, IntTy) : B.CreateSExt(V, IntTy);
  };
  bool Wide = false;
  Value *Len = Size(E->Args[1].get(), Wide);
  Value *Cap = E->Args.size() > 2 ? Size(E->Args[2].get(), Wide) : Len;
  setLoc(E->getLoc());
  Value *P;
  if (Wide) {
    auto To64 = [&](Value *V, const Expr *A) {
      return isUnsigned(typeOf(A)) ? B.CreateZExt(V, B.getInt64Ty())
                                   : B.CreateSExt(V, B.getInt64Ty());
    };
    Value *L64 = To64(Len, E->Args[1].get());
    Value *C64 = E->Args.size() > 2 ? To64(Cap, E->Args[2].get()) : L64;
    P = rt(RtFn::makeslice64, {typeDesc(Elem), L64, C64});
    Len = B.CreateTrunc(L64, IntTy);
    Cap = B.CreateTrunc(C64, IntTy);
  } else {
    P = rt(RtFn::makeslice, {typeDesc(Elem), Len, Cap});
  }
  return sliceValue(P, Len, Cap);
}

/// append(s, x...), append(s, t...), append(b, str...).
Value *CodeGen::emitAppend(const CallExpr *E) {
  Type *T = typeOf(E);
  Type *Elem = cast<gort::SliceTy>(underlying(T))->Elem;
  Value *S = emitExprTo(E->Args[0].get(), T);
  std::vector<Value *> Vals;
  Value *Src = nullptr, *N;
  if (E->HasEllipsis) {
    Value *V = emitExpr(E->Args[1].get());
    Src = B.CreateExtractValue(V, 0);
    N = B.CreateExtractValue(V, 1);
  } else {
    for (size_t I = 1; I < E->Args.size(); ++I)
      Vals.push_back(emitExprTo(E->Args[I].get(), Elem));
    N = llvm::ConstantInt::get(IntTy, Vals.size());
    if (Vals.empty())
      return S;
  }
  setLoc(E->getLoc());
  auto *Slot = entryAlloca(SliceHdrTy, "append");
  B.CreateStore(S, Slot);
  Value *Len = B.CreateExtractValue(S, 1);
  Value *NewLen = B.CreateAdd(Len, N);
  BasicBlock *Grow = newBlock("append.grow"), *Store = newBlock("append.store");
  llvm::MDBuilder MDB(Ctx);
  B.CreateCondBr(B.CreateICmpUGT(NewLen, B.CreateExtractValue(S, 2)), Grow,
                 Store, MDB.createUnlikelyBranchWeights());
  startBlock(Grow);
  rt(RtFn::growslice, {typeDesc(Elem), Slot, NewLen});
  B.CreateBr(Store);
  startBlock(Store);
  Value *Ptr = B.CreateLoad(PtrTy, B.CreateStructGEP(SliceHdrTy, Slot, 0));
  llvm::Type *MT = memType(Elem);
  if (Src) {
    uint64_t Size = sizeOf(Elem);
    B.CreateMemMove(B.CreateInBoundsGEP(MT, Ptr, Len), llvm::MaybeAlign(1),
                    Src, llvm::MaybeAlign(1),
                    B.CreateMul(N, llvm::ConstantInt::get(IntTy, Size)));
  } else {
    for (size_t I = 0; I < Vals.size(); ++I)
      storeValue(Elem, Vals[I],
                 B.CreateInBoundsGEP(
                     MT, Ptr,
                     B.CreateAdd(Len, llvm::ConstantInt::get(IntTy, I))));
  }
  B.CreateStore(NewLen, B.CreateStructGEP(SliceHdrTy, Slot, 1));
  return B.CreateLoad(SliceHdrTy, Slot);
}

/// copy(dst, src), also of a string into a []byte: memmove handles overlap.
Value *CodeGen::emitCopy(const CallExpr *E) {
  Value *D = emitExpr(E->Args[0].get());
  Value *S = emitExpr(E->Args[1].get());
  Type *Elem = cast<gort::SliceTy>(underlying(typeOf(E->Args[0].get())))->Elem;
  setLoc(E->getLoc());
  // As gc's walkCopy: n = min(len(dst), len(src)), then one memmove (of
  // nothing when n is 0), which LLVM may inline for small sizes.
  Value *DN = B.CreateExtractValue(D, 1), *SN = B.CreateExtractValue(S, 1);
  Value *N = B.CreateSelect(B.CreateICmpSLT(SN, DN), SN, DN, "copy.n");
  llvm::Align A = DL.getABITypeAlign(memType(Elem));
  B.CreateMemMove(B.CreateExtractValue(D, 0), A, B.CreateExtractValue(S, 0),
                  A, B.CreateMul(N, llvm::ConstantInt::get(IntTy, sizeOf(Elem))));
  return N;
}

/// The conversions between strings and byte and rune slices, and
/// string(integer); null for the other conversions.
Value *CodeGen::stringConversion(Value *V, Type *From, Type *To) {
  if (isString(To)) {
    if (isInteger(From)) {
      Value *V64 = isUnsigned(From) ? B.CreateZExt(V, B.getInt64Ty())
                                    : B.CreateSExt(V, B.getInt64Ty());
      return rt(RtFn::intstring, {V64});
    }
    if (isByteSlice(From) || isRuneSlice(From)) {
      Value *P = B.CreateExtractValue(V, 0), *N = B.CreateExtractValue(V, 1);
      return rt(isByteSlice(From) ? RtFn::slicebytetostring
                                  : RtFn::slicerunetostring,
                {P, N});
    }
    return nullptr;
  }
  if (isString(From) && (isByteSlice(To) || isRuneSlice(To))) {
    auto *Out = entryAlloca(SliceHdrTy, "strconv");
    rt(isByteSlice(To) ? RtFn::stringtoslicebyte : RtFn::stringtoslicerune,
       {V, Out});
    return B.CreateLoad(SliceHdrTy, Out);
  }
  return nullptr;
}

/// The runes of S as Go decodes them: U+FFFD, one byte at a time, for
/// invalid UTF-8 (bad or truncated sequences, overlong forms, surrogates,
/// values past U+10FFFF).
static std::vector<uint32_t> decodeRunes(StringRef S) {
  std::vector<uint32_t> R;
  size_t I = 0;
  while (I < S.size()) {
    unsigned char C = S[I];
    unsigned N = C < 0x80 ? 1 : (C & 0xE0) == 0xC0 ? 2 : (C & 0xF0) == 0xE0 ? 3
                          : (C & 0xF8) == 0xF0 ? 4 : 0;
    uint32_t V = N == 1 ? C : N == 2 ? C & 0x1F : N == 3 ? C & 0x0F : C & 0x07;
    bool Ok = N != 0 && I + N <= S.size();
    for (unsigned K = 1; Ok && K < N; ++K) {
      unsigned char D = S[I + K];
      Ok = (D & 0xC0) == 0x80;
      V = V << 6 | (D & 0x3F);
    }
    static const uint32_t Min[] = {0, 0, 0x80, 0x800, 0x10000};
    Ok = Ok && V >= Min[N] && V <= 0x10FFFF && (V < 0xD800 || V > 0xDFFF);
    R.push_back(Ok ? V : 0xFFFD);
    I += Ok ? N : 1;
  }
  return R;
}

/// []byte("...") and []rune("...") of a constant: as gc, a new array of
/// exactly the string's length (capacity included).
Value *CodeGen::constStringToSlice(StringRef S, bool Runes) {
  llvm::Constant *Init;
  uint64_t N;
  if (Runes) {
    std::vector<uint32_t> R = decodeRunes(S);
    N = R.size();
    Init = llvm::ConstantDataArray::get(Ctx, llvm::ArrayRef<uint32_t>(R));
  } else {
    N = S.size();
    Init = llvm::ConstantDataArray::getString(Ctx, S, /*AddNull=*/false);
  }
  uint64_t Bytes = N * (Runes ? 4 : 1);
  Value *P = rt(RtFn::mallocgc, {llvm::ConstantInt::get(IntTy, Bytes),
                                 B.getInt32(GORT_FLAG_NOPOINTERS)});
  if (N) {
    auto *GV = new llvm::GlobalVariable(M, Init->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, Init,
                                        Runes ? "go.runes" : "go.bytes");
    GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    B.CreateMemCpy(P, llvm::MaybeAlign(1), GV, llvm::MaybeAlign(1), Bytes);
  }
  Value *Len = llvm::ConstantInt::get(IntTy, N);
  return sliceValue(P, Len, Len);
}

/// The operands of a chain of string concatenations x + y + ..., in order.
static void concatOperands(const Expr *E, const SemaInfo &Info,
                           std::vector<const Expr *> &Ops) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  auto *BE = dyn_cast<BinaryExpr>(E);
  auto It = Info.Exprs.find(E);
  bool Const = It != Info.Exprs.end() &&
               It->second.M == TypeAndValue::Constant;
  if (!BE || BE->Op != Tok::Add || Const) {
    Ops.push_back(E);
    return;
  }
  concatOperands(BE->X.get(), Info, Ops);
  concatOperands(BE->Y.get(), Info, Ops);
}

/// x + y + ... of strings: concatstring2 for two operands, else
/// concatstrings over an array of them.
Value *CodeGen::emitConcat(const BinaryExpr *E) {
  std::vector<const Expr *> Ops;
  concatOperands(E, Info, Ops);
  Type *T = typeOf(E);
  std::vector<Value *> Vals;
  for (const Expr *O : Ops)
    Vals.push_back(emitExprTo(O, T));
  setLoc(E->getLoc());
  if (Vals.size() == 2)
    return rt(RtFn::concatstring2, {Vals[0], Vals[1]});
  auto *AT = llvm::ArrayType::get(StringTy, Vals.size());
  auto *Arr = entryAlloca(AT, "concat");
  for (size_t I = 0; I < Vals.size(); ++I)
    B.CreateStore(Vals[I], B.CreateConstInBoundsGEP2_32(AT, Arr, 0, I));
  return rt(RtFn::concatstrings,
            {Arr, llvm::ConstantInt::get(IntTy, Vals.size())});
}

/// x op y for strings: equal lengths and bytes (memequal) for == and !=,
/// as gc; else cmpstring's order.
Value *CodeGen::compareStrings(Tok Op, Value *X, Value *Y) {
  if (Op == Tok::Eql || Op == Tok::Neq) {
    Value *Eq = equalStrings(X, Y); // CGAggregate.cpp
    return Op == Tok::Eql ? Eq : B.CreateNot(Eq);
  }
  Value *C = rt(RtFn::cmpstring, {X, Y});
  Value *Zero = llvm::ConstantInt::get(IntTy, 0);
  switch (Op) {
  case Tok::Lss:
    return B.CreateICmpSLT(C, Zero);
  case Tok::Leq:
    return B.CreateICmpSLE(C, Zero);
  case Tok::Gtr:
    return B.CreateICmpSGT(C, Zero);
  default:
    return B.CreateICmpSGE(C, Zero);
  }
}

/// A new slice holding Vals (values of Elem): mallocgc's array, or nil
/// for none.
Value *CodeGen::packSlice(Type *Elem, llvm::ArrayRef<Value *> Vals) {
  if (Vals.empty())
    return llvm::Constant::getNullValue(SliceHdrTy);
  uint64_t Size = sizeOf(Elem);
  Value *P = rt(RtFn::mallocgc,
                {llvm::ConstantInt::get(IntTy, Size * Vals.size()),
                 B.getInt32(hasPointers(Elem) ? 0 : GORT_FLAG_NOPOINTERS)});
  for (size_t I = 0; I < Vals.size(); ++I)
    storeValue(Elem, Vals[I],
               B.CreateConstInBoundsGEP1_64(memType(Elem), P, I));
  Value *N = llvm::ConstantInt::get(IntTy, Vals.size());
  return sliceValue(P, N, N);
}

/// The arguments of a call with parameters Params: those of a variadic
/// function's ... parameter packed into a slice, unless the call passes one (f(s...)).
std::vector<Value *> CodeGen::argValues(const CallExpr *E,
                                        const std::vector<Type *> &Params,
                                        bool Variadic) {
  if (!Variadic || E->HasEllipsis)
    return emitValues(E->Args, Params);
  size_t NFixed = Params.size() - 1;
  Type *Elem = cast<gort::SliceTy>(underlying(Params.back()))->Elem;
  std::vector<Value *> Vals;
  std::vector<Type *> Types;
  if (E->Args.size() == 1 && llvm::isa_and_nonnull<TupleType>(typeOf(E->Args[0].get()))) {
    Vals = emitTuple(E->Args[0].get(), Types);
  } else {
    for (size_t I = 0; I < E->Args.size(); ++I) {
      Types.push_back(I < NFixed ? Params[I] : Elem);
      Vals.push_back(emitExprTo(E->Args[I].get(), Types.back()));
    }
  }
  std::vector<Value *> Args, Rest;
  for (size_t I = 0; I < Vals.size(); ++I) {
    Type *To = I < NFixed ? Params[I] : Elem;
    Value *V = convert(Vals[I], Types[I], To);
    (I < NFixed ? Args : Rest).push_back(V);
  }
  Args.push_back(packSlice(Elem, Rest));
  return Args;
}

/// Stores V of type VT into the iteration variable K of a range statement.
void CodeGen::rangeAssign(const RangeStmt *S, const Expr *K, Value *V,
                          Type *VT) {
  if (!K)
    return;
  if (S->Op == Tok::Define) {
    auto *Id = dyn_cast<Ident>(K);
    const Object *O = Id ? Info.Defs.lookup(Id) : nullptr;
    if (O)
      storeValue(O->T, convert(V, VT, O->T), varAddr(O));
    return;
  }
  assignTo(K, V, VT, false);
}

/// range over a string (by rune), an array, a pointer to an array or a
/// slice. The range expression is evaluated once (an array value into a
/// copy), and the length once; one variable each for the whole loop, as in
/// Go 1.19.
void CodeGen::emitRangeSeq(const RangeStmt *S, const Object *Label) {
  const Expr *X = S->X.get();
  Type *U = underlying(typeOf(X));
  Type *IntT = Info.Types.basic(BasicKind::Int);
  bool NeedValue = S->Value != nullptr;
  if (auto *Id = dyn_cast_or_null<Ident>(S->Value.get()); Id && Id->Name == "_")
    NeedValue = false;
  Seq Sq;
  auto *PT = dyn_cast<PointerTy>(U);
  bool ArrayLike = isa<ArrayTy>(U) || PT;
  if (ArrayLike && !NeedValue) {
    // len(x) is constant unless x calls or receives: then x is evaluated.
    ArrayTy *AT = isa<ArrayTy>(U) ? cast<ArrayTy>(U)
                                  : cast<ArrayTy>(underlying(PT->Elem));
    if (hasCallOrRecv(X, Info))
      emitExpr(X);
    Sq.Len = llvm::ConstantInt::get(IntTy, AT->Len);
    Sq.Elem = AT->Elem;
  } else if (isa<ArrayTy>(U)) {
    // The loop ranges over a copy of the array (loadValue's).
    Sq.Ptr = emitExpr(X);
    Sq.Len = llvm::ConstantInt::get(IntTy, cast<ArrayTy>(U)->Len);
    Sq.Elem = cast<ArrayTy>(U)->Elem;
  } else {
    Sq = emitSeq(X);
  }
  Value *Str = nullptr;
  if (Sq.IsString)
    Str = stringValue(Sq.Ptr, Sq.Len);
  if (S->Op == Tok::Define)
    for (const Expr *K : {S->Key.get(), S->Value.get()})
      if (auto *Id = dyn_cast_or_null<Ident>(K))
        if (const Object *O = Info.Defs.lookup(Id))
          declareLocal(O, nullptr, Id->getLoc());
  auto *Idx = entryAlloca(IntTy, "range.i");
  auto *Next = entryAlloca(IntTy, "range.next");
  B.CreateStore(llvm::ConstantInt::get(IntTy, 0), Idx);
  BasicBlock *Head = newBlock("range.head"), *Body = newBlock("range.body"),
             *Post = newBlock("range.post"), *End = newBlock("range.end");
  branchTo(Head);
  startBlock(Head);
  setLoc(S->getLoc());
  Value *I = B.CreateLoad(IntTy, Idx);
  B.CreateCondBr(B.CreateICmpSLT(I, Sq.Len), Body, End);
  startBlock(Body);
  Value *One = llvm::ConstantInt::get(IntTy, 1);
  if (Sq.IsString) {
    // A byte below 0x80 is its rune; decoderune decodes the others.
    Type *RuneT = Info.Types.runeType();
    auto *R = entryAlloca(B.getInt32Ty(), "range.r");
    Value *C = loadStringByte(B.CreateInBoundsGEP(B.getInt8Ty(), Sq.Ptr, I));
    BasicBlock *Ascii = newBlock("range.ascii"), *Multi = newBlock("range.multi"),
               *Got = newBlock("range.rune");
    B.CreateCondBr(B.CreateICmpSGE(C, B.getInt8(0)), Ascii, Multi);
    startBlock(Ascii);
    B.CreateStore(B.CreateZExt(C, B.getInt32Ty()), R);
    B.CreateStore(B.CreateAdd(I, One), Next);
    B.CreateBr(Got);
    startBlock(Multi);
    B.CreateStore(rt(RtFn::decoderune, {Str, I, R}), Next);
    B.CreateBr(Got);
    startBlock(Got);
    rangeAssign(S, S->Key.get(), I, IntT);
    if (NeedValue)
      rangeAssign(S, S->Value.get(), B.CreateLoad(B.getInt32Ty(), R), RuneT);
  } else {
    B.CreateStore(B.CreateAdd(I, One), Next);
    rangeAssign(S, S->Key.get(), I, IntT);
    if (NeedValue)
      rangeAssign(S, S->Value.get(),
                  loadValue(Sq.Elem, B.CreateInBoundsGEP(memType(Sq.Elem),
                                                         Sq.Ptr, I)),
                  Sq.Elem);
  }
  Cur->Targets.push_back({Label, End, Post});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Post);
  startBlock(Post);
  B.CreateStore(B.CreateLoad(IntTy, Next), Idx);
  B.CreateBr(Head);
  startBlock(End);
}
