//===- SemaLabels.cpp - Labels, gotos and branches ------------------------===//
//
// Labels and branches, as go/types' labels.go, with gc's messages. Labels
// have function scope (collectLabels); break, continue and goto must find
// theirs, and break and continue an enclosing statement they may leave
// (branchStmt). The goto rules (checkGotos) follow gc's syntax/branches.go,
// which walks each function body's blocks in order: a goto must not jump
// into a block, nor forward over a variable declaration in the label's
// block. gc reports these errors in a pass before type checking, so they
// are collected apart (branchError) and counted first.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include "llvm/ADT/STLExtras.h"
#include <deque>
#include <functional>

namespace gort::sema {

/// A block of a function body as gc's goto check sees it (statement lists
/// of blocks, if and else branches, loop bodies and case clauses).
struct GotoBlock {
  const GotoBlock *Parent;
  SourceLoc Start; ///< its "{", or the case or else that opens it
};

/// The goto check of one function body: its blocks and where each label is.
struct GotoState {
  std::deque<GotoBlock> Blocks;
  std::map<std::string, const GotoBlock *> LabelBlock; ///< the first one
};

/// Declares the labels of a function body (they have function scope).
void Checker::collectLabels(const StmtList &L) {
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (!S)
      return;
    if (auto *LS = dyn_cast<LabeledStmt>(S)) {
      const std::string &Name = LS->Label->Name;
      if (Name != "_") {
        auto Ins = CurFunc->Labels.insert({Name, LabelInfo{LS}});
        if (!Ins.second)
          branchError(LS->Label->getLoc(),
                      "label " + Name + " already defined at " +
                          posString(Ins.first->second.S->Label->getLoc()));
        Object *O =
            newObject(Object::Label, Name, LS->Label->getLoc());
        Info.Defs[LS->Label.get()] = O;
      }
      Visit(LS->S.get());
    } else if (auto *B = dyn_cast<BlockStmt>(S)) {
      for (auto &C : B->List)
        Visit(C.get());
    } else if (auto *I = dyn_cast<IfStmt>(S)) {
      Visit(I->Then.get());
      Visit(I->Else.get());
    } else if (auto *C = dyn_cast<CaseClause>(S)) {
      for (auto &X : C->Body)
        Visit(X.get());
    } else if (auto *C = dyn_cast<CommClause>(S)) {
      for (auto &X : C->Body)
        Visit(X.get());
    } else if (auto *Sw = dyn_cast<SwitchStmt>(S)) {
      Visit(Sw->Body.get());
    } else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S)) {
      Visit(Ts->Body.get());
    } else if (auto *Se = dyn_cast<SelectStmt>(S)) {
      Visit(Se->Body.get());
    } else if (auto *Fo = dyn_cast<ForStmt>(S)) {
      Visit(Fo->Body.get());
    } else if (auto *R = dyn_cast<RangeStmt>(S)) {
      Visit(R->Body.get());
    }
  };
  for (auto &S : L)
    Visit(S.get());
}

/// gc's goto rules (syntax/branches.go): a goto must not jump into a
/// block, nor forward over a variable declaration in the label's block.
/// Labels that are not defined at all are branchStmt's errors.
void Checker::checkGotos(const BlockStmt *Body) {
  GotoState GS;
  std::vector<const Stmt *> List;
  for (const StmtPtr &S : Body->List)
    List.push_back(S.get());
  for (const BranchStmt *G : gotoBlock(nullptr, Body->getLoc(), List, GS)) {
    auto It = GS.LabelBlock.find(G->Label->Name);
    if (It != GS.LabelBlock.end())
      branchError(G->Label->getLoc(),
                  "goto " + G->Label->Name + " jumps into block starting at " +
                      posString(It->second->Start));
  }
}

/// Walks one block in source order as gc does and returns its gotos whose
/// label is not (yet) found in it or an enclosing block. Only the last
/// variable declaration before a label is reported, as in gc.
std::vector<const BranchStmt *>
Checker::gotoBlock(const GotoBlock *Parent, SourceLoc Start,
                   const std::vector<const Stmt *> &List, GotoState &GS) {
  GS.Blocks.push_back({Parent, Start});
  const GotoBlock *Blk = &GS.Blocks.back();
  std::vector<const BranchStmt *> Fwd, OverVar;
  SourceLoc VarLoc;
  std::string VarName;
  auto VarDecl = [&](SourceLoc L, std::string Name) {
    VarLoc = L;
    VarName = std::move(Name);
    OverVar = Fwd; // these jump over it unless they leave the block
  };
  auto Inner = [&](SourceLoc At, std::vector<const Stmt *> L) {
    for (const BranchStmt *G : gotoBlock(Blk, At, L, GS))
      Fwd.push_back(G);
  };
  auto Stmts = [](const StmtList &L) {
    std::vector<const Stmt *> V;
    for (const StmtPtr &S : L)
      V.push_back(S.get());
    return V;
  };
  for (const Stmt *S : List) {
    while (auto *LS = dyn_cast_or_null<LabeledStmt>(S)) {
      const std::string &Name = LS->Label->Name;
      S = LS->S.get();
      if (Name == "_")
        continue;
      GS.LabelBlock.insert({Name, Blk});
      std::vector<const BranchStmt *> Rest;
      for (const BranchStmt *G : Fwd) {
        if (G->Label->Name != Name) {
          Rest.push_back(G);
          continue;
        }
        if (llvm::is_contained(OverVar, G))
          branchError(G->Label->getLoc(), "goto " + Name +
                                              " jumps over declaration of " +
                                              VarName + " at " +
                                              posString(VarLoc));
      }
      Fwd = std::move(Rest);
    }
    if (!S)
      continue;
    if (auto *D = dyn_cast<DeclStmt>(S)) {
      if (D->D->DeclTok == Tok::Var)
        for (const SpecPtr &Sp : D->D->Specs)
          if (auto *VS = dyn_cast<ValueSpec>(Sp.get());
              VS && !VS->Names.empty()) {
            VarDecl(VS->Names[0]->getLoc(), VS->Names[0]->Name);
            break;
          }
    } else if (auto *A = dyn_cast<AssignStmt>(S)) {
      if (A->Op == Tok::Define) {
        std::string Names;
        for (const ExprPtr &E : A->Lhs)
          Names += (Names.empty() ? "" : ", ") + exprString(E.get());
        VarDecl(A->OpLoc, Names);
      }
    } else if (auto *G = dyn_cast<BranchStmt>(S)) {
      if (G->BranchTok != Tok::Goto || !G->Label)
        continue;
      auto It = GS.LabelBlock.find(G->Label->Name);
      bool Backward = false;
      if (It != GS.LabelBlock.end())
        for (const GotoBlock *B = Blk; B && !Backward; B = B->Parent)
          Backward = B == It->second;
      if (!Backward)
        Fwd.push_back(G);
    } else if (auto *B = dyn_cast<BlockStmt>(S)) {
      Inner(B->getLoc(), Stmts(B->List));
    } else if (auto *I = dyn_cast<IfStmt>(S)) {
      if (I->Then)
        Inner(I->Then->getLoc(), Stmts(I->Then->List));
      if (I->Else)
        Inner(I->Else->getLoc(), {I->Else.get()});
    } else if (auto *F = dyn_cast<ForStmt>(S)) {
      if (F->Body)
        Inner(F->Body->getLoc(), Stmts(F->Body->List));
    } else if (auto *R = dyn_cast<RangeStmt>(S)) {
      if (R->Body)
        Inner(R->Body->getLoc(), Stmts(R->Body->List));
    } else {
      const BlockStmt *Clauses = nullptr;
      if (auto *Sw = dyn_cast<SwitchStmt>(S))
        Clauses = Sw->Body.get();
      else if (auto *Ts = dyn_cast<TypeSwitchStmt>(S))
        Clauses = Ts->Body.get();
      else if (auto *Se = dyn_cast<SelectStmt>(S))
        Clauses = Se->Body.get();
      if (!Clauses)
        continue;
      for (const StmtPtr &C : Clauses->List) {
        if (auto *CC = dyn_cast<CaseClause>(C.get()))
          Inner(CC->getLoc(), Stmts(CC->Body));
        else if (auto *CC = dyn_cast<CommClause>(C.get()))
          Inner(CC->getLoc(), Stmts(CC->Body));
      }
    }
  }
  return Fwd;
}

void Checker::branchStmt(const BranchStmt *S) {
  if (!CurFunc)
    return;
  auto &Targets = CurFunc->Targets;
  switch (S->BranchTok) {
  case Tok::Goto: {
    if (!S->Label)
      return;
    auto It = CurFunc->Labels.find(S->Label->Name);
    if (It == CurFunc->Labels.end()) {
      branchError(S->Label->getLoc(),
                  "label " + S->Label->Name + " not defined");
      return;
    }
    It->second.Used = true;
    Info.Uses[S->Label.get()] = Info.Defs.lookup(It->second.S->Label.get());
    return;
  }
  case Tok::Break:
  case Tok::Continue: {
    bool IsBreak = S->BranchTok == Tok::Break;
    const char *Kw = IsBreak ? "break" : "continue";
    if (!S->Label) {
      for (auto It = Targets.rbegin(); It != Targets.rend(); ++It)
        if (IsBreak || It->IsLoop)
          return;
      branchError(S->getLoc(), IsBreak
                                   ? "break is not in a loop, switch, or select"
                                   : "continue is not in a loop");
      return;
    }
    const std::string &Name = S->Label->Name;
    auto LIt = CurFunc->Labels.find(Name);
    if (LIt == CurFunc->Labels.end()) {
      branchError(S->Label->getLoc(),
                  std::string(Kw) + " label not defined: " + Name);
      return;
    }
    LIt->second.Used = true;
    Info.Uses[S->Label.get()] = Info.Defs.lookup(LIt->second.S->Label.get());
    for (auto It = Targets.rbegin(); It != Targets.rend(); ++It)
      if (It->Label == Name && (IsBreak || It->IsLoop))
        return;
    branchError(S->Label->getLoc(),
                std::string("invalid ") + Kw + " label " + Name);
    return;
  }
  default:
    // fallthrough in a valid place is handled by switchStmt.
    branchError(S->getLoc(), "fallthrough statement out of place");
  }
}

} // namespace gort::sema
