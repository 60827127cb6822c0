//===- Lexer.cpp - Go scanner ---------------------------------------------===//
//
// A hand-written scanner following the Go specification's lexical grammar
// (Go 1.13+ number literals included). Error messages are gc's.
//
//===----------------------------------------------------------------------===//

#include "Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstring>
#include <iterator>

using namespace gort;
using llvm::StringRef;

StringRef gort::tokSpelling(Tok K) {
  switch (K) {
#define GORT_TOK_CASE(Name, Spelling)                                          \
  case Tok::Name:                                                              \
    return Spelling;
    GORT_TOKENS(GORT_TOK_CASE)
#undef GORT_TOK_CASE
  }
  return "?";
}

bool gort::isKeyword(Tok K) { return K >= Tok::Break; }

bool gort::isLiteral(Tok K) { return K >= Tok::Int && K <= Tok::String; }

uint32_t gort::decodeUTF8(StringRef S, unsigned &Len) {
  Len = 1;
  if (S.empty())
    return 0xFFFD;
  auto B = [&](size_t I) { return static_cast<unsigned char>(S[I]); };
  unsigned C = B(0);
  if (C < 0x80)
    return C;
  unsigned N;
  uint32_t Min;
  if ((C & 0xE0) == 0xC0) {
    N = 2, C &= 0x1F, Min = 0x80;
  } else if ((C & 0xF0) == 0xE0) {
    N = 3, C &= 0x0F, Min = 0x800;
  } else if ((C & 0xF8) == 0xF0) {
    N = 4, C &= 0x07, Min = 0x10000;
  } else {
    return 0xFFFD;
  }
  if (S.size() < N)
    return 0xFFFD;
  for (unsigned I = 1; I < N; ++I) {
    if ((B(I) & 0xC0) != 0x80)
      return 0xFFFD;
    C = (C << 6) | (B(I) & 0x3F);
  }
  // Overlong forms, surrogates and out-of-range values are all invalid.
  if (C < Min || C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
    return 0xFFFD;
  Len = N;
  return C;
}

void gort::encodeUTF8(uint32_t C, std::string &Out) {
  if (C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
    C = 0xFFFD;
  if (C < 0x80) {
    Out += char(C);
  } else if (C < 0x800) {
    Out += char(0xC0 | (C >> 6));
    Out += char(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += char(0xE0 | (C >> 12));
    Out += char(0x80 | ((C >> 6) & 0x3F));
    Out += char(0x80 | (C & 0x3F));
  } else {
    Out += char(0xF0 | (C >> 18));
    Out += char(0x80 | ((C >> 12) & 0x3F));
    Out += char(0x80 | ((C >> 6) & 0x3F));
    Out += char(0x80 | (C & 0x3F));
  }
}

std::string gort::quoteString(StringRef S) {
  std::string Out = "\"";
  for (size_t I = 0; I < S.size();) {
    unsigned char C = S[I];
    unsigned Len;
    uint32_t R = decodeUTF8(S.substr(I), Len);
    if (C >= 0x80 && !(R == 0xFFFD && Len == 1)) {
      Out += S.substr(I, Len).str(); // valid multi-byte UTF-8 stays readable
      I += Len;
      continue;
    }
    ++I;
    switch (C) {
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    case '\a':
      Out += "\\a";
      break;
    case '\b':
      Out += "\\b";
      break;
    case '\f':
      Out += "\\f";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\r':
      Out += "\\r";
      break;
    case '\t':
      Out += "\\t";
      break;
    case '\v':
      Out += "\\v";
      break;
    default:
      if (C >= 0x20 && C < 0x7F) {
        Out += char(C);
      } else {
        static const char Hex[] = "0123456789abcdef";
        Out += "\\x";
        Out += Hex[C >> 4];
        Out += Hex[C & 15];
      }
    }
  }
  return Out + "\"";
}

/// Approximates strconv.IsPrint.
static bool isPrintable(uint32_t C) {
  return C >= 0x20 && C != 0x7F && !(C >= 0x80 && C < 0xA0) &&
         !(C >= 0xD800 && C < 0xE000) && C <= 0x10FFFF && C != 0xFFFD &&
         C != 0xFEFF;
}

/// Formats a code point the way Go's %#U does: U+0040 '@'.
static std::string formatCodePoint(uint32_t C) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << llvm::format("U+%04X", C);
  if (isPrintable(C)) {
    OS << " '";
    OS.flush();
    encodeUTF8(C, S);
    S += '\'';
  }
  return S;
}

/// Formats a code point the way Go's %q does: 'g', '\n', '\x00'.
static std::string quoteRune(uint32_t C) {
  static const char Escapes[] = "\aa\bb\ff\nn\rr\tt\vv\\\\''";
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << '\'';
  for (const char *E = Escapes; *E; E += 2)
    if (uint32_t(*E) == C) {
      OS << '\\' << E[1] << '\'';
      return OS.str();
    }
  if (C < 0x20 || C == 0x7F)
    OS << llvm::format("\\x%02x", C);
  else if (isPrintable(C))
    encodeUTF8(C, OS.str());
  else
    OS << llvm::format(C < 0x10000 ? "\\u%04x" : "\\U%08x", C);
  OS << '\'';
  return OS.str();
}

/// Approximates unicode.IsLetter for non-ASCII code points: everything except
/// the common punctuation, space and symbol blocks. Without Unicode tables
/// this errs on the side of accepting.
static bool isUnicodeLetter(uint32_t C) {
  if (C < 0x80)
    return llvm::isAlpha(C) || C == '_';
  if (C >= 0xA0 && C <= 0xBF)
    return C == 0xAA || C == 0xB5 || C == 0xBA;
  if (C == 0xD7 || C == 0xF7 || C == 0xFEFF || C == 0xFFFD)
    return false;
  if ((C >= 0x2000 && C <= 0x2BFF) || (C >= 0x3000 && C <= 0x303F) ||
      (C >= 0xFF00 && C <= 0xFF0F) || (C >= 0xE000 && C <= 0xF8FF))
    return false;
  return true;
}

static bool isDecimal(int C) { return C >= '0' && C <= '9'; }
static bool isHex(int C) {
  return isDecimal(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}
static int lower(int C) { return C | 0x20; }

Lexer::Lexer(StringRef Buffer, Diagnostics &Diags, unsigned FileId)
    : Buf(Buffer), Diags(Diags), FileId(FileId) {
  dropInvalid(Buffer);
}

/// Removes the bytes gc's reader rejects (see Dropped) from the buffer,
/// remembering where each was. Columns still count them, as in gc.
void Lexer::dropInvalid(StringRef Source) {
  unsigned L = 1;
  size_t LS = 0, Kept = 0; // line start; start of the bytes not yet copied
  for (size_t I = 0; I < Source.size();) {
    unsigned char C = Source[I];
    if (C == '\n') {
      ++L;
      LS = ++I;
      continue;
    }
    unsigned Len = 1;
    const char *Msg;
    if (C == 0) {
      Msg = "invalid NUL character";
    } else if (C < 0x80) {
      ++I;
      continue;
    } else {
      uint32_t R = decodeUTF8(Source.substr(I), Len);
      if (R == 0xFFFD && Len == 1)
        Msg = "invalid UTF-8 encoding";
      else if (R == 0xFEFF)
        Msg = I == 0 ? nullptr : "invalid BOM in the middle of the file";
      else {
        I += Len;
        continue;
      }
    }
    Filtered += Source.substr(Kept, I - Kept);
    size_t Removed = (Drops.empty() ? 0 : Drops.back().Removed) + Len;
    Drops.push_back({Filtered.size(), Removed,
                     SourceLoc(L, unsigned(I - LS + 1), FileId), Msg});
    I += Len;
    Kept = I;
  }
  if (Drops.empty())
    return;
  Filtered += Source.substr(Kept);
  Buf = Filtered;
}

/// Reports the dropped bytes that lie before offset UpTo of Buf.
void Lexer::reportDropped(size_t UpTo) {
  for (; NextDrop < Drops.size() && Drops[NextDrop].At <= UpTo; ++NextDrop)
    if (Drops[NextDrop].Msg)
      Diags.error(Drops[NextDrop].Loc, Drops[NextDrop].Msg);
}

/// The offset in the original source of the byte at Offset of Buf.
size_t Lexer::origOffset(size_t Offset) const {
  auto It = std::upper_bound(
      Drops.begin(), Drops.end(), Offset,
      [](size_t O, const Dropped &D) { return O < D.At; });
  return It == Drops.begin() ? Offset : Offset + std::prev(It)->Removed;
}

SourceLoc Lexer::locAt(size_t Offset) const {
  if (Drops.empty())
    return SourceLoc(Line, unsigned(Offset - LineStart + 1), FileId);
  // The line starts after its newline, before any byte dropped there.
  size_t Start = LineStart == 0 ? 0 : origOffset(LineStart - 1) + 1;
  return SourceLoc(Line, unsigned(origOffset(Offset) - Start + 1), FileId);
}

int Lexer::peekChar(size_t Ahead) const {
  size_t I = Pos + Ahead;
  return I < Buf.size() ? static_cast<unsigned char>(Buf[I]) : -1;
}

void Lexer::error(size_t Offset, const llvm::Twine &Msg) {
  errorAt(Offset, locAt(Offset), Msg);
}

/// Reports an error at Loc, which is where Offset was (the line may have
/// changed since), after the dropped bytes before it.
void Lexer::errorAt(size_t Offset, SourceLoc Loc, const llvm::Twine &Msg) {
  reportDropped(Offset);
  Diags.error(Loc, Msg);
}

/// Skips blanks and comments. Returns true, with Semi filled in, when a
/// newline must become a semicolon.
bool Lexer::skipWhitespaceAndComments(Token &Semi) {
  auto MakeSemi = [&](size_t At) {
    Semi.Kind = Tok::Semicolon;
    Semi.Loc = locAt(At);
    Semi.Text = "newline";
    Semi.Implicit = true;
    NeedSemi = false;
    return true;
  };
  for (;;) {
    reportDropped(Pos);
    int C = peekChar();
    if (C == ' ' || C == '\t' || C == '\r') {
      ++Pos;
    } else if (C == '\n') {
      if (NeedSemi)
        return MakeSemi(Pos);
      ++Pos;
      ++Line;
      LineStart = Pos;
    } else if (C == '/' && peekChar(1) == '/') {
      // Skip to the newline, which then inserts the semicolon (at the
      // newline's position, as in gc).
      size_t Start = Pos;
      SourceLoc StartLoc = locAt(Start);
      while (Pos < Buf.size() && Buf[Pos] != '\n')
        ++Pos;
      // //line directives count only at the start of a line.
      StringRef Text = Buf.slice(Start + 2, Pos);
      Text.consume_back("\r");
      if (StartLoc.Col == 1 && Text.consume_front("line "))
        lineDirective(Text, SourceLoc(StartLoc.Line + 1, 1, FileId),
                      SourceLoc(StartLoc.Line, StartLoc.Col + 7, FileId));
      else if (StartLoc.Col == 1 && Text.rtrim() == "go:noescape")
        NoEscapeLines.insert(Line);
    } else if (C == '/' && peekChar(1) == '*') {
      size_t Start = Pos;
      SourceLoc StartLoc = locAt(Start);
      bool SawNewline = false;
      Pos += 2;
      for (;;) {
        if (Pos >= Buf.size()) {
          errorAt(Start, StartLoc, "comment not terminated");
          break;
        }
        if (Buf[Pos] == '*' && peekChar(1) == '/') {
          Pos += 2;
          // A /*line*/ directive may be anywhere; its base starts right
          // after it.
          StringRef Text = Buf.slice(Start + 2, Pos - 2);
          unsigned Len = unsigned(origOffset(Pos) - origOffset(Start));
          if (Text.consume_front("line "))
            lineDirective(Text,
                          SourceLoc(StartLoc.Line, StartLoc.Col + Len, FileId),
                          SourceLoc(StartLoc.Line, StartLoc.Col + 7, FileId));
          break;
        }
        if (Buf[Pos] == '\n') {
          SawNewline = true;
          ++Line;
          LineStart = Pos + 1;
        }
        ++Pos;
      }
      if ((SawNewline || Pos >= Buf.size()) && NeedSemi) {
        Semi.Kind = Tok::Semicolon;
        Semi.Loc = StartLoc;
        Semi.Text = Pos >= Buf.size() ? "EOF" : "newline";
        Semi.Implicit = true;
        NeedSemi = false;
        return true;
      }
    } else {
      return false;
    }
  }
}

/// Splits ":digits" off the end of Text as gc's trailingDigits does:
/// returns the offset after the colon (0 if there is none) and sets N, and
/// Ok if the digits make a number.
static size_t trailingDigits(StringRef Text, unsigned long long &N,
                             bool &Ok) {
  size_t I = Text.rfind(':');
  if (I == StringRef::npos)
    return 0;
  StringRef Digits = Text.substr(I + 1);
  Ok = !Digits.empty() && Digits.find_first_not_of("0123456789") ==
                              StringRef::npos &&
       !Digits.getAsInteger(10, N);
  return I + 1;
}

/// A line directive, `line FILE:LINE` or `line FILE:LINE:COL` (Text is
/// what follows "line ", at TextLoc): from At on, positions are reported
/// relative to FILE, LINE and COL, as gc's parser.updateBase does. Text
/// without a colon is an ordinary comment.
void Lexer::lineDirective(StringRef Text, SourceLoc At, SourceLoc TextLoc) {
  constexpr unsigned long long PosMax = 1u << 30;
  auto Invalid = [&](size_t I, const char *What) {
    reportDropped(Pos);
    Diags.error(SourceLoc(TextLoc.Line, TextLoc.Col + unsigned(I), FileId),
                llvm::Twine("invalid ") + What + " number: " + Text.substr(I));
  };
  unsigned long long N = 0, N2 = 0, Line, Col = 0;
  bool Ok = false, Ok2 = false;
  size_t I = trailingDigits(Text, N, Ok);
  if (I == 0)
    return;
  if (!Ok)
    return Invalid(I, "line");
  size_t I2 = trailingDigits(Text.substr(0, I - 1), N2, Ok2);
  if (Ok2) { // FILE:LINE:COL
    std::swap(I, I2);
    Line = N2, Col = N;
    if (Col == 0 || Col > PosMax)
      return Invalid(I2, "column");
    Text = Text.substr(0, I2 - 1);
  } else { // FILE:LINE
    Line = N;
  }
  if (Line == 0 || Line > PosMax)
    return Invalid(I, "line");
  std::string File = Text.substr(0, I - 1).str();
  // With a column, an empty file name means the current one.
  if (File.empty() && Ok2)
    File = Diags.presumedFile(TextLoc).str();
  Diags.addLineBase(At, std::move(File), unsigned(Line), unsigned(Col));
}

Token Lexer::next() {
  Token T;
  if (skipWhitespaceAndComments(T))
    return T;
  size_t Start = Pos;
  T.Loc = locAt(Start);
  if (Pos >= Buf.size()) {
    if (NeedSemi) {
      NeedSemi = false;
      T.Kind = Tok::Semicolon;
      T.Text = "EOF";
      T.Implicit = true;
      return T;
    }
    T.Kind = Tok::Eof;
    T.Text = "EOF";
    return T;
  }
  int C = peekChar();
  unsigned Len;
  if (C >= 0x80 || llvm::isAlpha(C) || C == '_') {
    uint32_t R = decodeUTF8(Buf.substr(Pos), Len);
    if (isUnicodeLetter(R) && !(R == 0xFFFD && Len == 1)) {
      scanIdentifier(T);
      reportDropped(Pos - 1);
      return T;
    }
  } else if (isDecimal(C) || (C == '.' && isDecimal(peekChar(1)))) {
    scanNumber(T);
  } else if (C == '"') {
    scanString(T);
  } else if (C == '`') {
    scanRawString(T);
  } else if (C == '\'') {
    scanRune(T);
  } else {
    scanOperator(T);
  }
  if (Pos != Start) {
    T.Text = Buf.substr(Start, Pos - Start).str();
    reportDropped(Pos - 1); // those inside the token
    return T;
  }
  // Nothing matched: report the character and skip it. (Invalid UTF-8, NUL
  // and BOM never get here: dropInvalid took them out.)
  uint32_t R = decodeUTF8(Buf.substr(Pos), Len);
  error(Pos, "invalid character " + formatCodePoint(R));
  Pos += Len;
  return next();
}

void Lexer::scanIdentifier(Token &T) {
  size_t Start = Pos;
  while (Pos < Buf.size()) {
    unsigned Len;
    uint32_t R = decodeUTF8(Buf.substr(Pos), Len);
    if (!(isUnicodeLetter(R) && !(R == 0xFFFD && Len == 1)) && !isDecimal(R))
      break;
    Pos += Len;
  }
  T.Text = Buf.substr(Start, Pos - Start).str();
  T.Kind = Tok::Ident;
  for (unsigned K = unsigned(Tok::Break); K <= unsigned(Tok::Var); ++K)
    if (T.Text == tokSpelling(Tok(K)))
      T.Kind = Tok(K);
  NeedSemi = T.Kind == Tok::Ident || T.Kind == Tok::Break ||
             T.Kind == Tok::Continue || T.Kind == Tok::Fallthrough ||
             T.Kind == Tok::Return;
}

/// Scans digits and '_' of the given base (any decimal digit for bases up to
/// 10, so that "invalid digit" can be reported). Returns whether any digit
/// was seen; records the first digit that is invalid for Base.
bool Lexer::scanDigits(unsigned Base, size_t &InvalidAt, bool &SawSep) {
  bool Any = false;
  for (;;) {
    int C = peekChar();
    if (C == '_') {
      SawSep = true;
    } else if (Base <= 10 ? isDecimal(C) : isHex(C)) {
      if (Base < 10 && unsigned(C - '0') >= Base && InvalidAt == size_t(-1))
        InvalidAt = Pos;
      Any = true;
    } else {
      return Any;
    }
    ++Pos;
  }
}

static const char *litName(int Prefix) {
  switch (Prefix) {
  case 'x':
    return "hexadecimal literal";
  case 'o':
  case '0':
    return "octal literal";
  case 'b':
    return "binary literal";
  default:
    return "decimal literal";
  }
}

/// Checks the placement of '_' in a number literal: it may only separate
/// digits, or follow a base prefix. Returns the offset of the first
/// misplaced '_', or -1.
static size_t invalidSeparator(StringRef S) {
  int X1 = ' '; // the base prefix letter, if any
  int D = '.';  // class of the previous char: '_', '0' (digit) or '.'
  size_t I = 0;
  if (S.size() >= 2 && S[0] == '0') {
    X1 = lower(S[1]);
    if (X1 == 'x' || X1 == 'o' || X1 == 'b') {
      D = '0'; // a prefix counts as a digit
      I = 2;
    }
  }
  for (; I < S.size(); ++I) {
    int P = D;
    D = S[I];
    if (D == '_') {
      if (P != '0')
        return I;
    } else if (isDecimal(D) || (X1 == 'x' && isHex(D))) {
      D = '0';
    } else {
      if (P == '_')
        return I - 1;
      D = '.';
    }
  }
  return D == '_' ? S.size() - 1 : size_t(-1);
}

void Lexer::scanNumber(Token &T) {
  size_t Start = Pos;
  unsigned Base = 10;
  int Prefix = 0;
  bool SawSep = false, Any = false;
  size_t InvalidAt = size_t(-1);
  T.Kind = Tok::Int;
  NeedSemi = true;

  if (peekChar() == '0') {
    ++Pos;
    switch (lower(peekChar())) {
    case 'x':
      ++Pos, Base = 16, Prefix = 'x';
      break;
    case 'o':
      ++Pos, Base = 8, Prefix = 'o';
      break;
    case 'b':
      ++Pos, Base = 2, Prefix = 'b';
      break;
    default:
      Base = 8, Prefix = '0', Any = true; // the leading 0 counts as a digit
    }
  }
  Any |= scanDigits(Base, InvalidAt, SawSep);
  if (peekChar() == '.') {
    if (Prefix == 'o' || Prefix == 'b')
      error(Pos, llvm::Twine("invalid radix point in ") + litName(Prefix));
    ++Pos;
    T.Kind = Tok::Float;
    Any |= scanDigits(Base, InvalidAt, SawSep);
  }
  if (!Any)
    error(Pos, llvm::Twine(litName(Prefix)) + " has no digits");

  int E = lower(peekChar());
  if (E == 'e' || E == 'p') {
    if (E == 'e' && Prefix != 0 && Prefix != '0')
      error(Pos, llvm::Twine("'e' exponent requires decimal mantissa"));
    else if (E == 'p' && Prefix != 'x')
      error(Pos, llvm::Twine("'p' exponent requires hexadecimal mantissa"));
    ++Pos;
    T.Kind = Tok::Float;
    if (peekChar() == '+' || peekChar() == '-')
      ++Pos;
    size_t Ignored = size_t(-1);
    if (!scanDigits(10, Ignored, SawSep))
      error(Pos, "exponent has no digits");
  } else if (Prefix == 'x' && T.Kind == Tok::Float) {
    error(Start, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (peekChar() == 'i') {
    ++Pos;
    T.Kind = Tok::Imag;
  }
  // 089 is an invalid octal int, but 089.5 and 089i are fine decimals.
  if (T.Kind == Tok::Int && InvalidAt != size_t(-1))
    error(InvalidAt, llvm::Twine("invalid digit '") + Buf.substr(InvalidAt, 1) +
                         "' in " + litName(Prefix));
  if (SawSep) {
    size_t Bad = invalidSeparator(Buf.substr(Start, Pos - Start));
    if (Bad != size_t(-1))
      error(Start + Bad, "'_' must separate successive digits");
  }
}

/// Scans the escape after a backslash (at Pos) in a literal quoted by Quote,
/// appending the bytes it denotes and setting Value to the byte or code point.
/// Returns false after reporting an error.
bool Lexer::scanEscape(char Quote, std::string &Out, uint32_t &Value) {
  size_t Start = Pos - 1; // the backslash
  int C = peekChar();
  unsigned N, Base;
  uint32_t Max;
  switch (C) {
  case 'a':
  case 'b':
  case 'f':
  case 'n':
  case 'r':
  case 't':
  case 'v':
  case '\\': {
    static const char Simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    ++Pos;
    Value = static_cast<unsigned char>(std::strchr(Simple, C)[1]);
    Out += char(Value);
    return true;
  }
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    N = 3, Base = 8, Max = 255;
    break;
  case 'x':
    ++Pos, N = 2, Base = 16, Max = 255;
    break;
  case 'u':
    ++Pos, N = 4, Base = 16, Max = 0x10FFFF;
    break;
  case 'U':
    ++Pos, N = 8, Base = 16, Max = 0x10FFFF;
    break;
  default:
    if (C == Quote) {
      ++Pos;
      Value = Quote;
      Out += Quote;
      return true;
    }
    if (C < 0)
      return false; // the caller reports the unterminated literal
    error(Pos, "unknown escape");
    return false;
  }
  uint32_t X = 0;
  for (unsigned I = 0; I < N; ++I) {
    int D = peekChar();
    if (D < 0)
      return false;
    unsigned V = isDecimal(D) ? D - '0' : isHex(D) ? lower(D) - 'a' + 10 : 99;
    if (V >= Base) {
      unsigned Len;
      error(Pos, llvm::Twine("invalid character ") +
                     quoteRune(decodeUTF8(Buf.substr(Pos), Len)) +
                     " in " + (Base == 8 ? "octal" : "hexadecimal") +
                     " escape");
      return false;
    }
    X = X * Base + V;
    ++Pos;
  }
  if (X > Max && Base == 8) {
    error(Pos, "octal escape value " + llvm::Twine(X) + " > 255");
    return false;
  }
  if (X > Max || (X >= 0xD800 && X < 0xE000)) {
    error(Start, "escape is invalid Unicode code point " + formatCodePoint(X));
    return false;
  }
  Value = X;
  if (C == 'u' || C == 'U')
    encodeUTF8(X, Out);
  else
    Out += char(X);
  return true;
}

void Lexer::scanString(Token &T) {
  size_t Start = Pos++;
  T.Kind = Tok::String;
  NeedSemi = true;
  uint32_t Ignored;
  for (;;) {
    int C = peekChar();
    if (C == '"') {
      ++Pos;
      return;
    }
    if (C == '\n') {
      error(Pos, "newline in string");
      return;
    }
    if (C < 0) {
      error(Start, "string not terminated");
      return;
    }
    ++Pos;
    if (C == '\\')
      scanEscape('"', T.Value, Ignored);
    else
      T.Value += char(C);
  }
}

void Lexer::scanRawString(Token &T) {
  size_t Start = Pos++;
  SourceLoc StartLoc = locAt(Start);
  T.Kind = Tok::String;
  NeedSemi = true;
  for (;;) {
    int C = peekChar();
    if (C < 0) {
      errorAt(Start, StartLoc, "string not terminated");
      return;
    }
    ++Pos;
    if (C == '`')
      return;
    if (C == '\n') {
      ++Line;
      LineStart = Pos;
    }
    if (C != '\r') // carriage returns are discarded from raw strings
      T.Value += char(C);
  }
}

void Lexer::scanRune(Token &T) {
  size_t Start = Pos++;
  T.Kind = Tok::Rune;
  NeedSemi = true;
  unsigned N = 0;
  bool Ok = true;
  for (;;) {
    int C = peekChar();
    if (C == '\'') {
      ++Pos;
      if (Ok && N == 0)
        error(Pos - 1, "empty rune literal or unescaped '");
      else if (Ok && N != 1)
        error(Start, "more than one character in rune literal");
      break;
    }
    if (C == '\n') {
      error(Pos, "newline in rune literal");
      break;
    }
    if (C < 0) {
      error(Start, "rune literal not terminated");
      break;
    }
    if (C == '\\') {
      ++Pos;
      std::string Ignored;
      Ok &= scanEscape('\'', Ignored, T.RuneValue);
    } else {
      unsigned Len;
      T.RuneValue = decodeUTF8(Buf.substr(Pos), Len);
      Pos += Len;
    }
    ++N;
  }
  encodeUTF8(T.RuneValue, T.Value);
}

void Lexer::scanOperator(Token &T) {
  // Longest match first; Pos advances past the operator.
  static const struct {
    const char *Text;
    Tok Kind;
  } Ops[] = {
      {"<<=", Tok::ShlAssign},
      {">>=", Tok::ShrAssign},
      {"&^=", Tok::AndNotAssign},
      {"...", Tok::Ellipsis},
      {"+=", Tok::AddAssign},
      {"-=", Tok::SubAssign},
      {"*=", Tok::MulAssign},
      {"/=", Tok::QuoAssign},
      {"%=", Tok::RemAssign},
      {"&=", Tok::AndAssign},
      {"|=", Tok::OrAssign},
      {"^=", Tok::XorAssign},
      {"<<", Tok::Shl},
      {">>", Tok::Shr},
      {"&^", Tok::AndNot},
      {"&&", Tok::LAnd},
      {"||", Tok::LOr},
      {"<-", Tok::Arrow},
      {"++", Tok::Inc},
      {"--", Tok::Dec},
      {"==", Tok::Eql},
      {"!=", Tok::Neq},
      {"<=", Tok::Leq},
      {">=", Tok::Geq},
      {":=", Tok::Define},
      {"+", Tok::Add},
      {"-", Tok::Sub},
      {"*", Tok::Mul},
      {"/", Tok::Quo},
      {"%", Tok::Rem},
      {"&", Tok::And},
      {"|", Tok::Or},
      {"^", Tok::Xor},
      {"<", Tok::Lss},
      {">", Tok::Gtr},
      {"=", Tok::Assign},
      {"!", Tok::Not},
      {"~", Tok::Tilde},
      {"(", Tok::LParen},
      {"[", Tok::LBrack},
      {"{", Tok::LBrace},
      {",", Tok::Comma},
      {".", Tok::Period},
      {")", Tok::RParen},
      {"]", Tok::RBrack},
      {"}", Tok::RBrace},
      {";", Tok::Semicolon},
      {":", Tok::Colon},
  };
  StringRef Rest = Buf.substr(Pos);
  for (const auto &Op : Ops) {
    if (!Rest.starts_with(Op.Text))
      continue;
    T.Kind = Op.Kind;
    Pos += std::strlen(Op.Text);
    NeedSemi = T.Kind == Tok::Inc || T.Kind == Tok::Dec ||
               T.Kind == Tok::RParen || T.Kind == Tok::RBrack ||
               T.Kind == Tok::RBrace;
    return;
  }
}
