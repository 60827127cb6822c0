//===- SemaTypexpr.cpp - Identifiers and type expressions -----------------===//
//
// Identifiers and type expressions, as go/types' typexpr.go. ident resolves
// a name through the scopes to its object and makes the operand it denotes
// ("undefined: x", iota outside a constant declaration, _ used as a value).
// typeOf evaluates a type expression; the types of later tiers (slices,
// maps, structs, pointers, non-empty interfaces) are not supported yet.
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
    if (!cast<gort::InterfaceType>(E)->Methods.empty()) {
      unsupported(E->getLoc(), "non-empty interfaces");
      return T;
    }
    T = Ctx.emptyInterface();
    break;
  case Node::NK_ArrayType:
    unsupported(E->getLoc(),
                cast<ArrayType>(E)->Len ? "arrays" : "slices");
    return T;
  case Node::NK_MapType:
    unsupported(E->getLoc(), "maps");
    return T;
  case Node::NK_StructType:
    unsupported(E->getLoc(), "structs");
    return T;
  case Node::NK_StarExpr:
    unsupported(E->getLoc(), "pointers");
    return T;
  case Node::NK_Ellipsis:
    unsupported(E->getLoc(), "variadic functions");
    return T;
  default:
    errorAt(E, exprString(E) + " is not a type");
    return T;
  }
  recordType(E, T);
  return T;
}

/// The signature of a func type. With FI and S, declares the parameters and
/// named results in S (the function's scope) and records them in FI.
SignatureType *Checker::signature(const gort::FuncType *FT, FuncInfo *FI, Scope *S,
                             const Node *Owner) {
  std::vector<Type *> Params, Results;
  auto Fields = [&](const FieldList &L, std::vector<Type *> &Out,
                    std::vector<Object *> *Objs) {
    for (const FieldPtr &Fld : L) {
      Type *T = typeOf(Fld->Type.get());
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
  recordType(FT, Sig);
  return Sig;
}

} // namespace gort::sema
