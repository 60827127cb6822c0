//===- SemaBuiltins.cpp - Calls of the built-in functions -----------------===//
//
// Calls of the built-in functions, as go/types' builtins.go: the count of
// arguments (checked first, as gc does), then each built-in's rules: len
// and cap, close, make of a channel or map, delete, panic, print and
// println, recover. The other built-ins belong to later tiers.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

/// Whether evaluating E calls a function (not a conversion or a constant
/// built-in call) or receives from a channel: then len of an array is not
/// a constant.
static bool callsOrReceives(const Expr *E, SemaInfo &Info) {
  if (!E)
    return false;
  auto Any = [&](const ExprList &L) {
    for (const ExprPtr &X : L)
      if (callsOrReceives(X.get(), Info))
        return true;
    return false;
  };
  switch (E->getKind()) {
  case Node::NK_ParenExpr:
    return callsOrReceives(cast<ParenExpr>(E)->X.get(), Info);
  case Node::NK_SelectorExpr:
    return callsOrReceives(cast<SelectorExpr>(E)->X.get(), Info);
  case Node::NK_IndexExpr:
    return callsOrReceives(cast<IndexExpr>(E)->X.get(), Info) ||
           callsOrReceives(cast<IndexExpr>(E)->Index.get(), Info);
  case Node::NK_StarExpr:
    return callsOrReceives(cast<StarExpr>(E)->X.get(), Info);
  case Node::NK_UnaryExpr:
    return cast<UnaryExpr>(E)->Op == Tok::Arrow ||
           callsOrReceives(cast<UnaryExpr>(E)->X.get(), Info);
  case Node::NK_BinaryExpr:
    return callsOrReceives(cast<BinaryExpr>(E)->X.get(), Info) ||
           callsOrReceives(cast<BinaryExpr>(E)->Y.get(), Info);
  case Node::NK_TypeAssertExpr:
    return callsOrReceives(cast<TypeAssertExpr>(E)->X.get(), Info);
  case Node::NK_KeyValueExpr:
    return callsOrReceives(cast<KeyValueExpr>(E)->Key.get(), Info) ||
           callsOrReceives(cast<KeyValueExpr>(E)->Value.get(), Info);
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
  if (C->HasEllipsis) {
    unsupported(C->getLoc(), "variadic functions");
    return;
  }
  switch (B->Id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!Count(1, 1))
      return;
    Operand A = value(C->Args[0].get(), Depth + 1);
    if (A.isInvalid())
      return;
    X.T = Ctx.basic(BasicKind::Int);
    X.M = TypeAndValue::Value;
    if (isChan(A.T) || (B->Id == BuiltinId::Len && isMap(A.T)))
      return;
    // An array's length is a constant unless the operand calls a function
    // or receives (the spec's "Length and capacity").
    Type *AT = underlying(A.T);
    if (auto *P = dyn_cast<PointerTy>(AT))
      AT = underlying(P->Elem);
    if (auto *Arr = dyn_cast<ArrayTy>(AT)) {
      if (!callsOrReceives(C->Args[0].get(), Info)) {
        X.M = TypeAndValue::Constant;
        X.Val = ConstValue::makeInt(Arr->Len);
      }
      return;
    }
    if (B->Id == BuiltinId::Len && isString(A.T)) {
      if (A.isConst()) {
        useDefault(A);
        X.M = TypeAndValue::Constant;
        X.Val = ConstValue::makeInt(int64_t(A.Val.S.size()));
      }
      return;
    }
    X.M = TypeAndValue::Invalid;
    errorAt(A.E, "invalid argument: " + operandString(A) + " for " + Name);
    return;
  }
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
    if (!Count(1, 3))
      return;
    Type *T = typeOf(C->Args[0].get());
    if (isInvalid(T))
      return;
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
    X.M = TypeAndValue::Value;
    X.T = Ctx.emptyInterface();
    return;
  default:
    unsupported(C->Fun->getLoc(), Name, true);
    return;
  }
}

} // namespace gort::sema
