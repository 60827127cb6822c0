//===- Fuzz.cpp - The libFuzzer harness ---------------------------------===//
//
// gort-fuzz (cmake -DGORT_FUZZ=ON; `make fuzz`; docs/TESTING.md,
// "Fuzzing"): each input is the one file of package main, compiled as
// `gort build` compiles it, in process: loaded (the library packages it
// imports read and checked from golib, as gort does), checked, and its
// package's module generated (with DWARF, as for an executable) and
// verified. Only the object file and the link are left out. A clean end
// is either a build or errors, each at a position (file:line:col); any
// other end is a crash for libFuzzer: an assertion (this build keeps
// them), an ASan report, LLVM's verifier rejecting the module, an error
// without a position, code generation failing without an error, or a
// hang (-timeout).
//
// The library is test/fuzz/golib's stubs (its README.md says why), checked
// afresh for each input that imports them; GORT_FUZZ_GOLIB=DIR names
// another, e.g. the real golib (about 120 ms an input that imports fmt).
//
// Errors go to a Diagnostics sink (Diagnostics.h) instead of standard
// error, and the tenth does not exit: the compile stops after the first
// phase with errors, as gort's does. GORT_FUZZ_VERBOSE=1 prints them, to
// reproduce a report (gort-fuzz crash-FILE). GORT_FUZZ_OPT=1 runs the -O1
// pipeline over the module too (slower).
//
//===----------------------------------------------------------------------===//

#include "Backend.h"
#include "CodeGen.h"
#include "Diagnostics.h"
#include "Packages.h"
#include "Sema.h"
#include "Types.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <pthread.h>

using namespace gort;

namespace {

/// Set once by LLVMFuzzerInitialize.
struct FuzzSetup {
  std::string Path; ///< the input's file, in a directory of its own
  std::string Library;
  std::unique_ptr<llvm::TargetMachine> TM;
  bool Verbose = false;
  bool Optimize = false;
};
FuzzSetup Setup;

/// As Driver.cpp's CompileStackSize: deep nesting recurses deeply, and
/// ASan's frames are larger than a release build's.
constexpr size_t FuzzStackSize = size_t(1) << 30;

[[noreturn]] void crash(const llvm::Twine &Why) {
  llvm::errs() << "gort-fuzz: " << Why << '\n';
  llvm::errs().flush();
  std::abort();
}

/// The sink: an error must have a position in a file of the program, but
/// for gc's linker's, which has none (gort prints FILE:0:0).
void onError(const Diagnostics &D, SourceLoc Loc, llvm::StringRef Msg) {
  if (Setup.Verbose)
    llvm::errs() << D.posString(Loc) << ": error: " << Msg << '\n';
  bool Linker = Msg == "function main is undeclared in the main package";
  if ((!Loc.isValid() || Loc.Col == 0) && !Linker)
    crash("error without a line and column: " + Msg);
  if (Msg.empty())
    crash("an empty error message");
}

/// The compile of gort build without the object and the link (Driver.cpp's
/// compile and generate).
void compileInput() {
  Diagnostics Diags(Setup.Path);
  Diags.setSink(onError);
  Program Prog;
  if (!loadProgram({Setup.Path}, Setup.Library, Diags, Prog))
    return;
  Package &Main = Prog.main();
  SemaInfo Info(targetWordBits("amd64"));
  PackageMap Checked;
  for (const auto &P : Prog.Packages) {
    setMessagePackage(P->Path);
    if (!checkPackage(*P, Checked, Diags, Info))
      return;
    Checked[P->Path] = P.get();
  }
  if (Main.Name != "main")
    return;
  llvm::LLVMContext Ctx;
  llvm::Module M("fuzz.go", Ctx);
  M.setTargetTriple(Setup.TM->getTargetTriple().str());
  M.setDataLayout(Setup.TM->createDataLayout());
  CodeGenOptions CGO;
  CGO.FileName = Setup.Path;
  CGO.Only = &Main;
  if (!generateCode(Prog, Info, Diags, M, CGO)) {
    // generateCode verifies the module and prints why it is invalid.
    if (!Diags.hasErrors())
      crash("code generation failed without an error");
    return;
  }
  if (Setup.Optimize) {
    optimizeModule(M, *Setup.TM, 1);
    std::string Err;
    llvm::raw_string_ostream OS(Err);
    if (llvm::verifyModule(M, &OS))
      crash("invalid IR after -O1:\n" + OS.str());
  }
}

/// Runs compileInput on a thread with a FuzzStackSize stack.
void compileOnLargeStack() {
  auto Run = [](void *) -> void * {
    compileInput();
    return nullptr;
  };
  pthread_attr_t Attr;
  pthread_t Thread;
  if (pthread_attr_init(&Attr) != 0 ||
      pthread_attr_setstacksize(&Attr, FuzzStackSize) != 0 ||
      pthread_create(&Thread, &Attr, Run, nullptr) != 0)
    crash("cannot start the compile's thread");
  pthread_attr_destroy(&Attr);
  pthread_join(Thread, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  Setup.Verbose = getenv("GORT_FUZZ_VERBOSE") != nullptr;
  Setup.Optimize = getenv("GORT_FUZZ_OPT") != nullptr;
  const char *Lib = getenv("GORT_FUZZ_GOLIB");
  Setup.Library = Lib ? Lib : GORT_FUZZ_GOLIB_DIR;
  llvm::SmallString<128> Dir;
  if (llvm::sys::fs::createUniqueDirectory("gort-fuzz", Dir))
    crash("cannot create a temporary directory");
  Setup.Path = (Dir + "/fuzz.go").str();
  static std::string Remove = std::string(Dir);
  std::atexit([] {
    llvm::sys::fs::remove(Setup.Path);
    llvm::sys::fs::remove(Remove);
  });
  Setup.TM = createTargetMachine("amd64", 0);
  if (!Setup.TM)
    crash("no amd64 target");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(Setup.Path, EC, llvm::sys::fs::OF_None);
    if (EC)
      crash("cannot write " + Setup.Path + ": " + EC.message());
    OS.write(reinterpret_cast<const char *>(Data), Size);
  }
  compileOnLargeStack();
  return 0;
}
