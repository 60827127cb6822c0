//===- SemaMaps.cpp - Map index expressions and map literals --------------===//
//
// The map cases of go/types' index.go (m[k]) and expr.go's composite
// literals (map[K]V{k: v}). m[k] is assignable but not addressable: its
// operand is recorded in CommaOk mode with the type (V, bool), so that
// `v, ok := m[k]` works as a receive does, and assignments accept it as a
// target through isMapIndex. A literal's constant keys are checked for
// duplicates as types2 does: by value, and for an interface key type by
// value and dynamic type.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

/// m[k]; X is the checked operand m on entry, the result on exit.
void Checker::checkMapIndex(const IndexExpr *IE, Operand &X, unsigned Depth) {
  auto *MT = cast<MapTy>(underlying(X.T));
  Operand K = value(IE->Index.get(), Depth + 1);
  X.Obj = nullptr;
  if (K.isInvalid() || !assign(K, MT->Key, "map index") ||
      isInvalid(MT->Elem)) {
    X.M = TypeAndValue::Invalid;
    return;
  }
  X.M = TypeAndValue::CommaOk;
  X.T = Ctx.resultType(Ctx.func({}, {MT->Elem, Ctx.basic(BasicKind::Bool)}));
  X.MapIndex = IE;
}

/// Whether E (parenthesized or not) is a checked map index expression, the
/// one kind of assignable operand that is not a variable.
bool Checker::isMapIndex(const Expr *E) {
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  auto *IE = dyn_cast<IndexExpr>(E);
  if (!IE)
    return false;
  auto It = Info.Exprs.find(IE->X.get());
  return It != Info.Exprs.end() && isMap(It->second.T);
}

/// A map literal of type T (compositeLit, SemaComposite.cpp).
void Checker::checkMapLit(const CompositeLit *CL, Type *T, MapTy *MT,
                          Operand &X, unsigned Depth) {
  // Constant keys seen so far, by Go spelling, with their types (which
  // matter only for an interface key type).
  std::map<std::string, std::vector<Type *>> Seen;
  bool IfaceKey = isInterface(MT->Key);
  for (const ExprPtr &EP : CL->Elts) {
    auto *KV = dyn_cast<KeyValueExpr>(EP.get());
    if (!KV) {
      errorAt(EP.get(), "missing key in map literal");
      Operand V;
      element(EP.get(), MT->Elem, V, Depth + 1); // checked all the same
      continue;
    }
    Operand K;
    element(KV->Key.get(), MT->Key, K, Depth + 1);
    if (!K.isInvalid() && assign(K, MT->Key, "map literal") && K.isConst()) {
      std::vector<Type *> &Types = Seen[K.Val.str()];
      bool Dup = !Types.empty();
      if (IfaceKey) {
        Type *KT = isUntyped(K.T) ? defaultType(Ctx, K.T) : K.T;
        Dup = llvm::any_of(Types, [&](Type *P) { return identical(P, KT); });
        Types.push_back(KT);
      } else {
        Types.push_back(K.T);
      }
      if (Dup)
        errorAt(K.E, "duplicate key " + K.Val.str() + " in map literal");
    }
    Operand V;
    element(KV->Value.get(), MT->Elem, V, Depth + 1);
    if (!V.isInvalid())
      assign(V, MT->Elem, "map literal");
  }
  X.M = TypeAndValue::Value;
  X.T = T;
}

} // namespace gort::sema
