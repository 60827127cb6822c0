//===- Race.cpp - gort build -race: ThreadSanitizer's instrumentation -----===//
//
// Under -race (docs/RACE.md) every Go function gets LLVM's ThreadSanitizer
// pass, at the end of the optimization pipeline as clang places it. Before
// it, RacePrep says what the pass cannot know of gort's code:
// - A goroutine's stack is its own: a variable there that another
//   goroutine could reach would have been moved to the heap. Its loads,
//   stores and copies are left alone (Go's race build leaves stack
//   variables alone too), and a copy between the stack and the heap
//   checks the heap side only. Segments move between goroutines, so an
//   instrumented stack access would race with the segment's last owner.
// - A comparison of memory (bcmp, memcmp: strings, arrays) calls libc's
//   past TSan's interceptor (runtime/race.cpp's gort_bcmp), which checks
//   nothing under -race (ignore_interceptors_accesses) but costs a lot;
//   Go's race build checks no string data either.
// - The runtime, which is not instrumented, reads and writes maps for Go
//   code: each map operation is reported as a read or a write of the map
//   (runtime.raceread/racewrite, Go's racereadpc/racewritepc).
//
//===----------------------------------------------------------------------===//

#include "Backend.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Instrumentation/ThreadSanitizer.h"

using namespace llvm;

namespace {

bool onStack(const Value *P) {
  return isa<AllocaInst>(getUnderlyingObject(P, /*MaxLookup=*/0));
}

void noSanitize(Instruction &I) {
  I.setMetadata(LLVMContext::MD_nosanitize, MDNode::get(I.getContext(), {}));
}

/// The map operations of runtime.def and the argument that is the map:
/// writes (true) or reads.
struct MapOp {
  const char *Name;
  unsigned Arg;
  bool Write;
};
const MapOp MapOps[] = {
    {"runtime.mapaccess1", 1, false}, {"runtime.mapaccess2", 1, false},
    {"runtime.mapassign", 1, true},   {"runtime.mapdelete", 1, true},
    {"runtime.mapclear", 1, true},    {"runtime.mapiterinit", 1, false},
    {"runtime.maplen", 0, false},
};

struct RacePrep : PassInfoMixin<RacePrep> {
  PreservedAnalyses run(Function &F, FunctionAnalysisManager &) {
    if (F.isDeclaration() || !F.hasFnAttribute(Attribute::SanitizeThread))
      return PreservedAnalyses::all();
    Module &M = *F.getParent();
    LLVMContext &C = M.getContext();
    Type *Ptr = PointerType::getUnqual(C);
    Type *IntPtr = M.getDataLayout().getIntPtrType(C);
    auto Range = [&](const char *Name) {
      return M.getOrInsertFunction(Name, Type::getVoidTy(C), Ptr, IntPtr);
    };
    auto Hook = [&](const char *Name) {
      return M.getOrInsertFunction(Name, Type::getVoidTy(C), Ptr);
    };
    SmallVector<std::pair<CallBase *, const MapOp *>, 8> MapCalls;
    SmallVector<CallBase *, 8> Compares;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        if (auto *L = dyn_cast<LoadInst>(&I)) {
          if (onStack(L->getPointerOperand()))
            noSanitize(I);
        } else if (auto *S = dyn_cast<StoreInst>(&I)) {
          if (onStack(S->getPointerOperand()))
            noSanitize(I);
        } else if (auto *MI = dyn_cast<MemIntrinsic>(&I)) {
          bool DstStack = onStack(MI->getDest());
          auto *MT = dyn_cast<MemTransferInst>(MI);
          bool SrcStack = !MT || onStack(MT->getSource());
          if (!DstStack && !SrcStack)
            continue; // heap to heap: the pass checks both
          noSanitize(I);
          IRBuilder<> B(&I);
          Value *N = B.CreateZExtOrTrunc(MI->getLength(), IntPtr);
          if (!DstStack)
            B.CreateCall(Range("__tsan_write_range"), {MI->getDest(), N});
          else if (!SrcStack)
            B.CreateCall(Range("__tsan_read_range"), {MT->getSource(), N});
        } else if (auto *CB = dyn_cast<CallBase>(&I)) {
          Function *Callee = CB->getCalledFunction();
          if (!Callee)
            continue;
          for (const MapOp &Op : MapOps)
            if (Callee->getName() == Op.Name)
              MapCalls.push_back({CB, &Op});
          if (Callee->getName() == "bcmp" || Callee->getName() == "memcmp")
            Compares.push_back(CB);
        }
      }
    for (auto [CB, Op] : MapCalls) {
      IRBuilder<> B(CB);
      B.CreateCall(Hook(Op->Write ? "runtime.racewrite" : "runtime.raceread"),
                   {CB->getArgOperand(Op->Arg)});
    }
    for (CallBase *CB : Compares) {
      Function *F = CB->getCalledFunction();
      CB->setCalledFunction(M.getOrInsertFunction(
          ("gort_" + F->getName()).str(), F->getFunctionType()));
    }
    return PreservedAnalyses::none();
  }
};

/// The wrappers between a deferred call and the function it reaches stay
/// as they are: each ends in a tail call, which recover in that function
/// needs (its return address must be the runtime's: CGCall.cpp's
/// emitDefer), and TSan's exit call after it would end that. They are a
/// defer statement's thunk, a func value's wrapper of a function (·fw), a
/// method value's (-fm) and an itab's method entries (go.ifn., go.tfn.);
/// what they read is the closure or itab the call goes through.
bool isTailWrapper(StringRef Name) {
  if (Name.ends_with("·fw") || Name.ends_with("-fm") ||
      Name.starts_with("go.ifn.") || Name.starts_with("go.tfn."))
    return true;
  StringRef Last = Name.rsplit('.').second;
  return Last.consume_front("deferwrap") && !Last.empty() &&
         Last.find_first_not_of("0123456789") == StringRef::npos;
}

} // namespace

void gort::addRacePasses(llvm::Module &M, llvm::PassBuilder &PB) {
  // A read before a write of the same word is checked too (the pass
  // leaves it out by default): `x++` racing with a write is then reported
  // at its read, as Go reports it.
  static bool Options = [] {
    const char *Argv[] = {"gort", "-tsan-instrument-read-before-write"};
    return cl::ParseCommandLineOptions(2, Argv);
  }();
  (void)Options;
  for (Function &F : M)
    if (F.isDeclaration())
      continue;
    else if (isTailWrapper(F.getName()))
      F.addFnAttr(Attribute::DisableSanitizerInstrumentation);
    else
      F.addFnAttr(Attribute::SanitizeThread);
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(createModuleToFunctionPassAdaptor(RacePrep()));
        MPM.addPass(ModuleThreadSanitizerPass());
        MPM.addPass(createModuleToFunctionPassAdaptor(ThreadSanitizerPass()));
      });
}
