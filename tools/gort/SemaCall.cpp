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

/// Whether a call of O keeps none of its pointer arguments past the call:
/// runtime.ReadMemStats and the //go:noescape functions.
static bool noEscapeArgs(const Object &O) {
  if (O.Id == BuiltinId::RuntimeReadMemStats)
    return true;
  const auto *FD = dyn_cast_or_null<FuncDecl>(O.Decl);
  return FD && FD->NoEscape && !FD->Body;
}

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
  std::vector<const Expr *> SavedAddrs = std::move(CallOnlyAddrs);
  CallOnlyAddrs.clear();
  if (C != GoCall && Fn.Obj && noEscapeArgs(*Fn.Obj)) {
    for (const ExprPtr &Arg : C->Args) {
      const Expr *A = Arg.get();
      while (auto *P = dyn_cast<ParenExpr>(A))
        A = P->X.get();
      CallOnlyAddrs.push_back(A);
    }
  }
  arguments(C, Sig, Depth);
  CallOnlyAddrs = std::move(SavedAddrs);
  Type *R = Ctx.resultType(Sig);
  X.M = R ? TypeAndValue::Value : TypeAndValue::NoValue;
  X.T = R;
}

std::vector<Operand> Checker::argOperands(const CallExpr *C, size_t From,
                                          unsigned Depth) {
  std::vector<Operand> Args;
  // f(g()) where g returns several values.
  if (C->Args.size() == From + 1) {
    Operand A;
    check(C->Args[From].get(), A, Depth + 1);
    if (auto *Tup = dyn_cast_or_null<TupleType>(A.T);
        Tup && A.M == TypeAndValue::Value) {
      for (Type *T : Tup->Elems) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = T;
        E.E = C->Args[From].get();
        Args.push_back(E);
      }
    } else {
      singleValue(A);
      Args.push_back(A);
    }
  } else {
    for (size_t I = From; I < C->Args.size(); ++I)
      Args.push_back(value(C->Args[I].get(), Depth + 1));
  }
  return Args;
}

/// The arguments of a call of Sig, as go/types' arguments: a variadic
/// function takes its final ...T parameter as any number of T arguments,
/// or as one []T with f(s...).
void Checker::arguments(const CallExpr *C, SignatureType *Sig, unsigned Depth) {
  std::string Context = "argument to " + exprString(C->Fun.get());
  std::vector<Operand> Args = argOperands(C, 0, Depth);
  for (const Operand &A : Args)
    if (A.isInvalid())
      return;
  size_t NArgs = Args.size(), NPars = Sig->Params.size();
  std::vector<Type *> Params = Sig->Params;
  if (Sig->Variadic) {
    if (C->HasEllipsis) {
      if (C->Args.size() == 1 && NArgs > 1) {
        errorAt(C, "cannot use ... with " + std::to_string(NArgs) +
                       "-valued " + exprString(C->Args[0].get()));
        return;
      }
    } else if (NArgs + 1 >= NPars) {
      // One parameter of the element type per argument of the ... part.
      Type *Elem = cast<SliceTy>(underlying(Params.back()))->Elem;
      Params.pop_back();
      while (Params.size() < NArgs)
        Params.push_back(Elem);
      NPars = NArgs;
    } else {
      --NPars; // the ... parameter may be left out
    }
  } else if (C->HasEllipsis) {
    errorAt(C, "cannot use ... in call to non-variadic " +
                   exprString(C->Fun.get()));
    return;
  }
  if (NArgs != NPars) {
    bool TooMany = NArgs > NPars;
    SourceLoc At = exprStart(C); // gc 1.19: the call, without arguments
    if (TooMany)
      At = exprStart(C->Args[std::min(NPars, C->Args.size() - 1)].get());
    else if (!C->Args.empty())
      At = exprStart(C->Args.back().get());
    error(At, std::string(TooMany ? "too many" : "not enough") +
                  " arguments in call to " + exprString(C->Fun.get()) +
                  haveWant(Args, Sig->Params, Sig->Variadic));
    return;
  }
  for (size_t I = 0; I < Args.size(); ++I)
    assign(Args[I], Params[I], Context);
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
      // A library package's exported members, or a built-in one's.
      auto Lib = Imported.find(P->PkgPath);
      const std::map<std::string, Object *> &Members =
          Lib != Imported.end() ? Lib->second->Members
                                : PkgMembers[P->PkgPath];
      auto It = Members.find(Sel);
      if (It == Members.end()) {
        if (Lib == Imported.end() && !Sel.empty() && llvm::isUpper(Sel[0]))
          unsupported(S->Sel->getLoc(), P->PkgPath + "." + Sel, true);
        else
          error(S->Sel->getLoc(), "undefined: " + Id->Name + "." + Sel);
        return;
      }
      if (!llvm::isUpper(Sel[0])) {
        // types2's words (gc's, when export data has the object).
        error(S->Sel->getLoc(), Sel + " not exported by package " +
                                    (Lib != Imported.end() ? Lib->second->Name
                                                           : Id->Name));
        return;
      }
      Object *M = It->second;
      Info.Uses[S->Sel.get()] = M;
      X.T = M->T;
      X.Obj = M;
      X.Val = M->Val;
      X.M = M->Kind == Object::Const      ? TypeAndValue::Constant
            : M->Kind == Object::TypeName ? TypeAndValue::TypeExpr
            : M->Kind == Object::Var      ? TypeAndValue::Variable
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
  if (lookupIfaceMethod(S, Base, X) || lookupMethod(S, Base, X))
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
    NamedType *Owner = nullptr;
    bool Ambiguous = false;
    if (lookupField(Base.T, Flip, Path, Indirect, FT) == FieldFound ||
        findMethod(Base.T, Flip, Owner, Path, Indirect, Ambiguous))
      Hint = ", but does have " + Flip;
  }
  error(S->Sel->getLoc(), exprString(S) + " undefined (type " +
                              typeString(Base.T) + " has no field or method " +
                              Sel + Hint + ")");
}

} // namespace gort::sema
