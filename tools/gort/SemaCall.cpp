//===- SemaCall.cpp - Calls and selectors ---------------------------------===//
//
// Calls and selectors, as go/types' call.go. A call is a conversion
// (SemaConversions.cpp), a call of a built-in (SemaBuiltins.cpp) or a
// function call, whose arguments are assigned to the parameters (f(g())
// passes all of g's results) after their count is checked. A selector is a
// member of an imported package (runtime.Gosched, time.Second); the types
// of tiers 0 and 1 have no fields; methods are looked up by lookupMethod
// (SemaMethods.cpp).
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace gort::sema {

void Checker::call(const CallExpr *C, Operand &X, unsigned Depth) {
  Operand Fn;
  const Expr *FunE = C->Fun.get();
  while (auto *P = dyn_cast<ParenExpr>(FunE))
    FunE = P->X.get();
  const SelectorExpr *SavedSel = CallSel;
  CallSel = dyn_cast<SelectorExpr>(FunE);
  check(C->Fun.get(), Fn, Depth + 1);
  CallSel = SavedSel;
  if (Fn.isInvalid()) {
    for (const ExprPtr &A : C->Args) {
      Operand Ignored;
      check(A.get(), Ignored, Depth + 1);
    }
    return;
  }
  if (Fn.M == TypeAndValue::TypeExpr)
    return conversion(C, Fn.T, X, Depth);
  if (Fn.M == TypeAndValue::Builtin)
    return builtinCall(C, Fn.Obj, X, Depth);
  if (!singleValue(Fn))
    return;
  auto *Sig = dyn_cast<SignatureType>(underlying(Fn.T));
  if (!Sig) {
    errorAt(Fn.E,
            "invalid operation: cannot call non-function " + operandString(Fn));
    return;
  }
  if (C->HasEllipsis || Sig->Variadic) {
    unsupported(C->getLoc(), "variadic functions");
    return;
  }
  arguments(C, Sig, Depth);
  Type *R = Ctx.resultType(Sig);
  X.M = R ? TypeAndValue::Value : TypeAndValue::NoValue;
  X.T = R;
}

void Checker::arguments(const CallExpr *C, SignatureType *Sig, unsigned Depth) {
  std::string Context = "argument to " + exprString(C->Fun.get());
  std::vector<Operand> Args;
  // f(g()) where g returns several values.
  if (C->Args.size() == 1) {
    Operand A;
    check(C->Args[0].get(), A, Depth + 1);
    if (auto *Tup = dyn_cast_or_null<TupleType>(A.T);
        Tup && A.M == TypeAndValue::Value) {
      for (Type *T : Tup->Elems) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = T;
        E.E = C->Args[0].get();
        Args.push_back(E);
      }
    } else {
      singleValue(A);
      Args.push_back(A);
    }
  } else {
    for (const ExprPtr &E : C->Args)
      Args.push_back(value(E.get(), Depth + 1));
  }
  for (const Operand &A : Args)
    if (A.isInvalid())
      return;
  if (Args.size() != Sig->Params.size()) {
    bool TooMany = Args.size() > Sig->Params.size();
    SourceLoc At = exprStart(C); // gc 1.19: the call, without arguments
    if (TooMany)
      At = exprStart(C->Args[std::min(Sig->Params.size(), C->Args.size() - 1)]
                         .get());
    else if (!C->Args.empty())
      At = exprStart(C->Args.back().get());
    error(At, std::string(TooMany ? "too many" : "not enough") +
                  " arguments in call to " + exprString(C->Fun.get()) +
                  haveWant(Args, Sig->Params));
    return;
  }
  for (size_t I = 0; I < Args.size(); ++I)
    assign(Args[I], Sig->Params[I], Context);
}

void Checker::selector(const SelectorExpr *S, Operand &X) {
  const std::string &Sel = S->Sel->Name;
  if (const auto *Id = dyn_cast<Ident>(S->X.get())) {
    Object *P = Cur->lookup(Id->Name);
    if (P && P->Kind == Object::Package) {
      P->Used = true;
      Info.Uses[Id] = P;
      TypeAndValue &TV = Info.Exprs[Id];
      TV.M = TypeAndValue::Package;
      if (P->PkgPath.empty())
        return; // an unsupported package, reported at its import
      auto &Members = PkgMembers[P->PkgPath];
      auto It = Members.find(Sel);
      if (It == Members.end()) {
        if (!Sel.empty() && llvm::isUpper(Sel[0]))
          unsupported(S->Sel->getLoc(), P->PkgPath + "." + Sel, true);
        else
          error(S->Sel->getLoc(),
                "name " + Sel + " not exported by package " + P->PkgPath);
        return;
      }
      Object *M = It->second;
      Info.Uses[S->Sel.get()] = M;
      X.T = M->T;
      X.Obj = M;
      X.Val = M->Val;
      X.M = M->Kind == Object::Const      ? TypeAndValue::Constant
            : M->Kind == Object::TypeName ? TypeAndValue::TypeExpr
                                          : TypeAndValue::Value;
      return;
    }
  }
  Operand Base;
  check(S->X.get(), Base);
  if (Base.isInvalid())
    return;
  if (Base.M != TypeAndValue::TypeExpr && !singleValue(Base))
    return;
  if (lookupMethod(S, Base, X))
    return;
  if (selectField(S, Base, X))
    return;
  // As types2: a hint when the name with its first letter's case flipped
  // exists.
  std::string Hint;
  if (!Sel.empty() && llvm::isAlpha(Sel[0])) {
    std::string Flip = Sel;
    Flip[0] = llvm::isUpper(Sel[0]) ? llvm::toLower(Sel[0])
                                    : llvm::toUpper(Sel[0]);
    std::vector<unsigned> Path;
    bool Indirect;
    Type *FT;
    if (lookupField(Base.T, Flip, Path, Indirect, FT) == FieldFound)
      Hint = ", but does have " + Flip;
  }
  error(S->Sel->getLoc(), exprString(S) + " undefined (type " +
                              typeString(Base.T) + " has no field or method " +
                              Sel + Hint + ")");
}

} // namespace gort::sema
