//===- ExprString.cpp - Expressions and operands in messages --------------===//
//
// Expressions and operands as the checker's messages spell them, as
// go/types' exprstring.go and operand.go: exprString is ExprString
// (`(func() literal)`, `struct{...}`, shortened with "…" past a length or
// depth); operandString is operand.String (`x (variable of type int)`).
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

static void writeExpr(const Expr *E, std::string &S, unsigned Depth = 0);

static void writeFields(const FieldList &L, std::string &S, unsigned Depth) {
  for (size_t I = 0; I < L.size(); ++I) {
    if (I)
      S += ", ";
    for (size_t J = 0; J < L[I]->Names.size(); ++J)
      S += (J ? ", " : "") + L[I]->Names[J]->Name;
    if (!L[I]->Names.empty())
      S += ' ';
    writeExpr(L[I]->Type.get(), S, Depth + 1);
  }
}

static void writeSig(const gort::FuncType *F, std::string &S,
                     unsigned Depth) {
  S += '(';
  writeFields(F->Params, S, Depth);
  S += ')';
  if (F->Results.empty())
    return;
  S += ' ';
  if (F->Results.size() == 1 && F->Results[0]->Names.empty()) {
    writeExpr(F->Results[0]->Type.get(), S, Depth + 1);
    return;
  }
  S += '(';
  writeFields(F->Results, S, Depth);
  S += ')';
}

static void writeExpr(const Expr *E, std::string &S, unsigned Depth) {
  if (!E)
    return;
  if (Depth > 50 || S.size() > 200) {
    S += "…";
    return;
  }
  ++Depth;
  switch (E->getKind()) {
  case Node::NK_Ident:
    S += cast<Ident>(E)->Name;
    return;
  case Node::NK_BasicLit:
    S += cast<BasicLit>(E)->Text;
    return;
  case Node::NK_FuncLit:
    S += "(func";
    writeSig(cast<FuncLit>(E)->Type.get(), S, Depth);
    S += " literal)";
    return;
  case Node::NK_CompositeLit:
    S += '(';
    writeExpr(cast<CompositeLit>(E)->Type.get(), S, Depth);
    S += " literal)";
    return;
  case Node::NK_ParenExpr:
    S += '(';
    writeExpr(cast<ParenExpr>(E)->X.get(), S, Depth);
    S += ')';
    return;
  case Node::NK_SelectorExpr:
    writeExpr(cast<SelectorExpr>(E)->X.get(), S, Depth);
    S += '.' + cast<SelectorExpr>(E)->Sel->Name;
    return;
  case Node::NK_IndexExpr:
    writeExpr(cast<IndexExpr>(E)->X.get(), S, Depth);
    S += '[';
    writeExpr(cast<IndexExpr>(E)->Index.get(), S, Depth);
    S += ']';
    return;
  case Node::NK_SliceExpr: {
    auto *X = cast<SliceExpr>(E);
    writeExpr(X->X.get(), S, Depth);
    S += '[';
    writeExpr(X->Lo.get(), S, Depth);
    S += ':';
    writeExpr(X->Hi.get(), S, Depth);
    if (X->Slice3) {
      S += ':';
      writeExpr(X->Max.get(), S, Depth);
    }
    S += ']';
    return;
  }
  case Node::NK_TypeAssertExpr: {
    auto *X = cast<TypeAssertExpr>(E);
    writeExpr(X->X.get(), S, Depth);
    S += ".(";
    if (X->Type)
      writeExpr(X->Type.get(), S, Depth);
    else
      S += "type";
    S += ')';
    return;
  }
  case Node::NK_CallExpr: {
    auto *C = cast<CallExpr>(E);
    writeExpr(C->Fun.get(), S, Depth);
    S += '(';
    for (size_t I = 0; I < C->Args.size(); ++I) {
      if (I)
        S += ", ";
      writeExpr(C->Args[I].get(), S, Depth);
    }
    if (C->HasEllipsis)
      S += "...";
    S += ')';
    return;
  }
  case Node::NK_StarExpr:
    S += '*';
    writeExpr(cast<StarExpr>(E)->X.get(), S, Depth);
    return;
  case Node::NK_UnaryExpr:
    S += tokSpelling(cast<UnaryExpr>(E)->Op).str();
    writeExpr(cast<UnaryExpr>(E)->X.get(), S, Depth);
    return;
  case Node::NK_BinaryExpr: {
    auto *B = cast<BinaryExpr>(E);
    writeExpr(B->X.get(), S, Depth);
    S += ' ' + tokSpelling(B->Op).str() + ' ';
    writeExpr(B->Y.get(), S, Depth);
    return;
  }
  case Node::NK_Ellipsis:
    S += "...";
    writeExpr(cast<Ellipsis>(E)->Elt.get(), S, Depth);
    return;
  case Node::NK_ArrayType:
    S += '[';
    writeExpr(cast<ArrayType>(E)->Len.get(), S, Depth);
    S += ']';
    writeExpr(cast<ArrayType>(E)->Elt.get(), S, Depth);
    return;
  case Node::NK_StructType:
    S += "struct{...}";
    return;
  case Node::NK_FuncType:
    S += "func";
    writeSig(cast<gort::FuncType>(E), S, Depth);
    return;
  case Node::NK_InterfaceType:
    S += cast<gort::InterfaceType>(E)->Methods.empty() ? "interface{}"
                                                       : "interface{...}";
    return;
  case Node::NK_MapType:
    S += "map[";
    writeExpr(cast<MapType>(E)->Key.get(), S, Depth);
    S += ']';
    writeExpr(cast<MapType>(E)->Value.get(), S, Depth);
    return;
  case Node::NK_ChanType: {
    auto *C = cast<gort::ChanType>(E);
    S += C->Dir == gort::ChanType::SendOnly   ? "chan<- "
         : C->Dir == gort::ChanType::RecvOnly ? "<-chan "
                                              : "chan ";
    writeExpr(C->Value.get(), S, Depth);
    return;
  }
  default:
    S += "_";
    return;
  }
}

std::string exprString(const Expr *E) {
  std::string S;
  writeExpr(E, S);
  return S;
}

static const char *modeString(Mode M) {
  switch (M) {
  case TypeAndValue::Invalid:
    return "invalid operand";
  case TypeAndValue::NoValue:
    return "no value";
  case TypeAndValue::Builtin:
    return "built-in";
  case TypeAndValue::TypeExpr:
    return "type";
  case TypeAndValue::Constant:
    return "constant";
  case TypeAndValue::Variable:
    return "variable";
  case TypeAndValue::Value:
    return "value";
  case TypeAndValue::CommaOk:
    return "comma, ok expression";
  case TypeAndValue::Package:
    return "package";
  }
  return "?";
}

/// go/types' operand.String: `x (variable of type int)`,
/// `1 << 70 (untyped int constant 1180591620717411303424)`.
std::string operandString(const Operand &X, bool IntValue) {
  // types2 special-cases nil (its mode nilvalue): `cannot assign to nil`.
  if (X.M != TypeAndValue::TypeExpr &&
      basicKind(X.T) == BasicKind::UntypedNil)
    return "nil";
  std::string Expr = X.E ? exprString(X.E) : "";
  std::string S = Expr + " (";
  bool HasType = false;
  switch (X.M) {
  case TypeAndValue::Invalid:
  case TypeAndValue::NoValue:
  case TypeAndValue::Builtin:
  case TypeAndValue::TypeExpr:
  case TypeAndValue::Package:
    break;
  default:
    if (X.T) {
      if (isUntyped(X.T)) {
        S += typeString(X.T) + " ";
        break;
      }
      HasType = true;
    }
  }
  const gort::Expr *Bare = X.E;
  while (auto *P = llvm::dyn_cast_or_null<ParenExpr>(Bare))
    Bare = P->X.get();
  if (X.M == TypeAndValue::Value && X.MapIndex && X.MapIndex == Bare)
    S += "map index expression"; // types2's mode mapindex
  else
    S += modeString(X.M);
  if (X.isConst()) {
    // go/constant spells a float constant's value %.6g (1e+09).
    std::string V = isFloat(X.T) && !IntValue ? X.Val.floatString()
                                              : X.Val.str();
    if (V != Expr)
      S += " " + V;
  }
  if (HasType)
    S += isInvalid(X.T) ? " with invalid type" : " of type " + typeString(X.T);
  return S + ")";
}

} // namespace gort::sema
