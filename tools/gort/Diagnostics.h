//===- Diagnostics.h - Source positions and error reporting ----*- C++ -*-===//
//
// Every phase reports problems through one Diagnostics object, which prints
// them as `file:line:col: error: msg` (lower-case, no trailing period) like
// clang and gc. Like gc, it gives up after MaxErrors errors so a cascade of
// follow-on errors cannot flood the terminal.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_DIAGNOSTICS_H
#define GORT_DIAGNOSTICS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <string>

namespace gort {

/// A position in the source file. Line and column are 1-based; columns count
/// bytes, as gc does. Line 0 means "no position".
struct SourceLoc {
  unsigned Line = 0;
  unsigned Col = 0;

  SourceLoc() = default;
  SourceLoc(unsigned Line, unsigned Col) : Line(Line), Col(Col) {}
  bool isValid() const { return Line != 0; }
};

class Diagnostics {
public:
  static constexpr unsigned MaxErrors = 10;

  explicit Diagnostics(std::string FileName) : FileName(std::move(FileName)) {}

  /// Prints an error immediately. The (MaxErrors+1)-th error is replaced by
  /// "too many errors" and the process exits with status 1.
  void error(SourceLoc Loc, const llvm::Twine &Msg);

  unsigned getNumErrors() const { return NumErrors; }
  bool hasErrors() const { return NumErrors != 0; }
  llvm::StringRef getFileName() const { return FileName; }

private:
  std::string FileName;
  unsigned NumErrors = 0;
};

} // namespace gort

#endif // GORT_DIAGNOSTICS_H
