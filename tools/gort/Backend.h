//===- Backend.h - Targets, optimization, objects and linking ---*- C++ -*-===//
//
// Everything after code generation: the TargetMachine of each gort target
// (the one place that maps amd64/386/arm to a triple, CPU and features),
// LLVM's standard optimization pipeline, object and assembly emission
// (objects without the split-stack notes), and the static link with libgort.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_BACKEND_H
#define GORT_BACKEND_H

#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>
#include <string>
#include <vector>

namespace gort {

/// The TargetMachine for "amd64", "386" or "arm"; null after printing an
/// error.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const std::string &Arch,
                                                         unsigned OptLevel);

/// The size in bits of int, uint, uintptr and pointers on "amd64" (64),
/// "386" or "arm" (32); 0 for an unknown target.
unsigned targetWordBits(const std::string &Arch);

/// Runs LLVM's default per-module pipeline for -O0, -O1 or -O2; with Race,
/// ThreadSanitizer's instrumentation at its end (Race.cpp).
void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM, unsigned OptLevel,
                    bool Race = false);

/// Marks M's functions for ThreadSanitizer and registers its passes, with
/// gort's preparation before them, at the end of PB's pipelines (Race.cpp).
void addRacePasses(llvm::Module &M, llvm::PassBuilder &PB);

/// Writes an object file (or assembly, when Asm) to Path ("-": stdout).
/// An object goes without .note.GNU-split-stack and
/// .note.GNU-no-split-stack, so that no linker rewrites calls between split
/// and non-split code (../shared/docs/split-stacks.md). Path is only opened
/// and written: it may be /dev/null or a pipe.
bool emitFile(llvm::Module &M, llvm::TargetMachine &TM, const std::string &Path,
              bool Asm);

/// Links Objs statically with the target's libgort.a into Out; with Race,
/// dynamically with the amd64-race runtime and clang-19's ThreadSanitizer.
bool linkExecutable(const std::string &Arch, const std::string &Argv0,
                    const std::vector<std::string> &Objs,
                    const std::string &Out, bool Race = false);

/// Runs Path with Args (under qemu-arm for arm; under qemu-i386 for 386 when
/// this kernel cannot execute it) and returns its exit status (128+N when it
/// dies of signal N), with gort's environment and each NAME=VALUE of Env.
/// SIGINT and SIGTERM sent to gort go on to the program.
int runExecutable(const std::string &Arch, const std::string &Path,
                  const std::vector<std::string> &Args,
                  const std::vector<std::string> &Env = {});

} // namespace gort

#endif // GORT_BACKEND_H
