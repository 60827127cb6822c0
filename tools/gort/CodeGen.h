//===- CodeGen.h - LLVM IR from the checked AST -----------------*- C++ -*-===//
//
// CodeGen turns a checked program (and Sema's side tables) into LLVM
// modules for one target: one per package for an executable's objects, or
// one for the whole program (CodeGenOptions::Only). The module calls the
// runtime only through the entry points of runtime/include/gort/runtime.def
// (the rows gort.h declares), by their Go ELF names; see RuntimeEntries.h.
//
// The code generator is one class (CGInternal.h) split into one file per
// kind of construct; CodeGen.cpp lists them, and each opens with the design
// of its part: how Go values map to LLVM values (CGTypes.cpp), closures
// (CGDecl.cpp), `go` and `defer` (CGCall.cpp), runtime calls
// (CGRuntime.cpp), DWARF (CGDebugInfo.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef GORT_CODEGEN_H
#define GORT_CODEGEN_H

#include "AST.h"
#include "Diagnostics.h"
#include "Packages.h"
#include "Sema.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include <memory>
#include <string>

namespace gort {

struct CodeGenOptions {
  std::string FileName;  ///< the source file as given on the command line
  bool Debug = true;     ///< emit DWARF (DW_LANG_Go)
  bool Optimized = true; ///< recorded in the compile unit
  /// The package whose module this is (one module, one object per
  /// package: docs/DESIGN.md, "Packages and the build cache"): its
  /// functions, variables and init are defined, every other package's
  /// declared. Null: the whole program in one module (-emit=llvm etc.).
  const Package *Only = nullptr;
};

/// Generates the module for program P (or its package Opts.Only). The module's data layout and
/// triple must be set by the caller (they decide int's size and the C ABI
/// of runtime calls). Returns false after reporting errors (constructs that Sema
/// accepts but code generation does not support yet).
bool generateCode(const Program &P, SemaInfo &Info, Diagnostics &Diags,
                  llvm::Module &M, const CodeGenOptions &Opts);

} // namespace gort

#endif // GORT_CODEGEN_H
