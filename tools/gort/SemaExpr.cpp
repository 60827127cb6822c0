//===- SemaExpr.cpp - Expressions and operators ---------------------------===//
//
// Expressions, as go/types' expr.go. check turns an expression into an
// Operand (mode, type, constant value) and records it in SemaInfo::Exprs.
// An untyped operand stays untyped until its context converts it
// (assignment, the other operand of a binary operator, a conversion, or its
// default type), and the conversion rewrites the types recorded for the
// untyped sub-expressions (updateExprType), so codegen sees only typed
// expressions. Here: literals, unary and binary operators, shifts and
// comparisons, constant folding with gc's overflow errors, function
// literals and type assertions.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace gort::sema {

void Checker::record(const Operand &X) {
  if (!X.E)
    return;
  TypeAndValue &TV = Info.Exprs[X.E];
  TV.M = X.M;
  TV.T = X.T;
  TV.Val = X.Val;
}

void Checker::recordType(const Expr *E, Type *T) {
  TypeAndValue &TV = Info.Exprs[E];
  TV.M = TypeAndValue::TypeExpr;
  TV.T = T;
}

/// The constant left operand of a non-constant shift (1 << s) gets its
/// type from the context; like types2's updateExprType, reports each
/// level of it (parentheses, then the constant) whose value T cannot hold.
void Checker::checkShiftedConst(const Expr *E, Type *T) {
  if (!isInteger(T) || isUntyped(T))
    return;
  for (unsigned Guard = 0; E && Guard < 100000; ++Guard) {
    auto It = Info.Exprs.find(E);
    if (It == Info.Exprs.end() || !isUntyped(It->second.T) ||
        It->second.M != TypeAndValue::Constant ||
        It->second.Val.K != ConstValue::Int)
      return;
    if (!representable(It->second.Val.I, basicKind(T), Ctx.wordBits())) {
      Operand X;
      X.M = It->second.M;
      X.T = It->second.T;
      X.Val = It->second.Val;
      X.E = E;
      overflowError(X, T);
    }
    auto *P = dyn_cast<ParenExpr>(E);
    E = P ? P->X.get() : nullptr;
  }
}

/// Gives the untyped expression E (and its untyped operands) type T, as
/// go/types' updateExprType.
void Checker::updateExprType(const Expr *E, Type *T) {
  for (unsigned Guard = 0; E && Guard < 100000; ++Guard) {
    auto It = Info.Exprs.find(E);
    if (It == Info.Exprs.end() || !isUntyped(It->second.T))
      return;
    It->second.T = T;
    if (auto *P = dyn_cast<ParenExpr>(E)) {
      E = P->X.get();
    } else if (auto *U = dyn_cast<UnaryExpr>(E)) {
      if (U->Op == Tok::Not || U->Op == Tok::Arrow)
        return;
      E = U->X.get();
    } else if (auto *B = dyn_cast<BinaryExpr>(E)) {
      switch (B->Op) {
      case Tok::Eql:
      case Tok::Neq:
      case Tok::Lss:
      case Tok::Leq:
      case Tok::Gtr:
      case Tok::Geq:
        return; // operands keep their own types
      case Tok::Shl:
      case Tok::Shr:
        if (It->second.M != TypeAndValue::Constant) {
          // 1 << s where the context wants a float (types2's words).
          if (!isUntyped(T) && !isInteger(T)) {
            errorAt(E, "invalid operation: " + exprString(E) +
                           " (shift of type " + typeString(T) + ")");
            return;
          }
          checkShiftedConst(B->X.get(), T);
        }
        E = B->X.get();
        break;
      default:
        if (!isBoolean(T) || (B->Op != Tok::LAnd && B->Op != Tok::LOr)) {
          // Recursion on one side, iteration on the other keeps the stack
          // shallow for long left-leaning chains (1+1+...+1).
          if (B->X->getKind() == Node::NK_BinaryExpr) {
            updateExprType(B->Y.get(), T);
            E = B->X.get();
          } else {
            updateExprType(B->X.get(), T);
            E = B->Y.get();
          }
        } else {
          updateExprType(B->Y.get(), T);
          E = B->X.get();
        }
      }
    } else {
      return;
    }
  }
}

void Checker::check(const Expr *E, Operand &X, unsigned Depth) {
  X = Operand();
  X.E = E;
  if (!E)
    return;
  if (++NestDepth > MaxNest) {
    if (NestDepth == MaxNest + 1)
      error(E->getLoc(), "expression nested too deeply");
    --NestDepth;
    return;
  }
  checkRaw(E, X, Depth);
  --NestDepth;
  X.E = E;
  // A value of a type that could not be resolved (often one of a later
  // tier, already reported) is not reported again.
  if (X.M != TypeAndValue::NoValue && X.M != TypeAndValue::Builtin &&
      X.M != TypeAndValue::Package && isInvalid(X.T))
    X.M = TypeAndValue::Invalid;
  if (X.isInvalid())
    X.T = Ctx.invalid();
  record(X);
}

Operand Checker::value(const Expr *E, unsigned Depth) {
  Operand X;
  check(E, X, Depth);
  singleValue(X);
  return X;
}

/// Reports X if it is not a single value; returns false then.
bool Checker::singleValue(Operand &X) {
  switch (X.M) {
  case TypeAndValue::Invalid:
    return false;
  case TypeAndValue::NoValue:
    errorAt(X.E, exprString(X.E) + " (no value) used as value");
    break;
  case TypeAndValue::Builtin:
    errorAt(X.E, exprString(X.E) + " (built-in) must be called");
    break;
  case TypeAndValue::TypeExpr:
    errorAt(X.E, exprString(X.E) + " (type) is not an expression");
    break;
  case TypeAndValue::Package:
    errorAt(X.E, "use of package " + exprString(X.E) + " not in selector");
    break;
  case TypeAndValue::CommaOk:
    // Used as a single value after all: so are the parenthesized
    // expressions inside.
    X.M = TypeAndValue::Value;
    X.T = cast<TupleType>(X.T)->Elems[0];
    for (const Expr *E = X.E; E;) {
      auto It = Info.Exprs.find(E);
      if (It != Info.Exprs.end() && It->second.M == TypeAndValue::CommaOk) {
        It->second.M = TypeAndValue::Value;
        It->second.T = X.T;
      }
      auto *P = dyn_cast<ParenExpr>(E);
      E = P ? P->X.get() : nullptr;
    }
    record(X);
    return true;
  default:
    if (isa_and_nonnull<TupleType>(X.T)) {
      errorAt(X.E, "multiple-value " + operandString(X) +
                       " in single-value context");
      break;
    }
    return true;
  }
  X.M = TypeAndValue::Invalid;
  X.T = Ctx.invalid();
  return false;
}

void Checker::checkRaw(const Expr *E, Operand &X, unsigned Depth) {
  switch (E->getKind()) {
  case Node::NK_BadExpr:
    return;
  case Node::NK_Ident:
    return ident(cast<Ident>(E), X);
  case Node::NK_BasicLit:
    return basicLit(cast<BasicLit>(E), X);
  case Node::NK_FuncLit:
    return funcLit(cast<FuncLit>(E), X);
  case Node::NK_ParenExpr: {
    check(cast<ParenExpr>(E)->X.get(), X, Depth + 1);
    return;
  }
  case Node::NK_SelectorExpr:
    return selector(cast<SelectorExpr>(E), X);
  case Node::NK_UnaryExpr:
    return unary(cast<UnaryExpr>(E), X, Depth);
  case Node::NK_BinaryExpr:
    return binary(cast<BinaryExpr>(E), X, Depth);
  case Node::NK_CallExpr:
    return call(cast<CallExpr>(E), X, Depth);
  case Node::NK_TypeAssertExpr:
    return typeAssert(cast<TypeAssertExpr>(E), X, Depth);
  case Node::NK_ChanType:
  case Node::NK_FuncType:
  case Node::NK_InterfaceType:
  case Node::NK_ArrayType:
  case Node::NK_MapType:
  case Node::NK_StructType: {
    Type *T = typeOf(E);
    if (isInvalid(T))
      return;
    X.M = TypeAndValue::TypeExpr;
    X.T = T;
    return;
  }
  case Node::NK_CompositeLit:
    return compositeLit(cast<CompositeLit>(E), nullptr, X, Depth);
  case Node::NK_IndexExpr:
    return indexExpr(cast<IndexExpr>(E), X, Depth);
  case Node::NK_SliceExpr:
    return sliceExpr(cast<SliceExpr>(E), X, Depth);
  case Node::NK_StarExpr:
    return indirect(cast<StarExpr>(E), X, Depth);
  case Node::NK_KeyValueExpr:
    unsupported(E->getLoc(), "composite literals");
    return;
  case Node::NK_Ellipsis:
    unsupported(E->getLoc(), "variadic functions");
    return;
  default:
    return;
  }
}

/// Parses the digits of an integer literal (any base, with underscores).
static bool parseIntLit(StringRef Text, APInt &V) {
  std::string Digits;
  for (char C : Text)
    if (C != '_')
      Digits += C;
  StringRef D = Digits;
  unsigned Radix = 10;
  if (D.size() > 1 && D[0] == '0') {
    char P = D[1] | 0x20;
    if (P == 'x')
      Radix = 16, D = D.drop_front(2);
    else if (P == 'b')
      Radix = 2, D = D.drop_front(2);
    else if (P == 'o')
      Radix = 8, D = D.drop_front(2);
    else
      Radix = 8, D = D.drop_front(1);
  }
  if (D.empty() || D.size() > 400)
    return false;
  for (char C : D)
    if (!llvm::isHexDigit(C) || llvm::hexDigitValue(C) >= Radix)
      return false;
  V = APInt(ConstValue::ConstBits, D, Radix);
  return true;
}

void Checker::basicLit(const BasicLit *L, Operand &X) {
  APInt V;
  switch (L->LitKind) {
  case Tok::Int:
    if (!parseIntLit(L->Text, V)) {
      error(L->getLoc(), "constant overflow");
      return;
    }
    X.T = Ctx.basic(BasicKind::UntypedInt);
    X.Val = ConstValue::makeInt(V);
    break;
  case Tok::Float:
    X.Val = ConstValue::parseFloat(L->Text);
    if (!X.Val.isValid()) {
      error(L->getLoc(), "constant overflow");
      return;
    }
    X.T = Ctx.basic(BasicKind::UntypedFloat);
    break;
  case Tok::Imag:
    unsupported(L->getLoc(), "complex numbers");
    return;
  case Tok::Rune:
    X.T = Ctx.basic(BasicKind::UntypedRune);
    X.Val = ConstValue::makeInt(int64_t(L->RuneValue));
    break;
  case Tok::String:
    X.T = Ctx.basic(BasicKind::UntypedString);
    X.Val = ConstValue::makeString(L->Value);
    break;
  default:
    return;
  }
  X.M = TypeAndValue::Constant;
}

void Checker::funcLit(const FuncLit *FL, Operand &X) {
  FuncInfo &FI = Info.Funcs[FL];
  Scope *FS = new Scope(Cur);
  std::unique_ptr<Scope> Owner(FS);
  FI.Sig = signature(FL->Type.get(), &FI, FS, FL);
  if (FL->Body)
    funcBody(FL, &FI, FL->Body.get(), FS);
  X.M = TypeAndValue::Value;
  X.T = FI.Sig;
}

void Checker::unary(const UnaryExpr *U, Operand &X, unsigned Depth) {
  if (U->Op == Tok::And)
    return addressOf(U, X, Depth);
  Operand Y;
  check(U->X.get(), Y, Depth + 1);
  if (!singleValue(Y))
    return;
  X = Y;
  X.E = U;
  X.Obj = nullptr;
  if (U->Op == Tok::Arrow) {
    auto *C = dyn_cast<ChannelType>(underlying(Y.T));
    if (!C) {
      errorAt(Y.E, "invalid operation: cannot receive from non-channel " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (C->Dir == ChannelType::SendOnly) {
      errorAt(Y.E, "invalid operation: cannot receive from send-only channel " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    // Comma-ok capable; callers that want one value call singleValue.
    if (isInvalid(C->Elem)) {
      X.M = TypeAndValue::Invalid;
      return;
    }
    X.M = TypeAndValue::CommaOk;
    X.T = Ctx.resultType(Ctx.func({}, {C->Elem, Ctx.basic(BasicKind::Bool)}));
    return;
  }
  bool Ok;
  switch (U->Op) {
  case Tok::Not:
    Ok = isBoolean(Y.T);
    break;
  case Tok::Add:
  case Tok::Sub:
    Ok = isNumeric(Y.T);
    break;
  case Tok::Xor:
    Ok = isInteger(Y.T);
    break;
  default:
    Ok = false;
  }
  if (!Ok) {
    errorAt(Y.E, "invalid operation: operator " + tokSpelling(U->Op) +
                     " not defined on " + operandString(Y));
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (Y.isConst()) {
    switch (U->Op) {
    case Tok::Not:
      X.Val = ConstValue::makeBool(!Y.Val.B);
      break;
    case Tok::Sub:
      X.Val = isFloat(Y.T) ? ratNeg(Y.Val) : ConstValue::makeInt(-Y.Val.I);
      break;
    case Tok::Xor:
      if (isUnsigned(Y.T)) {
        unsigned Bits = intBits(basicKind(Y.T), Ctx.wordBits());
        APInt Mask = APInt::getLowBitsSet(ConstValue::ConstBits, Bits);
        X.Val = ConstValue::makeInt(Y.Val.I ^ Mask);
      } else {
        X.Val = ConstValue::makeInt(~Y.Val.I);
      }
      break;
    default:
      break;
    }
    checkOverflow(X);
    return;
  }
  X.M = TypeAndValue::Value;
}

/// Reports a constant that does not fit its type, as types2's overflow;
/// returns false then. A typed float constant is rounded to its type.
/// Untyped floats are unlimited (go/constant's are).
bool Checker::checkOverflow(Operand &X) {
  if (!X.isConst() || !X.Val.isNumber())
    return true;
  BasicKind K = basicKind(X.T);
  if (K == BasicKind::UntypedFloat)
    return true;
  if (isUntyped(X.T)) {
    if (X.Val.K == ConstValue::Int &&
        representable(X.Val.I, K, Ctx.wordBits()))
      return true;
    errorAt(X.E, "constant overflow");
  } else {
    ConstValue R = X.Val;
    if (representableConst(X.Val, K, Ctx.wordBits(), &R)) {
      X.Val = R;
      return true;
    }
    errorAt(X.E, operandString(X) + " overflows " + typeString(X.T));
  }
  X.M = TypeAndValue::Invalid;
  return false;
}

static bool isComparison(Tok Op) {
  return Op == Tok::Eql || Op == Tok::Neq || Op == Tok::Lss ||
         Op == Tok::Leq || Op == Tok::Gtr || Op == Tok::Geq;
}

void Checker::binary(const BinaryExpr *B, Operand &X, unsigned Depth) {
  X = value(B->X.get(), Depth + 1);
  Operand Y = value(B->Y.get(), Depth + 1);
  if (X.isInvalid() || Y.isInvalid()) {
    X.M = TypeAndValue::Invalid;
    return;
  }
  binaryOp(B, B->X.get(), B->Y.get(), B->Op, X, Y);
}

/// go/types' canMix: whether an untyped operand is converted to the other
/// operand's type at all. If not, the operation reports mismatched types.
static bool canMix(const Operand &X, const Operand &Y) {
  if (isInterface(X.T) || isInterface(Y.T))
    return true;
  if (isBoolean(X.T) != isBoolean(Y.T) || isString(X.T) != isString(Y.T))
    return false;
  if (basicKind(X.T) == BasicKind::UntypedNil && !hasNil(Y.T))
    return false;
  if (basicKind(Y.T) == BasicKind::UntypedNil && !hasNil(X.T))
    return false;
  return true;
}

/// go/types' kindString: what an operator is not defined on.
static std::string kindString(Type *T) {
  if (isChan(T))
    return "chan";
  if (isFunc(T))
    return "func";
  if (isMap(T))
    return "map";
  if (isa<SliceTy>(underlying(T)))
    return "slice";
  if (isInterface(T))
    return "interface";
  return typeString(T);
}

/// The operation of a mismatched-types error: x + y, or x += y when E is
/// the left operand (an op-assignment, positioned there).
static std::string operationString(const Expr *E, const Expr *LhsE,
                                   const Expr *RhsE, Tok Op) {
  if (E != LhsE)
    return exprString(E);
  return exprString(LhsE) + " " + tokSpelling(Op).str() + "= " +
         exprString(RhsE);
}

/// Converts untyped operands to each other's type for a binary operation
/// where they can mix; reports a failed conversion and returns false.
/// Operands that cannot mix keep their types, for the caller's error.
bool Checker::matchTypes(Operand &X, Operand &Y) {
  bool UX = isUntyped(X.T), UY = isUntyped(Y.T);
  if ((!UX && !UY) || !canMix(X, Y))
    return true;
  if (UX && UY) {
    // The "larger" kind wins: int < rune < float; as go/types, the other
    // operand is recorded with it (3 in 1.0 / 3 is an untyped float).
    if (isNumeric(X.T) && isNumeric(Y.T)) {
      Type *Max = basicKind(X.T) > basicKind(Y.T) ? X.T : Y.T;
      if (!identical(X.T, Max))
        updateExprType(X.E, Max);
      if (!identical(Y.T, Max))
        updateExprType(Y.E, Max);
      X.T = Y.T = Max;
    }
    return true;
  }
  Operand &U = UX ? X : Y;
  Operand &T = UX ? Y : X;
  std::string Why;
  if (implicitType(U, T.T, Why))
    return true;
  return invalidConversion(U, T.T, Why);
}

void Checker::binaryOp(const Expr *E, const Expr *LhsE, const Expr *RhsE,
                       Tok Op, Operand &X, Operand &Y) {
  if (Op == Tok::Shl || Op == Tok::Shr)
    return shift(E, Op, X, Y);
  bool XNil = basicKind(X.T) == BasicKind::UntypedNil;
  bool YNil = basicKind(Y.T) == BasicKind::UntypedNil;
  if (!matchTypes(X, Y)) {
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (isComparison(Op))
    return comparison(E, Op, X, Y, XNil, YNil);
  if (!identical(X.T, Y.T)) {
    errorAt(X.E, "invalid operation: " +
                     operationString(E, LhsE, RhsE, Op) +
                     " (mismatched types " + typeString(X.T) + " and " +
                     typeString(Y.T) + ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  bool Ok;
  switch (Op) {
  case Tok::Add:
    Ok = isNumeric(X.T) || isString(X.T);
    break;
  case Tok::Sub:
  case Tok::Mul:
  case Tok::Quo:
    Ok = isNumeric(X.T);
    break;
  case Tok::LAnd:
  case Tok::LOr:
    Ok = isBoolean(X.T);
    break;
  default:
    Ok = isInteger(X.T);
  }
  if (!Ok) {
    errorAt(X.E, "invalid operation: operator " + tokSpelling(Op) +
                     " not defined on " + operandString(X));
    X.M = TypeAndValue::Invalid;
    return;
  }
  // As go/types: a float variable divided by a constant zero is fine
  // (±Inf or NaN at run time).
  if ((Op == Tok::Quo || Op == Tok::Rem) &&
      (X.isConst() || isInteger(X.T)) && Y.isConst() &&
      Y.Val.isNumber() && ratSign(Y.Val) == 0) {
    errorAt(Y.E, "invalid operation: division by zero");
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (X.isConst() && Y.isConst()) {
    constOp(E, Op, X, Y);
    return;
  }
  X.M = TypeAndValue::Value;
  X.E = E;
}

/// Folds X Op Y for constant operands of matching type into X.
bool Checker::constOp(const Expr *E, Tok Op, Operand &X, const Operand &Y) {
  X.E = E;
  if (X.Val.K == ConstValue::String) {
    X.Val = ConstValue::makeString(X.Val.S + Y.Val.S);
    return true;
  }
  if (X.Val.K == ConstValue::Bool) {
    X.Val = ConstValue::makeBool(Op == Tok::LAnd ? X.Val.B && Y.Val.B
                                                 : X.Val.B || Y.Val.B);
    return true;
  }
  if (isFloat(X.T)) {
    // Exact rational arithmetic; checkOverflow rounds a typed result.
    switch (Op) {
    case Tok::Add:
      X.Val = ratAdd(X.Val, Y.Val);
      break;
    case Tok::Sub:
      X.Val = ratSub(X.Val, Y.Val);
      break;
    case Tok::Mul:
      X.Val = ratMul(X.Val, Y.Val);
      break;
    default:
      X.Val = ratQuo(X.Val, Y.Val);
    }
    return checkOverflow(X);
  }
  const APInt &A = X.Val.I, &B = Y.Val.I;
  APInt R;
  switch (Op) {
  case Tok::Add:
    R = A + B;
    break;
  case Tok::Sub:
    R = A - B;
    break;
  case Tok::Mul:
    if (A.getSignificantBits() + B.getSignificantBits() >
        ConstValue::ConstBits - 2) {
      errorAt(X.E, "constant multiplication overflow");
      X.M = TypeAndValue::Invalid;
      return false;
    }
    R = A * B;
    break;
  case Tok::Quo:
    R = A.sdiv(B);
    break;
  case Tok::Rem:
    R = A.srem(B);
    break;
  case Tok::And:
    R = A & B;
    break;
  case Tok::Or:
    R = A | B;
    break;
  case Tok::Xor:
    R = A ^ B;
    break;
  case Tok::AndNot:
    R = A & ~B;
    break;
  default:
    R = A;
  }
  X.Val = ConstValue::makeInt(R);
  return checkOverflow(X);
}

void Checker::shift(const Expr *E, Tok Op, Operand &X, Operand &Y) {
  // An untyped constant operand must be representable as an int (1.0 << 2).
  if (!isInteger(X.T) &&
      !(isUntyped(X.T) && X.isConst() && X.Val.K == ConstValue::Int)) {
    errorAt(X.E, "invalid operation: shifted operand " + operandString(X) +
                     " must be integer");
    X.M = TypeAndValue::Invalid;
    return;
  }
  Operand YUntyped = Y; // messages print the count as written
  if (Y.isConst()) {
    if (!isInteger(Y.T) && !(isUntyped(Y.T) && Y.Val.isNumber())) {
      errorAt(Y.E, "invalid operation: shift count " + operandString(Y) +
                       " must be integer");
      X.M = TypeAndValue::Invalid;
      return;
    }
    // -1 and -1.0 are negative counts; -1.5 is not an integer.
    if (Y.Val.K == ConstValue::Int && Y.Val.I.isNegative()) {
      errorAt(Y.E, "invalid operation: negative shift count " +
                       operandString(Y));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (isUntyped(Y.T)) {
      // An untyped constant count must fit uint (32 bits on 386 and arm).
      Type *UintT = Ctx.basic(BasicKind::Uint);
      if (!representableConst(Y.Val, BasicKind::Uint, Ctx.wordBits())) {
        invalidConversion(Y, UintT,
                          Y.Val.K == ConstValue::Int ? "overflows"
                                                     : "truncated");
        X.M = TypeAndValue::Invalid;
        return;
      }
      updateExprType(Y.E, Ctx.basic(BasicKind::Uint));
      Y.T = Ctx.basic(BasicKind::Uint);
    }
  } else if (!isInteger(Y.T)) {
    errorAt(Y.E, "invalid operation: shift count " + operandString(Y) +
                     " must be integer");
    X.M = TypeAndValue::Invalid;
    return;
  } else if (isUntyped(Y.T)) {
    Operand YY = Y;
    convertUntyped(YY, Ctx.basic(BasicKind::Uint));
  }
  if (X.isConst() && Y.isConst()) {
    uint64_t N = Y.Val.I.getActiveBits() > 32 ? ~0ull : Y.Val.I.getZExtValue();
    if (isUntyped(X.T) && basicKind(X.T) == BasicKind::UntypedFloat)
      X.T = Ctx.basic(BasicKind::UntypedInt);
    X.E = E;
    // types2's bound: large enough to express the smallest float64.
    if (N > 1023 - 1 + 52) {
      errorAt(Y.E, "invalid operation: invalid shift count " +
                       operandString(YUntyped));
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (Op == Tok::Shl) {
      // Untyped constants are limited to 512 bits of magnitude.
      APInt Mag = X.Val.I.abs();
      if (isUntyped(X.T) && !Mag.isZero() && Mag.getActiveBits() + N > 512) {
        error(E->getLoc(), "constant shift overflow");
        X.M = TypeAndValue::Invalid;
        return;
      }
      if (X.Val.I.getSignificantBits() + N > 1000) {
        errorAt(Y.E, "invalid shift count " + operandString(Y));
        X.M = TypeAndValue::Invalid;
        return;
      }
      // The result must still fit the (typed or untyped) type.
      X.Val = ConstValue::makeInt(X.Val.I.shl(unsigned(N)));
      checkOverflow(X);
      return;
    }
    X.Val = ConstValue::makeInt(
        X.Val.I.ashr(unsigned(std::min<uint64_t>(N, ConstValue::ConstBits - 1))));
    return;
  }
  if (X.isConst() && isUntyped(X.T)) {
    // A non-constant shift of an untyped constant: its type comes from the
    // context, as if the shift were its left operand alone (2.0 << s is
    // an untyped float, an error unless the context wants an integer:
    // updateExprType).
    X.M = TypeAndValue::Value;
    X.E = E;
    return;
  }
  X.M = TypeAndValue::Value;
  X.E = E;
}

static bool isComparable(Type *T) {
  Type *U = underlying(T);
  return isa<BasicType>(U) || isa<ChannelType>(U) ||
         isa<InterfaceTy>(U) || isa<PointerTy>(U) ||
         ((isa<StructTy>(U) || isa<ArrayTy>(U)) && comparable(U));
}

/// Why a struct or array type is not comparable, as types2's comparable
/// reports it.
static std::string incomparableCause(Type *T) {
  Type *U = underlying(T);
  if (auto *S = dyn_cast<StructTy>(U)) {
    for (const StructField &F : S->Fields)
      if (!comparable(F.T))
        return "struct containing " + typeString(F.T) + " cannot be compared";
  }
  return typeString(T) + " cannot be compared";
}

void Checker::comparison(const Expr *E, Tok Op, Operand &X, Operand &Y,
                         bool XNil, bool YNil) {
  // As gc, a mismatch is reported at the second operand: only there is
  // it known.
  if (!assignableTo(X, Y.T) && !assignableTo(Y, X.T)) {
    errorAt(Y.E, "invalid operation: " + exprString(E) +
                     " (mismatched types " + typeString(X.T) + " and " +
                     typeString(Y.T) + ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  if (Op == Tok::Eql || Op == Tok::Neq) {
    if (XNil && YNil) {
      errorAt(Y.E, "invalid operation: " + exprString(E) +
                       " (operator " + tokSpelling(Op) +
                       " not defined on untyped nil)");
      X.M = TypeAndValue::Invalid;
      return;
    }
    const Operand &NonNil = XNil ? Y : X;
    // types2's incomparableCause, at the operand that cannot be compared.
    auto OnlyNil = [](Type *T) {
      return isFunc(T) || isMap(T) || isa<SliceTy>(underlying(T));
    };
    if (!XNil && !YNil && (OnlyNil(X.T) || OnlyNil(Y.T))) {
      const Operand &Bad = OnlyNil(X.T) ? X : Y;
      errorAt(Bad.E, "invalid operation: " + exprString(E) + " (" +
                         kindString(Bad.T) + " can only be compared to nil)");
      X.M = TypeAndValue::Invalid;
      return;
    }
    if ((XNil || YNil) && !hasNil(NonNil.T)) {
      errorAt(X.E, "invalid operation: " + exprString(E) +
                       " (mismatched types " + typeString(X.T) + " and " +
                       typeString(Y.T) + ")");
      X.M = TypeAndValue::Invalid;
      return;
    }
    if (!isComparable(NonNil.T) && !OnlyNil(NonNil.T)) {
      errorAt(X.E, "invalid operation: " + exprString(E) + " (" +
                       incomparableCause(NonNil.T) + ")");
      X.M = TypeAndValue::Invalid;
      return;
    }
  } else if (!isOrdered(X.T)) {
    errorAt(X.E, "invalid operation: " + exprString(E) + " (operator " +
                     tokSpelling(Op) + " not defined on " + kindString(X.T) +
                     ")");
    X.M = TypeAndValue::Invalid;
    return;
  }
  // Untyped operands compared with each other keep their kinds; against a
  // typed operand they were converted by matchTypes. Nil becomes the other
  // operand's type.
  if (XNil && !YNil)
    updateExprType(X.E, Y.T);
  if (YNil && !XNil)
    updateExprType(Y.E, X.T);
  if (X.isConst() && Y.isConst()) {
    bool R = false;
    int C = 0;
    if (X.Val.isNumber())
      C = ratCmp(X.Val, Y.Val);
    else if (X.Val.K == ConstValue::String)
      C = X.Val.S < Y.Val.S ? -1 : X.Val.S == Y.Val.S ? 0 : 1;
    else
      C = X.Val.B == Y.Val.B ? 0 : 1;
    switch (Op) {
    case Tok::Eql:
      R = C == 0;
      break;
    case Tok::Neq:
      R = C != 0;
      break;
    case Tok::Lss:
      R = C < 0;
      break;
    case Tok::Leq:
      R = C <= 0;
      break;
    case Tok::Gtr:
      R = C > 0;
      break;
    default:
      R = C >= 0;
    }
    X.Val = ConstValue::makeBool(R);
    X.M = TypeAndValue::Constant;
  } else {
    X.M = TypeAndValue::Value;
    // Untyped operands of a non-constant comparison get default types.
    if (isUntyped(X.T) && !XNil)
      useDefault(X);
    if (isUntyped(Y.T) && !YNil)
      useDefault(Y);
  }
  X.E = E;
  X.T = Ctx.basic(BasicKind::UntypedBool);
}

void Checker::typeAssert(const TypeAssertExpr *TA, Operand &X,
                         unsigned Depth) {
  if (!TA->Type) {
    // gc's words; it does not check (or use) the operand then.
    errorAt(TA, "invalid AST: use of .(type) outside type switch");
    return;
  }
  Operand Y = value(TA->X.get(), Depth + 1);
  if (Y.isInvalid())
    return;
  if (!isInterface(Y.T)) {
    errorAt(Y.E, "invalid operation: " + operandString(Y) +
                     " is not an interface");
    return;
  }
  Type *T = typeOf(TA->Type.get());
  if (isInvalid(T))
    return;
  if (!isInterface(T)) {
    std::string Why;
    if (!implements(T, Y.T, Why)) {
      errorAt(TA, "impossible type assertion: " + exprString(TA) + "\n\t" +
                      typeString(T) + " does not implement " +
                      typeString(Y.T) + " " + Why);
      return;
    }
  }
  X.M = TypeAndValue::CommaOk;
  X.T = Ctx.resultType(Ctx.func({}, {T, Ctx.basic(BasicKind::Bool)}));
}

} // namespace gort::sema
