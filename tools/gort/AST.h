//===- AST.h - Abstract syntax tree for Go ----------------------*- C++ -*-===//
//
// The tree the parser builds. As in go/ast, types are expressions (the
// grammar cannot tell `T(x)` a conversion from `f(x)` a call before name
// resolution), so ArrayType, MapType etc. derive from Expr. Children are
// owned through std::unique_ptr; every node carries the position of its
// first token, except that, as in gc, binary expressions are positioned at
// their operator and selectors, index and slice expressions, calls and type
// assertions at their "." "[" or "(", composite literals at their "{".
// LLVM-style RTTI (getKind/classof) lets later phases use llvm::isa and
// llvm::dyn_cast.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_AST_H
#define GORT_AST_H

#include "Diagnostics.h"
#include "Lexer.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>
#include <vector>

namespace gort {

class Node {
public:
  enum NodeKind {
    // Expressions (and types).
    NK_BadExpr,
    NK_Ident,
    NK_BasicLit,
    NK_CompositeLit,
    NK_KeyValueExpr,
    NK_FuncLit,
    NK_ParenExpr,
    NK_SelectorExpr,
    NK_IndexExpr,
    NK_SliceExpr,
    NK_TypeAssertExpr,
    NK_CallExpr,
    NK_StarExpr,
    NK_UnaryExpr,
    NK_BinaryExpr,
    NK_Ellipsis,
    NK_ArrayType,
    NK_StructType,
    NK_FuncType,
    NK_InterfaceType,
    NK_MapType,
    NK_ChanType,
    NK_FirstExpr = NK_BadExpr,
    NK_LastExpr = NK_ChanType,
    // Statements.
    NK_BadStmt,
    NK_DeclStmt,
    NK_EmptyStmt,
    NK_LabeledStmt,
    NK_ExprStmt,
    NK_SendStmt,
    NK_IncDecStmt,
    NK_AssignStmt,
    NK_GoStmt,
    NK_DeferStmt,
    NK_ReturnStmt,
    NK_BranchStmt,
    NK_BlockStmt,
    NK_IfStmt,
    NK_CaseClause,
    NK_SwitchStmt,
    NK_TypeSwitchStmt,
    NK_CommClause,
    NK_SelectStmt,
    NK_ForStmt,
    NK_RangeStmt,
    NK_FirstStmt = NK_BadStmt,
    NK_LastStmt = NK_RangeStmt,
    // Declarations and the rest.
    NK_ImportSpec,
    NK_ValueSpec,
    NK_TypeSpec,
    NK_GenDecl,
    NK_FuncDecl,
    NK_Field,
    NK_File,
  };

  Node(NodeKind K, SourceLoc Loc) : Kind(K), Loc(Loc) {}
  virtual ~Node() = default;
  Node(const Node &) = delete;
  Node &operator=(const Node &) = delete;

  NodeKind getKind() const { return Kind; }
  SourceLoc getLoc() const { return Loc; }

private:
  const NodeKind Kind;
  SourceLoc Loc;
};

class Expr : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N) {
    return N->getKind() >= NK_FirstExpr && N->getKind() <= NK_LastExpr;
  }
};

class Stmt : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N) {
    return N->getKind() >= NK_FirstStmt && N->getKind() <= NK_LastStmt;
  }
};

using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

#define GORT_CLASSOF(Name)                                                     \
  static bool classof(const Node *N) { return N->getKind() == NK_##Name; }

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Placeholder for an expression that failed to parse.
class BadExpr : public Expr {
public:
  explicit BadExpr(SourceLoc Loc) : Expr(NK_BadExpr, Loc) {}
  GORT_CLASSOF(BadExpr)
};

class Ident : public Expr {
public:
  std::string Name;
  Ident(SourceLoc Loc, std::string Name)
      : Expr(NK_Ident, Loc), Name(std::move(Name)) {}
  GORT_CLASSOF(Ident)
};

using IdentPtr = std::unique_ptr<Ident>;
using IdentList = std::vector<IdentPtr>;

/// An int, float, imaginary, rune or string literal.
class BasicLit : public Expr {
public:
  Tok LitKind;
  std::string Text;  ///< source spelling
  std::string Value; ///< decoded bytes (strings and runes)
  uint32_t RuneValue = 0;
  BasicLit(SourceLoc Loc, const Token &T)
      : Expr(NK_BasicLit, Loc), LitKind(T.Kind), Text(T.Text), Value(T.Value),
        RuneValue(T.RuneValue) {}
  GORT_CLASSOF(BasicLit)
};

/// T{elts}; Type is null for an element whose type is elided ({1, 2}).
class CompositeLit : public Expr {
public:
  ExprPtr Type; ///< null for an elided type ({...} inside a literal)
  ExprList Elts;
  SourceLoc RBrace;
  CompositeLit(SourceLoc Loc, ExprPtr Type)
      : Expr(NK_CompositeLit, Loc), Type(std::move(Type)) {}
  GORT_CLASSOF(CompositeLit)
};

class KeyValueExpr : public Expr {
public:
  ExprPtr Key, Value;
  KeyValueExpr(SourceLoc Loc, ExprPtr Key, ExprPtr Value)
      : Expr(NK_KeyValueExpr, Loc), Key(std::move(Key)),
        Value(std::move(Value)) {}
  GORT_CLASSOF(KeyValueExpr)
};

class FuncType;
class BlockStmt;

class FuncLit : public Expr {
public:
  std::unique_ptr<FuncType> Type;
  std::unique_ptr<BlockStmt> Body;
  FuncLit(SourceLoc Loc, std::unique_ptr<FuncType> Type,
          std::unique_ptr<BlockStmt> Body);
  ~FuncLit() override;
  GORT_CLASSOF(FuncLit)
};

class ParenExpr : public Expr {
public:
  ExprPtr X;
  ParenExpr(SourceLoc Loc, ExprPtr X)
      : Expr(NK_ParenExpr, Loc), X(std::move(X)) {}
  GORT_CLASSOF(ParenExpr)
};

/// X.Sel, a field, method or package member.
class SelectorExpr : public Expr {
public:
  ExprPtr X;
  IdentPtr Sel;
  SelectorExpr(SourceLoc Loc, ExprPtr X, IdentPtr Sel)
      : Expr(NK_SelectorExpr, Loc), X(std::move(X)), Sel(std::move(Sel)) {}
  GORT_CLASSOF(SelectorExpr)
};

class IndexExpr : public Expr {
public:
  ExprPtr X, Index;
  IndexExpr(SourceLoc Loc, ExprPtr X, ExprPtr Index)
      : Expr(NK_IndexExpr, Loc), X(std::move(X)), Index(std::move(Index)) {}
  GORT_CLASSOF(IndexExpr)
};

/// X[Lo:Hi] or X[Lo:Hi:Max]; missing bounds are null.
class SliceExpr : public Expr {
public:
  ExprPtr X, Lo, Hi, Max;
  bool Slice3 = false;
  SliceExpr(SourceLoc Loc, ExprPtr X)
      : Expr(NK_SliceExpr, Loc), X(std::move(X)) {}
  GORT_CLASSOF(SliceExpr)
};

/// X.(Type); Type is null for the X.(type) of a type switch.
class TypeAssertExpr : public Expr {
public:
  ExprPtr X, Type;
  TypeAssertExpr(SourceLoc Loc, ExprPtr X, ExprPtr Type)
      : Expr(NK_TypeAssertExpr, Loc), X(std::move(X)), Type(std::move(Type)) {}
  GORT_CLASSOF(TypeAssertExpr)
};

/// A call, conversion or builtin call; HasEllipsis for f(xs...).
class CallExpr : public Expr {
public:
  ExprPtr Fun;
  ExprList Args;
  bool HasEllipsis = false;
  SourceLoc RParen; ///< of the closing parenthesis
  CallExpr(SourceLoc Loc, ExprPtr Fun)
      : Expr(NK_CallExpr, Loc), Fun(std::move(Fun)) {}
  GORT_CLASSOF(CallExpr)
};

/// *X: a pointer dereference or a pointer type.
class StarExpr : public Expr {
public:
  ExprPtr X;
  StarExpr(SourceLoc Loc, ExprPtr X)
      : Expr(NK_StarExpr, Loc), X(std::move(X)) {}
  GORT_CLASSOF(StarExpr)
};

/// Op X for + - ! ^ & <-.
class UnaryExpr : public Expr {
public:
  Tok Op;
  ExprPtr X;
  UnaryExpr(SourceLoc Loc, Tok Op, ExprPtr X)
      : Expr(NK_UnaryExpr, Loc), Op(Op), X(std::move(X)) {}
  GORT_CLASSOF(UnaryExpr)
};

/// X Op Y; the position is that of the operator, as in gc.
class BinaryExpr : public Expr {
public:
  Tok Op;
  ExprPtr X, Y;
  BinaryExpr(SourceLoc Loc, Tok Op, ExprPtr X, ExprPtr Y)
      : Expr(NK_BinaryExpr, Loc), Op(Op), X(std::move(X)), Y(std::move(Y)) {}
  GORT_CLASSOF(BinaryExpr)
};

/// ...Elt in a variadic parameter list, or the ... of [...]T (Elt null).
class Ellipsis : public Expr {
public:
  ExprPtr Elt;
  Ellipsis(SourceLoc Loc, ExprPtr Elt)
      : Expr(NK_Ellipsis, Loc), Elt(std::move(Elt)) {}
  GORT_CLASSOF(Ellipsis)
};

/// [Len]Elt; Len is null for a slice type and an Ellipsis for [...]T.
class ArrayType : public Expr {
public:
  ExprPtr Len, Elt;
  ArrayType(SourceLoc Loc, ExprPtr Len, ExprPtr Elt)
      : Expr(NK_ArrayType, Loc), Len(std::move(Len)), Elt(std::move(Elt)) {}
  GORT_CLASSOF(ArrayType)
};

/// A struct field, a parameter group, or an interface method/embedding.
/// Names is empty for anonymous parameters and embedded fields.
class Field : public Node {
public:
  IdentList Names;
  ExprPtr Type;
  std::unique_ptr<BasicLit> Tag;
  Field(SourceLoc Loc, ExprPtr Type)
      : Node(NK_Field, Loc), Type(std::move(Type)) {}
  GORT_CLASSOF(Field)
};

using FieldPtr = std::unique_ptr<Field>;
using FieldList = std::vector<FieldPtr>;

class StructType : public Expr {
public:
  FieldList Fields;
  explicit StructType(SourceLoc Loc) : Expr(NK_StructType, Loc) {}
  GORT_CLASSOF(StructType)
};

class FuncType : public Expr {
public:
  FieldList Params, Results;
  explicit FuncType(SourceLoc Loc) : Expr(NK_FuncType, Loc) {}
  GORT_CLASSOF(FuncType)
};

/// Methods holds named methods (Type is a FuncType) and embedded interfaces
/// (no names).
class InterfaceType : public Expr {
public:
  FieldList Methods;
  explicit InterfaceType(SourceLoc Loc) : Expr(NK_InterfaceType, Loc) {}
  GORT_CLASSOF(InterfaceType)
};

class MapType : public Expr {
public:
  ExprPtr Key, Value;
  MapType(SourceLoc Loc, ExprPtr Key, ExprPtr Value)
      : Expr(NK_MapType, Loc), Key(std::move(Key)), Value(std::move(Value)) {}
  GORT_CLASSOF(MapType)
};

class ChanType : public Expr {
public:
  enum Direction { Both, SendOnly, RecvOnly };
  Direction Dir;
  ExprPtr Value;
  ChanType(SourceLoc Loc, Direction Dir, ExprPtr Value)
      : Expr(NK_ChanType, Loc), Dir(Dir), Value(std::move(Value)) {}
  GORT_CLASSOF(ChanType)
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

class Spec : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N) {
    return N->getKind() >= NK_ImportSpec && N->getKind() <= NK_TypeSpec;
  }
};

using SpecPtr = std::unique_ptr<Spec>;

class ImportSpec : public Spec {
public:
  IdentPtr Name; ///< null, or the local name (possibly "." or "_")
  std::unique_ptr<BasicLit> Path;
  ImportSpec(SourceLoc Loc, IdentPtr Name, std::unique_ptr<BasicLit> Path)
      : Spec(NK_ImportSpec, Loc), Name(std::move(Name)), Path(std::move(Path)) {
  }
  GORT_CLASSOF(ImportSpec)
};

/// One line of a var or const declaration. Iota is the spec's index in its
/// const group; a const spec with no Type and no Values repeats the previous
/// one's, which Sema resolves.
class ValueSpec : public Spec {
public:
  IdentList Names;
  ExprPtr Type;
  ExprList Values;
  unsigned Iota = 0;
  explicit ValueSpec(SourceLoc Loc) : Spec(NK_ValueSpec, Loc) {}
  GORT_CLASSOF(ValueSpec)
};

/// type Name Type, or the alias form type Name = Type.
class TypeSpec : public Spec {
public:
  IdentPtr Name;
  bool IsAlias = false;
  ExprPtr Type;
  TypeSpec(SourceLoc Loc, IdentPtr Name)
      : Spec(NK_TypeSpec, Loc), Name(std::move(Name)) {}
  GORT_CLASSOF(TypeSpec)
};

/// Base of top-level declarations, so a File holds one list of them.
class Decl : public Node {
protected:
  using Node::Node;

public:
  static bool classof(const Node *N) {
    return N->getKind() == NK_GenDecl || N->getKind() == NK_FuncDecl;
  }
};

using DeclPtr = std::unique_ptr<Decl>;

/// import, const, type or var, with one spec or a parenthesized group.
class GenDecl : public Decl {
public:
  Tok DeclTok;
  bool Grouped = false;
  std::vector<SpecPtr> Specs;
  GenDecl(SourceLoc Loc, Tok DeclTok)
      : Decl(NK_GenDecl, Loc), DeclTok(DeclTok) {}
  GORT_CLASSOF(GenDecl)
};

/// A function or method; Body is null for a declaration without body.
class FuncDecl : public Decl {
public:
  FieldList Recv; ///< empty for functions
  bool IsMethod = false;
  IdentPtr Name;
  std::unique_ptr<FuncType> Type;
  std::unique_ptr<BlockStmt> Body;
  /// //go:noescape: a bodyless function keeps no pointer argument past
  /// the call, so &x passed to it does not make x escape.
  bool NoEscape = false;
  FuncDecl(SourceLoc Loc) : Decl(NK_FuncDecl, Loc) {}
  ~FuncDecl() override;
  GORT_CLASSOF(FuncDecl)
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class BadStmt : public Stmt {
public:
  explicit BadStmt(SourceLoc Loc) : Stmt(NK_BadStmt, Loc) {}
  GORT_CLASSOF(BadStmt)
};

/// A const, type or var declaration inside a function.
class DeclStmt : public Stmt {
public:
  std::unique_ptr<GenDecl> D;
  DeclStmt(SourceLoc Loc, std::unique_ptr<GenDecl> D)
      : Stmt(NK_DeclStmt, Loc), D(std::move(D)) {}
  GORT_CLASSOF(DeclStmt)
};

class EmptyStmt : public Stmt {
public:
  explicit EmptyStmt(SourceLoc Loc) : Stmt(NK_EmptyStmt, Loc) {}
  GORT_CLASSOF(EmptyStmt)
};

class LabeledStmt : public Stmt {
public:
  IdentPtr Label;
  StmtPtr S;
  LabeledStmt(SourceLoc Loc, IdentPtr Label, StmtPtr S)
      : Stmt(NK_LabeledStmt, Loc), Label(std::move(Label)), S(std::move(S)) {}
  GORT_CLASSOF(LabeledStmt)
};

class ExprStmt : public Stmt {
public:
  ExprPtr X;
  ExprStmt(SourceLoc Loc, ExprPtr X)
      : Stmt(NK_ExprStmt, Loc), X(std::move(X)) {}
  GORT_CLASSOF(ExprStmt)
};

class SendStmt : public Stmt {
public:
  ExprPtr Chan, Value;
  SendStmt(SourceLoc Loc, ExprPtr Chan, ExprPtr Value)
      : Stmt(NK_SendStmt, Loc), Chan(std::move(Chan)), Value(std::move(Value)) {
  }
  GORT_CLASSOF(SendStmt)
};

class IncDecStmt : public Stmt {
public:
  ExprPtr X;
  bool Inc;
  IncDecStmt(SourceLoc Loc, ExprPtr X, bool Inc)
      : Stmt(NK_IncDecStmt, Loc), X(std::move(X)), Inc(Inc) {}
  GORT_CLASSOF(IncDecStmt)
};

/// Lhs Op Rhs, where Op is =, := or an op-assignment such as +=.
class AssignStmt : public Stmt {
public:
  ExprList Lhs;
  Tok Op;
  ExprList Rhs;
  SourceLoc OpLoc; ///< of the operator
  AssignStmt(SourceLoc Loc, ExprList Lhs, Tok Op, ExprList Rhs)
      : Stmt(NK_AssignStmt, Loc), Lhs(std::move(Lhs)), Op(Op),
        Rhs(std::move(Rhs)) {}
  GORT_CLASSOF(AssignStmt)
};

class GoStmt : public Stmt {
public:
  ExprPtr Call;
  GoStmt(SourceLoc Loc, ExprPtr Call)
      : Stmt(NK_GoStmt, Loc), Call(std::move(Call)) {}
  GORT_CLASSOF(GoStmt)
};

class DeferStmt : public Stmt {
public:
  ExprPtr Call;
  DeferStmt(SourceLoc Loc, ExprPtr Call)
      : Stmt(NK_DeferStmt, Loc), Call(std::move(Call)) {}
  GORT_CLASSOF(DeferStmt)
};

class ReturnStmt : public Stmt {
public:
  ExprList Results;
  explicit ReturnStmt(SourceLoc Loc) : Stmt(NK_ReturnStmt, Loc) {}
  GORT_CLASSOF(ReturnStmt)
};

/// break, continue, goto or fallthrough, with an optional label.
class BranchStmt : public Stmt {
public:
  Tok BranchTok;
  IdentPtr Label;
  BranchStmt(SourceLoc Loc, Tok BranchTok, IdentPtr Label)
      : Stmt(NK_BranchStmt, Loc), BranchTok(BranchTok),
        Label(std::move(Label)) {}
  GORT_CLASSOF(BranchStmt)
};

class BlockStmt : public Stmt {
public:
  StmtList List;
  SourceLoc RBrace;
  explicit BlockStmt(SourceLoc Loc) : Stmt(NK_BlockStmt, Loc) {}
  GORT_CLASSOF(BlockStmt)
};

using BlockPtr = std::unique_ptr<BlockStmt>;

/// if Init; Cond Then else Else; Else is null, an IfStmt or a BlockStmt.
class IfStmt : public Stmt {
public:
  StmtPtr Init;
  ExprPtr Cond;
  BlockPtr Then;
  StmtPtr Else;
  explicit IfStmt(SourceLoc Loc) : Stmt(NK_IfStmt, Loc) {}
  GORT_CLASSOF(IfStmt)
};

/// case List: Body, or default: Body (IsDefault, List empty). In a type
/// switch the list holds types (and possibly the identifier nil).
class CaseClause : public Stmt {
public:
  bool IsDefault = false;
  ExprList List;
  StmtList Body;
  explicit CaseClause(SourceLoc Loc) : Stmt(NK_CaseClause, Loc) {}
  GORT_CLASSOF(CaseClause)
};

/// switch Init; Tag { clauses }; Body holds CaseClauses only.
class SwitchStmt : public Stmt {
public:
  StmtPtr Init;
  ExprPtr Tag;
  BlockPtr Body;
  explicit SwitchStmt(SourceLoc Loc) : Stmt(NK_SwitchStmt, Loc) {}
  GORT_CLASSOF(SwitchStmt)
};

/// switch Init; x := y.(type) { clauses }; Assign is an ExprStmt holding the
/// TypeAssertExpr, or an AssignStmt (:=) binding it to a name.
class TypeSwitchStmt : public Stmt {
public:
  StmtPtr Init;
  StmtPtr Assign;
  BlockPtr Body;
  explicit TypeSwitchStmt(SourceLoc Loc) : Stmt(NK_TypeSwitchStmt, Loc) {}
  GORT_CLASSOF(TypeSwitchStmt)
};

/// case Comm: Body in a select; Comm is null for default, else a SendStmt,
/// an ExprStmt (<-c) or an AssignStmt (v, ok := <-c).
class CommClause : public Stmt {
public:
  StmtPtr Comm;
  StmtList Body;
  explicit CommClause(SourceLoc Loc) : Stmt(NK_CommClause, Loc) {}
  GORT_CLASSOF(CommClause)
};

class SelectStmt : public Stmt {
public:
  BlockPtr Body;
  explicit SelectStmt(SourceLoc Loc) : Stmt(NK_SelectStmt, Loc) {}
  GORT_CLASSOF(SelectStmt)
};

/// for Init; Cond; Post { Body }; all three are optional.
class ForStmt : public Stmt {
public:
  StmtPtr Init;
  ExprPtr Cond;
  StmtPtr Post;
  BlockPtr Body;
  explicit ForStmt(SourceLoc Loc) : Stmt(NK_ForStmt, Loc) {}
  GORT_CLASSOF(ForStmt)
};

/// for Key, Value Op range X { Body }; Op is :=, = or Eof (no variables).
class RangeStmt : public Stmt {
public:
  ExprPtr Key, Value;
  Tok Op = Tok::Eof;
  ExprPtr X;
  BlockPtr Body;
  explicit RangeStmt(SourceLoc Loc) : Stmt(NK_RangeStmt, Loc) {}
  GORT_CLASSOF(RangeStmt)
};

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

class File : public Node {
public:
  IdentPtr PackageName;
  std::vector<DeclPtr> Decls; ///< imports first, as the grammar requires
  explicit File(SourceLoc Loc) : Node(NK_File, Loc) {}
  GORT_CLASSOF(File)
};

#undef GORT_CLASSOF

/// Prints N as an indented S-expression: `(kind attributes @line:col` and
/// then the children, one per line, two spaces deeper; see AST.cpp.
void dumpAST(const Node &N, llvm::raw_ostream &OS);

} // namespace gort

#endif // GORT_AST_H
