//===- Driver.cpp - The gort command ------------------------------------===//
//
// Usage:
//   gort build [-o OUT] [-O0|-O1|-O2] [-g|-g0] [--target=amd64|386|arm]
//              [-race] [-a] [-x] [-emit=tokens|ast|types|llvm|asm|obj]
//              FILE.go... | DIR
//   gort run [build flags] [-cpuprofile FILE] FILE.go... | DIR [ARGS...]
//   gort --help | --version
//
// The program is package main: the files named, or a directory's *.go
// files except *_test.go, sorted; the library packages it imports are
// read from $GORTROOT/golib, or the source tree's golib (Packages.h). For
// run, as for `go run`, the first argument after the files that does not
// end in .go starts the program's ARGS, and everything after a directory
// is. The tokens, AST and types of every file of package main are printed
// one file after the other.
//
// `-emit=tokens` and `-emit=ast` stop after the lexer or the parser,
// `-emit=types` after semantic analysis, and print to OUT (default: standard
// output; `-o -` is standard output too). `-emit=llvm` prints the optimized
// IR, `-emit=asm` the assembly, `-emit=obj` writes the object of the whole
// program (OUT defaults to FILE.ll, FILE.s, FILE.o, FILE the first file or
// the directory's name). Without -emit, build links a static executable
// (OUT defaults to FILE without .go); run builds one in a
// temporary directory, runs it with ARGS (under qemu-arm for arm, and for
// 386 under qemu-i386 where the kernel cannot execute 32-bit programs) and
// exits with its status; SIGINT and SIGTERM sent to gort go on to the
// program, and the directory is removed when it ends. `-cpuprofile FILE`
// (or `-cpuprofile=FILE`) runs it with GORTCPUPROFILE=FILE, so that the
// runtime writes the CPU profile of the whole run to FILE
// (docs/PROFILING.md), and keeps the executable, which `go tool pprof`
// needs beside the profile, where build would write it (OUT, else FILE
// without .go in the current directory), as `go test -cpuprofile` does.
// -O2 and -g (DWARF) are the defaults. An executable is linked twice,
// around the building of its pc table (Pcln.h; docs/DESIGN.md, "The pc
// table"), which needs the DWARF: with -g0 the program is compiled with it
// all the same and the executable's .debug_* sections are stripped at the
// end. The target also
// decides the size of int, uint and uintptr (64 bits on amd64, 32 on 386
// and arm), so which constants overflow: -emit=types depends on it too.
// -dump-pclntab prints the pc table of the executable built (Pcln.h), one
// function a line. An executable is linked from one object per package:
// each library package's comes from the build cache when its key matches
// (BuildCache.h), else is compiled and kept there; -a compiles them all
// the same, -x prints `compile PATH` or `reuse PATH` for each, on
// standard error. The -emit kinds print the whole program as one module.
//
// Exit status: 0 on success; 1 when the program has errors, a file cannot
// be read or written, or a feature is missing; 2 for a malformed command
// line (unknown command or flag, no input, a directory with other inputs).
//
// The token dump (-emit=tokens) prints one token per line as
//   LINE:COL KIND [DETAIL]
// where KIND and DETAIL are:
//   ident "main"       an identifier, its name quoted
//   int 0x1F           an integer, float or imag literal, its spelling
//   rune 'a' 97        a rune literal, its spelling and code point
//   string "a\n"       a string literal (raw or interpreted), its decoded
//                      value quoted as a Go interpreted string
//   'func'  '+'        a keyword or operator, quoted
//   ';' (auto)         a semicolon inserted by the newline rule
//   EOF                the end of the file
// The AST dump format (-emit=ast) is described in AST.cpp, the types dump
// (-emit=types) in SemaDump.cpp; for several files, each file's types
// follow a line `file NAME`.
//
//===----------------------------------------------------------------------===//

#include "AST.h"
#include "Backend.h"
#include "BuildCache.h"
#include "CodeGen.h"
#include "Diagnostics.h"
#include "Lexer.h"
#include "Packages.h"
#include "Parser.h"
#include "Pcln.h"
#include "Sema.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <map>
#include <memory>
#include <unistd.h>
#include <pthread.h>
#include <optional>
#include <string>
#include <vector>

using namespace gort;
using llvm::StringRef;

namespace {

enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2 };
enum class EmitKind { Default, Tokens, AST, Types, LLVM, Asm, Obj };

struct Options {
  std::string Command;
  std::string Input;               ///< the first input: a file or directory
  std::vector<std::string> Inputs; ///< the files or the one directory
  std::string Output; ///< empty: the default for the emit kind
  EmitKind Emit = EmitKind::Default;
  unsigned OptLevel = 2;
  bool Debug = true;
  bool DumpPclntab = false;
  std::string DumpFrames;  // -dump-frames=F: and F's frame at each pc
  bool Rebuild = false; ///< -a: compile every package, cached or not
  bool Trace = false;   ///< -x: print each package compiled or reused
  bool Race = false;    ///< -race: ThreadSanitizer (docs/RACE.md)
  std::string Argv0;
  std::string Target = "amd64";
  std::vector<std::string> RunArgs;
  std::string CPUProfile; ///< run -cpuprofile: the profile's file
};

} // namespace

static const char Usage[] =
    "usage: gort build [-o OUT] [-O0|-O1|-O2] [-g|-g0] [--target=amd64|386|arm]\n"
    "                  [-race] [-a] [-x] [-emit=tokens|ast|types|llvm|asm|obj]\n"
    "                  FILE.go... | DIR\n"
    "       gort run [build flags] [-cpuprofile FILE] FILE.go... | DIR [ARGS...]\n"
    "       gort --help | --version\n"
    "\n"
    "  -o OUT          write output to OUT ('-' for standard output)\n"
    "  -O0, -O1, -O2   optimization level\n"
    "  -g, -g0         emit debug information (default), or not\n"
    "  --target=ARCH   target architecture: amd64 (default), 386 or arm\n"
    "  -emit=tokens    print the tokens of the files and stop\n"
    "  -emit=ast       print the syntax trees of the files and stop\n"
    "  -emit=types     print the types and constants of the files and stop\n"
    "  -emit=llvm      write the LLVM IR and stop\n"
    "  -emit=asm       write the assembly and stop\n"
    "  -emit=obj       write the object file and stop\n"
    "  -dump-pclntab   print the executable's pc table (docs/ABI.md)\n"
    "  -dump-frames=F  and the frame of function F at each pc\n"
    "  -race           detect data races (amd64; docs/RACE.md)\n"
    "  -a              compile every library package, even if cached\n"
    "  -x              print each library package compiled or reused\n"
    "  -cpuprofile FILE  (run) write the program's CPU profile to FILE and keep\n"
    "                  the executable for go tool pprof (docs/PROFILING.md)\n"
    "\n"
    "Imported packages are read from $GORTROOT/golib/<import path>/, or the\n"
    "library gort was built with (" GORT_GOLIB_DIR ").\n"
    "Their objects are kept in $GORTCACHE, else $XDG_CACHE_HOME/gort or\n"
    "~/.cache/gort (GORTCACHE=off: none); removing the folder clears it.\n";

static int usageError(const llvm::Twine &Msg) {
  llvm::errs() << "gort: error: " << Msg << "\n"
               << "run 'gort --help' for usage\n";
  return ExitUsage;
}

static int fatal(const llvm::Twine &Msg) {
  llvm::errs() << "gort: error: " << Msg << "\n";
  return ExitError;
}

/// Parses the arguments of `gort build` (for `gort run`, those before the
/// program's: as `go run`, the first argument after the files that does
/// not end in .go starts them, and a directory is the only input). Returns
/// an exit code on error.
static std::optional<int> parseBuildArgs(llvm::ArrayRef<const char *> Args,
                                         Options &Opts, bool Run = false) {
  bool Dir = false; // the input is a directory: nothing may follow
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (Run && !Opts.Inputs.empty() &&
        (Dir || !Opts.RunArgs.empty() || !A.ends_with(".go"))) {
      Opts.RunArgs.push_back(Args[I]);
      continue;
    }
    StringRef Value;
    if (A == "-o") {
      if (I + 1 == Args.size())
        return usageError("flag -o needs an argument");
      Opts.Output = Args[++I];
    } else if (A.consume_front("-o=")) {
      Opts.Output = A.str();
    } else if (A == "-cpuprofile" || A == "--cpuprofile") {
      if (I + 1 == Args.size())
        return usageError("flag -cpuprofile needs an argument");
      Opts.CPUProfile = Args[++I];
    } else if (A.consume_front("-cpuprofile=") ||
               A.consume_front("--cpuprofile=")) {
      Opts.CPUProfile = A.str();
    } else if (A == "-O0" || A == "-O1" || A == "-O2") {
      Opts.OptLevel = A[2] - '0';
    } else if (A == "-g") {
      Opts.Debug = true;
    } else if (A == "-g0") {
      Opts.Debug = false;
    } else if (A == "-dump-pclntab") {
      Opts.DumpPclntab = true;
    } else if (A.consume_front("-dump-frames=")) {
      Opts.DumpPclntab = true;
      Opts.DumpFrames = A.str();
    } else if (A == "-a") {
      Opts.Rebuild = true;
    } else if (A == "-x") {
      Opts.Trace = true;
    } else if (A == "-race") {
      Opts.Race = true;
    } else if (A.starts_with("--target=") || A.starts_with("-target=")) {
      Value = A.substr(A.find('=') + 1);
      if (Value != "amd64" && Value != "386" && Value != "arm")
        return usageError("unknown target '" + Value +
                          "' (expected amd64, 386 or arm)");
      Opts.Target = Value.str();
    } else if (A.starts_with("-emit=") || A.starts_with("--emit=")) {
      Value = A.substr(A.find('=') + 1);
      if (Value == "tokens")
        Opts.Emit = EmitKind::Tokens;
      else if (Value == "ast")
        Opts.Emit = EmitKind::AST;
      else if (Value == "types")
        Opts.Emit = EmitKind::Types;
      else if (Value == "llvm")
        Opts.Emit = EmitKind::LLVM;
      else if (Value == "asm")
        Opts.Emit = EmitKind::Asm;
      else if (Value == "obj")
        Opts.Emit = EmitKind::Obj;
      else
        return usageError("unknown emit kind '" + Value +
                          "' (expected tokens, ast, types, llvm, asm or obj)");
    } else if (A.size() > 1 && A[0] == '-') {
      return usageError("unknown flag '" + A + "'");
    } else {
      bool IsDir = llvm::sys::fs::is_directory(A);
      if (!Opts.Inputs.empty() && (Dir || IsDir))
        return usageError("a directory must be the only input ('" +
                          Opts.Input + "' and '" + A + "')");
      Dir = IsDir;
      Opts.Inputs.push_back(A.str());
      if (Opts.Input.empty())
        Opts.Input = A.str();
    }
  }
  if (Opts.Inputs.empty())
    return usageError("no input file");
  if (Opts.Race && Opts.Target != "amd64")
    return usageError("-race is not supported on " + Opts.Target +
                      " (ThreadSanitizer is amd64's only)");
  return std::nullopt;
}

/// Prints one token in the format described at the top of this file.
static void printToken(const Token &T, llvm::raw_ostream &OS) {
  OS << T.Loc.Line << ':' << T.Loc.Col << ' ';
  switch (T.Kind) {
  case Tok::Eof:
    OS << "EOF";
    break;
  case Tok::Ident:
    OS << "ident " << quoteString(T.Text);
    break;
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
    OS << tokSpelling(T.Kind) << ' ' << T.Text;
    break;
  case Tok::Rune:
    OS << "rune " << T.Text << ' ' << T.RuneValue;
    break;
  case Tok::String:
    OS << "string " << quoteString(T.Value);
    break;
  default:
    OS << '\'' << tokSpelling(T.Kind) << '\'';
    if (T.Implicit)
      OS << " (auto)";
  }
  OS << '\n';
}

static void emitTokens(StringRef Source, Diagnostics &Diags, unsigned FileId,
                       llvm::raw_ostream &OS) {
  Lexer Lex(Source, Diags, FileId);
  for (;;) {
    Token T = Lex.next();
    printToken(T, OS);
    if (T.is(Tok::Eof))
      return;
  }
}

/// Opens the output named by Opts, standard output by default.
static std::unique_ptr<llvm::raw_fd_ostream> openOutput(const Options &Opts) {
  std::string Path = Opts.Output.empty() ? "-" : Opts.Output;
  std::error_code EC;
  auto OS =
      std::make_unique<llvm::raw_fd_ostream>(Path, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    fatal("cannot write '" + Path + "': " + EC.message());
    return nullptr;
  }
  return OS;
}

/// The default output of a build: the first FILE.go without .go, or the
/// directory's name, plus Ext.
static std::string defaultOutput(const Options &Opts, StringRef Ext) {
  llvm::SmallString<128> Abs(Opts.Input);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  StringRef In = llvm::sys::path::filename(
      llvm::sys::fs::is_directory(Opts.Input) ? StringRef(Abs) : Opts.Input);
  In.consume_back(".go");
  return (In + Ext).str();
}

/// The variables run adds to the program's environment: -cpuprofile's.
static std::vector<std::string> runEnvironment(const Options &Opts) {
  if (Opts.CPUProfile.empty())
    return {};
  return {"GORTCPUPROFILE=" + Opts.CPUProfile};
}

/// Exe as a path exec runs: a bare name would be looked up in $PATH.
static std::string runPath(const std::string &Exe) {
  return llvm::sys::path::has_parent_path(Exe) ? Exe : "./" + Exe;
}

/// The two links (docs/DESIGN.md, "The pc table"): link 1 with an empty
/// table into Exe1, the table built from it (Pcln.cpp), link 2 with the
/// table into Exe, which must leave every function where it was; then the
/// table for Go's tools is added (.gopclntab) and -g0 strips the DWARF the
/// tables were built from.
static bool linkTwice(const Options &Opts, llvm::TargetMachine &TM,
                      std::vector<std::string> Objs, const std::string &Tab,
                      const std::string &Exe1, const std::string &Exe2) {
  std::vector<uint8_t> Table = emptyPclntab(Opts.Target), GoTable;
  Objs.push_back(Tab);
  if (!emitPclntabObject(TM, Table, Tab) ||
      !linkExecutable(Opts.Target, Opts.Argv0, Objs, Exe1, Opts.Race) ||
      !buildPclntab(Opts.Target, Exe1, Table, GoTable) ||
      !emitPclntabObject(TM, Table, Tab) ||
      !linkExecutable(Opts.Target, Opts.Argv0, Objs, Exe2, Opts.Race) ||
      !checkSameFunctions(Exe1, Exe2))
    return false;
  return finishExecutable(Exe2, !Opts.Debug, GoTable);
}

/// Moves the executable From (in the build's directory) to To. To may be
/// a device or a pipe (-o /dev/null): then only its contents are written.
static bool install(const std::string &From, const std::string &To) {
  llvm::sys::fs::file_status St;
  bool Regular = llvm::sys::fs::status(To, St) ||
                 llvm::sys::fs::is_regular_file(St);
  if (Regular && !llvm::sys::fs::rename(From, To))
    return true;
  auto Buf = llvm::MemoryBuffer::getFile(From, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  std::error_code EC;
  llvm::raw_fd_ostream OS(To, EC, llvm::sys::fs::OF_None);
  if (!Buf || EC) {
    fatal("cannot write '" + To + "'");
    return false;
  }
  OS << (*Buf)->getBuffer();
  OS.close();
  if (OS.has_error()) {
    OS.clear_error();
    fatal("cannot write '" + To + "'");
    return false;
  }
  if (Regular)
    llvm::sys::fs::setPermissions(To, llvm::sys::fs::all_all &
                                          ~llvm::sys::fs::all_write |
                                          llvm::sys::fs::owner_write);
  return true;
}

/// The optimized module of package Only of Prog (null: the whole program).
static std::unique_ptr<llvm::Module>
buildModule(const Options &Opts, Program &Prog, SemaInfo &Info,
            Diagnostics &Diags, llvm::TargetMachine &TM,
            llvm::LLVMContext &Ctx, const Package *Only) {
  const Package &P = Only ? *Only : Prog.main();
  auto M = std::make_unique<llvm::Module>(
      Only && Only != &Prog.main() ? P.Path : Opts.Input, Ctx);
  M->setTargetTriple(TM.getTargetTriple().str());
  M->setDataLayout(TM.createDataLayout());
  CodeGenOptions CGO;
  CGO.FileName = P.FileNames.front();
  // The pc table is built from the line tables: -g0 strips them after.
  CGO.Debug = Opts.Debug || Opts.Emit == EmitKind::Default;
  CGO.Optimized = Opts.OptLevel > 0;
  CGO.Only = Only;
  if (!generateCode(Prog, Info, Diags, *M, CGO))
    return nullptr;
  optimizeModule(*M, TM, Opts.OptLevel, Opts.Race);
  return M;
}

/// Writes package P's object to Path, atomically: a temporary file in the
/// same folder renamed to Path once complete (another build may be
/// reading or writing the same object).
static bool emitObjectAtomically(llvm::Module &M, llvm::TargetMachine &TM,
                                 const std::string &Path) {
  llvm::SmallString<128> Tmp;
  int FD;
  if (llvm::sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", FD, Tmp))
    return false;
  ::close(FD);
  if (!emitFile(M, TM, std::string(Tmp), false) ||
      llvm::sys::fs::rename(Tmp, Path)) {
    llvm::sys::fs::remove(Tmp);
    return false;
  }
  return true;
}

/// The objects of the library packages of Prog, in dependency order: from
/// the build cache (BuildCache.h), else compiled, each into its own
/// module, and kept there; without a cache, compiled into Dir (Temps).
static bool libraryObjects(const Options &Opts, Program &Prog,
                           SemaInfo &Info, Diagnostics &Diags,
                           llvm::TargetMachine &TM, llvm::StringRef Dir,
                           std::vector<std::string> &Objs,
                           std::vector<std::string> &Temps) {
  std::string Cache = cacheDir();
  std::string Prefix = buildKeyPrefix(Opts.Argv0, Opts.Target, Opts.OptLevel,
                                      /*Debug=*/true, Opts.Race);
  std::map<std::string, std::string> Keys;
  for (const auto &PP : Prog.Packages) {
    const Package &P = *PP;
    if (&P == &Prog.main())
      break;
    std::string Key = packageKey(Prefix, P, Keys), Path;
    Keys[P.Path] = Key;
    if (!Cache.empty() && !Key.empty()) {
      Path = cachedObjectPath(Cache, P, Key);
      if (!Opts.Rebuild && llvm::sys::fs::exists(Path)) {
        if (Opts.Trace)
          llvm::errs() << "reuse " << P.Path << "\n";
        Objs.push_back(Path);
        continue;
      }
      if (llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)))
        Path.clear();
    }
    if (Opts.Trace)
      llvm::errs() << "compile " << P.Path << "\n";
    llvm::LLVMContext Ctx;
    auto M = buildModule(Opts, Prog, Info, Diags, TM, Ctx, &P);
    if (!M)
      return false;
    if (Path.empty() || !emitObjectAtomically(*M, TM, Path)) {
      // No cache, or it cannot be written: an object for this build only.
      Path = (Dir + "/pkg" + llvm::Twine(Temps.size()) + ".o").str();
      Temps.push_back(Path);
      if (!emitFile(*M, TM, Path, false))
        return false;
    }
    Objs.push_back(Path);
  }
  return true;
}

/// Code generation, optimization, and the phases after it. -emit=llvm, asm
/// and obj print the whole program as one module; an executable is linked
/// from one object per package, the library's from the build cache.
static int generate(const Options &Opts, Program &Prog, SemaInfo &Info,
                    Diagnostics &Diags) {
  auto TM = createTargetMachine(Opts.Target, Opts.OptLevel);
  if (!TM)
    return ExitError;
  if (Opts.Emit != EmitKind::Default) {
    llvm::LLVMContext Ctx;
    auto M = buildModule(Opts, Prog, Info, Diags, *TM, Ctx, nullptr);
    if (!M)
      return ExitError;
    if (Opts.Emit == EmitKind::LLVM) {
      Options O = Opts;
      if (O.Output.empty())
        O.Output = defaultOutput(Opts, ".ll");
      auto OS = openOutput(O);
      if (!OS)
        return ExitError;
      M->print(*OS, nullptr);
      return ExitOk;
    }
    bool Asm = Opts.Emit == EmitKind::Asm;
    std::string Out = Opts.Output.empty()
                          ? defaultOutput(Opts, Asm ? ".s" : ".o")
                          : Opts.Output;
    return emitFile(*M, *TM, Out, Asm) ? ExitOk : ExitError;
  }

  // An executable: objects and link in a temporary directory.
  llvm::SmallString<128> Dir;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueDirectory("gort-build", Dir))
    return fatal("cannot create a temporary directory: " + EC.message());
  std::string Obj = (Dir + "/main.o").str();
  // run keeps a profiled program's executable, for go tool pprof.
  bool Temporary = Opts.Command == "run" && Opts.CPUProfile.empty();
  std::string Exe = Temporary             ? (Dir + "/a.out").str()
                    : Opts.Output.empty() ? defaultOutput(Opts, "")
                                          : Opts.Output;
  std::string Tab = (Dir + "/pclntab.o").str();
  std::string Exe1 = (Dir + "/link1").str(), Exe2 = (Dir + "/link2").str();
  std::vector<std::string> Objs, Temps{Obj, Tab, Exe1, Exe2};
  int RC = ExitOk;
  bool Built = libraryObjects(Opts, Prog, Info, Diags, *TM, Dir, Objs, Temps);
  if (Built) {
    llvm::LLVMContext Ctx;
    auto M = buildModule(Opts, Prog, Info, Diags, *TM, Ctx, &Prog.main());
    Built = M && emitFile(*M, *TM, Obj, false);
    Objs.push_back(Obj);
  }
  if (!Built || !linkTwice(Opts, *TM, Objs, Tab, Exe1, Exe2) ||
      !install(Exe2, Exe))
    RC = ExitError;
  else if (Opts.DumpPclntab &&
           !dumpPclntab(Exe, llvm::outs(), Opts.DumpFrames))
    RC = ExitError;
  else if (Opts.Command == "run")
    RC = runExecutable(Opts.Target, runPath(Exe), Opts.RunArgs,
                       runEnvironment(Opts));
  for (const std::string &F : Temps)
    llvm::sys::fs::remove(F);
  if (Temporary)
    llvm::sys::fs::remove(Exe);
  llvm::sys::fs::remove(Dir);
  return RC;
}

/// The files of package main: those named, or the directory's.
static bool mainFiles(const Options &Opts, std::vector<std::string> &Files) {
  if (Opts.Inputs.size() == 1 && llvm::sys::fs::is_directory(Opts.Input)) {
    if (!goFilesIn(Opts.Input, Files)) {
      fatal("cannot read directory '" + Opts.Input + "'");
      return false;
    }
    if (Files.empty()) {
      fatal("no Go files in " + Opts.Input);
      return false;
    }
    return true;
  }
  Files = Opts.Inputs;
  return true;
}

/// -emit=tokens: every file's tokens, one file after the other.
static int emitAllTokens(const Options &Opts,
                         const std::vector<std::string> &Files) {
  Diagnostics Diags(Files[0]);
  auto OS = openOutput(Opts);
  if (!OS)
    return ExitError;
  for (size_t I = 0; I < Files.size(); ++I) {
    auto Buf = llvm::MemoryBuffer::getFile(Files[I], /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Buf)
      return fatal("cannot open '" + Files[I] +
                   "': " + Buf.getError().message());
    emitTokens((*Buf)->getBuffer(), Diags, I ? Diags.addFile(Files[I]) : 0,
               *OS);
  }
  return Diags.hasErrors() ? ExitError : ExitOk;
}

static int compile(const Options &Opts) {
  std::vector<std::string> Files;
  if (!mainFiles(Opts, Files))
    return ExitError;
  if (Opts.Emit == EmitKind::Tokens)
    return emitAllTokens(Opts, Files);
  Diagnostics Diags(Files[0]);
  Program Prog;
  bool Imports = Opts.Emit != EmitKind::AST;
  if (!loadProgram(Files, libraryRoot(), Diags, Prog, Imports))
    return ExitError;
  Package &Main = Prog.main();
  if (Opts.Emit == EmitKind::AST) {
    auto OS = openOutput(Opts);
    if (!OS)
      return ExitError;
    for (const auto &F : Main.Files)
      dumpAST(*F, *OS);
    return ExitOk;
  }
  // Sema sizes int, uint and uintptr as the target does.
  SemaInfo Info(targetWordBits(Opts.Target));
  PackageMap Checked;
  for (const auto &P : Prog.Packages) {
    setMessagePackage(P->Path);
    if (!checkPackage(*P, Checked, Diags, Info))
      return ExitError;
    Checked[P->Path] = P.get();
  }
  if (Main.Name != "main" && Opts.Emit != EmitKind::Types) {
    // As `go run` on a file of another package.
    Diags.error(Main.Files.front()->getLoc(),
                "package " + Main.Name + " is not a main package");
    return ExitError;
  }
  if (Opts.Emit == EmitKind::Types) {
    auto OS = openOutput(Opts);
    if (!OS)
      return ExitError;
    for (size_t I = 0; I < Main.Files.size(); ++I) {
      if (Main.Files.size() > 1)
        *OS << "file " << Main.FileNames[I] << '\n';
      dumpTypes(*Main.Files[I], Info, *OS, I + 1 == Main.Files.size());
    }
    return ExitOk;
  }
  return generate(Opts, Prog, Info, Diags);
}

/// The stack compile() runs on. The lexer, parser, checker and code
/// generator recurse once per level of nesting in the program, and gc
/// compiles programs nested tens of thousands deep; Parser::MaxDepth keeps
/// the deepest accepted program well within this. Only the pages used are
/// ever allocated.
static constexpr size_t CompileStackSize = size_t(1) << 30;

/// Runs compile(Opts) on a thread with a CompileStackSize stack, or, if no
/// such thread can be made, on this one.
static int compileOnLargeStack(const Options &Opts) {
  struct Call {
    const Options &Opts;
    int Result;
  } C{Opts, ExitError};
  auto Run = [](void *P) -> void * {
    auto *C = static_cast<Call *>(P);
    C->Result = compile(C->Opts);
    return nullptr;
  };
  pthread_attr_t Attr;
  pthread_t Thread;
  bool Started = pthread_attr_init(&Attr) == 0 &&
                 pthread_attr_setstacksize(&Attr, CompileStackSize) == 0 &&
                 pthread_create(&Thread, &Attr, Run, &C) == 0;
  pthread_attr_destroy(&Attr);
  if (!Started)
    return compile(Opts);
  pthread_join(Thread, nullptr);
  return C.Result;
}

int main(int Argc, const char **Argv) {
  llvm::ArrayRef<const char *> Args(Argv + 1, Argv + Argc);
  if (Args.empty()) {
    llvm::errs() << Usage;
    return ExitUsage;
  }
  StringRef Cmd = Args[0];
  if (Cmd == "--help" || Cmd == "-help" || Cmd == "-h" || Cmd == "help") {
    llvm::outs() << Usage;
    return ExitOk;
  }
  if (Cmd == "--version" || Cmd == "-version" || Cmd == "version") {
    llvm::outs() << "gort version 0.1 (LLVM " << LLVM_VERSION_MAJOR << ")\n";
    return ExitOk;
  }

  Options Opts;
  Opts.Command = Cmd.str();
  Opts.Argv0 = Argv[0];
  if (Cmd == "build") {
    if (auto Code = parseBuildArgs(Args.drop_front(), Opts))
      return *Code;
    if (!Opts.CPUProfile.empty())
      return usageError("-cpuprofile is a flag of run, not build");
    return compileOnLargeStack(Opts);
  }
  if (Cmd == "run") {
    if (auto Code = parseBuildArgs(Args.drop_front(), Opts, /*Run=*/true))
      return *Code;
    if (Opts.Emit != EmitKind::Default)
      return usageError("-emit is a flag of build, not run");
    return compileOnLargeStack(Opts);
  }
  return usageError("unknown command '" + Cmd + "'");
}
