//===- Packages.h - A program's packages found and read --------*- C++ -*-===//
//
// A program is package main, from the files or the directory on the
// command line, and the library packages it imports, transitively. An
// import path names a folder of the library, <root>/<import path>/ (root:
// libraryRoot), whose *.go files except *_test.go, sorted by name, are the
// package. runtime and sync are built into the checker
// (SemaUniverse.cpp) and never read from the library.
//
// loadProgram parses every file (each registered with the Diagnostics, so
// positions name their file), checks that a package's files agree on its
// name, and returns the packages in dependency order, main last: each
// package comes after every package it imports, so checking and
// initializing them in this order is Go's. Errors, in gc's and the go
// command's words:
//   a.go:3:8: error: package foo is not in std (/src/golib/foo)
//   b.go:3:8: error: import cycle not allowed
//   b.go:1:1: error: package foo; expected main
//
//===----------------------------------------------------------------------===//

#ifndef GORT_PACKAGES_H
#define GORT_PACKAGES_H

#include "Diagnostics.h"
#include "Sema.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>
#include <vector>

/// The source tree's library (CMakeLists.txt defines it).
#ifndef GORT_GOLIB_DIR
#define GORT_GOLIB_DIR "golib"
#endif

namespace gort {

struct Program {
  /// In dependency order: every package after those it imports; main last.
  std::vector<std::unique_ptr<Package>> Packages;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Sources;
  Package &main() { return *Packages.back(); }
};

/// The library's root: $GORTROOT/golib if GORTROOT is set, else the source
/// tree's golib, compiled in (GORT_GOLIB_DIR).
std::string libraryRoot();

/// The .go files of directory Dir that a build takes (not *_test.go),
/// sorted; false if Dir cannot be read.
bool goFilesIn(llvm::StringRef Dir, std::vector<std::string> &Files);

/// Reads and parses package main from Files (Diags was made with Files[0])
/// and, if Imports, the library packages it imports from Root. Returns
/// false after reporting errors.
bool loadProgram(const std::vector<std::string> &Files, llvm::StringRef Root,
                 Diagnostics &Diags, Program &P, bool Imports = true);

} // namespace gort

#endif // GORT_PACKAGES_H
