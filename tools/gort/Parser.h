//===- Parser.h - Recursive descent parser for Go --------------*- C++ -*-===//
//
// The parser reads tokens from a Lexer and builds the AST of one source
// file. It follows the Go specification's grammar; each parse function
// opens with the production it implements. Syntax errors are reported in
// gc's words ("syntax error: unexpected X, expecting Y"), at most one per
// line, and the parser resynchronizes the way gc does, skipping to a token
// that can follow the broken construct. Nesting deeper than MaxDepth stops
// the parse with an error instead of exhausting the stack; MaxDepth counts
// parse functions entered (two per parenthesis or block, one per unary
// operator or term of a left-associative chain, whose tree is as deep as
// the chain is long for the phases after this one), and the driver's stack
// holds every phase at that depth.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_PARSER_H
#define GORT_PARSER_H

#include "AST.h"
#include "Diagnostics.h"
#include "Lexer.h"
#include <initializer_list>

namespace gort {

class Parser {
public:
  static constexpr unsigned MaxDepth = 250000;

  Parser(Lexer &Lex, Diagnostics &Diags);

  /// Parses a whole file; never returns null.
  std::unique_ptr<File> parseFile();

private:
  // Token handling.
  void next();
  bool got(Tok K);
  void want(Tok K);
  void advance(std::initializer_list<Tok> Follow);
  bool at(Tok K) const { return CurTok.Kind == K; }
  SourceLoc loc() const { return CurTok.Loc; }

  // Errors.
  std::string describe(const Token &T) const;
  void syntaxError(const std::string &Msg) { syntaxErrorAt(loc(), Msg); }
  void syntaxErrorAt(SourceLoc Loc, const std::string &Msg);
  bool enter();
  void leave() { --Depth; }
  /// Balances enter() and leave() on every return path.
  struct DepthScope {
    Parser &P;
    bool Ok;
    explicit DepthScope(Parser &P) : P(P), Ok(P.enter()) {}
    ~DepthScope() { P.leave(); }
  };

  // Declarations.
  DeclPtr parseTopLevelDecl();
  std::unique_ptr<GenDecl> parseGenDecl(Tok Keyword);
  SpecPtr parseSpec(Tok Keyword, unsigned Index, ValueSpec *Prev);
  SpecPtr parseImportSpec();
  SpecPtr parseValueSpec(Tok Keyword, unsigned Index);
  SpecPtr parseTypeSpec();
  DeclPtr parseFuncDecl();

  // Types.
  ExprPtr tryType();
  ExprPtr parseType();
  ExprPtr parseTypeName();
  ExprPtr parseArrayOrSliceType();
  ExprPtr parseMapType();
  ExprPtr parseChanType();
  ExprPtr parseStructType();
  ExprPtr parseInterfaceType();
  FieldPtr parseFieldDecl();
  FieldPtr parseMethodSpec();
  std::unique_ptr<FuncType> parseSignature(SourceLoc Loc);
  FieldList parseParameters();
  FieldList parseResult();

  // Expressions.
  IdentPtr parseIdent();
  ExprPtr parseExpr();
  ExprList parseExprList();
  ExprPtr parseBinaryExpr(int Prec);
  ExprPtr parseUnaryExpr();
  ExprPtr parsePrimaryExpr(ExprPtr X);
  ExprPtr parseOperand();
  ExprPtr parseFuncTypeOrLit();
  ExprPtr parseSelectorOrAssert(ExprPtr X);
  ExprPtr parseIndexOrSlice(ExprPtr X);
  ExprPtr parseCall(ExprPtr Fun);
  ExprPtr parseLiteralValue(ExprPtr Type);
  ExprPtr parseElement();
  ExprPtr receiveChanType(ExprPtr X, SourceLoc ArrowLoc);

  // Statements.
  BlockPtr parseBlock(const char *Context);
  BlockPtr parseFuncBody();
  StmtList parseStmtList();
  StmtPtr parseStmtOrNull();
  StmtPtr parseSimpleStmt(ExprList Lhs, Tok Keyword);
  StmtPtr parseRangeClause(SourceLoc Loc, ExprList Lhs, Tok Op);
  StmtPtr parseLabeledStmt(IdentPtr Label);
  StmtPtr parseDeclStmt(Tok Keyword);
  StmtPtr parseCallStmt();
  StmtPtr parseReturnStmt();
  StmtPtr parseBranchStmt();
  StmtPtr parseIfStmt();
  StmtPtr parseForStmt();
  StmtPtr parseSwitchStmt();
  StmtPtr parseSelectStmt();
  StmtPtr parseCaseClause(bool TypeSwitch);
  StmtPtr parseCommClause();
  struct Header {
    StmtPtr Init;
    StmtPtr Cond; ///< the condition or tag, as a statement
    StmtPtr Post;
  };
  Header parseHeader(Tok Keyword);
  ExprPtr condition(StmtPtr S, Tok Keyword);

  template <typename F>
  void parseList(const char *Context, Tok Sep, Tok Close, F Element,
                 SourceLoc *CloseLoc = nullptr);

  Lexer &Lex;
  Diagnostics &Diags;
  Token CurTok;
  /// Expression nesting level: negative inside a control clause header,
  /// where `T{` is a block, not a composite literal, unless parenthesized.
  int ExprLev = 0;
  /// Function nesting level, for choosing resynchronization points.
  unsigned FuncNest = 0;
  unsigned Depth = 0;
  bool Aborted = false;
  bool PrevFuncHasNoBody = false;
  unsigned LastErrorLine = 0;
};

} // namespace gort

#endif // GORT_PARSER_H
