//===- CGStmt.cpp - Statements --------------------------------------------===//
//
// Statements. Each statement sets the debug location to its own position;
// break and continue find their targets on FuncState::Targets (a label
// names a loop, switch or select); a statement after a terminator goes to
// a fresh "dead" block, which LLVM removes. select evaluates every channel
// operand and value to send in source order, then calls runtime.selectgo
// once with all the cases (sends first; docs/ABI.md); a select without
// cases blocks forever (runtime.block).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"

using namespace gort;
using namespace gort::cg;

void CodeGen::emitBlock(const StmtList &L) {
  for (auto &S : L)
    emitStmt(S.get());
}

BasicBlock *CodeGen::labelBlock(const Object *L) {
  BasicBlock *&BB = Cur->Labels[L];
  if (!BB)
    BB = newBlock(L->Name);
  return BB;
}

void CodeGen::emitStmt(const Stmt *S, const Object *Label) {
  setLoc(S->getLoc());
  switch (S->getKind()) {
  case Node::NK_EmptyStmt:
  case Node::NK_BadStmt:
    return;
  case Node::NK_DeclStmt:
    return emitDeclStmt(cast<DeclStmt>(S));
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    const Object *L = Info.Defs.lookup(LS->Label.get());
    if (L) {
      BasicBlock *BB = labelBlock(L);
      branchTo(BB);
      startBlock(BB);
    }
    return emitStmt(LS->S.get(), L);
  }
  case Node::NK_ExprStmt: {
    const Expr *X = cast<ExprStmt>(S)->X.get();
    Ordered O(*this, {X});
    emitExpr(X);
    return;
  }
  case Node::NK_SendStmt: {
    auto *SS = cast<SendStmt>(S);
    Type *CT = typeOf(SS->Chan.get());
    Value *Ch = emitExpr(SS->Chan.get());
    Type *ET = cast<ChannelType>(underlying(CT))->Elem;
    Value *V = emitExprTo(SS->Value.get(), ET);
    auto *Tmp = entryAlloca(memType(ET), "send");
    storeValue(ET, V, Tmp);
    setLoc(S->getLoc());
    rt(RtFn::chansend1, {Ch, Tmp});
    return;
  }
  case Node::NK_IncDecStmt: {
    auto *ID = cast<IncDecStmt>(S);
    if (const IndexExpr *IE = mapIndex(ID->X.get()))
      return emitMapOpAssign(IE, ID->Inc ? Tok::Add : Tok::Sub, nullptr,
                             S->getLoc());
    Type *T = typeOf(ID->X.get());
    Value *Addr = onceAddr(ID->X.get());
    Value *X = Addr ? loadValue(T, Addr) : emitExpr(ID->X.get());
    Value *R;
    if (X->getType()->isFloatingPointTy()) {
      Value *One = llvm::ConstantFP::get(X->getType(), 1.0);
      R = ID->Inc ? B.CreateFAdd(X, One) : B.CreateFSub(X, One);
    } else {
      Value *One = llvm::ConstantInt::get(X->getType(), 1);
      R = ID->Inc ? B.CreateAdd(X, One) : B.CreateSub(X, One);
    }
    if (Addr)
      storeValue(T, R, Addr);
    else
      assignTo(ID->X.get(), R, T, false);
    return;
  }
  case Node::NK_AssignStmt:
    return emitAssign(cast<AssignStmt>(S));
  case Node::NK_GoStmt:
    return emitGo(cast<GoStmt>(S));
  case Node::NK_DeferStmt:
    return emitDefer(cast<DeferStmt>(S));
  case Node::NK_ReturnStmt:
    return emitReturn(cast<ReturnStmt>(S));
  case Node::NK_BranchStmt:
    return emitBranch(cast<BranchStmt>(S));
  case Node::NK_BlockStmt:
    return emitBlock(cast<BlockStmt>(S)->List);
  case Node::NK_IfStmt:
    return emitIf(cast<IfStmt>(S));
  case Node::NK_SwitchStmt:
    return emitSwitch(cast<SwitchStmt>(S), Label);
  case Node::NK_SelectStmt:
    return emitSelect(cast<SelectStmt>(S), Label);
  case Node::NK_ForStmt:
    return emitFor(cast<ForStmt>(S), Label);
  case Node::NK_RangeStmt:
    return emitRange(cast<RangeStmt>(S), Label);
  case Node::NK_TypeSwitchStmt:
    return emitTypeSwitch(cast<TypeSwitchStmt>(S), Label);
  default:
    return unsupported(S->getLoc(), "this statement");
  }
}

void CodeGen::emitDeclStmt(const DeclStmt *S) {
  const GenDecl *D = S->D.get();
  if (D->DeclTok != Tok::Var)
    return; // constants are folded; types need nothing
  for (auto &Sp : D->Specs) {
    auto *VS = cast<ValueSpec>(Sp.get());
    std::vector<const Object *> Objs;
    for (auto &N : VS->Names)
      Objs.push_back(Info.Defs.lookup(N.get()));
    std::vector<Value *> Vals;
    std::vector<Type *> Types;
    if (VS->Values.size() == VS->Names.size()) {
      for (size_t I = 0; I < VS->Values.size(); ++I) {
        // One value after the other, as gc: var a, b = x, f() reads x
        // before f runs.
        Ordered O(*this, {VS->Values[I].get()});
        Type *T = Objs[I] ? Objs[I]->T : typeOf(VS->Values[I].get());
        Vals.push_back(emitExprTo(VS->Values[I].get(), T));
        Types.push_back(T);
      }
    } else if (VS->Values.size() == 1) {
      Vals = emitTuple(VS->Values[0].get(), Types);
    }
    for (size_t I = 0; I < Objs.size(); ++I) {
      if (!Objs[I])
        continue;
      Value *Init = nullptr;
      if (I < Vals.size())
        Init = convert(Vals[I], Types[I], Objs[I]->T);
      declareLocal(Objs[I], Init, VS->Names[I]->getLoc());
    }
  }
}

/// Phase one of a tuple assignment (the spec's): the operands of the index
/// expressions and indirections of the left-hand side L are evaluated into
/// PreEval (appended to Done), those more than variables and constants
/// when Calls (before the right-hand side), the others when not (after
/// it). The address itself, with its nil and bounds checks, is made as
/// the value is assigned, left to right, as gc's ascompatee: in
/// i, x[i], x[5] = 1, 100, 500 x[0] is 100 when x[5] panics.
void CodeGen::evalLhsOperands(const Expr *L, bool Calls,
                              std::vector<const Expr *> &Done) {
  while (auto *P = dyn_cast<ParenExpr>(L))
    L = P->X.get();
  auto Eval = [&](const Expr *X) {
    if (isSimpleOperand(X) == Calls || Cur->PreEval.count(X))
      return;
    const TypeAndValue *TV = tv(X);
    if (TV && TV->M == TypeAndValue::Constant)
      return;
    Value *V = emitExpr(X);
    Cur->PreEval[X] = V;
    Done.push_back(X);
  };
  if (auto *IE = dyn_cast<IndexExpr>(L)) {
    if (mapIndex(L))
      return; // evalMapLhs
    if (isa<ArrayTy>(underlying(typeOf(IE->X.get()))))
      evalLhsOperands(IE->X.get(), Calls, Done);
    else
      Eval(IE->X.get());
    Eval(IE->Index.get());
  } else if (auto *SE = dyn_cast<StarExpr>(L)) {
    Eval(SE->X.get());
  } else if (auto *SE = dyn_cast<SelectorExpr>(L);
             SE && Info.Selections.count(SE)) {
    if (isa<PointerTy>(underlying(typeOf(SE->X.get()))))
      Eval(SE->X.get());
    else
      evalLhsOperands(SE->X.get(), Calls, Done);
  }
}

/// The address of the left-hand side L, computed before the right-hand
/// side, so that its operands (p in p().f += 1, a[f()]) are evaluated
/// once and first; null for a variable's name or a map element (maps'
/// assignments are calls).
Value *CodeGen::onceAddr(const Expr *L) {
  while (auto *P = dyn_cast<ParenExpr>(L))
    L = P->X.get();
  if (isa<Ident>(L) || mapIndex(L))
    return nullptr;
  if (auto *SE = dyn_cast<SelectorExpr>(L); SE && !Info.Selections.count(SE))
    return nullptr;
  return emitAddr(L);
}

/// Stores V (of type VT) into the variable Lhs names; Define declares it
/// when the identifier is new.
void CodeGen::assignTo(const Expr *Lhs, Value *V, Type *VT, bool Define) {
  while (auto *P = dyn_cast<ParenExpr>(Lhs))
    Lhs = P->X.get();
  if (const IndexExpr *IE = mapIndex(Lhs))
    return assignMapIndex(IE, V, VT); // m[k] is not addressable
  auto *Id = dyn_cast<Ident>(Lhs);
  if (!Id) {
    Type *LT = typeOf(Lhs);
    Value *Addr = emitAddr(Lhs);
    storeValue(LT, convert(V, VT, LT), Addr);
    return;
  }
  if (Id->Name == "_")
    return;
  if (Define) {
    if (const Object *O = Info.Defs.lookup(Id)) {
      declareLocal(O, convert(V, VT, O->T), Id->getLoc());
      return;
    }
  }
  const Object *O = objOf(Id);
  if (!O)
    return;
  storeValue(O->T, convert(V, VT, O->T), varAddr(O));
}

void CodeGen::emitAssign(const AssignStmt *S) {
  bool Define = S->Op == Tok::Define;
  if (S->Op != Tok::Assign && !Define) {
    // x op= y
    static const std::pair<Tok, Tok> Ops[] = {
        {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub},
        {Tok::MulAssign, Tok::Mul}, {Tok::QuoAssign, Tok::Quo},
        {Tok::RemAssign, Tok::Rem}, {Tok::AndAssign, Tok::And},
        {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor},
        {Tok::ShlAssign, Tok::Shl}, {Tok::ShrAssign, Tok::Shr},
        {Tok::AndNotAssign, Tok::AndNot}};
    Tok Op = Tok::Add;
    for (auto &P : Ops)
      if (P.first == S->Op)
        Op = P.second;
    const Expr *L = S->Lhs[0].get(), *R = S->Rhs[0].get();
    if (const IndexExpr *IE = mapIndex(L))
      return emitMapOpAssign(IE, Op, R, S->OpLoc);
    Type *T = typeOf(L);
    Value *Addr = onceAddr(L);
    Ordered O(*this, {R}, /*ReadFirst=*/true); // x += f(): f, then x
    Value *X = Addr ? loadValue(T, Addr) : emitExpr(L);
    Type *YT = typeOf(R);
    bool IsShift = Op == Tok::Shl || Op == Tok::Shr;
    Value *Y = IsShift ? emitExpr(R) : emitExprTo(R, T);
    Value *V = binaryOp(Op, X, Y, T, IsShift ? YT : T, S->OpLoc, R);
    if (Addr)
      storeValue(T, V, Addr);
    else
      assignTo(L, V, T, false);
    return;
  }
  std::vector<const Expr *> Lhs;
  for (auto &L : S->Lhs)
    Lhs.push_back(L.get());
  evalMapLhs(Lhs, /*All=*/false);
  // a[i], a[j] = a[j], a[i]: the operands on the left are evaluated first
  // (with the right-hand sides), then the assignments are made, left to
  // right (evalLhsOperands).
  bool Tuple = S->Lhs.size() > 1 && !Define;
  std::vector<const Expr *> Done;
  auto EvalLhs = [&](bool Calls) {
    if (Tuple)
      for (const Expr *L : Lhs)
        evalLhsOperands(L, Calls, Done);
  };
  EvalLhs(true);
  std::vector<const Expr *> Rhs;
  for (auto &R : S->Rhs)
    Rhs.push_back(R.get());
  Ordered O(*this, Rhs);
  auto Assign = [&](size_t I, Value *V, Type *VT) {
    assignTo(S->Lhs[I].get(), V, VT, Define);
  };
  struct Forget { // the values are this statement's only
    CodeGen &CG;
    std::vector<const Expr *> &Done;
    ~Forget() {
      for (const Expr *X : Done)
        CG.Cur->PreEval.erase(X);
    }
  } F{*this, Done};
  if (S->Lhs.size() == S->Rhs.size()) {
    std::vector<Value *> Vals;
    std::vector<Type *> Types;
    for (size_t I = 0; I < S->Rhs.size(); ++I) {
      Type *LT = nullptr;
      const Expr *L = S->Lhs[I].get();
      if (auto *Id = dyn_cast<Ident>(L))
        if (const Object *O = objOf(Id))
          LT = O->T;
      Type *RT = typeOf(S->Rhs[I].get());
      if (!LT)
        LT = RT;
      Vals.push_back(emitExprTo(S->Rhs[I].get(), LT));
      Types.push_back(LT);
    }
    evalMapLhs(Lhs, /*All=*/true);
    EvalLhs(false);
    for (size_t I = 0; I < S->Lhs.size(); ++I)
      Assign(I, Vals[I], Types[I]);
    return;
  }
  std::vector<Type *> Types;
  std::vector<Value *> Vals = emitTuple(S->Rhs[0].get(), Types);
  evalMapLhs(Lhs, /*All=*/true);
  EvalLhs(false);
  for (size_t I = 0; I < S->Lhs.size() && I < Vals.size(); ++I)
    Assign(I, Vals[I], Types[I]);
}

void CodeGen::emitIf(const IfStmt *S) {
  if (S->Init)
    emitStmt(S->Init.get());
  setLoc(S->Cond->getLoc());
  Ordered O(*this, {S->Cond.get()});
  Value *C = emitExpr(S->Cond.get());
  BasicBlock *Then = newBlock("if.then"), *End = newBlock("if.end");
  BasicBlock *Else = S->Else ? newBlock("if.else") : End;
  B.CreateCondBr(C, Then, Else);
  startBlock(Then);
  emitBlock(S->Then->List);
  branchTo(End);
  if (S->Else) {
    startBlock(Else);
    emitStmt(S->Else.get());
    branchTo(End);
  }
  startBlock(End);
}

void CodeGen::emitFor(const ForStmt *S, const Object *Label) {
  if (S->Init)
    emitStmt(S->Init.get());
  BasicBlock *CondBB = newBlock("for.cond"), *Body = newBlock("for.body"),
             *Post = newBlock("for.post"), *End = newBlock("for.end");
  branchTo(CondBB);
  startBlock(CondBB);
  if (S->Cond) {
    setLoc(S->Cond->getLoc());
    Ordered O(*this, {S->Cond.get()});
    B.CreateCondBr(emitExpr(S->Cond.get()), Body, End);
  } else {
    B.CreateBr(Body);
  }
  startBlock(Body);
  Cur->Targets.push_back({Label, End, Post});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Post);
  startBlock(Post);
  if (S->Post)
    emitStmt(S->Post.get());
  branchTo(CondBB);
  startBlock(End);
}

void CodeGen::emitRange(const RangeStmt *S, const Object *Label) {
  Type *CT = typeOf(S->X.get());
  if (isMap(CT))
    return emitRangeMap(S, Label);
  auto *Ch = dyn_cast<ChannelType>(underlying(CT));
  if (!Ch)
    return emitRangeSeq(S, Label);
  Value *C = emitExpr(S->X.get());
  // One variable for the whole loop, as in Go 1.19.
  const Object *V = nullptr;
  if (S->Key && S->Op == Tok::Define)
    if (auto *Id = dyn_cast<Ident>(S->Key.get()))
      if ((V = Info.Defs.lookup(Id)))
        declareLocal(V, nullptr, Id->getLoc());
  BasicBlock *Head = newBlock("range.next"), *Body = newBlock("range.body"),
             *End = newBlock("range.end");
  branchTo(Head);
  startBlock(Head);
  setLoc(S->getLoc());
  Value *Ok;
  Value *Elem = recv(C, CT, &Ok);
  B.CreateCondBr(Ok, Body, End);
  startBlock(Body);
  if (S->Key) {
    if (V)
      storeValue(V->T, convert(Elem, Ch->Elem, V->T), varAddr(V));
    else if (S->Op == Tok::Assign)
      assignTo(S->Key.get(), Elem, Ch->Elem, false);
  }
  Cur->Targets.push_back({Label, End, Head});
  emitBlock(S->Body->List);
  Cur->Targets.pop_back();
  branchTo(Head);
  startBlock(End);
}

/// A switch's clauses and a block for each body (prefix.case, or
/// prefix.default); returns the default's, or null.
BasicBlock *CodeGen::switchClauses(const BlockStmt *Body, const char *Prefix,
                                   std::vector<const CaseClause *> &Clauses,
                                   std::vector<BasicBlock *> &Bodies) {
  BasicBlock *Default = nullptr;
  std::string P = Prefix;
  for (auto &St : Body->List) {
    auto *C = cast<CaseClause>(St.get());
    Clauses.push_back(C);
    Bodies.push_back(newBlock(P + (C->IsDefault ? ".default" : ".case")));
    if (C->IsDefault)
      Default = Bodies.back();
  }
  return Default;
}

void CodeGen::emitSwitch(const SwitchStmt *S, const Object *Label) {
  if (S->Init)
    emitStmt(S->Init.get());
  Value *Tag = nullptr;
  Type *TagT = nullptr;
  if (S->Tag) {
    TagT = typeOf(S->Tag.get());
    Ordered O(*this, {S->Tag.get()});
    Tag = emitExpr(S->Tag.get());
  }
  std::vector<const CaseClause *> Clauses;
  std::vector<BasicBlock *> Bodies;
  BasicBlock *Default = switchClauses(S->Body.get(), "switch", Clauses, Bodies);
  BasicBlock *End = newBlock("switch.end");
  for (size_t I = 0; I < Clauses.size(); ++I) {
    for (auto &E : Clauses[I]->List) {
      setLoc(E->getLoc());
      Value *Cond;
      if (Tag)
        Cond = compare(Tok::Eql, Tag, TagT, emitExpr(E.get()), typeOf(E.get()),
                       E->getLoc());
      else
        Cond = emitExpr(E.get());
      BasicBlock *Next = newBlock("switch.next");
      B.CreateCondBr(Cond, Bodies[I], Next);
      startBlock(Next);
    }
  }
  B.CreateBr(Default ? Default : End);
  Cur->Targets.push_back({Label, End, nullptr});
  for (size_t I = 0; I < Clauses.size(); ++I) {
    startBlock(Bodies[I]);
    const StmtList &Body = Clauses[I]->Body;
    bool Falls = !Body.empty() && isa<BranchStmt>(Body.back().get()) &&
                 cast<BranchStmt>(Body.back().get())->BranchTok ==
                     Tok::Fallthrough;
    for (size_t J = 0; J + (Falls ? 1 : 0) < Body.size(); ++J)
      emitStmt(Body[J].get());
    branchTo(Falls && I + 1 < Bodies.size() ? Bodies[I + 1] : End);
  }
  Cur->Targets.pop_back();
  startBlock(End);
}

/// A receive from Ch into a fresh temporary; with Ok, also whether a value
/// came (chanrecv2).
Value *CodeGen::recv(Value *Ch, Type *ChT, Value **Ok) {
  Type *ET = cast<ChannelType>(underlying(ChT))->Elem;
  auto *Tmp = entryAlloca(memType(ET), "recv");
  if (Ok)
    *Ok = rt(RtFn::chanrecv2, {Ch, Tmp});
  else
    rt(RtFn::chanrecv1, {Ch, Tmp});
  return loadValue(ET, Tmp);
}

void CodeGen::emitSelect(const SelectStmt *S, const Object *Label) {
  struct Case {
    const CommClause *CC;
    int Index = -1; ///< selectgo's index; -1 for default
    bool Send = false;
    Value *Ch = nullptr, *Elem = nullptr, *Ok = nullptr;
    Type *ElemT = nullptr;
  };
  std::vector<Case> Cases;
  unsigned NSend = 0, NRecv = 0;
  bool HasDefault = false;
  // Channel operands and values to send are evaluated in source order.
  for (auto &St : S->Body->List) {
    auto *CC = cast<CommClause>(St.get());
    Case C;
    C.CC = CC;
    if (!CC->Comm) {
      HasDefault = true;
    } else if (auto *SS = dyn_cast<SendStmt>(CC->Comm.get())) {
      C.Send = true;
      Type *CT = typeOf(SS->Chan.get());
      C.ElemT = cast<ChannelType>(underlying(CT))->Elem;
      C.Ch = emitExpr(SS->Chan.get());
      Value *V = emitExprTo(SS->Value.get(), C.ElemT);
      C.Elem = entryAlloca(memType(C.ElemT), "send");
      storeValue(C.ElemT, V, C.Elem);
      ++NSend;
    } else {
      const Expr *RE = nullptr;
      if (auto *ES = dyn_cast<ExprStmt>(CC->Comm.get()))
        RE = ES->X.get();
      else if (auto *AS = dyn_cast<AssignStmt>(CC->Comm.get()))
        RE = AS->Rhs[0].get();
      while (auto *P = dyn_cast_or_null<ParenExpr>(RE))
        RE = P->X.get();
      auto *UE = dyn_cast_or_null<UnaryExpr>(RE);
      if (!UE) {
        unsupported(CC->getLoc(), "this select case");
        return;
      }
      Type *CT = typeOf(UE->X.get());
      C.ElemT = cast<ChannelType>(underlying(CT))->Elem;
      C.Ch = emitExpr(UE->X.get());
      C.Elem = entryAlloca(memType(C.ElemT), "recv");
      C.Ok = entryAlloca(B.getInt8Ty(), "recvok");
      ++NRecv;
    }
    Cases.push_back(C);
  }
  unsigned NS = 0, NR = 0;
  for (auto &C : Cases)
    if (C.CC->Comm)
      C.Index = C.Send ? NS++ : NSend + NR++;
  setLoc(S->getLoc());
  BasicBlock *End = newBlock("select.end");
  Value *Idx = nullptr;
  if (NSend + NRecv == 0 && !HasDefault) {
    rt(RtFn::block, {});
    B.CreateUnreachable();
    startBlock(End);
    return;
  }
  if (NSend + NRecv > 0) {
    auto *CaseTy = llvm::StructType::get(Ctx, {PtrTy, PtrTy, PtrTy});
    auto *ArrTy = llvm::ArrayType::get(CaseTy, NSend + NRecv);
    auto *Arr = entryAlloca(ArrTy, "scases");
    for (auto &C : Cases) {
      if (!C.CC->Comm)
        continue;
      Value *P = B.CreateConstInBoundsGEP2_32(ArrTy, Arr, 0, C.Index);
      B.CreateStore(C.Ch, B.CreateStructGEP(CaseTy, P, 0));
      B.CreateStore(C.Elem, B.CreateStructGEP(CaseTy, P, 1));
      B.CreateStore(C.Ok ? C.Ok : llvm::ConstantPointerNull::get(PtrTy),
                    B.CreateStructGEP(CaseTy, P, 2));
    }
    Idx = rt(RtFn::selectgo, {Arr, B.getInt32(NSend), B.getInt32(NRecv),
                              B.getInt1(HasDefault)});
  }
  std::vector<BasicBlock *> Bodies;
  for (size_t I = 0; I < Cases.size(); ++I)
    Bodies.push_back(newBlock("select.case"));
  if (Idx) {
    BasicBlock *Unreach = End;
    llvm::SwitchInst *SI = B.CreateSwitch(Idx, Unreach, Cases.size());
    for (size_t I = 0; I < Cases.size(); ++I)
      SI->addCase(B.getInt32(Cases[I].Index), Bodies[I]);
  } else {
    B.CreateBr(Bodies[0]);
  }
  Cur->Targets.push_back({Label, End, nullptr});
  for (size_t I = 0; I < Cases.size(); ++I) {
    startBlock(Bodies[I]);
    const Case &C = Cases[I];
    if (auto *AS = dyn_cast_or_null<AssignStmt>(C.CC->Comm.get())) {
      bool Define = AS->Op == Tok::Define;
      Value *V = loadValue(C.ElemT, C.Elem);
      assignTo(AS->Lhs[0].get(), V, C.ElemT, Define);
      if (AS->Lhs.size() > 1) {
        Type *BoolT = Info.Types.basic(BasicKind::Bool);
        assignTo(AS->Lhs[1].get(), loadValue(BoolT, C.Ok), BoolT, Define);
      }
    }
    emitBlock(C.CC->Body);
    branchTo(End);
  }
  Cur->Targets.pop_back();
  startBlock(End);
}

void CodeGen::emitBranch(const BranchStmt *S) {
  const Object *L = S->Label ? objOf(S->Label.get()) : nullptr;
  BasicBlock *Dest = nullptr;
  switch (S->BranchTok) {
  case Tok::Goto:
    Dest = labelBlock(L);
    break;
  case Tok::Break:
  case Tok::Continue: {
    bool Cont = S->BranchTok == Tok::Continue;
    for (auto It = Cur->Targets.rbegin(); It != Cur->Targets.rend(); ++It) {
      if (L ? It->Label != L : (Cont && !It->Continue))
        continue;
      Dest = Cont ? It->Continue : It->Break;
      break;
    }
    break;
  }
  default: // fallthrough is handled by emitSwitch
    return unsupported(S->getLoc(), "fallthrough here");
  }
  if (!Dest)
    return unsupported(S->getLoc(), "this branch");
  B.CreateBr(Dest);
  startBlock(newBlock("dead"));
}

void CodeGen::emitReturn(const ReturnStmt *S) {
  SignatureType *Sig = Cur->FI->Sig;
  std::vector<Value *> Vals;
  if (!Sig || Sig->Results.empty() ||
      (Cur->ThunkBlock && S->Results.empty())) {
    setLoc(S->getLoc());
    if (Cur->Exit)
      emitDeferExit(Sig);
    else
      B.CreateRetVoid();
    startBlock(newBlock("dead"));
    return;
  }
  std::vector<const Expr *> Es;
  for (auto &R : S->Results)
    Es.push_back(R.get());
  Ordered O(*this, Es);
  if (Cur->Exit || Cur->ThunkBlock) {
    // The results go where the exit (and the deferred calls) find them; a
    // deferred call's copy of a body discards them.
    if (!S->Results.empty())
      Vals = emitValues(S->Results, Sig->Results);
    setLoc(S->getLoc());
    for (size_t I = 0; I < Cur->ResultSlots.size() && I < Vals.size(); ++I) {
      Value *Addr = Cur->ResultSlots[I];
      if (Cur->ResultInCell[I])
        Addr = B.CreateLoad(PtrTy, Addr, /*isVolatile=*/true);
      storeValue(Sig->Results[I], Vals[I], Addr);
    }
    if (Cur->Exit)
      emitDeferExit(Sig);
    else
      B.CreateRetVoid();
    startBlock(newBlock("dead"));
    return;
  }
  if (S->Results.empty()) {
    for (size_t I = 0; I < Cur->FI->Results.size(); ++I)
      Vals.push_back(loadValue(Sig->Results[I], varAddr(Cur->FI->Results[I])));
  } else {
    Vals = emitValues(S->Results, Sig->Results);
  }
  setLoc(S->getLoc());
  for (size_t I = 0; I < Vals.size(); ++I)
    Vals[I] = resultValue(I, Vals[I]);
  emitRet(Vals);
  startBlock(newBlock("dead"));
}
