//===- SemaInitOrder.cpp - Initialization order ---------------------------===//
//
// The package variables' initialization order (spec: "Package
// initialization"), as go/types' initorder.go: repeatedly the first
// variable in declaration order whose initializer depends (through any
// chain of functions, noteUse's dependencies) on no uninitialized variable;
// the variables of `var a, b = f()` go together. What is left is in cycles,
// each reported once as an "initialization loop" with its chain
// (findPath), as types2 does.
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include <algorithm>

namespace gort::sema {

void Checker::initOrder() {
  // The package variables each variable's initializer depends on, through
  // any chain of functions.
  std::map<Object *, std::set<Object *>> VarDeps;
  for (Object *V : PkgVars) {
    std::set<Object *> &Out = VarDeps[V];
    std::set<Object *> SeenFuncs;
    std::vector<Object *> Work(Decls[V].Deps.begin(), Decls[V].Deps.end());
    while (!Work.empty()) {
      Object *O = Work.back();
      Work.pop_back();
      if (O->Kind == Object::Var) {
        Out.insert(O);
      } else if (SeenFuncs.insert(O).second) {
        auto &D = Decls[O].Deps;
        Work.insert(Work.end(), D.begin(), D.end());
      }
    }
  }
  // Group the variables of `var a, b = f()`.
  std::vector<std::vector<Object *>> Groups;
  std::map<const Node *, size_t> GroupOf;
  for (Object *V : PkgVars) {
    const auto *VS = cast<ValueSpec>(V->Decl);
    if (VS->Values.size() == 1 && VS->Names.size() > 1) {
      auto It = GroupOf.find(VS);
      if (It != GroupOf.end()) {
        Groups[It->second].push_back(V);
        continue;
      }
      GroupOf[VS] = Groups.size();
    }
    Groups.push_back({V});
  }
  std::set<Object *> Done;
  std::vector<bool> Emitted(Groups.size());
  for (size_t Round = 0; Round < Groups.size(); ++Round) {
    size_t Pick = Groups.size();
    for (size_t G = 0; G < Groups.size() && Pick == Groups.size(); ++G) {
      if (Emitted[G])
        continue;
      bool Ready = true;
      for (Object *V : Groups[G])
        for (Object *D : VarDeps[V])
          if (!Done.count(D))
            Ready = false;
      if (Ready)
        Pick = G;
    }
    if (Pick == Groups.size()) {
      // Cycles: as types2, report each once, at its first variable that
      // depends on itself.
      std::set<Object *> OnReported;
      for (size_t G = 0; G < Groups.size(); ++G)
        for (Object *V : Groups[G]) {
          if (Emitted[G] || OnReported.count(V))
            continue;
          // findPath's path is V's chain backwards, V last: reversed, V
          // moves from the end to the front.
          std::set<Object *> Seen;
          std::vector<Object *> Path = findPath(V, V, Seen);
          if (Path.empty())
            continue;
          std::vector<Object *> Chain(Path.rbegin(), Path.rend());
          std::rotate(Chain.begin(), Chain.end() - 1, Chain.end());
          error(V->Loc, "initialization loop for " + V->Name +
                            cycleString(Chain));
          OnReported.insert(Chain.begin(), Chain.end());
        }
      // Emit the rest in declaration order so the table stays complete.
      for (size_t G = 0; G < Groups.size(); ++G)
        if (!Emitted[G]) {
          Emitted[G] = true;
          InitEntry E;
          E.Lhs = Groups[G];
          const auto *VS = cast<ValueSpec>(Groups[G][0]->Decl);
          if (!VS->Values.empty())
            E.Rhs = VS->Values.size() == 1
                        ? VS->Values[0].get()
                        : (Decls[Groups[G][0]].Index < VS->Values.size()
                               ? VS->Values[Decls[Groups[G][0]].Index].get()
                               : nullptr);
          Info.InitOrder.push_back(E);
        }
      return;
    }
    Emitted[Pick] = true;
    InitEntry E;
    for (Object *V : Groups[Pick]) {
      Done.insert(V);
      E.Lhs.push_back(V->Name == "_" ? nullptr : V);
    }
    const auto *VS = cast<ValueSpec>(Groups[Pick][0]->Decl);
    unsigned Idx = Decls[Groups[Pick][0]].Index;
    if (VS->Values.size() == 1 && VS->Names.size() > 1)
      E.Rhs = VS->Values[0].get();
    else if (Idx < VS->Values.size())
      E.Rhs = VS->Values[Idx].get();
    Info.InitOrder.push_back(E);
  }
}

/// types2's findPath: the chain of dependencies (variables and functions)
/// by which From refers to To, last first; empty if there is none.
std::vector<Object *> Checker::findPath(Object *From, Object *To,
                                        std::set<Object *> &Seen) {
  if (!Seen.insert(From).second)
    return {};
  auto It = Decls.find(From);
  if (It == Decls.end())
    return {};
  for (Object *D : It->second.Deps) {
    if (D == To)
      return {D};
    if (std::vector<Object *> P = findPath(D, To, Seen); !P.empty()) {
      P.push_back(D);
      return P;
    }
  }
  return {};
}

} // namespace gort::sema
