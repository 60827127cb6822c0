//===- Backend.cpp - Targets, optimization, objects and linking --------===//
//
// The targets of gort (docs/DESIGN.md): amd64 is x86_64-linux-gnu; 386 is
// i386-linux-gnu with SSE2 floating point; arm is armv7a-linux-gnueabihf,
// A32 code, VFPv3-D16, hard-float ABI. The link is clang-19's, with the
// same flags as tools/gort-cc: the ld.lld command the driver would run,
// asked of it once and kept in the build cache.
//
//===----------------------------------------------------------------------===//

#include "Backend.h"
#include "BuildCache.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/PassManagerImpl.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/ObjCopy/ConfigManager.h"
#include "llvm/ObjCopy/ObjCopy.h"
#include "llvm/Object/Binary.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/TargetParser/Triple.h"
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

using namespace gort;

namespace {
struct TargetDesc {
  const char *Arch, *Triple, *CPU, *Features;
  unsigned WordBits; ///< int, uint, uintptr and pointers
  std::vector<const char *> ClangFlags;
};
} // namespace

static const TargetDesc *findTarget(const std::string &Arch) {
  static const TargetDesc Targets[] = {
      {"amd64", "x86_64-unknown-linux-gnu", "x86-64", "", 64,
       {"--target=x86_64-linux-gnu"}},
      {"386", "i386-unknown-linux-gnu", "pentium4", "+sse2", 32,
       {"--target=i386-linux-gnu", "-msse2", "-mfpmath=sse"}},
      {"arm", "armv7a-unknown-linux-gnueabihf", "generic",
       "+vfp3d16,-neon,-d32,-thumb-mode", 32,
       {"--target=armv7a-linux-gnueabihf", "-mfpu=vfpv3-d16", "-marm"}},
  };
  for (auto &T : Targets)
    if (Arch == T.Arch)
      return &T;
  return nullptr;
}

unsigned gort::targetWordBits(const std::string &Arch) {
  const TargetDesc *D = findTarget(Arch);
  return D ? D->WordBits : 0;
}

std::unique_ptr<llvm::TargetMachine>
gort::createTargetMachine(const std::string &Arch, unsigned OptLevel) {
  // Debug values as llvm.dbg.* intrinsic calls, not LLVM 19's debug records,
  // for the module and every pass. A record sits on the instruction after
  // it and moves to the next one when that is erased, all of them at once
  // (DbgMarker::removeMarker): a pass that erases a chain of n instructions
  // in order, as EarlyCSE folding 100,000 `x += k` does, moves O(n^2)
  // records. Intrinsics stay where they are. The machine code is the same
  // either way (docs/PERFORMANCE.md, "Compile time").
  ::UseNewDbgInfoFormat = false;
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargets();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmPrinters();
  const TargetDesc *D = findTarget(Arch);
  if (!D) {
    llvm::errs() << "gort: error: unknown target '" << Arch << "'\n";
    return nullptr;
  }
  std::string Err;
  const llvm::Target *T = llvm::TargetRegistry::lookupTarget(D->Triple, Err);
  if (!T) {
    llvm::errs() << "gort: error: " << Err << "\n";
    return nullptr;
  }
  llvm::TargetOptions TO;
  if (Arch == "arm")
    TO.FloatABIType = llvm::FloatABI::Hard;
  llvm::CodeGenOptLevel L = OptLevel == 0   ? llvm::CodeGenOptLevel::None
                            : OptLevel == 1 ? llvm::CodeGenOptLevel::Less
                                            : llvm::CodeGenOptLevel::Default;
  return std::unique_ptr<llvm::TargetMachine>(T->createTargetMachine(
      D->Triple, D->CPU, D->Features, TO, llvm::Reloc::Static, std::nullopt,
      L));
}

void gort::optimizeModule(llvm::Module &M, llvm::TargetMachine &TM,
                          unsigned OptLevel, bool Race) {
  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PassBuilder PB(&TM);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  if (Race)
    addRacePasses(M, PB);
  llvm::ModulePassManager MPM;
  if (OptLevel == 0)
    MPM = PB.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
  else
    MPM = PB.buildPerModuleDefaultPipeline(OptLevel == 1
                                               ? llvm::OptimizationLevel::O1
                                               : llvm::OptimizationLevel::O2);
  MPM.run(M, MAM);
}

// Removes .note.GNU-split-stack and .note.GNU-no-split-stack from the ELF
// object Obj and writes the rest to OS, in memory: the output may be a pipe
// or /dev/null, which no tool could rewrite in place.
static bool stripSplitStackNotes(llvm::StringRef Obj, llvm::raw_ostream &OS) {
  namespace oc = llvm::objcopy;
  auto Bin = llvm::object::createBinary(llvm::MemoryBufferRef(Obj, "object"));
  llvm::Error E = Bin.takeError();
  oc::ConfigManager Config;
  auto NoError = [](llvm::Error E) { return E; };
  for (const char *Sec : {".note.GNU-split-stack", ".note.GNU-no-split-stack"})
    if (!E)
      E = Config.Common.ToRemove.addMatcher(
          oc::NameOrPattern::create(Sec, oc::MatchStyle::Literal, NoError));
  if (!E)
    E = oc::executeObjcopyOnBinary(Config, **Bin, OS);
  if (E) {
    llvm::errs() << "gort: error: cannot strip the split-stack notes: "
                 << llvm::toString(std::move(E)) << "\n";
    return false;
  }
  return true;
}

bool gort::emitFile(llvm::Module &M, llvm::TargetMachine &TM,
                    const std::string &Path, bool Asm) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, Asm ? llvm::sys::fs::OF_Text
                                        : llvm::sys::fs::OF_None);
  if (EC) {
    llvm::errs() << "gort: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
    return false;
  }
  // An object is made in memory, then written without the notes.
  llvm::SmallVector<char, 0> Obj;
  llvm::raw_svector_ostream ObjOS(Obj);
  llvm::raw_pwrite_stream &Dest =
      Asm ? static_cast<llvm::raw_pwrite_stream &>(OS) : ObjOS;
  llvm::legacy::PassManager PM;
  if (TM.addPassesToEmitFile(PM, Dest, nullptr,
                             Asm ? llvm::CodeGenFileType::AssemblyFile
                                 : llvm::CodeGenFileType::ObjectFile)) {
    llvm::errs() << "gort: error: the target cannot emit this file type\n";
    return false;
  }
  PM.run(M);
  if (!Asm && !stripSplitStackNotes(ObjOS.str(), OS))
    return false;
  OS.flush();
  return !OS.has_error();
}

static int execute(const std::string &Prog, std::vector<std::string> Args) {
  std::vector<llvm::StringRef> Argv;
  Argv.push_back(Prog);
  for (auto &A : Args)
    Argv.push_back(A);
  std::string Err;
  int RC = llvm::sys::ExecuteAndWait(Prog, Argv, std::nullopt, {}, 0, 0, &Err);
  if (RC < 0)
    llvm::errs() << "gort: error: " << Prog << ": " << Err << "\n";
  return RC;
}

/// The arguments of the ld.lld line among the lines `clang-19 -###`
/// printed (each argument in double quotes, with \" and \\ escaped).
static std::vector<std::string> lldLine(llvm::StringRef Out) {
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Out.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    if (!L.trim().starts_with("\"") || !L.contains("ld.lld\""))
      continue;
    std::vector<std::string> Argv;
    for (size_t I = 0; I < L.size(); ++I) {
      if (L[I] != '"')
        continue;
      std::string A;
      for (++I; I < L.size() && L[I] != '"'; ++I)
        A += L[I] == '\\' && I + 1 < L.size() ? L[++I] : L[I];
      Argv.push_back(A);
    }
    return Argv;
  }
  return {};
}

/// The ld.lld command clang-19 runs for Args (its flags, then the objects
/// Objs, then libraries, -o Out), with the objects replaced by one "@objs@"
/// and Out by "@out@": `clang-19 -###` prints it without running it.
static std::vector<std::string>
linkTemplate(const std::string &Clang, std::vector<std::string> Args,
             const std::vector<std::string> &Objs, const std::string &Out) {
  llvm::SmallString<128> Err;
  if (llvm::sys::fs::createTemporaryFile("gort-link", "txt", Err))
    return {};
  Args.insert(Args.begin(), "-###");
  std::vector<llvm::StringRef> Argv{Clang};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, std::nullopt,
                                                llvm::StringRef(Err)};
  int RC = llvm::sys::ExecuteAndWait(Clang, Argv, std::nullopt, Redirects);
  auto Text = llvm::MemoryBuffer::getFile(Err);
  llvm::sys::fs::remove(Err);
  if (RC != 0 || !Text)
    return {};
  std::vector<std::string> Line = lldLine((*Text)->getBuffer()), T;
  auto First = std::search(Line.begin(), Line.end(), Objs.begin(), Objs.end());
  if (First == Line.end())
    return {};
  T.assign(Line.begin(), First);
  T.push_back("@objs@");
  T.insert(T.end(), First + Objs.size(), Line.end());
  auto O = std::find(T.begin(), T.end(), Out);
  if (O == T.end())
    return {};
  *O = "@out@";
  return T;
}

/// linkTemplate's command, kept in the build cache's folder under a name
/// made of everything it depends on (clang-19 itself, the flags, the
/// runtime library), so that a build runs ld.lld directly: the driver's
/// start-up costs about as much as linking a small program.
static std::vector<std::string>
cachedLinkTemplate(const std::string &Clang, const std::vector<std::string> &Args,
                   const std::vector<std::string> &Objs, const std::string &Out) {
  std::string Dir = cacheDir();
  llvm::sys::fs::file_status St;
  if (Dir.empty() || llvm::sys::fs::status(Clang, St))
    return {}; // nowhere to keep it: asking each time costs a link
  llvm::SHA256 H;
  H.update(Clang + "\n" + std::to_string(St.getSize()) + "\n" +
           std::to_string(St.getLastModificationTime().time_since_epoch().count()));
  for (const std::string &A : Args)
    if (std::find(Objs.begin(), Objs.end(), A) == Objs.end() && A != Out)
      H.update("\n" + A);
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, "ld-" + llvm::toHex(H.final(), true) + ".txt");
  if (auto Buf = llvm::MemoryBuffer::getFile(Path)) {
    llvm::SmallVector<llvm::StringRef, 64> Lines;
    (*Buf)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
    return std::vector<std::string>(Lines.begin(), Lines.end());
  }
  std::vector<std::string> T = linkTemplate(Clang, Args, Objs, Out);
  std::string Tmp = (Path + ".tmp" + std::to_string(getpid())).str();
  std::error_code EC;
  llvm::raw_fd_ostream OS(Tmp, EC);
  if (T.empty() || EC)
    return T;
  for (const std::string &A : T)
    OS << A << "\n";
  OS.close();
  if (OS.has_error() || llvm::sys::fs::rename(Tmp, Path))
    llvm::sys::fs::remove(Tmp);
  return T;
}

bool gort::linkExecutable(const std::string &Arch, const std::string &Argv0,
                          const std::vector<std::string> &Objs,
                          const std::string &Out, bool Race) {
  const TargetDesc *D = findTarget(Arch);
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0.c_str(), (void *)&gort::linkExecutable);
  llvm::SmallString<256> Lib(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Exe)));
  // $GORTSANITIZE (make check SANITIZE=...): the runtime built with those
  // sanitizers, linked dynamically as their runtimes need.
  const char *San = std::getenv("GORTSANITIZE");
  bool Sanitize = San && *San;
  if (Sanitize && Arch != "amd64") {
    llvm::errs() << "gort: error: GORTSANITIZE: the sanitized runtime is "
                    "amd64's only\n";
    return false;
  }
  llvm::sys::path::append(Lib, "lib",
                          Race       ? Arch + "-race"
                          : Sanitize ? Arch + "-san"
                                     : Arch,
                          "libgort.a");
  if (!llvm::sys::fs::exists(Lib)) {
    llvm::errs() << "gort: error: " << Lib << " not found (build the runtime"
                 << (Sanitize ? " with make SANITIZE=...)\n" : ")\n");
    return false;
  }
  auto Clang = llvm::sys::findProgramByName("clang-19");
  if (!Clang) {
    llvm::errs() << "gort: error: clang-19 not found\n";
    return false;
  }
  std::vector<std::string> Args;
  for (const char *F : D->ClangFlags)
    Args.push_back(F);
  if (Race) { // TSan's runtime, which needs a dynamic link
    Args.push_back("-fsanitize=thread");
    Args.push_back("-no-pie");
  } else if (Sanitize) { // gort's code is not position-independent
    Args.push_back(std::string("-fsanitize=") + San);
    Args.push_back("-no-pie");
  } else
    Args.push_back("-static");
  Args.push_back("-fuse-ld=lld");
  Args.insert(Args.end(), Objs.begin(), Objs.end());
  Args.push_back(std::string(Lib));
  Args.push_back("-pthread");
  Args.push_back("-o");
  Args.push_back(Out);
  std::vector<std::string> T = cachedLinkTemplate(*Clang, Args, Objs, Out);
  if (T.empty()) // clang-19 -### said something else: let it link
    return execute(*Clang, Args) == 0;
  std::vector<std::string> Cmd;
  for (std::string &A : T) {
    if (A == "@objs@")
      Cmd.insert(Cmd.end(), Objs.begin(), Objs.end());
    else
      Cmd.push_back(A == "@out@" ? Out : A);
  }
  std::string Prog = Cmd.front();
  Cmd.erase(Cmd.begin());
  return execute(Prog, Cmd) == 0;
}

// The child `gort run` waits for; SIGINT and SIGTERM sent to gort by another
// process go on to it. A terminal's ^C (si_code SI_KERNEL) reaches the whole
// process group, the child too, so it is not sent twice.
static volatile pid_t RunChild;

static void forwardSignal(int Sig, siginfo_t *Info, void *) {
  if (RunChild > 0 && Info->si_code <= 0)
    kill(RunChild, Sig);
}

// In the child: exec the program, natively or under the target's emulator,
// with the environment Envp. A kernel that cannot execute 32-bit x86
// programs fails the exec with ENOEXEC; the same program then runs under
// qemu-i386 (tools/gort-exec decides the same way for the tests).
[[noreturn]] static void execProgram(const std::string &Arch,
                                     std::vector<std::string> Argv,
                                     char **Envp) {
  environ = Envp; // execv and execvp pass it on
  if (Arch == "arm")
    Argv.insert(Argv.begin(), {"qemu-arm", "-L", "/usr/arm-linux-gnueabihf"});
  std::vector<char *> CArgv;
  for (auto &A : Argv)
    CArgv.push_back(const_cast<char *>(A.c_str()));
  CArgv.push_back(nullptr);
  if (Arch == "arm") {
    execvp(CArgv[0], CArgv.data());
  } else {
    execv(CArgv[0], CArgv.data());
    if (errno == ENOEXEC && Arch == "386") {
      CArgv.insert(CArgv.begin(), const_cast<char *>("qemu-i386"));
      execvp(CArgv[0], CArgv.data());
    }
  }
  dprintf(2, "gort: error: cannot run %s: %s\n", CArgv[0], strerror(errno));
  _exit(127);
}

/// gort's environment with each NAME=VALUE of Env set, in Strings (which
/// must outlive the result); null-terminated, for the child.
static std::vector<char *> childEnviron(const std::vector<std::string> &Env,
                                        std::vector<std::string> &Strings) {
  for (char **E = environ; *E; ++E) {
    llvm::StringRef Var(*E);
    bool Replaced = llvm::any_of(Env, [&](const std::string &New) {
      return Var.split('=').first == llvm::StringRef(New).split('=').first;
    });
    if (!Replaced)
      Strings.push_back(Var.str());
  }
  Strings.insert(Strings.end(), Env.begin(), Env.end());
  std::vector<char *> Envp;
  for (std::string &S : Strings)
    Envp.push_back(S.data());
  Envp.push_back(nullptr);
  return Envp;
}

int gort::runExecutable(const std::string &Arch, const std::string &Path,
                        const std::vector<std::string> &Args,
                        const std::vector<std::string> &Env) {
  std::vector<std::string> Argv{Path};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::vector<std::string> EnvStrings;
  std::vector<char *> Envp = childEnviron(Env, EnvStrings);
  llvm::outs().flush();
  llvm::errs().flush();
  // Both signals stay blocked until RunChild is set: one that arrives in
  // between is forwarded when they are unblocked, not dropped.
  sigset_t Both, OldMask;
  sigemptyset(&Both);
  sigaddset(&Both, SIGINT);
  sigaddset(&Both, SIGTERM);
  sigprocmask(SIG_BLOCK, &Both, &OldMask);
  struct sigaction Forward = {}, OldInt, OldTerm;
  Forward.sa_sigaction = forwardSignal;
  Forward.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGINT, &Forward, &OldInt);
  sigaction(SIGTERM, &Forward, &OldTerm);
  pid_t Pid = fork();
  if (Pid == 0) {
    sigaction(SIGINT, &OldInt, nullptr);
    sigaction(SIGTERM, &OldTerm, nullptr);
    sigprocmask(SIG_SETMASK, &OldMask, nullptr);
    execProgram(Arch, Argv, Envp.data());
  }
  RunChild = Pid;
  sigprocmask(SIG_SETMASK, &OldMask, nullptr);
  int Status = 0;
  while (Pid > 0 && waitpid(Pid, &Status, 0) < 0 && errno == EINTR)
    ;
  RunChild = 0;
  sigaction(SIGINT, &OldInt, nullptr);
  sigaction(SIGTERM, &OldTerm, nullptr);
  if (Pid < 0) {
    llvm::errs() << "gort: error: fork failed\n";
    return 1;
  }
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return WEXITSTATUS(Status);
}
