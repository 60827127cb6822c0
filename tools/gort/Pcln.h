//===- Pcln.h - The pc table (gort_pclntab) of a linked program -*- C++ -*-===//
//
// The phase between gort's two links (docs/DESIGN.md, "The pc table"):
// reads the executable of link 1 and builds the table the runtime's
// symtab.cpp reads (layout in docs/ABI.md, "The pc table"), as the bytes
// of section gort_pclntab of a small object that link 2 adds.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_PCLN_H
#define GORT_PCLN_H

#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include <cstdint>
#include <string>
#include <vector>

namespace gort {

/// The table of the executable Exe for target Arch ("amd64", "386", "arm"),
/// into Table, and the same functions' names, files and lines as Go 1.2's
/// .gopclntab into GoTable; false after printing an error.
bool buildPclntab(const std::string &Arch, const std::string &Exe,
                  std::vector<uint8_t> &Table, std::vector<uint8_t> &GoTable);

/// The table of a program with no functions, which link 1 links (the
/// section exists, so link 2 only grows it).
std::vector<uint8_t> emptyPclntab(const std::string &Arch);

/// Writes an object whose section gort_pclntab ("aw") holds Table.
bool emitPclntabObject(llvm::TargetMachine &TM,
                       const std::vector<uint8_t> &Table,
                       const std::string &Path);

/// Fails with an internal error if any function symbol of New is not at its
/// address in Old (link 2 must not move code).
bool checkSameFunctions(const std::string &Old, const std::string &New);

/// Prints the table in Exe, one function a line:
///   ENTRY END NAME FILE:LINE (the line of the entry) flags=F
/// (gort build -dump-pclntab).
/// With FramesOf, also the frame of every pc of that function (by name).
bool dumpPclntab(const std::string &Exe, llvm::raw_ostream &OS,
                 llvm::StringRef FramesOf = {});

/// Adds GoTable to the executable Exe as section .gopclntab (not loaded),
/// and with StripDebug removes its .debug_* sections (-g0), in place.
bool finishExecutable(const std::string &Exe, bool StripDebug,
                      const std::vector<uint8_t> &GoTable);

} // namespace gort

#endif // GORT_PCLN_H
