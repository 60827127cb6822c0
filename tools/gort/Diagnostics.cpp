//===- Diagnostics.cpp - Error reporting ----------------------------------===//

#include "Diagnostics.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdlib>
#include <iterator>

using namespace gort;

void Diagnostics::addLineBase(SourceLoc At, std::string File, unsigned Line,
                              unsigned Col) {
  Bases.push_back({At, std::move(File), Line, Col});
}

/// As gc's syntax.Pos RelFilename, RelLine and RelCol.
PresumedLoc Diagnostics::presumed(SourceLoc Loc) const {
  auto It = std::upper_bound(
      Bases.begin(), Bases.end(), Loc,
      [](SourceLoc L, const LineBase &B) { return locBefore(L, B.At); });
  if (!Loc.isValid() || It == Bases.begin() ||
      std::prev(It)->At.File != Loc.File)
    return {fileName(Loc), Loc.Line, Loc.Col};
  const LineBase &B = *std::prev(It);
  PresumedLoc P{B.File, B.Line + (Loc.Line - B.At.Line), Loc.Col};
  if (B.Col == 0)
    P.Col = 0; // unknown until the next directive
  else if (Loc.Line == B.At.Line)
    P.Col = B.Col + (Loc.Col - B.At.Col);
  return P;
}

void Diagnostics::error(SourceLoc Loc, const llvm::Twine &Msg) {
  std::string Text = Msg.str();
  if (!llvm::StringRef(Text).starts_with("syntax error")) {
    // gc: only one of multiple equal errors on a line.
    if (Loc.isValid() && Loc.Line == LastLine && Loc.File == LastFile &&
        Text == LastMsg)
      return;
    LastLine = Loc.Line;
    LastFile = Loc.File;
    LastMsg = Text;
  }
  if (ErrorSink) {
    ++NumErrors;
    ErrorSink(*this, Loc, Text);
    return;
  }
  printLoc(Loc);
  llvm::errs() << Text << '\n';
  // Like gc, give up at the tenth error: later errors are usually
  // consequences of earlier ones.
  if (++NumErrors == MaxErrors) {
    printLoc(Loc);
    llvm::errs() << "too many errors\n";
    llvm::outs().flush();
    llvm::errs().flush();
    std::exit(1);
  }
}

/// As gc's syntax position_.String.
static std::string positionString(llvm::StringRef File, unsigned Line,
                                  unsigned Col) {
  if (Line == 0)
    return File.empty() ? "<unknown position>" : File.str();
  std::string S = (File + ":" + llvm::Twine(Line)).str();
  if (Col != 0)
    S += ":" + std::to_string(Col);
  return S;
}

std::string Diagnostics::posString(SourceLoc Loc) const {
  PresumedLoc P = presumed(Loc);
  std::string Rel = positionString(P.File, P.Line, P.Col);
  std::string Abs = positionString(fileName(Loc), Loc.Line, Loc.Col);
  return Rel == Abs ? Rel : Rel + "[" + Abs + "]";
}

/// Prints "file:line:col: error: " for Loc, without the column if the
/// line directive in effect gives none.
void Diagnostics::printLoc(SourceLoc Loc) const {
  PresumedLoc P = presumed(Loc);
  llvm::raw_ostream &OS = llvm::errs();
  OS << P.File << ':' << P.Line;
  if (P.Col != 0 || !Loc.isValid())
    OS << ':' << P.Col;
  OS << ": error: ";
}
