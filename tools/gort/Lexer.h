//===- Lexer.h - Go tokens and the scanner ----------------------*- C++ -*-===//
//
// The lexer turns a Go source buffer into tokens, one at a time, applying
// Go's automatic semicolon rule: a newline (or end of file, or a comment that
// spans lines) after an identifier, a literal, one of the keywords break,
// continue, fallthrough, return, or one of ++ -- ) ] } becomes a ';' token.
// Lexical errors are reported and scanning goes on, so the lexer accepts any
// byte sequence without crashing.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_LEXER_H
#define GORT_LEXER_H

#include "Diagnostics.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace gort {

// X(Name, Spelling): every token kind. Literal kinds come right after Ident
// and keywords last; isLiteral and isKeyword rely on this order.
// clang-format off
#define GORT_TOKENS(X) \
  X(Eof, "EOF") \
  X(Ident, "name") \
  X(Int, "int") \
  X(Float, "float") \
  X(Imag, "imag") \
  X(Rune, "rune") \
  X(String, "string") \
  X(Add, "+") \
  X(Sub, "-") \
  X(Mul, "*") \
  X(Quo, "/") \
  X(Rem, "%") \
  X(And, "&") \
  X(Or, "|") \
  X(Xor, "^") \
  X(Shl, "<<") \
  X(Shr, ">>") \
  X(AndNot, "&^") \
  X(AddAssign, "+=") \
  X(SubAssign, "-=") \
  X(MulAssign, "*=") \
  X(QuoAssign, "/=") \
  X(RemAssign, "%=") \
  X(AndAssign, "&=") \
  X(OrAssign, "|=") \
  X(XorAssign, "^=") \
  X(ShlAssign, "<<=") \
  X(ShrAssign, ">>=") \
  X(AndNotAssign, "&^=") \
  X(LAnd, "&&") \
  X(LOr, "||") \
  X(Arrow, "<-") \
  X(Inc, "++") \
  X(Dec, "--") \
  X(Eql, "==") \
  X(Lss, "<") \
  X(Gtr, ">") \
  X(Assign, "=") \
  X(Not, "!") \
  X(Neq, "!=") \
  X(Leq, "<=") \
  X(Geq, ">=") \
  X(Define, ":=") \
  X(Ellipsis, "...") \
  X(Tilde, "~") \
  X(LParen, "(") \
  X(LBrack, "[") \
  X(LBrace, "{") \
  X(Comma, ",") \
  X(Period, ".") \
  X(RParen, ")") \
  X(RBrack, "]") \
  X(RBrace, "}") \
  X(Semicolon, ";") \
  X(Colon, ":") \
  X(Break, "break") \
  X(Case, "case") \
  X(Chan, "chan") \
  X(Const, "const") \
  X(Continue, "continue") \
  X(Default, "default") \
  X(Defer, "defer") \
  X(Else, "else") \
  X(Fallthrough, "fallthrough") \
  X(For, "for") \
  X(Func, "func") \
  X(Go, "go") \
  X(Goto, "goto") \
  X(If, "if") \
  X(Import, "import") \
  X(Interface, "interface") \
  X(Map, "map") \
  X(Package, "package") \
  X(Range, "range") \
  X(Return, "return") \
  X(Select, "select") \
  X(Struct, "struct") \
  X(Switch, "switch") \
  X(Type, "type") \
  X(Var, "var")
// clang-format on

enum class Tok : uint8_t {
#define GORT_TOK_ENUM(Name, Spelling) Name,
  GORT_TOKENS(GORT_TOK_ENUM)
#undef GORT_TOK_ENUM
};

/// The fixed spelling of a token kind: "+" for Add, "func" for Func, and a
/// class name ("name", "int", ...) for identifiers and literals.
llvm::StringRef tokSpelling(Tok K);
bool isKeyword(Tok K);
bool isLiteral(Tok K);

struct Token {
  Tok Kind = Tok::Eof;
  SourceLoc Loc;
  /// The source text. For an automatic semicolon it is "newline" or "EOF",
  /// for an explicit one "semicolon", which is how gc names them in errors.
  std::string Text;
  /// Decoded bytes of a string literal, or the UTF-8 encoding of a rune.
  std::string Value;
  uint32_t RuneValue = 0;
  /// True for a semicolon inserted by the automatic semicolon rule.
  bool Implicit = false;

  bool is(Tok K) const { return Kind == K; }
};

class Lexer {
public:
  /// FileId: the file's index in Diags (Diagnostics::addFile), which every
  /// position carries.
  Lexer(llvm::StringRef Buffer, Diagnostics &Diags, unsigned FileId = 0);

  /// Scans and returns the next token; returns Eof forever at the end.
  Token next();

  /// Whether a //go:noescape directive (at the start of a line) was the
  /// line before Line, as gc's pragma before a function declaration.
  bool noEscapeBefore(unsigned Line) const {
    return NoEscapeLines.count(Line - 1);
  }

private:
  /// Bytes gc's source reader reports and skips wherever they appear: NUL,
  /// invalid UTF-8 and a BOM after the start (a leading BOM is dropped
  /// silently). They are removed from Buf up front; each is reported when
  /// scanning reaches it, so errors stay in source order.
  struct Dropped {
    size_t At;      ///< offset in Buf of the byte that followed it
    size_t Removed; ///< bytes removed up to and including this one
    SourceLoc Loc;
    const char *Msg; ///< null for the leading BOM
  };
  void dropInvalid(llvm::StringRef Source);
  void reportDropped(size_t UpTo);
  size_t origOffset(size_t Offset) const;
  SourceLoc locAt(size_t Offset) const;
  int peekChar(size_t Ahead = 0) const;
  void error(size_t Offset, const llvm::Twine &Msg);
  void errorAt(size_t Offset, SourceLoc Loc, const llvm::Twine &Msg);
  bool skipWhitespaceAndComments(Token &Semi);
  void lineDirective(llvm::StringRef Text, SourceLoc At, SourceLoc TextLoc);
  void scanIdentifier(Token &T);
  void scanNumber(Token &T);
  void scanString(Token &T);
  void scanRawString(Token &T);
  void scanRune(Token &T);
  bool scanEscape(char Quote, std::string &Out, uint32_t &Value);
  void scanOperator(Token &T);
  bool scanDigits(unsigned Base, size_t &InvalidAt, bool &SawSep);

  llvm::StringRef Buf;
  Diagnostics &Diags;
  unsigned FileId;
  std::string Filtered; ///< the source without Drops, when there are any
  std::vector<Dropped> Drops;
  size_t NextDrop = 0; ///< the first of Drops not yet reported
  size_t Pos = 0;
  size_t LineStart = 0;
  unsigned Line = 1;
  /// Whether a newline here ends a statement (see the file comment).
  bool NeedSemi = false;
  std::set<unsigned> NoEscapeLines;
};

/// Decodes one UTF-8 sequence at S. Returns the code point and sets Len to
/// its length; an invalid sequence yields 0xFFFD with Len 1.
uint32_t decodeUTF8(llvm::StringRef S, unsigned &Len);
/// Appends the UTF-8 encoding of C to Out.
void encodeUTF8(uint32_t C, std::string &Out);
/// Quotes S as a Go interpreted string literal, escaping control characters
/// and invalid UTF-8 bytes, so any value prints on one line.
std::string quoteString(llvm::StringRef S);

} // namespace gort

#endif // GORT_LEXER_H
