//===- SemaIndex.cpp - Index and slice expressions ------------------------===//
//
// Index and slice expressions, as go/types' index.go: a[i] of arrays,
// pointers to arrays, slices and strings (a byte, never assignable), and
// a[lo:hi] and a[lo:hi:max] of the same (a string stays a string; an
// array must be addressable). A constant index must be a non-negative int
// and, when the length is known (arrays, constant strings), in range;
// constant slice indices must be ordered. Map index expressions belong to
// the maps checker (checkMapIndex).
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

/// go/types' isValidIndex: X (checked) converted to int if untyped; an
/// integer, and a constant one non-negative and representable as an int.
bool Checker::validIndex(Operand &X, StringRef What) {
  if (X.isInvalid())
    return false;
  Type *IntT = Ctx.basic(BasicKind::Int);
  if (isUntyped(X.T)) {
    std::string Why;
    if (!implicitType(X, IntT, Why)) {
      if (Why == "overflows")
        overflowError(X, IntT);
      else
        errorAt(X.E, "cannot convert " + operandString(X) + " to int");
      return false;
    }
  }
  if (!isInteger(X.T)) {
    errorAt(X.E, "invalid argument: " + What + " " + operandString(X) +
                     " must be integer");
    return false;
  }
  if (X.isConst() && X.Val.K == ConstValue::Int) {
    if (X.Val.I.isNegative()) {
      errorAt(X.E, "invalid argument: " + What + " " + operandString(X) +
                       " must not be negative");
      return false;
    }
    if (!representable(X.Val.I, BasicKind::Int, Ctx.wordBits())) {
      errorAt(X.E, "invalid argument: " + What + " " + operandString(X) +
                       " overflows int");
      return false;
    }
  }
  return true;
}

/// go/types' index: checks the index expression E against the bound Max
/// (if Max >= 0). Returns its constant value, or -1 (not constant or
/// invalid); Ok tells whether it is valid.
int64_t Checker::indexValue(const Expr *E, int64_t Max, unsigned Depth,
                            bool *Ok) {
  Operand X = value(E, Depth + 1);
  bool Valid = validIndex(X, "index");
  if (Ok)
    *Ok = Valid;
  if (!Valid || !X.isConst() || X.Val.K != ConstValue::Int)
    return -1;
  int64_t V = X.Val.I.getSExtValue();
  if (Max >= 0 && V >= Max) {
    errorAt(X.E, "invalid argument: index " + X.Val.str() +
                     " out of bounds [0:" + std::to_string(Max) + "]");
    if (Ok)
      *Ok = false;
    return -1;
  }
  return V;
}

void Checker::indexExpr(const IndexExpr *E, Operand &X, unsigned Depth) {
  check(E->X.get(), X, Depth + 1);
  if (X.isInvalid() || !singleValue(X)) {
    Operand Ignored;
    check(E->Index.get(), Ignored, Depth + 1);
    X.M = TypeAndValue::Invalid;
    return;
  }
  int64_t Length = -1;
  bool Valid = false;
  Type *U = underlying(X.T);
  if (auto *P = dyn_cast<PointerTy>(U))
    if (auto *A = dyn_cast<ArrayTy>(underlying(P->Elem))) {
      Valid = true;
      Length = A->Len;
      X.M = TypeAndValue::Variable;
      X.T = A->Elem;
    }
  if (isString(U)) {
    Valid = true;
    if (X.isConst())
      Length = int64_t(X.Val.S.size());
    useDefault(X);
    X.M = TypeAndValue::Value;
    X.T = Ctx.byteType();
  } else if (auto *A = dyn_cast<ArrayTy>(U)) {
    Valid = true;
    Length = A->Len;
    if (X.M != TypeAndValue::Variable)
      X.M = TypeAndValue::Value;
    X.T = A->Elem;
  } else if (auto *S = dyn_cast<SliceTy>(U)) {
    Valid = true;
    X.M = TypeAndValue::Variable;
    X.T = S->Elem;
  } else if (isa<MapTy>(U)) {
    return checkMapIndex(E, X, Depth);
  }
  if (!Valid) {
    error(E->getLoc(), "invalid operation: cannot index " + operandString(X));
    Operand Ignored;
    check(E->Index.get(), Ignored, Depth + 1);
    X.M = TypeAndValue::Invalid;
    return;
  }
  X.Val = ConstValue();
  X.Obj = nullptr;
  indexValue(E->Index.get(), Length, Depth, nullptr);
}

void Checker::sliceExpr(const SliceExpr *E, Operand &X, unsigned Depth) {
  X = value(E->X.get(), Depth + 1);
  const Expr *Idx[3] = {E->Lo.get(), E->Hi.get(), E->Max.get()};
  auto UseAll = [&] {
    for (const Expr *I : Idx)
      if (I) {
        Operand Ignored;
        check(I, Ignored, Depth + 1);
      }
    X.M = TypeAndValue::Invalid;
  };
  if (X.isInvalid())
    return UseAll();
  int64_t Length = -1;
  bool Valid = false;
  Type *U = underlying(X.T);
  if (isString(U)) {
    if (E->Slice3) {
      errorAt(E->Max ? E->Max.get() : static_cast<const Expr *>(E),
              "invalid operation: 3-index slice of string");
      return UseAll();
    }
    Valid = true;
    if (X.isConst())
      Length = int64_t(X.Val.S.size());
    if (isUntyped(X.T)) {
      updateExprType(X.E, Ctx.basic(BasicKind::String));
      X.T = Ctx.basic(BasicKind::String);
    }
  } else if (auto *A = dyn_cast<ArrayTy>(U)) {
    Valid = true;
    Length = A->Len;
    if (X.M != TypeAndValue::Variable) {
      errorAt(X.E, "invalid operation: " + operandString(X) +
                       " (slice of unaddressable value)");
      return UseAll();
    }
    if (E != CopiedSlice)
      addressTaken(E->X.get()); // the slice shares the array's memory
    X.T = Ctx.sliceOf(A->Elem);
  } else if (auto *P = dyn_cast<PointerTy>(U)) {
    if (auto *A = dyn_cast<ArrayTy>(underlying(P->Elem))) {
      Valid = true;
      Length = A->Len;
      X.T = Ctx.sliceOf(A->Elem);
    }
  } else if (isa<SliceTy>(U)) {
    Valid = true;
  }
  if (!Valid) {
    errorAt(X.E, "invalid operation: cannot slice " + operandString(X));
    return UseAll();
  }
  X.M = TypeAndValue::Value;
  X.Val = ConstValue();
  X.Obj = nullptr;
  X.E = E;
  if (E->Slice3 && (!E->Hi || !E->Max))
    return UseAll(); // the parser reported it
  int64_t Ind[3];
  for (int I = 0; I < 3; ++I) {
    int64_t V = -1;
    if (Idx[I]) {
      int64_t Max = Length >= 0 ? Length + 1 : -1;
      V = indexValue(Idx[I], Max, Depth, nullptr);
    } else if (I == 0) {
      V = 0;
    } else if (Length >= 0) {
      V = Length;
    }
    Ind[I] = V;
  }
  // Constant indices must be ordered; one error only.
  for (int I = 0; I < 2; ++I) {
    if (Ind[I] <= 0)
      continue;
    for (int J = I + 1; J < 3; ++J)
      if (Ind[J] >= 0 && Ind[J] < Ind[I]) {
        errorAt(Idx[J], "invalid slice indices: " + std::to_string(Ind[J]) +
                            " < " + std::to_string(Ind[I]));
        return;
      }
  }
}

} // namespace gort::sema
