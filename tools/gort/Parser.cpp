//===- Parser.cpp - Recursive descent parser for Go -----------------------===//
//
// Productions are quoted from the Go specification (EBNF). Error recovery
// and messages follow gc's parser (cmd/compile/internal/syntax), so gort's
// diagnostics read like the ones Go programmers know.
//
//===----------------------------------------------------------------------===//

#include "Parser.h"
#include "llvm/Support/Casting.h"

using namespace gort;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

Parser::Parser(Lexer &Lex, Diagnostics &Diags) : Lex(Lex), Diags(Diags) {
  next();
}

//===----------------------------------------------------------------------===//
// Tokens and errors
//===----------------------------------------------------------------------===//

void Parser::next() {
  // After a fatal error the parser sees only EOF, which ends every loop.
  if (Aborted) {
    CurTok.Kind = Tok::Eof;
    CurTok.Text = "EOF";
    return;
  }
  CurTok = Lex.next();
}

bool Parser::got(Tok K) {
  if (!at(K))
    return false;
  next();
  return true;
}

/// How gc names an expected token.
static std::string expected(Tok K) {
  if (K == Tok::Comma)
    return "comma";
  if (K == Tok::Semicolon)
    return "semicolon or newline";
  return tokSpelling(K).str();
}

void Parser::want(Tok K) {
  if (got(K))
    return;
  syntaxError("expecting " + expected(K));
  advance({});
}

/// Skips tokens until one in Follow (or, inside a function, a statement
/// keyword) appears. With an empty Follow it skips exactly one token.
void Parser::advance(std::initializer_list<Tok> Follow) {
  auto InFollow = [&]() {
    if (at(Tok::Eof))
      return true;
    for (Tok K : Follow)
      if (at(K))
        return true;
    if (FuncNest == 0 || Follow.size() == 0)
      return false;
    switch (CurTok.Kind) {
    case Tok::Break:
    case Tok::Const:
    case Tok::Continue:
    case Tok::Defer:
    case Tok::Fallthrough:
    case Tok::For:
    case Tok::Go:
    case Tok::Goto:
    case Tok::If:
    case Tok::Return:
    case Tok::Select:
    case Tok::Switch:
    case Tok::Type:
    case Tok::Var:
      return true;
    default:
      return false;
    }
  };
  if (Follow.size() == 0) {
    if (!at(Tok::Eof))
      next();
    return;
  }
  while (!InFollow())
    next();
}

std::string Parser::describe(const Token &T) const {
  switch (T.Kind) {
  case Tok::Ident:
    return T.Text;
  case Tok::Semicolon:
    return T.Implicit ? T.Text : "semicolon";
  case Tok::Comma:
    return "comma";
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Rune:
  case Tok::String:
    // Keep the message on one line even for multi-line raw strings.
    if (T.Text.find('\n') != std::string::npos)
      return "literal " + quoteString(T.Value);
    return "literal " + T.Text;
  default:
    return tokSpelling(T.Kind).str();
  }
}

void Parser::syntaxErrorAt(SourceLoc Loc, const std::string &Msg) {
  // Like gc, report only the first syntax error on a line: the rest are
  // usually consequences of it.
  if (Loc.Line == LastErrorLine || Aborted)
    return;
  LastErrorLine = Loc.Line;
  llvm::StringRef M(Msg);
  if (M.starts_with("in ") || M.starts_with("at ") || M.starts_with("after "))
    Diags.error(Loc,
                "syntax error: unexpected " + describe(CurTok) + " " + Msg);
  else if (M.starts_with("expecting "))
    Diags.error(Loc,
                "syntax error: unexpected " + describe(CurTok) + ", " + Msg);
  else
    Diags.error(Loc, "syntax error: " + Msg);
}

/// Enters one level of nesting; on overflow reports an error, stops the
/// parse and returns false.
bool Parser::enter() {
  ++Depth;
  if (Depth <= MaxDepth && !Aborted)
    return true;
  if (!Aborted) {
    Diags.error(loc(), "nesting too deep");
    Aborted = true;
    next();
  }
  return false;
}

#define ENTER_OR_RETURN(Result)                                                \
  DepthScope Scope_(*this);                                                    \
  if (!Scope_.Ok)                                                              \
    return Result;

/// Parses a list of elements separated by Sep and closed by Close, the way
/// gc does; Sep is optional before Close.
template <typename F>
void Parser::parseList(const char *Context, Tok Sep, Tok Close, F Element,
                       SourceLoc *CloseLoc) {
  while (!at(Tok::Eof) && !at(Close)) {
    Element();
    if (!got(Sep) && !at(Close)) {
      syntaxError(std::string("in ") + Context + "; possibly missing " +
                  expected(Sep) + " or " + expected(Close));
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      if (!at(Close))
        return;
    }
  }
  if (CloseLoc)
    *CloseLoc = loc();
  want(Close);
}

//===----------------------------------------------------------------------===//
// Files and declarations
//===----------------------------------------------------------------------===//

static bool startsTopLevelDecl(Tok K) {
  return K == Tok::Import || K == Tok::Const || K == Tok::Type ||
         K == Tok::Var || K == Tok::Func || K == Tok::Semicolon;
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
std::unique_ptr<File> Parser::parseFile() {
  auto F = std::make_unique<File>(loc());
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return F;
  }
  F->PackageName = parseIdent();
  want(Tok::Semicolon);

  bool SeenNonImport = false;
  while (!at(Tok::Eof)) {
    if (at(Tok::Import) && SeenNonImport)
      syntaxError("imports must appear before other declarations");
    SeenNonImport |= !at(Tok::Import);
    if (!startsTopLevelDecl(CurTok.Kind)) {
      if (at(Tok::LBrace) && PrevFuncHasNoBody)
        syntaxError("unexpected semicolon or newline before {");
      else
        syntaxError("non-declaration statement outside function body");
      advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
      PrevFuncHasNoBody = false;
      continue;
    }
    DeclPtr D = parseTopLevelDecl();
    auto *FD = dyn_cast_or_null<FuncDecl>(D.get());
    PrevFuncHasNoBody = FD && !FD->Body;
    if (D)
      F->Decls.push_back(std::move(D));
    if (!at(Tok::Eof) && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  return F;
}

// TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
// Declaration = ConstDecl | TypeDecl | VarDecl .
DeclPtr Parser::parseTopLevelDecl() {
  switch (CurTok.Kind) {
  case Tok::Import:
  case Tok::Const:
  case Tok::Type:
  case Tok::Var:
    return parseGenDecl(CurTok.Kind);
  case Tok::Func:
    return parseFuncDecl();
  default:
    return nullptr; // an empty declaration: a lone ";"
  }
}

// ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
// ConstDecl  = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
// TypeDecl   = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .
// VarDecl    = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .
std::unique_ptr<GenDecl> Parser::parseGenDecl(Tok Keyword) {
  auto D = std::make_unique<GenDecl>(loc(), Keyword);
  next();
  if (!got(Tok::LParen)) {
    D->Specs.push_back(parseSpec(Keyword, 0, nullptr));
    return D;
  }
  D->Grouped = true;
  parseList("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
    auto *Prev =
        D->Specs.empty() ? nullptr : dyn_cast<ValueSpec>(D->Specs.back().get());
    D->Specs.push_back(parseSpec(Keyword, D->Specs.size(), Prev));
  });
  return D;
}

SpecPtr Parser::parseSpec(Tok Keyword, unsigned Index, ValueSpec *Prev) {
  (void)Prev;
  switch (Keyword) {
  case Tok::Import:
    return parseImportSpec();
  case Tok::Type:
    return parseTypeSpec();
  default:
    return parseValueSpec(Keyword, Index);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
SpecPtr Parser::parseImportSpec() {
  SourceLoc Loc = loc();
  IdentPtr Name;
  if (at(Tok::Ident)) {
    Name = parseIdent();
  } else if (at(Tok::Period)) {
    Name = std::make_unique<Ident>(loc(), ".");
    next();
  }
  std::unique_ptr<BasicLit> Path;
  if (at(Tok::String)) {
    Path = std::make_unique<BasicLit>(loc(), CurTok);
    next();
  } else {
    syntaxError("missing import path; require quoted string");
    advance({Tok::Semicolon, Tok::RParen});
  }
  return std::make_unique<ImportSpec>(Loc, std::move(Name), std::move(Path));
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ]
//                            | "=" ExpressionList ) .
SpecPtr Parser::parseValueSpec(Tok Keyword, unsigned Index) {
  auto S = std::make_unique<ValueSpec>(loc());
  S->Iota = Index;
  S->Names.push_back(parseIdent());
  while (got(Tok::Comma))
    S->Names.push_back(parseIdent());
  if (Keyword == Tok::Var) {
    if (!at(Tok::Assign))
      S->Type = parseType();
    if (got(Tok::Assign))
      S->Values = parseExprList();
    return S;
  }
  // A const spec may omit both type and values to repeat the previous ones.
  if (!at(Tok::Assign) && !at(Tok::Semicolon) && !at(Tok::RParen)) {
    S->Type = parseType();
    if (!at(Tok::Assign)) {
      syntaxError("expecting =");
      return S;
    }
  }
  if (got(Tok::Assign))
    S->Values = parseExprList();
  return S;
}

// TypeSpec = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .
// TypeDef = identifier Type .
SpecPtr Parser::parseTypeSpec() {
  SourceLoc Loc = loc();
  auto S = std::make_unique<TypeSpec>(Loc, parseIdent());
  S->IsAlias = got(Tok::Assign);
  S->Type = parseType();
  return S;
}

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
DeclPtr Parser::parseFuncDecl() {
  auto F = std::make_unique<FuncDecl>(loc());
  SourceLoc FuncLoc = loc();
  F->NoEscape = Lex.noEscapeBefore(FuncLoc.Line);
  next(); // func
  if (at(Tok::LParen)) {
    F->IsMethod = true;
    F->Recv = parseParameters();
    SourceLoc RecvLoc = loc(); // gc: at the token after the receiver
    if (F->Recv.empty())
      Diags.error(RecvLoc, "method has no receiver");
    else if (F->Recv.size() > 1 || F->Recv[0]->Names.size() > 1)
      Diags.error(RecvLoc, "method has multiple receivers");
  }
  if (!at(Tok::Ident)) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return F;
  }
  F->Name = parseIdent();
  F->Type = parseSignature(FuncLoc);
  if (at(Tok::LBrace))
    F->Body = parseFuncBody();
  return F;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

// Type = TypeName | TypeLit | "(" Type ")" .
ExprPtr Parser::parseType() {
  SourceLoc Loc = loc();
  if (ExprPtr T = tryType())
    return T;
  syntaxError("expecting type");
  advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack,
           Tok::RBrace});
  return std::make_unique<BadExpr>(Loc);
}

// TypeLit = ArrayType | StructType | PointerType | FunctionType |
//           InterfaceType | SliceType | MapType | ChannelType .
// PointerType = "*" BaseType .
// FunctionType = "func" Signature .
/// Returns null, consuming nothing, if no type starts here.
ExprPtr Parser::tryType() {
  ENTER_OR_RETURN(std::make_unique<BadExpr>(loc()));
  SourceLoc Loc = loc();
  switch (CurTok.Kind) {
  case Tok::Ident:
    return parseTypeName();
  case Tok::LBrack:
    return parseArrayOrSliceType();
  case Tok::Mul:
    next();
    return std::make_unique<StarExpr>(Loc, parseType());
  case Tok::Func:
    next();
    return parseSignature(Loc);
  case Tok::Arrow:
  case Tok::Chan:
    return parseChanType();
  case Tok::Map:
    return parseMapType();
  case Tok::Struct:
    return parseStructType();
  case Tok::Interface:
    return parseInterfaceType();
  case Tok::LParen: {
    next();
    ExprPtr T = parseType();
    want(Tok::RParen);
    return std::make_unique<ParenExpr>(Loc, std::move(T));
  }
  default:
    return nullptr;
  }
}

// TypeName = identifier | PackageName "." identifier .
ExprPtr Parser::parseTypeName() {
  SourceLoc Loc = loc();
  ExprPtr X = parseIdent();
  if (got(Tok::Period))
    X = std::make_unique<SelectorExpr>(Loc, std::move(X), parseIdent());
  return X;
}

// ArrayType = "[" ArrayLength "]" ElementType .
// SliceType = "[" "]" ElementType .
// The length may be "..." in an array composite literal type.
ExprPtr Parser::parseArrayOrSliceType() {
  SourceLoc Loc = loc();
  next(); // [
  ExprPtr Len;
  if (at(Tok::Ellipsis)) {
    Len = std::make_unique<Ellipsis>(loc(), nullptr);
    next();
  } else if (!at(Tok::RBrack)) {
    ++ExprLev;
    Len = parseExpr();
    --ExprLev;
  }
  want(Tok::RBrack);
  return std::make_unique<ArrayType>(Loc, std::move(Len), parseType());
}

// MapType = "map" "[" KeyType "]" ElementType .
ExprPtr Parser::parseMapType() {
  SourceLoc Loc = loc();
  next(); // map
  want(Tok::LBrack);
  ExprPtr Key = parseType();
  want(Tok::RBrack);
  return std::make_unique<MapType>(Loc, std::move(Key), parseType());
}

// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
ExprPtr Parser::parseChanType() {
  SourceLoc Loc = loc();
  ChanType::Direction Dir = ChanType::Both;
  if (got(Tok::Arrow)) {
    Dir = ChanType::RecvOnly;
    if (!at(Tok::Chan)) {
      syntaxError("expecting chan");
      return std::make_unique<BadExpr>(Loc);
    }
  }
  next(); // chan
  if (Dir == ChanType::Both && got(Tok::Arrow))
    Dir = ChanType::SendOnly;
  return std::make_unique<ChanType>(Loc, Dir, parseType());
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
ExprPtr Parser::parseStructType() {
  auto S = std::make_unique<StructType>(loc());
  next(); // struct
  want(Tok::LBrace);
  parseList("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    if (FieldPtr F = parseFieldDecl())
      S->Fields.push_back(std::move(F));
  });
  return S;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .
// Tag = string_lit .
FieldPtr Parser::parseFieldDecl() {
  SourceLoc Loc = loc();
  FieldPtr F;
  if (at(Tok::Ident)) {
    IdentPtr Name = parseIdent();
    if (at(Tok::Period) || at(Tok::String) || at(Tok::Semicolon) ||
        at(Tok::RBrace)) {
      // An embedded field T or pkg.T.
      ExprPtr T = std::move(Name);
      if (got(Tok::Period))
        T = std::make_unique<SelectorExpr>(Loc, std::move(T), parseIdent());
      F = std::make_unique<Field>(Loc, std::move(T));
    } else {
      IdentList Names;
      Names.push_back(std::move(Name));
      while (got(Tok::Comma))
        Names.push_back(parseIdent());
      F = std::make_unique<Field>(Loc, parseType());
      F->Names = std::move(Names);
    }
  } else if (at(Tok::Mul)) {
    next();
    if (!at(Tok::Ident)) {
      syntaxError("expecting name");
      advance({Tok::Semicolon, Tok::RBrace});
      return nullptr;
    }
    F = std::make_unique<Field>(
        Loc, std::make_unique<StarExpr>(Loc, parseTypeName()));
  } else if (at(Tok::LParen)) {
    syntaxError("cannot parenthesize embedded type");
    advance({Tok::Semicolon, Tok::RBrace});
    return nullptr;
  } else {
    syntaxError("expecting field name or embedded type");
    advance({Tok::Semicolon, Tok::RBrace});
    return nullptr;
  }
  if (at(Tok::String)) {
    F->Tag = std::make_unique<BasicLit>(loc(), CurTok);
    next();
  }
  return F;
}

// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" }
// "}" .
ExprPtr Parser::parseInterfaceType() {
  auto I = std::make_unique<InterfaceType>(loc());
  next(); // interface
  want(Tok::LBrace);
  parseList("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    if (FieldPtr M = parseMethodSpec())
      I->Methods.push_back(std::move(M));
  });
  return I;
}

// MethodSpec = MethodName Signature .
// InterfaceTypeName = TypeName .
FieldPtr Parser::parseMethodSpec() {
  SourceLoc Loc = loc();
  if (!at(Tok::Ident)) {
    syntaxError("expecting method or interface name");
    advance({Tok::Semicolon, Tok::RBrace});
    return nullptr;
  }
  IdentPtr Name = parseIdent();
  if (at(Tok::LParen)) {
    auto F = std::make_unique<Field>(Loc, parseSignature(Loc));
    F->Names.push_back(std::move(Name));
    return F;
  }
  ExprPtr T = std::move(Name);
  if (got(Tok::Period))
    T = std::make_unique<SelectorExpr>(Loc, std::move(T), parseIdent());
  return std::make_unique<Field>(Loc, std::move(T));
}

// Signature = Parameters [ Result ] .
std::unique_ptr<FuncType> Parser::parseSignature(SourceLoc Loc) {
  auto F = std::make_unique<FuncType>(Loc);
  if (!at(Tok::LParen)) {
    syntaxError("expecting (");
    return F;
  }
  F->Params = parseParameters();
  F->Results = parseResult();
  return F;
}

// Result = Parameters | Type .
FieldList Parser::parseResult() {
  FieldList Results;
  if (at(Tok::LParen))
    return parseParameters();
  SourceLoc Loc = loc();
  if (ExprPtr T = tryType())
    Results.push_back(std::make_unique<Field>(Loc, std::move(T)));
  return Results;
}

namespace {
/// One entry of a parameter list before grouping: a name, a type, or both.
struct ParamEntry {
  SourceLoc Loc;
  IdentPtr Name;
  ExprPtr Type;
};
} // namespace

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// Whether a lone identifier is a name or a type is only known once the
// whole list is seen: in `(a, b int)` both are names, in `(a, b)` types.
FieldList Parser::parseParameters() {
  std::vector<ParamEntry> Entries;
  want(Tok::LParen);
  parseList("parameter list", Tok::Comma, Tok::RParen, [&] {
    ParamEntry E;
    E.Loc = loc();
    if (at(Tok::Ident)) {
      E.Name = parseIdent();
      if (at(Tok::Period)) {
        next(); // pkg.T: a qualified type, not a name
        E.Type = std::make_unique<SelectorExpr>(E.Loc, std::move(E.Name),
                                                parseIdent());
      } else if (at(Tok::Ellipsis)) {
        SourceLoc L = loc();
        next();
        E.Type = std::make_unique<Ellipsis>(L, parseType());
      } else if (!at(Tok::Comma) && !at(Tok::RParen)) {
        E.Type = parseType();
      }
    } else if (at(Tok::Ellipsis)) {
      next();
      E.Type = std::make_unique<Ellipsis>(E.Loc, parseType());
    } else if (ExprPtr T = tryType()) {
      E.Type = std::move(T);
    } else {
      syntaxError("expecting )");
      advance({Tok::Comma, Tok::RParen});
      E.Type = std::make_unique<BadExpr>(E.Loc);
    }
    Entries.push_back(std::move(E));
  });

  FieldList Fields;
  bool Named = false;
  for (const ParamEntry &E : Entries)
    Named |= E.Name && E.Type;
  if (!Named) {
    // All entries are types; bare identifiers are type names.
    for (ParamEntry &E : Entries) {
      ExprPtr T = E.Type ? std::move(E.Type) : ExprPtr(std::move(E.Name));
      Fields.push_back(std::make_unique<Field>(E.Loc, std::move(T)));
    }
    return Fields;
  }
  // Group names with the type that follows them: a, b int, c string.
  IdentList Pending;
  SourceLoc GroupLoc;
  for (ParamEntry &E : Entries) {
    if (Pending.empty())
      GroupLoc = E.Loc;
    if (!E.Name) {
      syntaxErrorAt(E.Loc, "mixed named and unnamed parameters");
      continue;
    }
    Pending.push_back(std::move(E.Name));
    if (!E.Type)
      continue;
    auto F = std::make_unique<Field>(GroupLoc, std::move(E.Type));
    F->Names = std::move(Pending);
    Pending.clear();
    Fields.push_back(std::move(F));
  }
  if (!Pending.empty())
    syntaxErrorAt(GroupLoc, "mixed named and unnamed parameters");
  return Fields;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

IdentPtr Parser::parseIdent() {
  SourceLoc Loc = loc();
  if (at(Tok::Ident)) {
    auto Id = std::make_unique<Ident>(Loc, CurTok.Text);
    next();
    return Id;
  }
  syntaxError("expecting name");
  advance({});
  return std::make_unique<Ident>(Loc, "_");
}

// ExpressionList = Expression { "," Expression } .
ExprList Parser::parseExprList() {
  ExprList List;
  List.push_back(parseExpr());
  while (got(Tok::Comma))
    List.push_back(parseExpr());
  return List;
}

// Expression = UnaryExpr | Expression binary_op Expression .
ExprPtr Parser::parseExpr() { return parseBinaryExpr(1); }

static int precedence(Tok K) {
  switch (K) {
  case Tok::LOr:
    return 1;
  case Tok::LAnd:
    return 2;
  case Tok::Eql:
  case Tok::Neq:
  case Tok::Lss:
  case Tok::Leq:
  case Tok::Gtr:
  case Tok::Geq:
    return 3;
  case Tok::Add:
  case Tok::Sub:
  case Tok::Or:
  case Tok::Xor:
    return 4;
  case Tok::Mul:
  case Tok::Quo:
  case Tok::Rem:
  case Tok::Shl:
  case Tok::Shr:
  case Tok::And:
  case Tok::AndNot:
    return 5;
  default:
    return 0;
  }
}

// binary_op = "||" | "&&" | rel_op | add_op | mul_op .
/// Precedence climbing: parses operators of precedence Prec and higher.
ExprPtr Parser::parseBinaryExpr(int Prec) {
  ENTER_OR_RETURN(std::make_unique<BadExpr>(loc()));
  ExprPtr X = parseUnaryExpr();
  unsigned Chain = 0; // a long a+b+c+... chain deepens the tree, too
  while (precedence(CurTok.Kind) >= Prec) {
    if (!enter()) {
      ++Chain;
      break;
    }
    ++Chain;
    Tok Op = CurTok.Kind;
    SourceLoc Loc = loc();
    next();
    ExprPtr Y = parseBinaryExpr(precedence(Op) + 1);
    X = std::make_unique<BinaryExpr>(Loc, Op, std::move(X), std::move(Y));
  }
  Depth -= Chain;
  return X;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
ExprPtr Parser::parseUnaryExpr() {
  ENTER_OR_RETURN(std::make_unique<BadExpr>(loc()));
  SourceLoc Loc = loc();
  switch (CurTok.Kind) {
  case Tok::Add:
  case Tok::Sub:
  case Tok::Not:
  case Tok::Xor:
  case Tok::And: {
    Tok Op = CurTok.Kind;
    next();
    return std::make_unique<UnaryExpr>(Loc, Op, parseUnaryExpr());
  }
  case Tok::Mul:
    next();
    return std::make_unique<StarExpr>(Loc, parseUnaryExpr());
  case Tok::Arrow: {
    next();
    ExprPtr X = parseUnaryExpr();
    if (isa<ChanType>(X.get()))
      return receiveChanType(std::move(X), Loc); // <-chan T is a type
    return std::make_unique<UnaryExpr>(Loc, Tok::Arrow, std::move(X));
  }
  default:
    return parsePrimaryExpr(parseOperand());
  }
}

/// Rewrites `<-` applied to a channel type into a receive-only channel
/// type: <-chan T, and <-chan<- T meaning <-chan (<-T)... The arrow binds
/// to the leftmost chan, so each send-only level passes it inward.
ExprPtr Parser::receiveChanType(ExprPtr X, SourceLoc ArrowLoc) {
  auto *C = dyn_cast<ChanType>(X.get());
  ChanType::Direction Dir = ChanType::SendOnly;
  while (C && Dir == ChanType::SendOnly) {
    if (C->Dir == ChanType::RecvOnly) {
      syntaxErrorAt(ArrowLoc, "unexpected <-, expecting chan");
      return X;
    }
    Dir = C->Dir;
    C->Dir = ChanType::RecvOnly;
    C = dyn_cast<ChanType>(C->Value.get());
  }
  if (Dir == ChanType::SendOnly)
    syntaxErrorAt(ArrowLoc, "unexpected <-, expecting chan");
  return X;
}

// Operand = Literal | OperandName | "(" Expression ")" .
// Literal = BasicLit | CompositeLit | FunctionLit .
// Type literals are operands too: []int{...}, map[K]V{}, conversions.
ExprPtr Parser::parseOperand() {
  SourceLoc Loc = loc();
  switch (CurTok.Kind) {
  case Tok::Ident:
    return parseIdent();
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Rune:
  case Tok::String: {
    auto L = std::make_unique<BasicLit>(Loc, CurTok);
    next();
    return L;
  }
  case Tok::LParen: {
    next();
    ++ExprLev;
    ExprPtr X = parseExpr(); // types parse as expressions, too
    --ExprLev;
    want(Tok::RParen);
    return std::make_unique<ParenExpr>(Loc, std::move(X));
  }
  case Tok::Func:
    return parseFuncTypeOrLit();
  case Tok::LBrack:
  case Tok::Chan:
  case Tok::Map:
  case Tok::Struct:
  case Tok::Interface:
    return tryType();
  default:
    syntaxError("expecting expression");
    advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
    return std::make_unique<BadExpr>(Loc);
  }
}

// FunctionLit = "func" Signature FunctionBody .
ExprPtr Parser::parseFuncTypeOrLit() {
  SourceLoc Loc = loc();
  next(); // func
  std::unique_ptr<FuncType> T = parseSignature(Loc);
  if (!at(Tok::LBrace))
    return T;
  ++ExprLev;
  BlockPtr Body = parseFuncBody();
  --ExprLev;
  return std::make_unique<FuncLit>(Loc, std::move(T), std::move(Body));
}

/// Whether X may be the type of a composite literal at the current
/// expression level; in control clauses only explicit type literals may.
static bool isLiteralType(const Expr *X, int ExprLev) {
  switch (X->getKind()) {
  case Node::NK_BadExpr:
  case Node::NK_Ident:
  case Node::NK_SelectorExpr:
  case Node::NK_IndexExpr:
    return ExprLev >= 0;
  case Node::NK_ArrayType:
  case Node::NK_StructType:
  case Node::NK_MapType:
    return true;
  default:
    return false;
  }
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice |
//               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
ExprPtr Parser::parsePrimaryExpr(ExprPtr X) {
  unsigned Chain = 0; // x.a.b[0]() nests as deeply as the suffixes
  for (;; ++Chain) {
    if (!enter()) {
      ++Chain;
      break;
    }
    if (at(Tok::Period)) {
      X = parseSelectorOrAssert(std::move(X));
    } else if (at(Tok::LBrack)) {
      X = parseIndexOrSlice(std::move(X));
    } else if (at(Tok::LParen)) {
      X = parseCall(std::move(X));
    } else if (at(Tok::LBrace) && isLiteralType(X.get(), ExprLev)) {
      X = parseLiteralValue(std::move(X));
    } else if (at(Tok::LBrace) && isa<ParenExpr>(X.get()) &&
               isLiteralType(dyn_cast<ParenExpr>(X.get())->X.get(), 0) &&
               ExprLev >= 0) {
      syntaxError("cannot parenthesize type in composite literal");
      X = parseLiteralValue(std::move(X));
    } else {
      ++Chain;
      break;
    }
  }
  Depth -= Chain;
  return X;
}

// Selector = "." identifier .
// TypeAssertion = "." "(" Type ")" .
ExprPtr Parser::parseSelectorOrAssert(ExprPtr X) {
  SourceLoc Loc = loc();
  next(); // .
  if (at(Tok::Ident))
    return std::make_unique<SelectorExpr>(Loc, std::move(X), parseIdent());
  if (!got(Tok::LParen)) {
    syntaxError("expecting name or (");
    advance({Tok::Semicolon, Tok::RBrace});
    return X;
  }
  ExprPtr T;
  if (!got(Tok::Type)) // x.(type) in a type switch has no type
    T = parseType();
  want(Tok::RParen);
  return std::make_unique<TypeAssertExpr>(Loc, std::move(X), std::move(T));
}

// Index = "[" Expression "]" .
// Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//         "[" [ Expression ] ":" Expression ":" Expression "]" .
ExprPtr Parser::parseIndexOrSlice(ExprPtr X) {
  SourceLoc Loc = loc();
  next(); // [
  ++ExprLev;
  ExprPtr Lo;
  if (!at(Tok::Colon)) {
    Lo = parseExpr();
    if (!at(Tok::Colon)) {
      --ExprLev;
      want(Tok::RBrack);
      return std::make_unique<IndexExpr>(Loc, std::move(X), std::move(Lo));
    }
  }
  auto S = std::make_unique<SliceExpr>(Loc, std::move(X));
  S->Lo = std::move(Lo);
  next(); // :
  if (!at(Tok::Colon) && !at(Tok::RBrack))
    S->Hi = parseExpr();
  if (got(Tok::Colon)) {
    S->Slice3 = true;
    if (!S->Hi)
      syntaxError("middle index required in 3-index slice");
    if (at(Tok::RBrack))
      syntaxError("final index required in 3-index slice");
    else
      S->Max = parseExpr();
  }
  --ExprLev;
  want(Tok::RBrack);
  return S;
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] )
//             [ "..." ] [ "," ] ] ")" .
ExprPtr Parser::parseCall(ExprPtr Fun) {
  auto C = std::make_unique<CallExpr>(loc(), std::move(Fun));
  next(); // (
  ++ExprLev;
  C->RParen = loc();
  parseList("argument list", Tok::Comma, Tok::RParen, [&] {
    C->Args.push_back(parseExpr());
    C->RParen = loc();
    if (at(Tok::Ellipsis)) {
      if (C->HasEllipsis)
        syntaxError("can only use ... with final argument in list");
      C->HasEllipsis = true;
      next();
    }
  });
  --ExprLev;
  return C;
}

// CompositeLit = LiteralType LiteralValue .
// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
ExprPtr Parser::parseLiteralValue(ExprPtr Type) {
  ENTER_OR_RETURN(std::make_unique<BadExpr>(loc()));
  auto L = std::make_unique<CompositeLit>(loc(), std::move(Type));
  next(); // {
  ++ExprLev;
  // A key: value element is at its colon, as in gc's syntax tree.
  parseList(
      "composite literal", Tok::Comma, Tok::RBrace,
      [&] {
        ExprPtr E = parseElement();
        SourceLoc Colon = loc();
        if (got(Tok::Colon))
          E = std::make_unique<KeyValueExpr>(Colon, std::move(E),
                                             parseElement());
        L->Elts.push_back(std::move(E));
      },
      &L->RBrace);
  --ExprLev;
  return L;
}

// Key = FieldName | Expression | LiteralValue .
// Element = Expression | LiteralValue .
ExprPtr Parser::parseElement() {
  if (at(Tok::LBrace))
    return parseLiteralValue(nullptr);
  return parseExpr();
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// The position of the first token of E; a statement starts there, while
/// suffix and binary expressions are positioned at their operator.
static SourceLoc startLoc(const Expr *E) {
  for (;;) {
    const Expr *Next = nullptr;
    if (auto *S = dyn_cast<SelectorExpr>(E))
      Next = S->X.get();
    else if (auto *I = dyn_cast<IndexExpr>(E))
      Next = I->X.get();
    else if (auto *Sl = dyn_cast<SliceExpr>(E))
      Next = Sl->X.get();
    else if (auto *C = dyn_cast<CallExpr>(E))
      Next = C->Fun.get();
    else if (auto *T = dyn_cast<TypeAssertExpr>(E))
      Next = T->X.get();
    else if (auto *B = dyn_cast<BinaryExpr>(E))
      Next = B->X.get();
    else if (auto *L = dyn_cast<CompositeLit>(E))
      Next = L->Type.get();
    if (!Next)
      return E->getLoc();
    E = Next;
  }
}

// FunctionBody = Block .
BlockPtr Parser::parseFuncBody() {
  ++FuncNest;
  int OuterLev = ExprLev;
  ExprLev = 0;
  BlockPtr B = parseBlock("");
  ExprLev = OuterLev;
  --FuncNest;
  return B;
}

// Block = "{" StatementList "}" .
BlockPtr Parser::parseBlock(const char *Context) {
  auto B = std::make_unique<BlockStmt>(loc());
  ENTER_OR_RETURN(B);
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expecting { after ") + Context);
    advance({Tok::Ident, Tok::RBrace});
    if (!got(Tok::LBrace))
      return B;
  }
  B->List = parseStmtList();
  B->RBrace = loc();
  want(Tok::RBrace);
  return B;
}

// StatementList = { Statement ";" } .
StmtList Parser::parseStmtList() {
  StmtList List;
  while (!at(Tok::Eof) && !at(Tok::RBrace) && !at(Tok::Case) &&
         !at(Tok::Default)) {
    StmtPtr S = parseStmtOrNull();
    if (!S)
      break;
    List.push_back(std::move(S));
    // The ";" is optional before "}".
    if (!got(Tok::Semicolon) && !at(Tok::RBrace)) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);
    }
  }
  return List;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
/// Returns null if no statement starts here.
StmtPtr Parser::parseStmtOrNull() {
  ENTER_OR_RETURN(std::make_unique<BadStmt>(loc()));
  if (at(Tok::Ident)) {
    ExprList Lhs = parseExprList();
    if (at(Tok::Colon) && Lhs.size() == 1 && isa<Ident>(Lhs[0].get())) {
      IdentPtr Label(static_cast<Ident *>(Lhs[0].release()));
      return parseLabeledStmt(std::move(Label));
    }
    return parseSimpleStmt(std::move(Lhs), Tok::Eof);
  }
  switch (CurTok.Kind) {
  case Tok::Var:
  case Tok::Const:
  case Tok::Type:
    return parseDeclStmt(CurTok.Kind);
  case Tok::LBrace:
    return parseBlock("");
  case Tok::Add:
  case Tok::Sub:
  case Tok::Mul:
  case Tok::And:
  case Tok::Xor:
  case Tok::Not:
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Rune:
  case Tok::String:
  case Tok::Func:
  case Tok::LParen:
  case Tok::LBrack:
  case Tok::Struct:
  case Tok::Map:
  case Tok::Chan:
  case Tok::Interface:
  case Tok::Arrow:
    return parseSimpleStmt({}, Tok::Eof);
  case Tok::For:
    return parseForStmt();
  case Tok::Switch:
    return parseSwitchStmt();
  case Tok::Select:
    return parseSelectStmt();
  case Tok::If:
    return parseIfStmt();
  case Tok::Fallthrough:
  case Tok::Break:
  case Tok::Continue:
  case Tok::Goto:
    return parseBranchStmt();
  case Tok::Go:
  case Tok::Defer:
    return parseCallStmt();
  case Tok::Return:
    return parseReturnStmt();
  case Tok::Semicolon:
    return std::make_unique<EmptyStmt>(loc());
  default:
    return nullptr;
  }
}

// LabeledStmt = Label ":" Statement .
StmtPtr Parser::parseLabeledStmt(IdentPtr Label) {
  SourceLoc Loc = Label->getLoc();
  SourceLoc ColonLoc = loc();
  next(); // :
  StmtPtr S;
  if (at(Tok::RBrace)) {
    // The statement may be an empty one before "}".
    S = std::make_unique<EmptyStmt>(loc());
  } else {
    S = parseStmtOrNull();
    if (!S) {
      syntaxErrorAt(ColonLoc, "missing statement after label");
      S = std::make_unique<BadStmt>(ColonLoc);
    }
  }
  return std::make_unique<LabeledStmt>(Loc, std::move(Label), std::move(S));
}

StmtPtr Parser::parseDeclStmt(Tok Keyword) {
  SourceLoc Loc = loc();
  return std::make_unique<DeclStmt>(Loc, parseGenDecl(Keyword));
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
// Keyword is For, Switch or If in a statement header, where range clauses
// (for) and type switch guards (switch) may appear; Eof elsewhere.
StmtPtr Parser::parseSimpleStmt(ExprList Lhs, Tok Keyword) {
  SourceLoc Loc = loc();
  if (Keyword == Tok::For && at(Tok::Range))
    return parseRangeClause(Loc, {}, Tok::Eof); // for range x
  if (Lhs.empty())
    Lhs = parseExprList();
  Loc = startLoc(Lhs[0].get());

  if (Lhs.size() == 1) {
    switch (CurTok.Kind) {
    case Tok::AddAssign:
    case Tok::SubAssign:
    case Tok::MulAssign:
    case Tok::QuoAssign:
    case Tok::RemAssign:
    case Tok::AndAssign:
    case Tok::OrAssign:
    case Tok::XorAssign:
    case Tok::ShlAssign:
    case Tok::ShrAssign:
    case Tok::AndNotAssign: {
      Tok Op = CurTok.Kind;
      SourceLoc OpLoc = loc();
      next();
      ExprList Rhs;
      Rhs.push_back(parseExpr());
      auto A = std::make_unique<AssignStmt>(Loc, std::move(Lhs), Op,
                                            std::move(Rhs));
      A->OpLoc = OpLoc;
      return A;
    }
    case Tok::Inc:
    case Tok::Dec: {
      bool Inc = at(Tok::Inc);
      next();
      return std::make_unique<IncDecStmt>(Loc, std::move(Lhs[0]), Inc);
    }
    case Tok::Arrow: {
      next();
      ExprPtr V = parseExpr();
      return std::make_unique<SendStmt>(Loc, std::move(Lhs[0]), std::move(V));
    }
    case Tok::Assign:
    case Tok::Define:
      break;
    default:
      return std::make_unique<ExprStmt>(Loc, std::move(Lhs[0]));
    }
  }
  if (!at(Tok::Assign) && !at(Tok::Define)) {
    syntaxError("expecting := or = or comma");
    advance({Tok::Semicolon, Tok::RBrace});
    return std::make_unique<BadStmt>(Loc);
  }
  Tok Op = CurTok.Kind;
  SourceLoc OpLoc = loc();
  next();
  if (Keyword == Tok::For && at(Tok::Range))
    return parseRangeClause(Loc, std::move(Lhs), Op);
  ExprList Rhs = parseExprList();
  auto A = std::make_unique<AssignStmt>(Loc, std::move(Lhs), Op,
                                        std::move(Rhs));
  A->OpLoc = OpLoc;
  return A;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression
// .
/// Returns a RangeStmt without a body; parseForStmt adds it.
StmtPtr Parser::parseRangeClause(SourceLoc Loc, ExprList Lhs, Tok Op) {
  auto R = std::make_unique<RangeStmt>(Loc);
  next(); // range
  R->Op = Op;
  if (Lhs.size() > 2)
    syntaxErrorAt(Lhs[2]->getLoc(),
                  "range clause permits at most two iteration variables");
  if (!Lhs.empty())
    R->Key = std::move(Lhs[0]);
  if (Lhs.size() > 1)
    R->Value = std::move(Lhs[1]);
  R->X = parseExpr();
  return R;
}

// GoStmt = "go" Expression .
// DeferStmt = "defer" Expression .
StmtPtr Parser::parseCallStmt() {
  SourceLoc Loc = loc();
  bool IsGo = at(Tok::Go);
  next();
  ExprPtr X = parsePrimaryExpr(parseOperand());
  if (!isa<CallExpr>(X.get()))
    Diags.error(startLoc(X.get()), std::string("expression in ") +
                                       (IsGo ? "go" : "defer") +
                                       " must be function call");
  if (IsGo)
    return std::make_unique<GoStmt>(Loc, std::move(X));
  return std::make_unique<DeferStmt>(Loc, std::move(X));
}

// ReturnStmt = "return" [ ExpressionList ] .
StmtPtr Parser::parseReturnStmt() {
  auto R = std::make_unique<ReturnStmt>(loc());
  next();
  if (!at(Tok::Semicolon) && !at(Tok::RBrace))
    R->Results = parseExprList();
  return R;
}

// BreakStmt = "break" [ Label ] .
// ContinueStmt = "continue" [ Label ] .
// GotoStmt = "goto" Label .
// FallthroughStmt = "fallthrough" .
StmtPtr Parser::parseBranchStmt() {
  SourceLoc Loc = loc();
  Tok K = CurTok.Kind;
  next();
  IdentPtr Label;
  if (K == Tok::Goto ||
      ((K == Tok::Break || K == Tok::Continue) && at(Tok::Ident)))
    Label = parseIdent();
  return std::make_unique<BranchStmt>(Loc, K, std::move(Label));
}

/// Parses the header of an if, for or switch statement, the part between
/// the keyword and the "{", the way gc does.
Parser::Header Parser::parseHeader(Tok Keyword) {
  Header H;
  if (at(Tok::LBrace)) {
    if (Keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      H.Cond =
          std::make_unique<ExprStmt>(loc(), std::make_unique<BadExpr>(loc()));
    }
    return H;
  }
  int Outer = ExprLev;
  ExprLev = -1;
  if (!at(Tok::Semicolon)) {
    if (got(Tok::Var))
      syntaxError(std::string("var declaration not allowed in ") +
                  tokSpelling(Keyword).str() + " initializer");
    H.Init = parseSimpleStmt({}, Keyword);
    if (isa<RangeStmt>(H.Init.get())) {
      ExprLev = Outer;
      return H;
    }
  }
  if (at(Tok::LBrace)) {
    H.Cond = std::move(H.Init);
    ExprLev = Outer;
    return H;
  }
  SourceLoc SemiLoc;
  bool SemiImplicit = false;
  if (at(Tok::Semicolon)) {
    SemiLoc = loc();
    SemiImplicit = CurTok.Implicit;
    next();
  } else {
    // Asking for "{" rather than ";" gives the better message.
    want(Tok::LBrace);
    if (!at(Tok::LBrace))
      advance({Tok::LBrace, Tok::RBrace});
  }
  if (Keyword == Tok::For) {
    if (!at(Tok::Semicolon)) {
      if (at(Tok::LBrace)) {
        syntaxError("expecting for loop condition");
        ExprLev = Outer;
        return H;
      }
      H.Cond = parseSimpleStmt({}, Tok::Eof);
    }
    want(Tok::Semicolon);
    if (!at(Tok::LBrace)) {
      H.Post = parseSimpleStmt({}, Tok::Eof);
      auto *A = dyn_cast<AssignStmt>(H.Post.get());
      if (A && A->Op == Tok::Define)
        syntaxErrorAt(A->getLoc(),
                      "cannot declare in post statement of for loop");
    }
  } else if (!at(Tok::LBrace)) {
    H.Cond = parseSimpleStmt({}, Keyword);
  }
  if (!H.Cond && Keyword == Tok::If && SemiLoc.isValid()) {
    if (SemiImplicit)
      syntaxErrorAt(SemiLoc, "unexpected newline, expecting { after if clause");
    else
      syntaxErrorAt(SemiLoc, "missing condition in if statement");
  }
  ExprLev = Outer;
  return H;
}

/// Unpacks the condition of an if or for header, which must be an
/// expression statement.
ExprPtr Parser::condition(StmtPtr S, Tok Keyword) {
  if (!S)
    return nullptr;
  if (auto *E = dyn_cast<ExprStmt>(S.get()))
    return std::move(E->X);
  if (isa<BadStmt>(S.get()))
    return std::make_unique<BadExpr>(S->getLoc());
  std::string What = "assignment";
  if (auto *A = dyn_cast<AssignStmt>(S.get()))
    What = A->Op == Tok::Define ? "short variable declaration" : "assignment";
  else if (isa<SendStmt>(S.get()))
    What = "send statement";
  else if (isa<IncDecStmt>(S.get()))
    What = "increment statement";
  syntaxErrorAt(S->getLoc(), "cannot use " + What + " as value");
  (void)Keyword;
  return std::make_unique<BadExpr>(S->getLoc());
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block
//          [ "else" ( IfStmt | Block ) ] .
StmtPtr Parser::parseIfStmt() {
  ENTER_OR_RETURN(std::make_unique<BadStmt>(loc()));
  auto I = std::make_unique<IfStmt>(loc());
  next(); // if
  Header H = parseHeader(Tok::If);
  I->Init = std::move(H.Init);
  I->Cond = condition(std::move(H.Cond), Tok::If);
  I->Then = parseBlock("if clause");
  if (got(Tok::Else)) {
    if (at(Tok::If)) {
      I->Else = parseIfStmt();
    } else if (at(Tok::LBrace)) {
      I->Else = parseBlock("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
  }
  return I;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
StmtPtr Parser::parseForStmt() {
  SourceLoc Loc = loc();
  next(); // for
  Header H = parseHeader(Tok::For);
  if (auto *R = dyn_cast_or_null<RangeStmt>(H.Init.get())) {
    StmtPtr S = std::move(H.Init);
    R->Body = parseBlock("for clause");
    // The statement starts at "for", not at the range variables.
    auto Out = std::make_unique<RangeStmt>(Loc);
    Out->Key = std::move(R->Key);
    Out->Value = std::move(R->Value);
    Out->Op = R->Op;
    Out->X = std::move(R->X);
    Out->Body = std::move(R->Body);
    return Out;
  }
  auto F = std::make_unique<ForStmt>(Loc);
  F->Init = std::move(H.Init);
  F->Cond = condition(std::move(H.Cond), Tok::For);
  F->Post = std::move(H.Post);
  F->Body = parseBlock("for clause");
  return F;
}

/// Whether S is a type switch guard: x.(type) or v := x.(type).
static bool isTypeSwitchGuard(const Stmt *S) {
  auto IsGuardExpr = [](const Expr *E) {
    auto *T = dyn_cast<TypeAssertExpr>(E);
    return T && !T->Type;
  };
  if (auto *E = dyn_cast_or_null<ExprStmt>(S))
    return IsGuardExpr(E->X.get());
  if (auto *A = dyn_cast_or_null<AssignStmt>(S))
    return A->Op == Tok::Define && A->Lhs.size() == 1 &&
           isa<Ident>(A->Lhs[0].get()) && A->Rhs.size() == 1 &&
           IsGuardExpr(A->Rhs[0].get());
  return false;
}

// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ]
//                  "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard
//                  "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
StmtPtr Parser::parseSwitchStmt() {
  SourceLoc Loc = loc();
  next(); // switch
  Header H = parseHeader(Tok::Switch);
  bool TypeSwitch = isTypeSwitchGuard(H.Cond.get());
  BlockPtr Body = std::make_unique<BlockStmt>(loc());
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (!at(Tok::Eof) && !at(Tok::RBrace)) {
    StmtPtr C = parseCaseClause(TypeSwitch);
    if (!C)
      break;
    Body->List.push_back(std::move(C));
  }
  Body->RBrace = loc();
  want(Tok::RBrace);
  if (TypeSwitch) {
    auto S = std::make_unique<TypeSwitchStmt>(Loc);
    S->Init = std::move(H.Init);
    S->Assign = std::move(H.Cond);
    S->Body = std::move(Body);
    return S;
  }
  auto S = std::make_unique<SwitchStmt>(Loc);
  S->Init = std::move(H.Init);
  S->Tag = condition(std::move(H.Cond), Tok::Switch);
  S->Body = std::move(Body);
  return S;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// TypeCaseClause = TypeSwitchCase ":" StatementList .
// TypeSwitchCase = "case" TypeList | "default" .
StmtPtr Parser::parseCaseClause(bool TypeSwitch) {
  (void)TypeSwitch; // types parse as expressions
  auto C = std::make_unique<CaseClause>(loc());
  if (got(Tok::Case)) {
    C->List = parseExprList();
  } else if (got(Tok::Default)) {
    C->IsDefault = true;
  } else {
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    if (!at(Tok::Colon))
      return at(Tok::Case) || at(Tok::Default) ? std::move(C) : nullptr;
  }
  want(Tok::Colon);
  C->Body = parseStmtList();
  return C;
}

// SelectStmt = "select" "{" { CommClause } "}" .
StmtPtr Parser::parseSelectStmt() {
  auto S = std::make_unique<SelectStmt>(loc());
  next(); // select
  S->Body = std::make_unique<BlockStmt>(loc());
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (!at(Tok::Eof) && !at(Tok::RBrace)) {
    StmtPtr C = parseCommClause();
    if (!C)
      break;
    S->Body->List.push_back(std::move(C));
  }
  S->Body->RBrace = loc();
  want(Tok::RBrace);
  return S;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
StmtPtr Parser::parseCommClause() {
  auto C = std::make_unique<CommClause>(loc());
  if (got(Tok::Case)) {
    C->Comm = parseSimpleStmt({}, Tok::Eof);
  } else if (!got(Tok::Default)) {
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    if (!at(Tok::Colon))
      return at(Tok::Case) || at(Tok::Default) ? std::move(C) : nullptr;
  }
  want(Tok::Colon);
  C->Body = parseStmtList();
  return C;
}
