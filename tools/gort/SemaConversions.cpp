//===- SemaConversions.cpp - Conversions and untyped operands -------------===//
//
// Conversions, as go/types' conversions.go: conversion checks T(x) and
// folds the conversion of a constant (string(rune) included). And the
// implicit conversion of untyped operands (expr.go's implicitTypeAndValue):
// implicitType gives an untyped operand the type its context wants and
// reports a constant that overflows it; useDefault gives it its default
// type.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

void Checker::conversion(const CallExpr *C, Type *T, Operand &X,
                         unsigned Depth) {
  if (C->Args.size() != 1) {
    if (C->Args.empty())
      errorAt(C, "missing argument in conversion to " + typeString(T));
    else
      errorAt(C->Args.back().get(),
              "too many arguments in conversion to " + typeString(T));
    return;
  }
  const Expr *Arg = C->Args[0].get();
  while (auto *P = dyn_cast<ParenExpr>(Arg))
    Arg = P->X.get();
  if (isString(T) && isa<SliceExpr>(Arg))
    CopiedSlice = Arg;
  Operand Y = value(C->Args[0].get(), Depth + 1);
  CopiedSlice = nullptr;
  if (Y.isInvalid())
    return;
  // types2 has turned an integral float constant converted to an integer
  // type into an integer when it reports it: 1e3 (untyped float constant
  // 1000).
  auto Fail = [&] {
    errorAt(Y.E, "cannot convert " +
                     operandString(Y, isInteger(T) &&
                                          Y.Val.K == ConstValue::Int) +
                     " to type " + typeString(T) + notImplemented(Y.T, T));
  };
  X.E = C;
  X.T = T;
  if (Y.isConst() && isa<BasicType>(underlying(T))) {
    if (isNumeric(Y.T) && isNumeric(T)) {
      // Rounded to a float type; an integer type wants an integral value.
      ConstValue R = Y.Val;
      if (!representableConst(Y.Val, basicKind(T), Ctx.wordBits(), &R))
        return Fail();
      updateExprType(Y.E, isUntyped(Y.T) ? T : Y.T);
      X.M = TypeAndValue::Constant;
      X.Val = R;
      return;
    }
    if (isInteger(Y.T) && isString(T)) {
      // string(rune): the UTF-8 encoding, or U+FFFD if out of range.
      uint32_t R = 0xFFFD;
      if (!Y.Val.I.isNegative() && Y.Val.I.getActiveBits() <= 32) {
        uint64_t V = Y.Val.I.getZExtValue();
        if (V <= 0x10FFFF && (V < 0xD800 || V > 0xDFFF))
          R = uint32_t(V);
      }
      std::string S;
      if (R < 0x80) {
        S += char(R);
      } else if (R < 0x800) {
        S += char(0xC0 | (R >> 6));
        S += char(0x80 | (R & 0x3F));
      } else if (R < 0x10000) {
        S += char(0xE0 | (R >> 12));
        S += char(0x80 | ((R >> 6) & 0x3F));
        S += char(0x80 | (R & 0x3F));
      } else {
        S += char(0xF0 | (R >> 18));
        S += char(0x80 | ((R >> 12) & 0x3F));
        S += char(0x80 | ((R >> 6) & 0x3F));
        S += char(0x80 | (R & 0x3F));
      }
      useDefault(Y);
      X.M = TypeAndValue::Constant;
      X.Val = ConstValue::makeString(S);
      return;
    }
    if ((isString(Y.T) && isString(T)) || (isBoolean(Y.T) && isBoolean(T))) {
      updateExprType(Y.E, isUntyped(Y.T) ? T : Y.T);
      X.M = TypeAndValue::Constant;
      X.Val = Y.Val;
      return;
    }
    return Fail();
  }
  X.M = TypeAndValue::Value;
  if (isUntyped(Y.T)) {
    if (basicKind(Y.T) == BasicKind::UntypedNil) {
      if (!hasNil(T))
        return Fail();
      updateExprType(Y.E, T);
      return;
    }
    if (isInterface(T)) {
      useDefault(Y);
      if (!notImplemented(Y.T, T).empty())
        Fail();
      return;
    }
    // Shifts of untyped constants by non-constant counts, comparisons:
    // the conversion gives their type (float64(1 << s) is an error).
    if ((isNumeric(Y.T) && isNumeric(T)) || (isBoolean(Y.T) && isBoolean(T))) {
      updateExprType(Y.E, T);
      return;
    }
    useDefault(Y);
    if (isString(Y.T) && (isByteSlice(T) || isRuneSlice(T)))
      return;
    return Fail();
  }
  if (isInterface(T)) {
    std::string Why;
    if (!implements(Y.T, T, Why))
      Fail();
    return;
  }
  if (identical(underlying(Y.T), underlying(T)) ||
      (isNumeric(Y.T) && isNumeric(T)) || (isInteger(Y.T) && isString(T)))
    return;
  // string([]byte), string([]rune), []byte(s), []rune(s).
  if ((isString(T) && (isByteSlice(Y.T) || isRuneSlice(Y.T))) ||
      (isString(Y.T) && (isByteSlice(T) || isRuneSlice(T))))
    return;
  // Unnamed pointer types whose base types have identical underlying
  // types: (*boolValue)(p) for p of type *bool.
  auto *YP = dyn_cast<PointerTy>(Y.T);
  auto *TP = dyn_cast<PointerTy>(T);
  if (YP && TP && identical(underlying(YP->Elem), underlying(TP->Elem)))
    return;
  // A bidirectional channel converts to a directional one of the same
  // element type.
  auto *YC = dyn_cast<ChannelType>(underlying(Y.T));
  auto *TC = dyn_cast<ChannelType>(underlying(T));
  if (YC && TC && YC->Dir == ChannelType::Both &&
      identical(YC->Elem, TC->Elem))
    return;
  Fail();
}

/// Whether untyped X can become Target; on success converts X (and its
/// recorded types; a constant's value is rounded to a float Target). Why
/// is "overflows" for a constant out of range, "truncated" for an untyped
/// float constant that is no value of an integer Target.
bool Checker::implicitType(Operand &X, Type *Target, std::string &Why) {
  if (isInvalid(Target))
    return true;
  BasicKind K = basicKind(X.T);
  if (isInterface(Target)) {
    if (K == BasicKind::UntypedNil) {
      updateExprType(X.E, Target);
      X.T = Target;
      return true;
    }
    // The constant becomes its default type first (spec: Assignability).
    return implicitType(X, defaultType(Ctx, X.T), Why);
  }
  if (K == BasicKind::UntypedNil) {
    if (!hasNil(Target))
      return false;
    updateExprType(X.E, Target);
    X.T = Target;
    return true;
  }
  bool Ok;
  switch (K) {
  case BasicKind::UntypedBool:
    Ok = isBoolean(Target);
    break;
  case BasicKind::UntypedString:
    Ok = isString(Target);
    break;
  default:
    Ok = isNumeric(Target);
  }
  if (!Ok)
    return false;
  if (isUntyped(Target)) {
    if (isNumeric(X.T) && isNumeric(Target) && basicKind(Target) > K) {
      X.T = Target;
    }
    return true;
  }
  if (X.isConst() && X.Val.isNumber()) {
    ConstValue R = X.Val;
    if (!representableConst(X.Val, basicKind(Target), Ctx.wordBits(), &R)) {
      Why = K == BasicKind::UntypedFloat && isInteger(Target) ? "truncated"
                                                               : "overflows";
      return false;
    }
    X.Val = R;
  }
  updateExprType(X.E, Target);
  X.T = Target;
  return true;
}

bool Checker::convertUntyped(Operand &X, Type *Target) {
  std::string Why;
  return implicitType(X, Target, Why);
}

void Checker::useDefault(Operand &X, StringRef Context) {
  if (!isUntyped(X.T) || basicKind(X.T) == BasicKind::UntypedNil)
    return;
  Type *T = defaultType(Ctx, X.T);
  if (X.isConst() && X.Val.isNumber() &&
      !representableConst(X.Val, basicKind(T), Ctx.wordBits())) {
    errorAt(X.E, "cannot use " + operandString(X) + " as " + typeString(T) +
                     " value in " + Context + " (overflows)");
    X.M = TypeAndValue::Invalid;
    return;
  }
  updateExprType(X.E, T);
  X.T = T;
}

bool Checker::invalidConversion(const Operand &X, Type *T,
                                const std::string &Why) {
  if (Why == "overflows")
    return overflowError(X, T);
  if (isInterface(T))
    T = defaultType(Ctx, X.T);
  if (Why == "truncated")
    errorAt(X.E, operandString(X) + " truncated to " +
                     typeString(underlying(T)));
  else
    errorAt(X.E, "cannot convert " + operandString(X) + " to " +
                     typeString(underlying(T)));
  return false;
}

bool Checker::overflowError(const Operand &X, Type *T) {
  // gc names the underlying type: 1 << 70 overflows int64, for a Duration;
  // for an interface, the constant's default type.
  if (isInterface(T))
    T = defaultType(Ctx, X.T);
  errorAt(X.E, operandString(X) + " overflows " + typeString(underlying(T)));
  return false;
}

} // namespace gort::sema
