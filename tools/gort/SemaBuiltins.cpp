//===- SemaBuiltins.cpp - Calls of the built-in functions -----------------===//
//
// Calls of the built-in functions, as go/types' builtins.go: the count of
// arguments (checked first, as gc does), then each built-in's rules: len
// and cap, append and copy, close, make of a slice, map or channel, new,
// delete, panic, print and println, recover. complex, real and imag
// belong to a later tier.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

void Checker::builtinCall(const CallExpr *C, Object *B, Operand &X,
                          unsigned Depth) {
  const std::string &Name = B->Name;
  std::string Call = exprString(C);
  size_t N = C->Args.size();
  auto Count = [&](size_t Min, size_t Max) {
    if (N < Min || N > Max) {
      // gc checks the arguments first: they are used.
      if (B->Id != BuiltinId::Make && B->Id != BuiltinId::New)
        for (const ExprPtr &A : C->Args) {
          Operand Arg;
          check(A.get(), Arg, Depth + 1);
        }
      errorAt(C, std::string("invalid operation: ") +
                     (N < Min ? "not enough" : "too many") +
                     " arguments for " + Call + " (expected " +
                     std::to_string(N < Min ? Min : Max) + ", found " +
                     std::to_string(N) + ")");
      return false;
    }
    return true;
  };
  if (C->HasEllipsis && B->Id != BuiltinId::Append) {
    errorAt(C, "invalid operation: invalid use of ... with built-in " + Name);
    for (const ExprPtr &A : C->Args) {
      Operand Arg;
      check(A.get(), Arg, Depth + 1);
    }
    return;
  }
  switch (B->Id) {
  case BuiltinId::Len:
  case BuiltinId::Cap:
    if (!Count(1, 1))
      return;
    return lenCap(C, B, X, Depth);
  case BuiltinId::Append:
    if (!Count(1, ~size_t(0)))
      return;
    return appendCall(C, X, Depth);
  case BuiltinId::Copy:
    if (!Count(2, 2))
      return;
    return copyCall(C, X, Depth);
  case BuiltinId::Close: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    auto *CT = dyn_cast<ChannelType>(underlying(A.T));
    if (!CT) {
      errorAt(A.E, "invalid operation: cannot close non-channel " +
                       operandString(A));
      return;
    }
    if (CT->Dir == ChannelType::RecvOnly) {
      errorAt(A.E, "invalid operation: cannot close receive-only channel " +
                       operandString(A));
      return;
    }
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Make: {
    if (!Count(1, ~size_t(0)))
      return;
    Type *T = typeOf(C->Args[0].get());
    if (isInvalid(T))
      return;
    if (isa<SliceTy>(underlying(T)))
      return makeSlice(C, T, X, Depth);
    if (!isChan(T) && !isMap(T)) {
      errorAt(C->Args[0].get(), "invalid argument: cannot make " +
                                    exprString(C->Args[0].get()) +
                                    "; type must be slice, map, or channel");
      return;
    }
    if (N > 2) {
      errorAt(C, "invalid operation: " + Call + " expects 1 or 2 arguments; "
                                               "found " + std::to_string(N));
      return;
    }
    if (N == 2) {
      Operand Size = value(C->Args[1].get(), Depth + 1);
      if (Size.isInvalid())
        return;
      // As go/types' index check: an untyped size becomes an int first.
      Type *IntT = Ctx.basic(BasicKind::Int);
      std::string Why;
      if (isUntyped(Size.T) && !implicitType(Size, IntT, Why)) {
        invalidConversion(Size, IntT, Why);
        return;
      }
      if (!isInteger(Size.T)) {
        errorAt(Size.E, "invalid argument: index " + operandString(Size) +
                            " must be integer");
        return;
      }
      if (Size.isConst() && Size.Val.I.isNegative()) {
        errorAt(Size.E, "invalid argument: index " + operandString(Size) +
                            " must not be negative");
        return;
      }
    }
    X.M = TypeAndValue::Value;
    X.T = T;
    return;
  }
  case BuiltinId::Delete: {
    // As types2: the arguments first, then the map, then the key.
    if (!Count(2, 2))
      return;
    Operand M = value(C->Args[0].get(), Depth + 1);
    Operand K = value(C->Args[1].get(), Depth + 1);
    if (M.isInvalid() || K.isInvalid())
      return;
    auto *MT = dyn_cast<MapTy>(underlying(M.T));
    if (!MT) {
      errorAt(M.E, "invalid argument: " + operandString(M) + " is not a map");
      return;
    }
    assign(K, MT->Key, "argument to delete");
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Panic: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    assign(A, Ctx.emptyInterface(), "argument to panic");
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (const ExprPtr &E : C->Args) {
      Operand A;
      check(E.get(), A, Depth + 1);
      // gc accepts print(f()) for a call f with several results.
      if (C->Args.size() == 1 && A.M == TypeAndValue::Value &&
          isa_and_nonnull<TupleType>(A.T))
        continue;
      singleValue(A);
      if (A.isInvalid())
        continue;
      if (basicKind(A.T) == BasicKind::UntypedNil) {
        errorAt(A.E, "use of untyped nil in argument to built-in " + Name);
        continue;
      }
      useDefault(A, "argument to " + Name);
      // gc's back end (walk) refuses arrays and structs, at the call's
      // parenthesis, naming print.
      Type *U = underlying(A.T);
      if (isa<ArrayTy>(U) || isa<StructTy>(U))
        error(C->getLoc(), "illegal types for operand: print\n\t" +
                               typeString(A.T));
    }
    X.M = TypeAndValue::NoValue;
    return;
  }
  case BuiltinId::New: {
    if (!Count(1, 1))
      return;
    Type *T = typeOf(C->Args[0].get());
    if (isInvalid(T))
      return;
    X.M = TypeAndValue::Value;
    X.T = Ctx.pointerTo(T);
    return;
  }
  case BuiltinId::Recover:
    if (!Count(0, 0))
      return;
    if (CurFunc && CurFunc->Info)
      CurFunc->Info->CallsRecover = true;
    X.M = TypeAndValue::Value;
    X.T = Ctx.emptyInterface();
    return;
  default:
    unsupported(C->Fun->getLoc(), Name, true);
    return;
  }
}

/// Sema.h's hasCallOrRecv: whether evaluating E calls a function (not a
/// conversion or a constant built-in call) or receives from a channel.
static bool callOrRecv(const Expr *E, const SemaInfo &Info) {
  if (!E)
    return false;
  auto Any = [&](const ExprList &L) {
    for (const ExprPtr &X : L)
      if (callOrRecv(X.get(), Info))
        return true;
    return false;
  };
  switch (E->getKind()) {
  case Node::NK_ParenExpr:
    return callOrRecv(cast<ParenExpr>(E)->X.get(), Info);
  case Node::NK_SelectorExpr:
    return callOrRecv(cast<SelectorExpr>(E)->X.get(), Info);
  case Node::NK_IndexExpr:
    return callOrRecv(cast<IndexExpr>(E)->X.get(), Info) ||
           callOrRecv(cast<IndexExpr>(E)->Index.get(), Info);
  case Node::NK_StarExpr:
    return callOrRecv(cast<StarExpr>(E)->X.get(), Info);
  case Node::NK_UnaryExpr:
    return cast<UnaryExpr>(E)->Op == Tok::Arrow ||
           callOrRecv(cast<UnaryExpr>(E)->X.get(), Info);
  case Node::NK_BinaryExpr:
    return callOrRecv(cast<BinaryExpr>(E)->X.get(), Info) ||
           callOrRecv(cast<BinaryExpr>(E)->Y.get(), Info);
  case Node::NK_TypeAssertExpr:
    return callOrRecv(cast<TypeAssertExpr>(E)->X.get(), Info);
  case Node::NK_KeyValueExpr:
    return callOrRecv(cast<KeyValueExpr>(E)->Key.get(), Info) ||
           callOrRecv(cast<KeyValueExpr>(E)->Value.get(), Info);
  case Node::NK_CompositeLit:
    return Any(cast<CompositeLit>(E)->Elts);
  case Node::NK_CallExpr: {
    auto *C = cast<CallExpr>(E);
    auto Fun = Info.Exprs.find(C->Fun.get());
    if (Fun != Info.Exprs.end() && Fun->second.M == TypeAndValue::TypeExpr)
      return Any(C->Args);
    auto It = Info.Exprs.find(C);
    return It == Info.Exprs.end() || It->second.M != TypeAndValue::Constant;
  }
  default:
    return false;
  }
}

} // namespace gort::sema

bool gort::hasCallOrRecv(const Expr *E, const SemaInfo &Info) {
  return sema::callOrRecv(E, Info);
}

namespace gort::sema {

/// len(x) and cap(x): of strings (len only; constant for a constant),
/// arrays and pointers to arrays (constant unless x calls or receives),
/// slices and channels.
void Checker::lenCap(const CallExpr *C, Object *B, Operand &X,
                     unsigned Depth) {
  bool IsLen = B->Id == BuiltinId::Len;
  Operand A = value(C->Args[0].get(), Depth + 1);
  if (A.isInvalid())
    return;
  X.T = Ctx.basic(BasicKind::Int);
  X.M = TypeAndValue::Value;
  Type *U = underlying(A.T);
  // x of a type inside its own declaration, which has no underlying type
  // yet: an int, not constant, as types2's.
  if (!U)
    return;
  if (auto *P = dyn_cast<PointerTy>(U))
    if (isa_and_nonnull<ArrayTy>(underlying(P->Elem)))
      U = underlying(P->Elem);
  if (isChan(U) || isa<SliceTy>(U) || (IsLen && isa<MapTy>(U)))
    return;
  if (auto *AT = dyn_cast<ArrayTy>(U)) {
    if (!hasCallOrRecv(C->Args[0].get(), Info)) {
      X.M = TypeAndValue::Constant;
      X.Val = ConstValue::makeInt(AT->Len);
    }
    return;
  }
  if (IsLen && isString(U)) {
    if (A.isConst()) {
      useDefault(A);
      X.M = TypeAndValue::Constant;
      X.Val = ConstValue::makeInt(int64_t(A.Val.S.size()));
    }
    return;
  }
  X.M = TypeAndValue::Invalid;
  errorAt(A.E, "invalid argument: " + operandString(A) + " for " + B->Name);
}

/// make([]T, len[, cap]): integer sizes, constant ones non-negative and
/// ordered.
void Checker::makeSlice(const CallExpr *C, Type *T, Operand &X,
                        unsigned Depth) {
  size_t N = C->Args.size();
  if (N < 2 || N > 3) {
    errorAt(C, "invalid operation: " + exprString(C) +
                   " expects 2 or 3 arguments; found " + std::to_string(N));
    return;
  }
  int64_t Sizes[2] = {-1, -1};
  for (size_t I = 1; I < N; ++I)
    Sizes[I - 1] = indexValue(C->Args[I].get(), -1, Depth, nullptr);
  if (N == 3 && Sizes[0] >= 0 && Sizes[1] >= 0 && Sizes[0] > Sizes[1])
    errorAt(C->Args[1].get(), "invalid argument: length and capacity swapped");
  X.M = TypeAndValue::Value;
  X.T = T;
}

/// append(s, x...): s a slice; the rest assigned to its element type, or
/// append(s, t...) with t a slice (or, for []byte, a string).
void Checker::appendCall(const CallExpr *C, Operand &X, unsigned Depth) {
  Operand S = value(C->Args[0].get(), Depth + 1);
  if (S.isInvalid()) {
    for (size_t I = 1; I < C->Args.size(); ++I) {
      Operand Ignored;
      check(C->Args[I].get(), Ignored, Depth + 1);
    }
    return;
  }
  auto *ST = dyn_cast<SliceTy>(underlying(S.T));
  if (!ST) {
    std::string Cause = basicKind(S.T) == BasicKind::UntypedNil
                            ? "have untyped nil"
                            : "have " + operandString(S);
    errorAt(S.E, "first argument to append must be a slice; " + Cause);
    for (size_t I = 1; I < C->Args.size(); ++I) {
      Operand Ignored;
      check(C->Args[I].get(), Ignored, Depth + 1);
    }
    return;
  }
  X.M = TypeAndValue::Value;
  X.T = S.T;
  if (C->HasEllipsis) {
    if (C->Args.size() != 2) {
      std::vector<Operand> Args = argOperands(C, 1, Depth);
      bool Valid = true;
      for (const Operand &A : Args)
        Valid = Valid && !A.isInvalid();
      if (Valid) {
        Args.insert(Args.begin(), S);
        std::vector<Type *> Want{S.T, S.T};
        errorAt(C->Args[C->Args.size() > 2 ? 2 : 0].get(),
                std::string(C->Args.size() > 2 ? "too many" : "not enough") +
                    " arguments in call to append" +
                    haveWant(Args, Want, /*Variadic=*/true));
      }
      X.M = TypeAndValue::Invalid;
      return;
    }
    Operand T = value(C->Args[1].get(), Depth + 1);
    if (T.isInvalid())
      return;
    if (isByteSlice(S.T) && isString(T.T)) {
      useDefault(T);
      return;
    }
    assign(T, S.T, "argument to append");
    return;
  }
  for (size_t I = 1; I < C->Args.size(); ++I) {
    Operand A = value(C->Args[I].get(), Depth + 1);
    assign(A, ST->Elem, "argument to append");
  }
}

/// copy(dst, src): slices of identical element types, or a []byte and a
/// string.
void Checker::copyCall(const CallExpr *C, Operand &X, unsigned Depth) {
  Operand D = value(C->Args[0].get(), Depth + 1);
  if (D.isInvalid()) {
    Operand Ignored;
    check(C->Args[1].get(), Ignored, Depth + 1);
    return;
  }
  Operand S = value(C->Args[1].get(), Depth + 1);
  if (S.isInvalid())
    return;
  auto *DT = dyn_cast<SliceTy>(underlying(D.T));
  Type *SrcElem = nullptr;
  if (isString(S.T))
    SrcElem = Ctx.byteType();
  else if (auto *ST = dyn_cast<SliceTy>(underlying(S.T)))
    SrcElem = ST->Elem;
  if (!DT || !SrcElem) {
    errorAt(D.E, "invalid argument: copy expects slice arguments; found " +
                     operandString(D) + " and " + operandString(S));
    return;
  }
  if (!identical(DT->Elem, SrcElem)) {
    errorAt(D.E, "invalid argument: arguments to copy " + operandString(D) +
                     " and " + operandString(S) +
                     " have different element types " +
                     typeString(DT->Elem) + " and " + typeString(SrcElem));
    return;
  }
  useDefault(S);
  X.M = TypeAndValue::Value;
  X.T = Ctx.basic(BasicKind::Int);
}

} // namespace gort::sema
