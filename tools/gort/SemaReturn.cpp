//===- SemaReturn.cpp - Terminating statements ----------------------------===//
//
// Terminating statements (spec: "Terminating statements"), as go/types'
// return.go: the body of a function with results must end in one, or
// funcBody reports "missing return". A for without a condition, a switch
// and a select terminate only if no break leaves them (hasBreak).
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

bool Checker::isTerminatingList(const StmtList &L) {
  // Trailing empty statements are permitted.
  for (size_t I = L.size(); I > 0; --I)
    if (!isa<EmptyStmt>(L[I - 1].get()))
      return isTerminating(L[I - 1].get(), "");
  return false;
}

bool Checker::isTerminating(const Stmt *S, const std::string &Label) {
  if (!S)
    return false;
  switch (S->getKind()) {
  case Node::NK_ReturnStmt:
    return true;
  case Node::NK_BranchStmt: {
    Tok K = cast<BranchStmt>(S)->BranchTok;
    return K == Tok::Goto || K == Tok::Fallthrough;
  }
  case Node::NK_ExprStmt: {
    const Expr *E = cast<ExprStmt>(S)->X.get();
    while (auto *P = dyn_cast<ParenExpr>(E))
      E = P->X.get();
    auto *C = dyn_cast<CallExpr>(E);
    if (!C)
      return false;
    auto *Id = dyn_cast<Ident>(C->Fun.get());
    if (!Id)
      return false;
    Object *O = Info.Uses.lookup(Id);
    return O && O->Kind == Object::Builtin && O->Id == BuiltinId::Panic;
  }
  case Node::NK_BlockStmt:
    return isTerminatingList(cast<BlockStmt>(S)->List);
  case Node::NK_LabeledStmt: {
    auto *LS = cast<LabeledStmt>(S);
    return isTerminating(LS->S.get(), LS->Label->Name);
  }
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return I->Else && I->Then && isTerminatingList(I->Then->List) &&
           isTerminating(I->Else.get(), "");
  }
  case Node::NK_ForStmt: {
    auto *Fo = cast<ForStmt>(S);
    return !Fo->Cond && !hasBreak(Fo->Body.get(), Label, true);
  }
  case Node::NK_SwitchStmt:
  case Node::NK_TypeSwitchStmt:
  case Node::NK_SelectStmt: {
    const BlockStmt *Body = nullptr;
    if (auto *Sw = dyn_cast<SwitchStmt>(S))
      Body = Sw->Body.get();
    else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S))
      Body = Ts->Body.get();
    else
      Body = cast<SelectStmt>(S)->Body.get();
    if (!Body)
      return false;
    bool HasDefault = isa<SelectStmt>(S);
    for (const StmtPtr &C : Body->List) {
      const StmtList *L = nullptr;
      if (auto *CC = dyn_cast<CaseClause>(C.get())) {
        HasDefault |= CC->IsDefault;
        L = &CC->Body;
      } else if (auto *CC = dyn_cast<CommClause>(C.get())) {
        L = &CC->Body;
      }
      if (!L)
        continue;
      if (!isTerminatingList(*L) || hasBreakList(*L, Label, true))
        return false;
    }
    return HasDefault;
  }
  default:
    return false;
  }
}

bool Checker::hasBreakList(const StmtList &L, const std::string &Label,
                           bool Implicit) {
  for (const StmtPtr &S : L)
    if (hasBreak(S.get(), Label, Implicit))
      return true;
  return false;
}

/// Whether S contains a break that targets the enclosing statement labelled
/// Label (or, if Implicit, an unlabelled break not captured by an inner
/// for, switch or select).
bool Checker::hasBreak(const Stmt *S, const std::string &Label,
                       bool Implicit) {
  if (!S)
    return false;
  switch (S->getKind()) {
  case Node::NK_BranchStmt: {
    auto *B = cast<BranchStmt>(S);
    if (B->BranchTok != Tok::Break)
      return false;
    if (!B->Label)
      return Implicit;
    return !Label.empty() && B->Label->Name == Label;
  }
  case Node::NK_BlockStmt:
    return hasBreakList(cast<BlockStmt>(S)->List, Label, Implicit);
  case Node::NK_LabeledStmt:
    return hasBreak(cast<LabeledStmt>(S)->S.get(), Label, Implicit);
  case Node::NK_IfStmt: {
    auto *I = cast<IfStmt>(S);
    return hasBreak(I->Then.get(), Label, Implicit) ||
           hasBreak(I->Else.get(), Label, Implicit);
  }
  case Node::NK_CaseClause:
    return hasBreakList(cast<CaseClause>(S)->Body, Label, Implicit);
  case Node::NK_CommClause:
    return hasBreakList(cast<CommClause>(S)->Body, Label, Implicit);
  case Node::NK_SwitchStmt:
    return !Label.empty() &&
           hasBreak(cast<SwitchStmt>(S)->Body.get(), Label, false);
  case Node::NK_TypeSwitchStmt:
    return !Label.empty() &&
           hasBreak(cast<TypeSwitchStmt>(S)->Body.get(), Label, false);
  case Node::NK_SelectStmt:
    return !Label.empty() &&
           hasBreak(cast<SelectStmt>(S)->Body.get(), Label, false);
  case Node::NK_ForStmt:
    return !Label.empty() &&
           hasBreak(cast<ForStmt>(S)->Body.get(), Label, false);
  case Node::NK_RangeStmt:
    return !Label.empty() &&
           hasBreak(cast<RangeStmt>(S)->Body.get(), Label, false);
  default:
    return false;
  }
}

} // namespace gort::sema
