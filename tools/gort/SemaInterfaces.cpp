//===- SemaInterfaces.cpp - Interfaces, method sets and type switches -----===//
//
// Interfaces, as go/types' interface.go, typeset.go (the method set of an
// interface type, embedded interfaces flattened in), lookup.go
// (missingMethod: whether a type implements an interface, and gc's reason
// when it does not) and stmt.go's typeSwitchStmt, with gc's messages:
//
//  - interfaceType makes the InterfaceTy of an interface type expression:
//    its methods and those of the interfaces it embeds, sorted by name
//    (`duplicate method M` for a name declared twice).
//  - implements(V, T, Why) is assignability's half for an interface T:
//    every method of T is in V's method set (V an interface: its
//    methods; V concrete: findMethod's, a pointer method counting only
//    when reached through a pointer), with an identical signature. Why
//    gets gc's reason: `(missing M method)`, `(M method has pointer
//    receiver)`, `(wrong type for M method)` with have/want lines.
//  - lookupIfaceMethod: x.M and I.M for x of an interface type; a
//    Selection whose Recv is an interface and whose Owner is null.
//  - typeSwitchStmt: `switch [v :=] x.(type)`, each clause's types (nil,
//    duplicates, impossible cases), and v's per-clause object
//    (SemaInfo::Implicits): the case's type when the clause lists exactly
//    one type, x's type otherwise; `v declared but not used` when no
//    clause uses it.
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

/// The method set of an interface type expression.
Type *Checker::interfaceType(const gort::InterfaceType *IT) {
  std::vector<Method> Ms;
  std::map<std::string, const Field *> Seen;
  auto Add = [&](const Method &M, const Field *At, bool Explicit) {
    auto [It, New] = Seen.insert({M.Name, At});
    if (New) {
      Ms.push_back(M);
      return;
    }
    // A method may repeat one of identical type unless both are
    // declared here.
    bool OldExplicit = !It->second->Names.empty();
    for (const Method &Old : Ms)
      if (Old.Name == M.Name && !(Explicit && OldExplicit) &&
          identical(Old.Sig, M.Sig))
        return;
    error(Explicit ? At->Names[0]->getLoc() : exprStart(At->Type.get()),
          "duplicate method " + M.Name + "\n\t" +
              Diags.posString(It->second->Names.empty()
                                  ? exprStart(It->second->Type.get())
                                  : It->second->Names[0]->getLoc()) +
              ": other declaration of " + M.Name);
  };
  for (const FieldPtr &Fld : IT->Methods) {
    if (!Fld->Names.empty()) {
      auto *FT = dyn_cast<gort::FuncType>(Fld->Type.get());
      if (!FT)
        continue; // the parser reported it
      SignatureType *Sig = signature(FT, nullptr, nullptr, nullptr);
      if (Fld->Names[0]->Name == "_") {
        error(Fld->Names[0]->getLoc(), "methods must have a unique non-blank name");
        continue;
      }
      const std::string &Name = Fld->Names[0]->Name;
      Add({Name, Sig, false, Fld.get(), unexportedPkg(Name)}, Fld.get(), true);
      continue;
    }
    Type *E = typeOf(Fld->Type.get());
    if (isInvalid(E))
      continue;
    if (auto *EN = dyn_cast<NamedType>(E); EN && !EN->Underlying) {
      // An interface embedding itself (through others): the cycle from
      // the type being resolved, as resolveType reports one.
      auto It = llvm::find_if(Resolving, [&](Object *O) { return O->T == EN; });
      if (It != Resolving.end()) {
        error((*It)->Loc, "invalid recursive type " + (*It)->Name +
                              cycleString(llvm::ArrayRef(Resolving).drop_front(
                                  It - Resolving.begin())));
        EN->Underlying = Ctx.invalid();
      }
      continue;
    }
    auto *EI = dyn_cast_or_null<InterfaceTy>(underlying(E));
    if (!EI) {
      unsupported(exprStart(Fld->Type.get()), "type constraints");
      continue;
    }
    for (const Method &M : EI->Methods)
      Add({M.Name, M.Sig, false, Fld.get(), M.Pkg}, Fld.get(), false);
  }
  return Ctx.interfaceOf(std::move(Ms));
}

/// "M(int) string": a method as have/want lines spell it.
static std::string methodString(const std::string &Name, SignatureType *Sig) {
  return Name + typeString(Sig).substr(4);
}

bool Checker::implements(Type *V, Type *T, std::string &Why) {
  auto *I = dyn_cast_or_null<InterfaceTy>(underlying(T));
  if (!I || isInvalid(V))
    return true;
  auto *VI = dyn_cast_or_null<InterfaceTy>(underlying(V));
  for (const Method &IM : I->Methods) {
    const Method *M = nullptr;
    bool PtrOnly = false;
    if (VI) {
      M = VI->method(IM.Name);
    } else {
      NamedType *Owner = nullptr;
      std::vector<unsigned> Path;
      bool Indirect = false, Ambiguous = false;
      M = gort::findMethod(V, IM.Name, Owner, Path, Indirect, Ambiguous);
      if (M && Ambiguous)
        M = nullptr;
      if (M && Owner)
        if (Object *MO = M->Decl ? MethodObjs.lookup(
                                       static_cast<const FuncDecl *>(M->Decl))
                                 : nullptr)
          resolve(MO); // its signature
      PtrOnly = M && M->PtrRecv && !Indirect;
    }
    // An unexported method is another package's of the same name.
    if (M && M->Pkg != IM.Pkg)
      M = nullptr;
    if (!M) {
      Why = "(missing " + IM.Name + " method)";
      return false;
    }
    if (PtrOnly) {
      Why = "(" + IM.Name + " method has pointer receiver)";
      return false;
    }
    if (M->Sig && !identical(M->Sig, IM.Sig)) {
      Why = "(wrong type for " + IM.Name + " method)\n\t\thave " +
            methodString(M->Name, M->Sig) + "\n\t\twant " +
            methodString(IM.Name, IM.Sig);
      return false;
    }
  }
  return true;
}

std::string Checker::notImplemented(Type *V, Type *T) {
  std::string Why;
  if (!isInterface(T) || implements(V, T, Why))
    return "";
  return ":\n\t" + typeString(V) + " does not implement " + typeString(T) +
         " " + Why;
}

bool Checker::lookupIfaceMethod(const SelectorExpr *S, Operand &Base,
                                Operand &X) {
  const std::string &Sel = S->Sel->Name;
  if (auto *P = dyn_cast_or_null<PointerTy>(underlying(Base.T));
      P && isInterface(P->Elem) && Base.M != TypeAndValue::TypeExpr) {
    auto *PI = cast<InterfaceTy>(underlying(P->Elem));
    if (PI->method(Sel)) {
      error(S->Sel->getLoc(), exprString(S) + " undefined (type " +
                                  typeString(Base.T) +
                                  " is pointer to interface, not interface)");
      X.M = TypeAndValue::Invalid;
      return true;
    }
    return false;
  }
  auto *I = dyn_cast_or_null<InterfaceTy>(underlying(Base.T));
  if (!I)
    return false;
  int K = I->methodIndex(Sel);
  if (K < 0)
    return false;
  const Method *M = &I->Methods[K];
  bool IsExpr = Base.M == TypeAndValue::TypeExpr;
  Selection &SL = Info.Selections[S];
  SL.Kind = IsExpr ? Selection::MethodExpr : Selection::MethodVal;
  SL.Recv = Base.T;
  SL.M = M;
  SL.Owner = nullptr;
  X.T = IsExpr ? methodExprType(Base.T, M->Sig) : M->Sig;
  X.M = TypeAndValue::Value;
  X.E = S;
  return true;
}

void Checker::typeSwitchStmt(const TypeSwitchStmt *S,
                             const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  const Ident *Lhs = nullptr;
  const TypeAssertExpr *Guard = nullptr;
  if (auto *AS = dyn_cast_or_null<AssignStmt>(S->Assign.get())) {
    if (AS->Lhs.size() == 1 && AS->Rhs.size() == 1) {
      Lhs = dyn_cast<Ident>(AS->Lhs[0].get());
      Guard = dyn_cast<TypeAssertExpr>(AS->Rhs[0].get());
    }
  } else if (auto *ES = dyn_cast_or_null<ExprStmt>(S->Assign.get())) {
    Guard = dyn_cast<TypeAssertExpr>(ES->X.get());
  }
  if (Lhs && Lhs->Name == "_") {
    error(Lhs->getLoc(), "no new variable on left side of :=");
    Lhs = nullptr;
  }
  Operand X;
  if (Guard) {
    X = value(Guard->X.get());
    if (!X.isInvalid() && !isInterface(X.T)) {
      errorAt(X.E, operandString(X) + " is not an interface");
      X.M = TypeAndValue::Invalid;
    }
  }
  // v's stand-in for "declared but not used": used if any clause's is.
  Object *LhsObj = nullptr;
  if (Lhs) {
    LhsObj = newObject(Object::Var, Lhs->Name, Lhs->getLoc(),
                       X.isInvalid() ? Ctx.invalid() : X.T);
    if (CurFunc && !X.isInvalid())
      CurFunc->Locals.push_back(LhsObj);
  }
  CurFunc->Targets.push_back({S, false, Label});
  struct SeenCase {
    Type *T; // null for nil
    const Expr *E;
  };
  std::vector<SeenCase> Seen;
  const CaseClause *Default = nullptr;
  std::vector<Object *> ClauseObjs;
  static const StmtList NoClauses;
  for (const StmtPtr &St : S->Body ? S->Body->List : NoClauses) {
    auto *CC = dyn_cast<CaseClause>(St.get());
    if (!CC)
      continue;
    if (CC->IsDefault) {
      if (Default)
        error(CC->getLoc(), "multiple defaults (first at " +
                                posString(Default->getLoc()) + ")");
      else
        Default = CC;
    }
    Type *Single = nullptr;
    for (const ExprPtr &E : CC->List) {
      Type *T = nullptr;
      const Expr *TE = E.get();
      while (auto *P = dyn_cast<ParenExpr>(TE))
        TE = P->X.get();
      auto *Id = dyn_cast<Ident>(TE);
      Object *NilObj = Id ? Cur->lookup(Id->Name) : nullptr;
      if (NilObj && NilObj->Kind == Object::Nil) {
        Info.Uses[Id] = NilObj;
        TypeAndValue &TV = Info.Exprs[E.get()];
        TV.M = TypeAndValue::Value;
        TV.T = X.isInvalid() ? Ctx.basic(BasicKind::UntypedNil) : X.T;
      } else {
        T = typeOf(E.get());
        if (isInvalid(T))
          continue;
      }
      if (!X.isInvalid() && T && !isInterface(T)) {
        std::string Why;
        if (!implements(T, X.T, Why)) {
          errorAt(E.get(), "impossible type switch case: " +
                               exprString(E.get()) + "\n\t" +
                               operandString(X) + " cannot have dynamic type " +
                               typeString(T) + " " + Why);
          continue;
        }
      }
      auto Dup = llvm::find_if(Seen, [&](const SeenCase &P) {
        return (!P.T && !T) || (P.T && T && identical(P.T, T));
      });
      if (Dup != Seen.end())
        errorAt(E.get(), "duplicate case " + (T ? typeString(T) : "nil") +
                             " in type switch\n\t" +
                             Diags.posString(exprStart(Dup->E)) +
                             ": previous case");
      else
        Seen.push_back({T, E.get()});
      Single = CC->List.size() == 1 ? T : nullptr;
    }
    Scope CS(Cur);
    Cur = &CS;
    if (LhsObj) {
      Type *VT = Single ? Single : LhsObj->T;
      Object *O = newObject(Object::Var, Lhs->Name, Lhs->getLoc(), VT);
      O->Owner = CurFunc ? CurFunc->Fn : nullptr;
      CS.insert(O);
      Info.Implicits[CC] = O;
      ClauseObjs.push_back(O);
    }
    for (const StmtPtr &B : CC->Body) {
      auto *Br = dyn_cast<BranchStmt>(B.get());
      if (Br && Br->BranchTok == Tok::Fallthrough) {
        branchError(B->getLoc(), "cannot fallthrough in type switch");
        continue;
      }
      stmt(B.get());
    }
    Cur = CS.Parent;
  }
  CurFunc->Targets.pop_back();
  if (LhsObj) {
    for (Object *O : ClauseObjs)
      LhsObj->Used |= O->Used;
    // A clause's variable captured by a closure or whose address is
    // taken lives on the heap; that is per clause (its own Object).
  }
  Cur = Sc.Parent;
}

} // namespace gort::sema
