//===- CGAggregate.cpp - Structs, arrays, pointers, composite literals ----===//
//
// Array and struct values are addresses of memory (CGTypes.cpp). A field
// selector x.f is a GEP along Sema's path (Selection::Path) from x's
// address, through embedded fields; a pointer on the way (x itself or an
// embedded *T) is loaded and checked for nil. The value of x.f is a load
// (a copy for an array or struct field).
//
// Nil dereferences (*p, p.f, promotion through a nil embedded pointer) are
// explicit tests that call runtime.panicnilfunc, which panics as a fault at
// address 0 would: Go's "invalid memory address or nil pointer
// dereference" with its [signal SIGSEGV ...] line when nobody recovers.
//
// Composite literals are built in place: a struct or array literal into
// its destination (a temporary, a variable, a heap object for &T{} and
// slice literals' backing arrays, or the enclosing literal's element for
// nested ones), after clearing it unless it is fresh from mallocgc.
//
// == on arrays and structs (equalValues) compares field by field and
// element by element, as Go: blank fields are skipped, strings by length
// and bytes, interfaces with runtime.efaceeq (ifaceeq for non-empty
// ones, CGExpr.cpp's compare). A value without padding
// whose leaves compare bitwise (integers, bools, pointers, channels) is
// compared as memory: one integer load of up to 16 bytes, else
// runtime.memequal. Other arrays of more than 4 elements are a loop.
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/IR/MDBuilder.h"

using namespace gort;
using namespace gort::cg;

void CodeGen::nilCheck(Value *P) {
  if (isa<llvm::AllocaInst>(P) ||
      (isa<llvm::Constant>(P) && !isa<llvm::ConstantPointerNull>(P)))
    return; // a local's or a global's address
  BasicBlock *Nil = newBlock("nil.panic"), *Ok = newBlock("nil.ok");
  B.CreateCondBr(B.CreateIsNull(P), Nil, Ok,
                 llvm::MDBuilder(Ctx).createUnlikelyBranchWeights());
  startBlock(Nil);
  rt(RtFn::panicnilfunc, {});
  B.CreateUnreachable();
  startBlock(Ok);
}

Value *CodeGen::emitStar(const StarExpr *E) {
  Value *P = emitExpr(E->X.get());
  setLoc(E->getLoc());
  nilCheck(P);
  return loadValue(typeOf(E), P);
}

/// &x: x's address (an escaping variable lives in the heap already), or for
/// &T{...} a heap object holding the literal.
Value *CodeGen::emitAddrOf(const UnaryExpr *E) {
  const Expr *X = E->X.get();
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  if (auto *CL = dyn_cast<CompositeLit>(X)) {
    Type *T = typeOf(CL);
    Value *Mem = heapAlloc(T);
    emitCompositeLitInto(CL, T, Mem, /*Zeroed=*/true);
    return Mem;
  }
  return emitAddr(X);
}

/// The address of the field x.f: from x's address (or its value's
/// temporary when x is not addressable), along the embedded path.
Value *CodeGen::fieldAddr(const SelectorExpr *E) {
  Type *T;
  return pathAddr(E, Info.Selections[E].Path, T);
}

/// The address of x.f1.f2... for the selector E = x.sel and field index
/// path Path (T: the type of the last field; x's type for an empty path).
/// A pointer x, or an embedded pointer before the last field, is loaded
/// and checked for nil.
Value *CodeGen::pathAddr(const SelectorExpr *E, llvm::ArrayRef<unsigned> Path,
                         Type *&T) {
  const Expr *X = E->X.get();
  T = typeOf(X);
  Value *Addr;
  if (auto *P = dyn_cast<PointerTy>(underlying(T))) {
    Addr = emitExpr(X);
    setLoc(E->Sel->getLoc());
    nilCheck(Addr);
    T = P->Elem;
  } else {
    const TypeAndValue *TV = tv(X);
    Addr = TV && TV->M == TypeAndValue::Variable ? emitAddr(X) : emitExpr(X);
  }
  for (size_t I = 0; I < Path.size(); ++I) {
    auto *ST = cast<StructTy>(underlying(T));
    unsigned Idx = Path[I];
    Addr = B.CreateStructGEP(memType(ST), Addr, Idx, ST->Fields[Idx].Name);
    T = ST->Fields[Idx].T;
    if (I + 1 < Path.size())
      if (auto *P = dyn_cast<PointerTy>(underlying(T))) {
        Addr = loadValue(T, Addr);
        setLoc(E->Sel->getLoc());
        nilCheck(Addr);
        T = P->Elem;
      }
  }
  return Addr;
}

Value *CodeGen::emitSelector(const SelectorExpr *E) {
  return loadValue(typeOf(E), fieldAddr(E));
}

/// A composite literal's value: a map from makemap, a temporary for an array or struct, a
/// heap object for an elided &T{...} (whose recorded type is *T), a slice
/// header for a slice literal.
Value *CodeGen::emitCompositeLit(const CompositeLit *E) {
  Type *T = typeOf(E);
  if (isMap(T))
    return emitMapLit(E, T);
  if (auto *P = dyn_cast<PointerTy>(underlying(T))) {
    Value *Mem = heapAlloc(P->Elem);
    emitCompositeLitInto(E, P->Elem, Mem, /*Zeroed=*/true);
    return Mem;
  }
  if (auto *S = dyn_cast<SliceTy>(underlying(T))) {
    int64_t Len = 0, Next = 0;
    for (auto &El : E->Elts) {
      if (auto *KV = dyn_cast<KeyValueExpr>(El.get()))
        Next = tv(KV->Key.get())->Val.I.getSExtValue();
      Len = std::max(Len, ++Next);
    }
    Type *AT = Info.Types.arrayOf(S->Elem, Len);
    // An empty literal is not nil: its array is runtime.zerobase, as gc's.
    Value *Mem =
        Len ? heapAlloc(AT) : M.getOrInsertGlobal("runtime.zerobase", IntTy);
    if (Len)
      emitCompositeLitInto(E, AT, Mem, /*Zeroed=*/true);
    Value *V = llvm::UndefValue::get(SliceHdrTy);
    V = B.CreateInsertValue(V, Mem, 0);
    V = B.CreateInsertValue(V, llvm::ConstantInt::get(IntTy, Len), 1);
    return B.CreateInsertValue(V, llvm::ConstantInt::get(IntTy, Len), 2);
  }
  if (!isAggregate(T)) {
    unsupported(E->getLoc(), "composite literals of type " + typeString(T));
    return zeroValue(T);
  }
  Value *Tmp = entryAlloca(memType(T), "lit");
  emitCompositeLitInto(E, T, Tmp, /*Zeroed=*/false);
  return Tmp;
}

/// Stores the value of E, of type T, at Addr; a nested literal is built
/// there directly.
void CodeGen::emitElemInto(const Expr *E, Type *T, Value *Addr) {
  const Expr *X = E;
  while (auto *P = dyn_cast<ParenExpr>(X))
    X = P->X.get();
  if (auto *CL = dyn_cast<CompositeLit>(X))
    if (isAggregate(T) && isAggregate(typeOf(CL)))
      return emitCompositeLitInto(CL, T, Addr, /*Zeroed=*/false);
  storeValue(T, emitExprTo(E, T), Addr);
}

/// Fills Addr (memory of array or struct type T) with the literal E.
void CodeGen::emitCompositeLitInto(const CompositeLit *E, Type *T,
                                   Value *Addr, bool Zeroed) {
  if (!Zeroed)
    zeroMem(T, Addr);
  llvm::Type *MT = memType(T);
  Type *U = underlying(T);
  if (auto *ST = dyn_cast<StructTy>(U)) {
    for (size_t I = 0; I < E->Elts.size(); ++I) {
      const Expr *V = E->Elts[I].get();
      unsigned Idx = I;
      if (auto *KV = dyn_cast<KeyValueExpr>(V)) {
        auto *Key = cast<Ident>(KV->Key.get());
        for (unsigned F = 0; F < ST->Fields.size(); ++F)
          if (ST->Fields[F].Name == Key->Name)
            Idx = F;
        V = KV->Value.get();
      }
      if (Idx >= ST->Fields.size())
        continue;
      emitElemInto(V, ST->Fields[Idx].T, B.CreateStructGEP(MT, Addr, Idx));
    }
    return;
  }
  auto *AT = cast<ArrayTy>(U);
  int64_t Next = 0;
  for (auto &El : E->Elts) {
    const Expr *V = El.get();
    if (auto *KV = dyn_cast<KeyValueExpr>(V)) {
      Next = tv(KV->Key.get())->Val.I.getSExtValue();
      V = KV->Value.get();
    }
    Value *EA = B.CreateConstInBoundsGEP2_64(MT, Addr, 0, Next++);
    emitElemInto(V, AT->Elem, EA);
  }
}

/// X == Y for strings: lengths, then the bytes by libc's memcmp (which
/// fits in the guard area, as memcpy does). LLVM knows memcmp: with a
/// constant length (one side a constant, or after inlining) it compares
/// the bytes inline, as gc rewrites comparisons with short constants.
Value *CodeGen::equalStrings(Value *X, Value *Y) {
  BasicBlock *From = B.GetInsertBlock();
  BasicBlock *Bytes = newBlock("streq.bytes"), *End = newBlock("streq.end");
  Value *LX = B.CreateExtractValue(X, 1), *LY = B.CreateExtractValue(Y, 1);
  B.CreateCondBr(B.CreateICmpEQ(LX, LY), Bytes, End);
  startBlock(Bytes);
  llvm::FunctionCallee Memcmp = M.getOrInsertFunction(
      "memcmp", llvm::FunctionType::get(B.getInt32Ty(), {PtrTy, PtrTy, IntTy},
                                        false));
  Value *Cmp = B.CreateCall(Memcmp, {B.CreateExtractValue(X, 0),
                                     B.CreateExtractValue(Y, 0),
                                     isa<llvm::Constant>(LY) ? LY : LX});
  Value *R = B.CreateICmpEQ(Cmp, B.getInt32(0));
  BasicBlock *BytesEnd = B.GetInsertBlock();
  B.CreateBr(End);
  startBlock(End);
  llvm::PHINode *Phi = B.CreatePHI(B.getInt1Ty(), 2);
  Phi->addIncoming(B.getInt1(false), From);
  Phi->addIncoming(R, BytesEnd);
  return Phi;
}

/// X == Y for values of T at the addresses X and Y.
Value *CodeGen::equalValues(Type *T, Value *X, Value *Y, SourceLoc Loc) {
  llvm::Type *MT = memType(T);
  uint64_t Size = DL.getTypeAllocSize(MT);
  Type *U = underlying(T);
  if (!isAggregate(U)) {
    if (isString(U))
      return equalStrings(loadValue(T, X), loadValue(T, Y));
    return compare(Tok::Eql, loadValue(T, X), T, loadValue(T, Y), T, Loc);
  }
  if (Size == 0)
    return B.getInt1(true);
  if (isPlainMemory(T)) {
    if (Size <= 16 && llvm::isPowerOf2_64(Size)) {
      llvm::Type *IT = B.getIntNTy(Size * 8);
      llvm::Align A = DL.getABITypeAlign(MT);
      bool Vol = Cur && Cur->Defers;
      return B.CreateICmpEQ(B.CreateAlignedLoad(IT, X, A, Vol),
                            B.CreateAlignedLoad(IT, Y, A, Vol));
    }
    return rt(RtFn::memequal, {X, Y, llvm::ConstantInt::get(IntTy, Size)});
  }
  if (auto *ST = dyn_cast<StructTy>(U)) {
    Value *R = B.getInt1(true);
    for (unsigned I = 0; I < ST->Fields.size(); ++I) {
      if (ST->Fields[I].Name == "_")
        continue;
      Value *E = equalValues(ST->Fields[I].T, B.CreateStructGEP(MT, X, I),
                             B.CreateStructGEP(MT, Y, I), Loc);
      R = B.CreateAnd(R, E);
    }
    return R;
  }
  auto *AT = cast<ArrayTy>(U);
  if (AT->Len <= 4) {
    Value *R = B.getInt1(true);
    for (int64_t I = 0; I < AT->Len; ++I)
      R = B.CreateAnd(R, equalValues(AT->Elem,
                                     B.CreateConstInBoundsGEP2_64(MT, X, 0, I),
                                     B.CreateConstInBoundsGEP2_64(MT, Y, 0, I),
                                     Loc));
    return R;
  }
  // for i := 0; i < len; i++ { if x[i] != y[i] { break } }
  BasicBlock *Pre = B.GetInsertBlock();
  BasicBlock *Head = newBlock("arreq.head"), *Body = newBlock("arreq.body"),
             *End = newBlock("arreq.end");
  B.CreateBr(Head);
  startBlock(Head);
  llvm::PHINode *Idx = B.CreatePHI(IntTy, 2, "i");
  Idx->addIncoming(llvm::ConstantInt::get(IntTy, 0), Pre);
  Value *More = B.CreateICmpULT(Idx, llvm::ConstantInt::get(IntTy, AT->Len));
  BasicBlock *HeadEnd = B.GetInsertBlock();
  B.CreateCondBr(More, Body, End);
  startBlock(Body);
  Value *Zero = llvm::ConstantInt::get(IntTy, 0);
  Value *E = equalValues(AT->Elem, B.CreateInBoundsGEP(MT, X, {Zero, Idx}),
                         B.CreateInBoundsGEP(MT, Y, {Zero, Idx}), Loc);
  Idx->addIncoming(B.CreateAdd(Idx, llvm::ConstantInt::get(IntTy, 1)),
                   B.GetInsertBlock());
  BasicBlock *BodyEnd = B.GetInsertBlock();
  B.CreateCondBr(E, Head, End);
  startBlock(End);
  llvm::PHINode *R = B.CreatePHI(B.getInt1Ty(), 2);
  R->addIncoming(B.getInt1(true), HeadEnd);
  R->addIncoming(B.getInt1(false), BodyEnd);
  return R;
}
