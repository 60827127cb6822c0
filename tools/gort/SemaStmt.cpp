//===- SemaStmt.cpp - Function bodies and statements ----------------------===//
//
// Function bodies and statements, as go/types' stmt.go. funcBody checks a
// body in the function's scope, then reports a missing return (a body that
// is not terminating, SemaReturn.cpp), labels defined and not used, and
// variables declared but not used. Each statement opens the scopes the spec
// gives it (if, for, switch and each case, select and each case). Switches
// report duplicate constant cases and misplaced fallthrough; go and defer
// require a call, and not of a conversion or of a built-in with a value.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include "llvm/ADT/STLExtras.h"

namespace gort::sema {

void Checker::funcBody(const Node *Fn, FuncInfo *FI, const BlockStmt *Body,
                       Scope *S) {
  FuncCtx FC{Fn, FI, CurFunc, {}, {}, {}, {}};
  for (Object *O : FI->Results)
    if (O)
      FC.NamedResults.push_back(O);
  for (Object *O : FI->Params)
    if (O)
      O->Owner = Fn;
  for (Object *O : FI->Results)
    if (O)
      O->Owner = Fn;
  FuncCtx *SavedFunc = CurFunc;
  Scope *SavedScope = Cur;
  CurFunc = &FC;
  Cur = S;
  collectLabels(Body->List);
  checkGotos(Body);
  stmtList(Body->List);
  if (!FI->Sig->Results.empty() && !isTerminatingList(Body->List))
    error(Body->RBrace, "missing return");
  for (auto &L : FC.Labels)
    if (!L.second.Used)
      branchError(L.second.S->Label->getLoc(),
                  "label " + L.first + " defined and not used");
  reportUnused(FC);
  Cur = SavedScope;
  CurFunc = SavedFunc;
}

void Checker::reportUnused(FuncCtx &FC) {
  if (SawUnsupported)
    return;
  for (Object *O : FC.Locals)
    if (!O->Used)
      error(O->Loc, O->Name + " declared but not used");
}

void Checker::block(const StmtList &L) {
  Scope S(Cur);
  Cur = &S;
  stmtList(L);
  Cur = S.Parent;
}

void Checker::stmtList(const StmtList &L) {
  for (size_t I = 0; I < L.size(); ++I) {
    const Stmt *S = L[I].get();
    if (auto *B = dyn_cast<BranchStmt>(S); B && B->BranchTok == Tok::Fallthrough)
      branchError(S->getLoc(), "fallthrough statement out of place");
    else
      stmt(S);
  }
}

Object *Checker::declareLocal(const Ident *Id, Type *T) {
  Object *O = newObject(Object::Var, Id->Name, Id->getLoc(), T);
  O->Owner = CurFunc ? CurFunc->Fn : nullptr;
  declare(Cur, O, Id);
  if (CurFunc && Id->Name != "_" && Cur->lookupLocal(Id->Name) == O)
    CurFunc->Locals.push_back(O);
  return O;
}

void Checker::cond(const Expr *E, StringRef What) {
  Operand X = value(E);
  if (X.isInvalid())
    return;
  if (!isBoolean(X.T)) {
    errorAt(E, "non-boolean condition in " + What + " statement");
    return;
  }
  useDefault(X);
}

void Checker::stmt(const Stmt *S) {
  if (!S)
    return;
  if (++NestDepth > MaxNest) {
    if (NestDepth == MaxNest + 1)
      error(S->getLoc(), "statement nested too deeply");
    --NestDepth;
    return;
  }
  switch (S->getKind()) {
  case Node::NK_BadStmt:
  case Node::NK_EmptyStmt:
    break;
  case Node::NK_DeclStmt:
    declStmt(cast<DeclStmt>(S));
    break;
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    const std::string &L = LS->Label->Name;
    if (auto *F = dyn_cast_or_null<ForStmt>(LS->S.get()))
      forStmt(F, L);
    else if (auto *R = dyn_cast_or_null<RangeStmt>(LS->S.get()))
      rangeStmt(R, L);
    else if (auto *Sw = dyn_cast_or_null<SwitchStmt>(LS->S.get()))
      switchStmt(Sw, L);
    else if (auto *Ts = dyn_cast_or_null<TypeSwitchStmt>(LS->S.get()))
      typeSwitchStmt(Ts, L);
    else if (auto *Se = dyn_cast_or_null<SelectStmt>(LS->S.get()))
      selectStmt(Se, L);
    else
      stmt(LS->S.get());
    break;
  }
  case Node::NK_ExprStmt:
    exprStmt(cast<ExprStmt>(S));
    break;
  case Node::NK_SendStmt:
    sendStmt(cast<SendStmt>(S));
    break;
  case Node::NK_IncDecStmt:
    incDec(cast<IncDecStmt>(S));
    break;
  case Node::NK_AssignStmt:
    assignStmt(cast<AssignStmt>(S));
    break;
  case Node::NK_GoStmt:
    goDefer(cast<GoStmt>(S)->Call.get(), "go");
    break;
  case Node::NK_DeferStmt:
    goDefer(cast<DeferStmt>(S)->Call.get(), "defer");
    break;
  case Node::NK_ReturnStmt:
    returnStmt(cast<ReturnStmt>(S));
    break;
  case Node::NK_BranchStmt:
    branchStmt(cast<BranchStmt>(S));
    break;
  case Node::NK_BlockStmt:
    block(cast<BlockStmt>(S)->List);
    break;
  case Node::NK_IfStmt:
    ifStmt(cast<IfStmt>(S));
    break;
  case Node::NK_SwitchStmt:
    switchStmt(cast<SwitchStmt>(S), "");
    break;
  case Node::NK_TypeSwitchStmt:
    typeSwitchStmt(cast<TypeSwitchStmt>(S), "");
    break;
  case Node::NK_SelectStmt:
    selectStmt(cast<SelectStmt>(S), "");
    break;
  case Node::NK_ForStmt:
    forStmt(cast<ForStmt>(S), "");
    break;
  case Node::NK_RangeStmt:
    rangeStmt(cast<RangeStmt>(S), "");
    break;
  default:
    break;
  }
  --NestDepth;
}

/// go/types' built-ins of "statement" kind: they may be called as a
/// statement, by go and defer (even copy, whose count is dropped); the
/// others only in an expression. Fn is the callee of a built-in call.
static bool isStatementBuiltin(const Expr *Fn, const SemaInfo &Info) {
  while (auto *P = dyn_cast<ParenExpr>(Fn))
    Fn = P->X.get();
  auto *Id = dyn_cast<Ident>(Fn);
  const Object *B = Id ? Info.Uses.lookup(Id) : nullptr;
  static const BuiltinId Stmts[] = {BuiltinId::Close,   BuiltinId::Copy,
                                    BuiltinId::Delete,  BuiltinId::Panic,
                                    BuiltinId::Print,   BuiltinId::Println,
                                    BuiltinId::Recover};
  return !B || llvm::is_contained(Stmts, B->Id);
}

void Checker::exprStmt(const ExprStmt *S) {
  Operand X;
  check(S->X.get(), X);
  if (X.isInvalid())
    return;
  const Expr *E = S->X.get();
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  if (auto *C = dyn_cast<CallExpr>(E)) {
    auto It = Info.Exprs.find(C->Fun.get());
    bool IsConv = It != Info.Exprs.end() &&
                  It->second.M == TypeAndValue::TypeExpr;
    bool IsValueBuiltin = It != Info.Exprs.end() &&
                          It->second.M == TypeAndValue::Builtin &&
                          !isStatementBuiltin(C->Fun.get(), Info);
    if (!IsConv && !IsValueBuiltin)
      return;
  } else if (auto *U = dyn_cast<UnaryExpr>(E); U && U->Op == Tok::Arrow) {
    singleValue(X); // a plain receive, not comma-ok
    return;
  }
  if (X.M == TypeAndValue::CommaOk)
    singleValue(X);
  errorAt(S->X.get(), operandString(X) + " is not used");
}

void Checker::sendStmt(const SendStmt *S) {
  Operand Ch = value(S->Chan.get());
  Operand V = value(S->Value.get());
  if (Ch.isInvalid() || V.isInvalid())
    return;
  auto *C = dyn_cast<ChannelType>(underlying(Ch.T));
  if (!C) {
    errorAt(S->Chan.get(), "invalid operation: cannot send to non-channel " +
                               operandString(Ch));
    return;
  }
  if (C->Dir == ChannelType::RecvOnly) {
    errorAt(S->Chan.get(),
            "invalid operation: cannot send to receive-only channel " +
                operandString(Ch));
    return;
  }
  assign(V, C->Elem, "send");
}

void Checker::incDec(const IncDecStmt *S) {
  Operand X = value(S->X.get());
  if (X.isInvalid())
    return;
  if (!isNumeric(X.T)) {
    errorAt(S->X.get(), "invalid operation: " + exprString(S->X.get()) +
                            (S->Inc ? "++" : "--") + " (non-numeric type " +
                            typeString(X.T) + ")");
    return;
  }
  if (X.M != TypeAndValue::Variable && !isMapIndex(S->X.get())) {
    errorAt(S->X.get(), "cannot assign to " + operandString(X));
    return;
  }
}

void Checker::goDefer(const Expr *CallE, StringRef Keyword) {
  const Expr *E = CallE;
  while (auto *P = dyn_cast<ParenExpr>(E))
    E = P->X.get();
  const auto *C = dyn_cast<CallExpr>(E);
  if (!C) {
    Operand X;
    check(CallE, X);
    errorAt(CallE, "expression in " + Keyword + " must be function call");
    return;
  }
  Operand X;
  const SelectorExpr *SavedGo = GoSel;
  const CallExpr *SavedGoCall = GoCall;
  if (Keyword == "go") {
    GoCall = C;
    const Expr *Fn = C->Fun.get();
    while (auto *P = dyn_cast<ParenExpr>(Fn))
      Fn = P->X.get();
    GoSel = dyn_cast<SelectorExpr>(Fn);
  }
  check(CallE, X);
  GoSel = SavedGo;
  GoCall = SavedGoCall;
  if (X.isInvalid())
    return;
  auto It = Info.Exprs.find(C->Fun.get());
  if (It == Info.Exprs.end())
    return;
  if (It->second.M == TypeAndValue::TypeExpr) {
    errorAt(CallE, Keyword + " requires function call, not conversion " +
                       operandString(X));
    return;
  }
  if (It->second.M != TypeAndValue::Builtin)
    return;
  if (!isStatementBuiltin(C->Fun.get(), Info))
    errorAt(CallE, Keyword + " discards result of " + operandString(X));
}

void Checker::returnStmt(const ReturnStmt *S) {
  FuncInfo *FI = CurFunc ? CurFunc->Info : nullptr;
  if (!FI || !FI->Sig)
    return;
  const std::vector<Type *> &Want = FI->Sig->Results;
  if (S->Results.empty()) {
    if (!Want.empty() && CurFunc->NamedResults.empty())
      error(S->getLoc(), "not enough return values" + haveWant({}, Want));
    if (!CurFunc->NamedResults.empty())
      for (Object *R : CurFunc->NamedResults) {
        Object *Vis = R->Name == "_" ? nullptr : Cur->lookup(R->Name);
        if (Vis && Vis != R) {
          // The inner object's position, but the result's description.
          error(S->getLoc(), "result parameter " + R->Name +
                                 " not in scope at return\n\t" +
                                 Diags.posString(Vis->Loc) +
                                 ": inner declaration of var " + R->Name +
                                 " " + typeString(R->T));
        }
      }
    return;
  }
  std::vector<Operand> Vals;
  // As types2's exprList, a single call's results are unpacked whatever
  // the function wants: `return g()` with one result too many.
  if (S->Results.size() == 1) {
    Operand X;
    check(S->Results[0].get(), X);
    if (X.isInvalid())
      return;
    auto *Tup = dyn_cast_or_null<TupleType>(X.T);
    if (Tup && X.M == TypeAndValue::Value) {
      for (Type *T : Tup->Elems) {
        Operand E;
        E.M = TypeAndValue::Value;
        E.T = T;
        E.E = S->Results[0].get();
        Vals.push_back(E);
      }
    } else {
      singleValue(X);
      Vals.push_back(X);
    }
  } else {
    for (const ExprPtr &E : S->Results)
      Vals.push_back(value(E.get()));
  }
  for (const Operand &X : Vals)
    if (X.isInvalid())
      return;
  if (Vals.size() != Want.size()) {
    // gc points at the first extra value, or at the last one.
    bool TooMany = Vals.size() > Want.size();
    const Expr *At = TooMany ? Vals[Want.size()].E : Vals.back().E;
    errorAt(At, (TooMany ? "too many return values"
                         : "not enough return values") +
                    haveWant(Vals, Want));
    return;
  }
  for (size_t I = 0; I < Vals.size(); ++I)
    assign(Vals[I], Want[I], "return statement");
}

void Checker::ifStmt(const IfStmt *S) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  if (S->Cond)
    cond(S->Cond.get(), "if");
  if (S->Then)
    block(S->Then->List);
  if (S->Else)
    stmt(S->Else.get());
  Cur = Sc.Parent;
}

void Checker::switchStmt(const SwitchStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  Operand Tag;
  bool HaveTag = false;
  if (S->Tag) {
    Tag = value(S->Tag.get());
    if (!Tag.isInvalid()) {
      if (basicKind(Tag.T) == BasicKind::UntypedNil) {
        errorAt(S->Tag.get(), "use of untyped nil in switch expression");
        Tag.M = TypeAndValue::Invalid;
      } else {
        useDefault(Tag, "switch expression");
        HaveTag = !Tag.isInvalid();
      }
    }
  }
  CurFunc->Targets.push_back({S, false, Label});
  std::vector<const CaseClause *> Clauses;
  if (S->Body)
    for (const StmtPtr &C : S->Body->List)
      if (auto *CC = dyn_cast<CaseClause>(C.get()))
        Clauses.push_back(CC);
  std::vector<Operand> Seen; // constant cases, for duplicates
  const CaseClause *Default = nullptr;
  for (size_t CI = 0; CI < Clauses.size(); ++CI) {
    const CaseClause *CC = Clauses[CI];
    if (CC->IsDefault) {
      if (Default)
        error(CC->getLoc(), "multiple defaults (first at " +
                                posString(Default->getLoc()) + ")");
      else
        Default = CC;
    }
    for (const ExprPtr &E : CC->List) {
      Operand V = value(E.get());
      if (V.isInvalid())
        continue;
      if (!S->Tag) {
        // gc compares each case with the constant true.
        if (isUntyped(V.T) && !isBoolean(V.T))
          errorAt(E.get(), "cannot convert " + operandString(V) + " to bool");
        else if (!isBoolean(V.T))
          errorAt(E.get(), "invalid case " + exprString(E.get()) +
                               " in switch on true (mismatched types " +
                               typeString(V.T) + " and bool)");
        else
          useDefault(V);
        continue;
      }
      if (!HaveTag)
        continue;
      Operand T = Tag;
      std::string Why;
      bool VNil = basicKind(V.T) == BasicKind::UntypedNil;
      if (isUntyped(V.T) && !implicitType(V, Tag.T, Why)) {
        if (!Why.empty()) {
          invalidConversion(V, Tag.T, Why);
          continue;
        }
        // As gc, the case is converted to the tag's type first.
        errorAt(E.get(), "cannot convert " +
                             (VNil ? std::string("nil") : operandString(V)) +
                             " to " + typeString(underlying(Tag.T)));
        continue;
      }
      if (!assignableTo(V, Tag.T) && !assignableTo(T, V.T)) {
        errorAt(E.get(), "invalid case " + exprString(E.get()) +
                             " in switch on " + exprString(S->Tag.get()) +
                             " (mismatched types " + typeString(V.T) +
                             " and " + typeString(Tag.T) + ")");
        continue;
      }
      if (isFunc(Tag.T) && !VNil) {
        errorAt(E.get(), "invalid case " + exprString(E.get()) +
                             " in switch on " + exprString(S->Tag.get()) +
                             " (func can only be compared to nil)");
        continue;
      }
      // As go/types, only integer and string (and float) values can be
      // duplicates: two `case true:` are allowed.
      if (V.isConst() && (V.Val.isNumber() || V.Val.K == ConstValue::String)) {
        V.E = E.get();
        auto Same = [&](const Operand &P) {
          if (!identical(P.T, V.T))
            return false;
          if (V.Val.isNumber())
            return P.Val.isNumber() && ratCmp(P.Val, V.Val) == 0;
          return P.Val.K == V.Val.K && P.Val.S == V.Val.S;
        };
        // types2 points at the previous case's node position (the
        // operator of 1 + 1), not its start.
        if (auto P = llvm::find_if(Seen, Same); P != Seen.end())
          errorAt(E.get(), "duplicate case " + operandString(V) +
                               " in expression switch\n\t" +
                               Diags.posString(P->E->getLoc()) +
                               ": previous case");
        else
          Seen.push_back(V);
      }
    }
    Scope CS(Cur);
    Cur = &CS;
    for (size_t I = 0; I < CC->Body.size(); ++I) {
      const Stmt *B = CC->Body[I].get();
      auto *Br = dyn_cast<BranchStmt>(B);
      if (Br && Br->BranchTok == Tok::Fallthrough) {
        if (I + 1 != CC->Body.size())
          branchError(B->getLoc(), "fallthrough statement out of place");
        else if (CI + 1 == Clauses.size())
          branchError(B->getLoc(), "cannot fallthrough final case in switch");
        continue;
      }
      stmt(B);
    }
    Cur = CS.Parent;
  }
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

void Checker::selectStmt(const SelectStmt *S, const std::string &Label) {
  CurFunc->Targets.push_back({S, false, Label});
  const CommClause *Default = nullptr;
  if (S->Body)
    for (const StmtPtr &C : S->Body->List) {
      auto *CC = dyn_cast<CommClause>(C.get());
      if (!CC)
        continue;
      if (!CC->Comm && Default)
        error(CC->getLoc(), "multiple defaults (first at " +
                                posString(Default->getLoc()) + ")");
      else if (!CC->Comm)
        Default = CC;
      Scope CS(Cur);
      Cur = &CS;
      if (const Stmt *Comm = CC->Comm.get()) {
        bool Valid = isa<SendStmt>(Comm);
        const Expr *Recv = nullptr;
        if (auto *ES = dyn_cast<ExprStmt>(Comm))
          Recv = ES->X.get();
        else if (auto *AS = dyn_cast<AssignStmt>(Comm);
                 AS && AS->Rhs.size() == 1 &&
                 (AS->Op == Tok::Assign || AS->Op == Tok::Define))
          Recv = AS->Rhs[0].get();
        while (auto *P = dyn_cast_or_null<ParenExpr>(Recv))
          Recv = P->X.get();
        if (auto *U = dyn_cast_or_null<UnaryExpr>(Recv);
            U && U->Op == Tok::Arrow)
          Valid = true;
        if (!Valid)
          error(Comm->getLoc(),
                "select case must be send or receive (possibly with "
                "assignment)");
        else
          stmt(Comm);
      }
      stmtList(CC->Body);
      Cur = CS.Parent;
    }
  CurFunc->Targets.pop_back();
}

void Checker::forStmt(const ForStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  simpleStmt(S->Init.get());
  if (S->Cond)
    cond(S->Cond.get(), "for");
  simpleStmt(S->Post.get());
  CurFunc->Targets.push_back({S, true, Label});
  if (S->Body)
    block(S->Body->List);
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

void Checker::rangeStmt(const RangeStmt *S, const std::string &Label) {
  Scope Sc(Cur);
  Cur = &Sc;
  Operand X = value(S->X.get());
  Type *Elem = Ctx.invalid();
  Type *ValT = Ctx.invalid();
  if (!X.isInvalid()) {
    // Channels, maps (keys and values), and the sequences of rangeSeqKey;
    // Go 1.19 cannot range over an integer.
    auto *C = dyn_cast<ChannelType>(underlying(X.T));
    if (C) {
      // As types2, both errors, and the key still has the element type.
      if (S->Value)
        errorAt(S->Value.get(), "range over " + operandString(X) +
                                    " permits only one iteration variable");
      if (C->Dir == ChannelType::SendOnly)
        errorAt(S->X.get(), "cannot range over " + operandString(X) +
                                " (receive from send-only channel)");
      Elem = C->Elem;
    } else if (auto *MT = dyn_cast<MapTy>(underlying(X.T))) {
      Elem = MT->Key;
      ValT = MT->Elem;
    } else if (Type *K = rangeSeqKey(X.T, &ValT)) {
      useDefault(X);
      Elem = K;
    } else {
      errorAt(S->X.get(), "cannot range over " + operandString(X));
    }
  }
  if (S->Key) {
    if (S->Op == Tok::Define) {
      for (const Expr *K : {S->Key.get(), S->Value.get()}) {
        if (!K)
          continue;
        if (auto *Id = dyn_cast<Ident>(K)) {
          Object *O = declareLocal(Id, K == S->Key.get() ? Elem : ValT);
          // types2: no "declared but not used" after an error about it.
          O->Used = isInvalid(O->T);
        } else
          errorAt(K, "non-name " + exprString(K) + " on left side of :=");
      }
    } else {
      for (const Expr *K : {S->Key.get(), S->Value.get()}) {
        if (!K)
          continue;
        Operand V;
        V.M = TypeAndValue::Value;
        V.T = K == S->Key.get() ? Elem : ValT;
        V.E = K; // as types2: no better expression for the value
        if (isInvalid(V.T))
          V.M = TypeAndValue::Invalid;
        assignVar(K, V, "assignment");
      }
    }
  }
  CurFunc->Targets.push_back({S, true, Label});
  if (S->Body)
    block(S->Body->List);
  CurFunc->Targets.pop_back();
  Cur = Sc.Parent;
}

/// range over a string (int, rune), an array, a pointer to an array or a
/// slice (int, the element): the key's type, and the value's in *Val; null
/// for other types.
Type *Checker::rangeSeqKey(Type *X, Type **Val) {
  Type *U = underlying(X);
  if (auto *P = dyn_cast<PointerTy>(U))
    if (isa<ArrayTy>(underlying(P->Elem)))
      U = underlying(P->Elem);
  if (isString(U))
    *Val = Ctx.runeType();
  else if (auto *A = dyn_cast<ArrayTy>(U))
    *Val = A->Elem;
  else if (auto *S = dyn_cast<SliceTy>(U))
    *Val = S->Elem;
  else
    return nullptr;
  return Ctx.basic(BasicKind::Int);
}

} // namespace gort::sema
