//===- Diagnostics.h - Source positions and error reporting ----*- C++ -*-===//
//
// Every phase reports problems through one Diagnostics object, which prints
// them as `file:line:col: error: msg` (lower-case, no trailing period) like
// clang and gc. Like gc, it gives up after MaxErrors errors so a cascade of
// follow-on errors cannot flood the terminal, and it drops an error equal to
// the previous one on the same line.
//
// Positions are physical (line and byte column in the file). A //line
// directive starts a line base (see Lexer.cpp): from its position on, gc
// reports positions relative to the file, line and column it names; presumed
// maps a physical position to that one, for errors and debug info alike.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_DIAGNOSTICS_H
#define GORT_DIAGNOSTICS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <string>
#include <vector>

namespace gort {

/// A position in a source file. Line and column are 1-based; columns count
/// bytes, as gc does. Line 0 means "no position". File is the index of the
/// file in its Diagnostics (addFile): 0 for the first one read.
struct SourceLoc {
  unsigned Line = 0;
  unsigned Col = 0;
  unsigned File = 0;

  SourceLoc() = default;
  SourceLoc(unsigned Line, unsigned Col, unsigned File = 0)
      : Line(Line), Col(Col), File(File) {}
  bool isValid() const { return Line != 0; }
};

/// Whether A comes before B: in an earlier file, line or column.
inline bool locBefore(SourceLoc A, SourceLoc B) {
  if (A.File != B.File)
    return A.File < B.File;
  return A.Line < B.Line || (A.Line == B.Line && A.Col < B.Col);
}

/// A position as gc reports it, after //line directives. Col 0 means the
/// column is unknown (a directive without one), Line 0 no position.
struct PresumedLoc {
  llvm::StringRef File;
  unsigned Line = 0;
  unsigned Col = 0;
};

class Diagnostics {
public:
  static constexpr unsigned MaxErrors = 10;

  /// FileName is file 0; a program of several files adds the others.
  explicit Diagnostics(std::string FileName) {
    FileNames.push_back(std::move(FileName));
  }
  /// Registers another source file; its positions carry the index returned.
  unsigned addFile(std::string Name) {
    FileNames.push_back(std::move(Name));
    return unsigned(FileNames.size() - 1);
  }

  /// Prints an error immediately. Msg may hold continuation lines, each
  /// after "\n\t" as gc prints them. The MaxErrors-th error is followed by
  /// "too many errors" at its position, and the process exits with status 1.
  void error(SourceLoc Loc, const llvm::Twine &Msg);

  /// The fuzzer's (Fuzz.cpp): errors go to a Sink instead of standard
  /// error, and the MaxErrors-th does not end the process (the phases go
  /// on; the caller stops after the first with errors).
  using Sink = void (*)(const Diagnostics &, SourceLoc, llvm::StringRef);
  void setSink(Sink S) { ErrorSink = S; }

  /// Starts a line base at At: positions from there on are presumed to be
  /// in File at Line (and Col, if not 0), counting on from At.
  void addLineBase(SourceLoc At, std::string File, unsigned Line,
                   unsigned Col);
  PresumedLoc presumed(SourceLoc Loc) const;
  /// The file name of the line base in effect at Loc.
  llvm::StringRef presumedFile(SourceLoc Loc) const {
    return presumed(Loc).File;
  }

  /// Loc as gc's syntax.Pos String, for a continuation line of an error
  /// (`\tx.go:5:7: previous case`): the presumed position, followed by the
  /// physical one in brackets if they differ.
  std::string posString(SourceLoc Loc) const;

  unsigned getNumErrors() const { return NumErrors; }
  bool hasErrors() const { return NumErrors != 0; }
  /// The name of file 0 (the only one of a one-file program).
  llvm::StringRef getFileName() const { return FileNames[0]; }
  /// The name of the file Loc is in, before //line directives.
  llvm::StringRef fileName(SourceLoc Loc) const {
    return Loc.File < FileNames.size() ? FileNames[Loc.File] : FileNames[0];
  }

private:
  void printLoc(SourceLoc Loc) const;

  struct LineBase {
    SourceLoc At;
    std::string File;
    unsigned Line, Col;
  };

  std::vector<std::string> FileNames; ///< indexed by SourceLoc::File
  std::vector<LineBase> Bases; ///< in the order of At (locBefore)
  unsigned NumErrors = 0;
  Sink ErrorSink = nullptr;
  /// The last error that is not a syntax error, for gc's rule above.
  unsigned LastLine = 0, LastFile = 0;
  std::string LastMsg;
};

} // namespace gort

#endif // GORT_DIAGNOSTICS_H
