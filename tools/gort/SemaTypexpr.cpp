//===- SemaTypexpr.cpp - Identifiers and type expressions -----------------===//
//
// Identifiers and type expressions, as go/types' typexpr.go. ident resolves
// a name through the scopes to its object and makes the operand it denotes
// ("undefined: x", iota outside a constant declaration, _ used as a value).
// typeOf evaluates a type expression (non-empty interfaces are not
// supported yet); arrayLength checks [N]T's constant.
// signature makes a func type's SignatureType and declares its parameters
// and named results in the function's scope.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

void Checker::ident(const Ident *Id, Operand &X) {
  if (Id->Name == "_") {
    error(Id->getLoc(), "cannot use _ as value or type");
    return;
  }
  Object *O = Cur->lookup(Id->Name);
  if (!O) {
    error(Id->getLoc(), "undefined: " + Id->Name);
    return;
  }
  if (O == IotaObj) {
    Info.Uses[Id] = O;
    if (!Iota) {
      error(Id->getLoc(), "cannot use iota outside constant declaration");
      return;
    }
    X = *Iota;
    return;
  }
  if (O->Kind != Object::Package) // only a selector uses a package
    O->Used = true;
  noteUse(O, Id);
  switch (O->Kind) {
  case Object::Package:
    X.M = TypeAndValue::Package;
    X.Obj = O;
    return;
  case Object::Builtin:
    X.M = TypeAndValue::Builtin;
    X.Obj = O;
    return;
  case Object::TypeName:
    if (!O->T) {
      unsupported(Id->getLoc(), Id->Name, true);
      return;
    }
    if (isInvalid(O->T))
      return;
    X.M = TypeAndValue::TypeExpr;
    X.T = O->T;
    return;
  case Object::Const:
    if (!O->T || isInvalid(O->T))
      return;
    X.M = TypeAndValue::Constant;
    X.T = O->T;
    X.Val = O->Val;
    return;
  case Object::Nil:
    X.M = TypeAndValue::Value;
    X.T = O->T;
    return;
  case Object::Var:
    if (!O->T || isInvalid(O->T))
      return;
    X.M = TypeAndValue::Variable;
    X.T = O->T;
    return;
  case Object::Func:
    if (!O->T)
      return;
    X.M = TypeAndValue::Value;
    X.T = O->T;
    X.Obj = O;
    return;
  case Object::Label:
    return;
  }
}

/// Evaluates a type expression; reports and returns invalid on error.
Type *Checker::typeOf(const Expr *E) {
  Type *T = Ctx.invalid();
  switch (E->getKind()) {
  case Node::NK_Ident:
  case Node::NK_SelectorExpr: {
    Operand X;
    check(E, X);
    if (X.isInvalid())
      return T;
    if (X.M != TypeAndValue::TypeExpr) {
      errorAt(E, exprString(E) + " is not a type");
      return T;
    }
    return X.T;
  }
  case Node::NK_ParenExpr:
    T = typeOf(cast<ParenExpr>(E)->X.get());
    break;
  case Node::NK_ChanType: {
    auto *C = cast<gort::ChanType>(E);
    Type *Elem = typeOf(C->Value.get());
    T = Ctx.chanOf(ChannelType::Direction(C->Dir), Elem);
    break;
  }
  case Node::NK_FuncType:
    T = signature(cast<gort::FuncType>(E), nullptr, nullptr, nullptr);
    break;
  case Node::NK_InterfaceType:
    T = interfaceType(cast<gort::InterfaceType>(E));
    break;
  case Node::NK_ArrayType: {
    auto *A = cast<ArrayType>(E);
    if (!A->Len) {
      T = Ctx.sliceOf(typeOf(A->Elt.get()));
      break;
    }
    if (isa<Ellipsis>(A->Len.get())) {
      error(A->getLoc(),
            "invalid use of [...] array (outside a composite literal)");
      typeOf(A->Elt.get());
      return T;
    }
    int64_t Len = arrayLength(A->Len.get());
    Type *Elem = typeOf(A->Elt.get());
    if (Len < 0)
      return T;
    T = Ctx.arrayOf(Elem, Len);
    break;
  }
  case Node::NK_MapType: {
    auto *MT = cast<MapType>(E);
    Type *Key = typeOf(MT->Key.get());
    Type *Elem = typeOf(MT->Value.get());
    T = Ctx.mapOf(Key, Elem);
    // The key's type may still be incomplete (type T map[T]int is
    // rejected later, by validType's cycle).
    auto *N = dyn_cast<NamedType>(Key);
    if (!isInvalid(Key) && (!N || N->Underlying) && !comparable(Key))
      errorAt(MT->Key.get(), "invalid map key type " + typeString(Key));
    break;
  }
  case Node::NK_StructType:
    T = structType(cast<StructType>(E));
    break;
  case Node::NK_StarExpr:
    T = Ctx.pointerTo(typeOf(cast<StarExpr>(E)->X.get()));
    break;
  case Node::NK_Ellipsis:
    error(E->getLoc(), "invalid use of ...");
    return T;
  default:
    errorAt(E, exprString(E) + " is not a type");
    return T;
  }
  recordType(E, T);
  return T;
}

/// The length of an array type [Len]T, or -1 after reporting an error.
int64_t Checker::arrayLength(const Expr *Len) {
  Operand X = value(Len);
  if (X.isInvalid())
    return -1;
  if (!X.isConst()) {
    errorAt(Len, "invalid array length " + exprString(Len));
    return -1;
  }
  if (isUntyped(X.T) || isInteger(X.T)) {
    if (X.Val.K == ConstValue::Int &&
        representable(X.Val.I, BasicKind::Int, Ctx.wordBits())) {
      if (X.Val.I.isNegative()) {
        errorAt(Len, "invalid array length " + operandString(X));
        return -1;
      }
      return X.Val.I.getSExtValue();
    }
  }
  errorAt(Len, "array length " + operandString(X) + " must be integer");
  return -1;
}

/// A struct type: its fields in order, embedded ones named by their type.
Type *Checker::structType(const StructType *ST) {
  std::vector<StructField> Fields;
  llvm::StringMap<SourceLoc> Seen;
  for (const FieldPtr &Fld : ST->Fields) {
    Type *T = typeOf(Fld->Type.get());
    auto Add = [&](const std::string &Name, SourceLoc Loc, bool Embedded) {
      if (Name != "_") {
        auto [It, New] = Seen.try_emplace(Name, Loc);
        if (!New)
          error(Loc, Name + " redeclared\n\t" + Diags.posString(It->second) +
                         ": other declaration of " + Name);
      }
      Fields.push_back({Name, T, Embedded, unexportedPkg(Name)});
    };
    if (Fld->Names.empty()) {
      // An embedded field: T or *T, named by T's name.
      const Expr *TE = Fld->Type.get();
      if (auto *SE = dyn_cast<StarExpr>(TE))
        TE = SE->X.get();
      if (auto *Sel = dyn_cast<SelectorExpr>(TE))
        TE = Sel->Sel.get();
      std::string Name = isa<Ident>(TE) ? cast<Ident>(TE)->Name : "?";
      Add(Name, Fld->Type->getLoc(), true);
      continue;
    }
    for (const IdentPtr &Id : Fld->Names)
      Add(Id->Name, Id->getLoc(), false);
  }
  return Ctx.structOf(std::move(Fields));
}

/// The signature of a func type. With FI and S, declares the parameters and
/// named results in S (the function's scope) and records them in FI.
SignatureType *Checker::signature(const gort::FuncType *FT, FuncInfo *FI, Scope *S,
                             const Node *Owner) {
  std::vector<Type *> Params, Results;
  bool Variadic = false;
  auto Fields = [&](const FieldList &L, std::vector<Type *> &Out,
                    std::vector<Object *> *Objs) {
    for (const FieldPtr &Fld : L) {
      Type *T;
      if (auto *Dots = dyn_cast<Ellipsis>(Fld->Type.get())) {
        // ...T: only the final parameter, and it is a []T.
        T = Ctx.sliceOf(typeOf(Dots->Elt.get()));
        recordType(Dots, T);
        if (&L != &FT->Params || Fld != L.back() || Fld->Names.size() > 1)
          error(Dots->getLoc(),
                "can only use ... with final parameter in list");
        else
          Variadic = true;
      } else {
        T = typeOf(Fld->Type.get());
      }
      if (Fld->Names.empty()) {
        Out.push_back(T);
        if (Objs)
          Objs->push_back(nullptr);
        continue;
      }
      for (const IdentPtr &Id : Fld->Names) {
        Out.push_back(T);
        if (!Objs)
          continue;
        Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
        O->IsParam = true;
        O->Owner = Owner;
        // A blank result is still a result variable: a bare return
        // returns its zero value. A blank parameter needs no storage.
        Objs->push_back(Id->Name == "_" && FI && Objs == &FI->Params ? nullptr
                                                                     : O);
        if (S)
          declare(S, O, Id.get());
        else
          Info.Defs[Id.get()] = O;
      }
    }
  };
  Fields(FT->Params, Params, FI ? &FI->Params : nullptr);
  Fields(FT->Results, Results, FI ? &FI->Results : nullptr);
  SignatureType *Sig = Ctx.func(std::move(Params), std::move(Results));
  Sig->Variadic = Variadic;
  recordType(FT, Sig);
  return Sig;
}

} // namespace gort::sema
