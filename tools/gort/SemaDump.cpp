//===- SemaDump.cpp - The -emit=types dump --------------------------------===//
//
// `gort build -emit=types` prints SemaInfo's tables (Sema.h) for FileCheck
// tests: one line per fact, sorted by source position (then by kind and
// order of discovery), so a test reads top to bottom with the source:
//
//   L:C def KIND NAME TYPE [= VALUE] [captured]
//        an identifier declares a var, const, func, param or label
//   L:C use NAME -> KIND@L:C
//        an identifier refers to an object declared at L:C (or "universe",
//        or "pkg.Name" for package members)
//   L:C MODE EXPR : TYPE [= VALUE]
//        an expression (MODE is const, var, value, type, builtin, novalue,
//        commaok or package) and its final type; EXPR is gc's spelling
//   L:C closure captures NAME@L:C, ...
//        a function literal and the variables it captures
//   L:C field EXPR path I.J... [indirect]
//        a field selector: the field indices from x's struct type through
//        embedded fields; indirect if the path dereferences a pointer
//   L:C implicit NAME TYPE [captured] [escapes]
//        a type switch clause's variable (SemaInfo::Implicits) and its type
// A def of a variable whose address escapes ends with "escapes".
// followed, after the last file of a program of several, by
//   init NAME, NAME = EXPR      the package variable initializers in order
//   initfunc L:C                the init functions in order
//
//===----------------------------------------------------------------------===//

#include "Check.h"
#include <algorithm>

using namespace gort;
using namespace gort::sema;

namespace {

const char *kindName(const Object *O) {
  switch (O->Kind) {
  case Object::Var:
    return O->IsParam ? "param" : "var";
  case Object::Const:
    return "const";
  case Object::TypeName:
    return "type";
  case Object::Func:
    return "func";
  case Object::Package:
    return "package";
  case Object::Builtin:
    return "builtin";
  case Object::Nil:
    return "nil";
  case Object::Label:
    return "label";
  }
  return "?";
}

const char *dumpMode(Mode M) {
  switch (M) {
  case TypeAndValue::Invalid:
    return "invalid";
  case TypeAndValue::NoValue:
    return "novalue";
  case TypeAndValue::Builtin:
    return "builtin";
  case TypeAndValue::TypeExpr:
    return "type";
  case TypeAndValue::Constant:
    return "const";
  case TypeAndValue::Variable:
    return "var";
  case TypeAndValue::Value:
    return "value";
  case TypeAndValue::CommaOk:
    return "commaok";
  case TypeAndValue::Package:
    return "package";
  }
  return "?";
}

std::string locString(SourceLoc L) {
  return std::to_string(L.Line) + ":" + std::to_string(L.Col);
}

struct DumpLine {
  SourceLoc Loc;
  unsigned Order;
  unsigned Seq;
  std::string Text;
};

} // namespace

void gort::dumpTypes(const File &F, const SemaInfo &Info,
                     llvm::raw_ostream &OS, bool Inits) {
  std::vector<DumpLine> Lines;
  unsigned Seq = 0;
  // Only F's facts: Info holds every file's and every package's.
  auto Add = [&](SourceLoc L, unsigned Order, std::string Text) {
    if (L.File == F.getLoc().File)
      Lines.push_back({L, Order, Seq++, std::move(Text)});
  };
  for (auto &P : Info.Defs) {
    const Object *O = P.second;
    if (!O)
      continue;
    std::string S = locString(P.first->getLoc()) + " def " + kindName(O) +
                    " " + O->Name;
    if (O->T)
      S += " " + typeString(O->T);
    if (O->Val.isValid())
      S += " = " + (isFloat(O->T) ? O->Val.floatString() : O->Val.str());
    if (O->Captured)
      S += " captured";
    if (O->Escapes)
      S += " escapes";
    Add(P.first->getLoc(), 0, S);
  }
  for (auto &P : Info.Implicits) {
    const Object *O = P.second;
    std::string S = locString(P.first->getLoc()) + " implicit " + O->Name +
                    " " + typeString(O->T);
    if (O->Captured)
      S += " captured";
    if (O->Escapes)
      S += " escapes";
    Add(P.first->getLoc(), 0, S);
  }
  for (auto &P : Info.Uses) {
    const Object *O = P.second;
    if (!O)
      continue;
    std::string Where = O->PkgPath.size() && O->Kind != Object::Package
                            ? O->PkgPath + "." + O->Name
                        : O->Loc.isValid() ? locString(O->Loc)
                                           : std::string("universe");
    Add(P.first->getLoc(), 1,
        locString(P.first->getLoc()) + " use " + P.first->Name + " -> " +
            kindName(O) + "@" + Where);
  }
  for (auto &P : Info.Exprs) {
    const TypeAndValue &TV = P.second;
    std::string S = locString(P.first->getLoc()) + " " + dumpMode(TV.M) + " " +
                    exprString(P.first);
    if (TV.T)
      S += " : " + typeString(TV.T);
    if (TV.M == TypeAndValue::Constant && TV.Val.isValid())
      S += " = " + (isFloat(TV.T) ? TV.Val.floatString() : TV.Val.str());
    Add(P.first->getLoc(), 2, S);
  }
  for (auto &P : Info.Funcs) {
    if (!isa<FuncLit>(P.first))
      continue;
    std::string S = locString(P.first->getLoc()) + " closure captures";
    for (size_t I = 0; I < P.second.Captures.size(); ++I) {
      const Object *O = P.second.Captures[I];
      S += (I ? ", " : " ") + O->Name + "@" + locString(O->Loc);
    }
    Add(P.first->getLoc(), 3, S);
  }
  for (auto &P : Info.Selections) {
    if (P.second.Kind != Selection::FieldVal)
      continue;
    std::string S = locString(P.first->getLoc()) + " field " +
                    exprString(P.first) + " path";
    for (size_t I = 0; I < P.second.Path.size(); ++I)
      S += (I ? "." : " ") + std::to_string(P.second.Path[I]);
    if (P.second.Indirect)
      S += " indirect";
    Add(P.first->getLoc(), 4, S);
  }
  std::sort(Lines.begin(), Lines.end(),
                   [](const DumpLine &A, const DumpLine &B) {
                     if (A.Loc.Line != B.Loc.Line)
                       return A.Loc.Line < B.Loc.Line;
                     if (A.Loc.Col != B.Loc.Col)
                       return A.Loc.Col < B.Loc.Col;
                     if (A.Order != B.Order)
                       return A.Order < B.Order;
                     if (A.Text != B.Text)
                       return A.Text < B.Text;
                     return A.Seq < B.Seq;
                   });
  for (const DumpLine &L : Lines)
    OS << L.Text << '\n';
  if (!Inits)
    return;
  for (const InitEntry &E : Info.InitOrder) {
    OS << "init ";
    for (size_t I = 0; I < E.Lhs.size(); ++I)
      OS << (I ? ", " : "") << (E.Lhs[I] ? E.Lhs[I]->Name : "_");
    if (E.Rhs)
      OS << " = " << exprString(E.Rhs);
    OS << '\n';
  }
  for (const FuncDecl *FD : Info.InitFuncs)
    OS << "initfunc " << locString(FD->Name->getLoc()) << '\n';
}
