//===- SemaComposite.cpp - Fields, pointers, composite literals -----------===//
//
// Struct fields and their selection (go/types' lookup.go for fields: the
// shallowest depth at which the name occurs, through embedded fields and
// embedded pointers, wins; two at that depth make the selector ambiguous),
// the address operator and indirection (go/types' unary & and *), and
// composite literals of structs, arrays and slices (go/types'
// exprInternal for CompositeLit and indexedElts), with gc's messages.
//
// Escape analysis, conservative: a local variable whose address is taken
// (&x, &x.f, &x[i] of an array x, x[:] of an array unless string(...)
// copies it at once, x.M() of a pointer method the program declares)
// escapes, and lives in the heap (Object::Escapes; CGDecl.cpp).
// Gc proves many such addresses local; not doing so only costs an
// allocation.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include <set>

namespace gort::sema {

/// Looks name up among the fields of T (a struct, a pointer to one, or a
/// named type of either) and the fields promoted through embedded fields.
/// Returns Found, NotFound or Ambiguous; on Found, Path and Indirect as
/// Selection's and the field's type.
Checker::FieldLookup Checker::lookupField(Type *T, StringRef Name,
                                          std::vector<unsigned> &Path,
                                          bool &Indirect, Type *&FT) {
  struct Entry {
    Type *T;
    std::vector<unsigned> Path;
    bool Indirect;
  };
  Indirect = false;
  // (No underlying type yet: T inside its own declaration.)
  if (auto *P = dyn_cast_or_null<PointerTy>(underlying(T))) {
    T = P->Elem;
    Indirect = true;
  }
  std::vector<Entry> Level{{T, {}, Indirect}};
  std::set<Type *> Seen;
  while (!Level.empty()) {
    std::vector<Entry> Next;
    unsigned Count = 0;
    for (Entry &E : Level) {
      if (auto *N = dyn_cast<NamedType>(E.T))
        if (!Seen.insert(N).second)
          continue;
      auto *ST = dyn_cast_or_null<StructTy>(underlying(E.T));
      if (!ST)
        continue;
      for (unsigned I = 0; I < ST->Fields.size(); ++I) {
        const StructField &F = ST->Fields[I];
        std::vector<unsigned> P = E.Path;
        P.push_back(I);
        if (F.Name == Name && visible(F.Pkg)) {
          if (++Count == 1) {
            Path = P;
            Indirect = E.Indirect;
            FT = F.T;
          }
        }
        if (F.Embedded) {
          Type *ET = F.T;
          bool Ind = E.Indirect;
          if (auto *PT = dyn_cast<PointerTy>(ET)) {
            ET = PT->Elem;
            Ind = true;
          }
          Next.push_back({ET, P, Ind});
        }
      }
    }
    if (Count == 1)
      return FieldFound;
    if (Count > 1)
      return FieldAmbiguous;
    Level = std::move(Next);
  }
  return FieldNotFound;
}

/// The field part of selector checking: x.f with x a value of struct type
/// (or pointer to one). Returns false if x's type has no field f (the
/// selector may still be a method); an ambiguous selector is reported.
bool Checker::selectField(const SelectorExpr *S, Operand &Base,
                          Operand &X) {
  std::vector<unsigned> Path;
  bool Indirect;
  Type *FT = nullptr;
  switch (lookupField(Base.T, S->Sel->Name, Path, Indirect, FT)) {
  case FieldNotFound:
    return false;
  case FieldAmbiguous:
    error(S->Sel->getLoc(), "ambiguous selector " + exprString(S));
    X.M = TypeAndValue::Invalid;
    return true;
  case FieldFound:
    break;
  }
  Selection &Sel = Info.Selections[S];
  Sel.Kind = Selection::FieldVal;
  Sel.Recv = Base.T;
  Sel.Path = Path;
  Sel.Indirect = Indirect;
  X.T = FT;
  X.M = Base.M == TypeAndValue::Variable || Indirect ? TypeAndValue::Variable
                                                     : TypeAndValue::Value;
  return true;
}

/// The variable whose storage E (an addressable expression) is part of,
/// if its address is that of a local variable: x, x.f, x[i] of an array.
static Object *rootVar(const Expr *E, SemaInfo &Info) {
  for (;;) {
    if (auto *P = dyn_cast<ParenExpr>(E)) {
      E = P->X.get();
    } else if (auto *S = dyn_cast<SelectorExpr>(E)) {
      auto It = Info.Selections.find(S);
      if (It == Info.Selections.end() || It->second.Indirect)
        return nullptr;
      E = S->X.get();
    } else if (auto *I = dyn_cast<IndexExpr>(E)) {
      auto It = Info.Exprs.find(I->X.get());
      if (It == Info.Exprs.end() || !isa<ArrayTy>(underlying(It->second.T)))
        return nullptr;
      E = I->X.get();
    } else if (auto *Id = dyn_cast<Ident>(E)) {
      Object *O = Info.Uses.lookup(Id);
      return O && O->Kind == Object::Var && !O->Global ? O : nullptr;
    } else {
      return nullptr;
    }
  }
}

void Checker::addressTaken(const Expr *E) {
  if (Object *O = rootVar(E, Info))
    O->Escapes = true;
}

/// &x: x addressable, or a composite literal.
void Checker::addressOf(const UnaryExpr *U, Operand &X, unsigned Depth) {
  const Expr *Y = U->X.get();
  while (auto *P = dyn_cast<ParenExpr>(Y))
    Y = P->X.get();
  Operand Op;
  check(U->X.get(), Op, Depth + 1);
  if (isa<CompositeLit>(Y)) {
    if (Op.isInvalid())
      return;
  } else {
    if (!singleValue(Op))
      return;
    if (Op.M != TypeAndValue::Variable) {
      errorAt(Op.E, "invalid operation: cannot take address of " +
                        operandString(Op));
      return;
    }
    if (!llvm::is_contained(CallOnlyAddrs, U))
      addressTaken(U->X.get());
  }
  X.M = TypeAndValue::Value;
  X.T = Ctx.pointerTo(Op.T);
}

/// *x: a pointer's variable, or the pointer type *T.
void Checker::indirect(const StarExpr *S, Operand &X, unsigned Depth) {
  Operand Op;
  check(S->X.get(), Op, Depth + 1);
  if (Op.isInvalid())
    return;
  if (Op.M == TypeAndValue::TypeExpr) {
    X.M = TypeAndValue::TypeExpr;
    X.T = Ctx.pointerTo(Op.T);
    return;
  }
  if (!singleValue(Op))
    return;
  if (basicKind(Op.T) == BasicKind::UntypedNil) {
    errorAt(Op.E, "invalid operation: cannot indirect nil");
    return;
  }
  auto *P = dyn_cast<PointerTy>(underlying(Op.T));
  if (!P) {
    errorAt(Op.E, "invalid operation: cannot indirect " + operandString(Op));
    return;
  }
  X.M = TypeAndValue::Variable;
  X.T = P->Elem;
}

/// An element of a composite literal: a literal with an elided type gets
/// Hint (for a *T hint, it is &T{...}).
void Checker::element(const Expr *E, Type *Hint, Operand &X, unsigned Depth) {
  auto *CL = dyn_cast<CompositeLit>(E);
  if (CL && !CL->Type) {
    X = Operand();
    X.E = E;
    compositeLit(CL, Hint, X, Depth);
    if (X.isInvalid())
      X.T = Ctx.invalid();
    record(X);
    return;
  }
  check(E, X, Depth);
  singleValue(X);
}

/// A constant index of an array or slice literal (types2's index): -1 if
/// it is not a valid constant.
int64_t Checker::litIndex(const Expr *E, int64_t Max, unsigned Depth) {
  Operand X;
  check(E, X, Depth);
  if (!singleValue(X))
    return -2;
  Type *IntT = Ctx.basic(BasicKind::Int);
  if (isUntyped(X.T) && X.isConst() && X.Val.K == ConstValue::Int &&
      !convertUntyped(X, IntT))
    return -2;
  if (!isInteger(X.T)) {
    errorAt(E, "invalid argument: index " + operandString(X) +
                   " must be integer");
    return -2;
  }
  if (!X.isConst())
    return -1;
  if (X.Val.I.isNegative()) {
    errorAt(E, "invalid argument: index " + operandString(X) +
                   " must not be negative");
    return -2;
  }
  if (!representable(X.Val.I, BasicKind::Int, Ctx.wordBits())) {
    errorAt(E, "invalid argument: index " + operandString(X) +
                   " overflows int");
    return -2;
  }
  int64_t V = X.Val.I.getSExtValue();
  if (Max >= 0 && V >= Max) {
    errorAt(E, "invalid argument: index " + X.Val.str() +
                   " out of bounds [0:" + std::to_string(Max) + "]");
    return -2;
  }
  return V;
}

/// The elements of an array or slice literal (types2's indexedElts):
/// returns the length they need.
int64_t Checker::indexedElts(const CompositeLit *L, Type *Elem, int64_t Len,
                             unsigned Depth) {
  std::set<int64_t> Seen;
  int64_t Index = 0, Max = 0;
  for (const ExprPtr &EP : L->Elts) {
    const Expr *E = EP.get(), *Val = E;
    bool Valid = false;
    if (auto *KV = dyn_cast<KeyValueExpr>(E)) {
      int64_t I = litIndex(KV->Key.get(), Len, Depth + 1);
      if (I >= 0) {
        Index = I;
        Valid = true;
      } else if (I == -1) {
        error(E->getLoc(), "index " + exprString(KV->Key.get()) +
                               " must be integer constant");
      }
      Val = KV->Value.get();
    } else if (Len >= 0 && Index >= Len) {
      errorAt(E, "index " + std::to_string(Index) + " is out of bounds (>= " +
                     std::to_string(Len) + ")");
    } else {
      Valid = true;
    }
    if (Valid && !Seen.insert(Index).second)
      error(E->getLoc(), "duplicate index " + std::to_string(Index) +
                             " in array or slice literal");
    ++Index;
    Max = std::max(Max, Index);
    Operand X;
    element(Val, Elem, X, Depth + 1);
    if (!X.isInvalid())
      assign(X, Elem, "array or slice literal");
  }
  return Max;
}

/// A struct literal's element value (no type elision for fields).
void Checker::fieldValue(const Expr *E, Type *FT, unsigned Depth) {
  Operand X;
  auto *CL = dyn_cast<CompositeLit>(E);
  if (CL && !CL->Type) {
    error(CL->getLoc(), "missing type in composite literal");
    return;
  }
  check(E, X, Depth);
  if (singleValue(X))
    assign(X, FT, "struct literal");
}

/// The elements of a struct literal: all keyed or all positional
/// (types2's order of checks and messages; LitName as gc prints the
/// literal's type).
void Checker::structElts(const CompositeLit *L, StructTy *ST,
                         const std::string &LitName, const std::string &Base,
                         unsigned Depth) {
  if (L->Elts.empty())
    return;
  if (isa<KeyValueExpr>(L->Elts[0].get())) {
    std::set<unsigned> Seen;
    for (const ExprPtr &EP : L->Elts) {
      auto *KV = dyn_cast<KeyValueExpr>(EP.get());
      if (!KV) {
        errorAt(EP.get(),
                "mixture of field:value and value elements in struct literal");
        continue;
      }
      auto *Key = dyn_cast<Ident>(KV->Key.get());
      if (!Key) {
        errorAt(KV->Key.get(), "invalid field name " +
                                   exprString(KV->Key.get()) +
                                   " in struct literal");
        continue;
      }
      int Idx = -1;
      for (unsigned I = 0; I < ST->Fields.size(); ++I)
        if (ST->Fields[I].Name == Key->Name && visible(ST->Fields[I].Pkg))
          Idx = I;
      if (Idx < 0) {
        error(Key->getLoc(), "unknown field '" + Key->Name +
                                 "' in struct literal of type " + Base);
        continue;
      }
      fieldValue(KV->Value.get(), ST->Fields[Idx].T, Depth + 1);
      if (!Seen.insert(Idx).second)
        error(KV->getLoc(),
              "duplicate field name " + Key->Name + " in struct literal");
    }
    return;
  }
  for (size_t I = 0; I < L->Elts.size(); ++I) {
    const Expr *E = L->Elts[I].get();
    if (auto *KV = dyn_cast<KeyValueExpr>(E)) {
      error(KV->getLoc(),
            "mixture of field:value and value elements in struct literal");
      continue;
    }
    if (I >= ST->Fields.size()) {
      Operand X;
      check(E, X, Depth + 1);
      errorAt(E, "too many values in " + LitName + "{…}");
      return;
    }
    if (!visible(ST->Fields[I].Pkg)) {
      // types2's words (gc 1.19).
      errorAt(E, "implicit assignment to unexported field " +
                     ST->Fields[I].Name + " in " + LitName + " literal");
      continue;
    }
    fieldValue(E, ST->Fields[I].T, Depth + 1);
  }
  if (L->Elts.size() < ST->Fields.size())
    error(L->RBrace, "too few values in " + LitName + "{…}");
}

/// T{...}, or {...} with the type Hint of its context.
void Checker::compositeLit(const CompositeLit *L, Type *Hint, Operand &X,
                           unsigned Depth) {
  Type *T = nullptr, *Base = nullptr;
  int64_t OpenLen = -1; // [...]T
  auto *AT = dyn_cast_or_null<ArrayType>(L->Type.get());
  if (AT && AT->Len && isa<Ellipsis>(AT->Len.get())) {
    Type *Elem = typeOf(AT->Elt.get());
    if (isInvalid(Elem))
      return;
    OpenLen = indexedElts(L, Elem, -1, Depth);
    T = Ctx.arrayOf(Elem, OpenLen);
    recordType(AT, T);
    X.M = TypeAndValue::Value;
    X.T = T;
    return;
  }
  if (L->Type) {
    T = typeOf(L->Type.get());
    Base = T;
  } else if (Hint) {
    T = Base = Hint;
    // {...} for an element of pointer type *T is &T{...}.
    if (auto *P = dyn_cast<PointerTy>(underlying(Hint)))
      Base = P->Elem;
  } else {
    error(L->getLoc(), "invalid composite literal type: missing type");
    return;
  }
  if (isInvalid(T))
    return;
  // gc names an elided literal's type by its core type, dereferenced.
  std::string LitName = L->Type ? exprString(L->Type.get())
                        : Base != T ? typeString(Base)
                                    : typeString(underlying(Base));
  Type *U = underlying(Base);
  if (!U) {
    // A literal of a type in its own declaration (types2's check that
    // the struct or array is set up): type T [len(T{})]int.
    errorAt(L, "illegal cycle in type declaration");
    return;
  }
  if (auto *ST = dyn_cast<StructTy>(U)) {
    structElts(L, ST, LitName, L->Type ? typeString(Base) : LitName, Depth);
  } else if (auto *A = dyn_cast<ArrayTy>(U)) {
    indexedElts(L, A->Elem, A->Len, Depth);
  } else if (auto *S = dyn_cast<SliceTy>(U)) {
    indexedElts(L, S->Elem, -1, Depth);
  } else if (auto *MT = dyn_cast<MapTy>(U)) {
    return checkMapLit(L, T, MT, X, Depth);
  } else {
    errorAt(L, "invalid composite literal type " + typeString(T));
    return;
  }
  X.M = TypeAndValue::Value;
  X.T = T;
}

} // namespace gort::sema
