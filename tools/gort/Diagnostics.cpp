//===- Diagnostics.cpp - Error reporting ----------------------------------===//

#include "Diagnostics.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

using namespace gort;

void Diagnostics::error(SourceLoc Loc, const llvm::Twine &Msg) {
  llvm::raw_ostream &OS = llvm::errs();
  OS << FileName << ':' << Loc.Line << ':' << Loc.Col << ": error: ";
  if (NumErrors == MaxErrors) {
    // Stop here: later errors are usually consequences of earlier ones.
    OS << "too many errors\n";
    llvm::outs().flush();
    OS.flush();
    std::exit(1);
  }
  OS << Msg << '\n';
  ++NumErrors;
}
