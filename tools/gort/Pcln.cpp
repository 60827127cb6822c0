//===- Pcln.cpp - The pc table (gort_pclntab) of a linked program ---------===//
//
// Go keeps a pc table in the binary that survives strip; so does gort. The
// compiler knows no final addresses, so the table is built from the linked
// program itself (docs/DESIGN.md, "The pc table"): its functions from
// .symtab, their Go names from DWARF (DW_LANG_Go units; a C++ runtime
// function's demangled name, runtime::x as runtime.x), files and lines from
// .debug_line, and the frame of every pc from the CFI (.eh_frame on x86,
// .debug_frame on arm). The encoding is Go 1.2's (runtime/symtab.go of Go
// 1.19 reads the same pcvalue streams); the layout is in docs/ABI.md.
//
//===----------------------------------------------------------------------===//

#include "Pcln.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/DebugInfo/DWARF/DWARFDebugFrame.h"
#include "llvm/DebugInfo/DWARF/DWARFDebugLine.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Constants.h"
#include "llvm/ObjCopy/ConfigManager.h"
#include "llvm/ObjCopy/ObjCopy.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "Backend.h"
#include <algorithm>
#include <map>

using namespace gort;
using namespace llvm;
using namespace llvm::object;

namespace {

enum : uint32_t { PclnMagic = 0xfffffffb }; // Go 1.2's

/// The _func flags: no caller to unwind to (Go 1.19's funcFlag_TOPFRAME);
/// a wrapper the compiler made for a go or defer statement (Go 1.19's
/// funcID_wrapper), which tracebacks hide; no arguments (no receiver, no
/// parameters: Go 1.19 prints `f()`, where it has no argument info).
enum : uint32_t {
  FuncFlagTopFrame = 1,
  FuncFlagWrapper = 2,
  FuncFlagNoArgs = 4
};

/// Whether Name is a wrapper's: gort's code generator (CGCall.cpp) names
/// them F.gowrapN and F.deferwrapN.
static bool isWrapper(StringRef Name) {
  StringRef Last = Name.rsplit('.').second;
  return (Last.consume_front("gowrap") || Last.consume_front("deferwrap")) &&
         !Last.empty() && Last.find_first_not_of("0123456789") == StringRef::npos;
}

/// A pcfp value (docs/ABI.md): how to find the caller's frame at a pc.
///   bit 0      the CFA is the frame pointer plus pcsp (else sp plus pcsp)
///   bit 1      stop: the CFA or the return address cannot be found
///   bits 2-11  the frame pointer's save slot: at CFA - slot*ptrsize (0: kept)
///   bits 12-21 the return address's slot (0: still in the link register)
///   bit 22     a signal frame (CIE augmentation 'S'): the caller was
///              interrupted, so its pc is where it resumes, not a return
enum : int32_t {
  FPBased = 1,
  FPStop = 2,
  FPSlotShift = 2,
  RASlotShift = 12,
  SlotMask = 1023,
  FPSignal = 1 << 22
};

struct Arch {
  unsigned PtrSize, Quantum;
  unsigned SP, FP, RA; ///< DWARF register numbers
  bool DebugFrame;     ///< the compiler's CFI is in .debug_frame
};

const Arch *findArch(StringRef A) {
  static const Arch Amd64{8, 1, 7, 6, 16, false};
  static const Arch X386{4, 1, 4, 5, 8, false};
  static const Arch Arm{4, 4, 13, 11, 14, true};
  if (A == "amd64")
    return &Amd64;
  if (A == "386")
    return &X386;
  if (A == "arm")
    return &Arm;
  return nullptr;
}

/// A value over the pcs [Lo, Hi).
struct Span {
  uint64_t Lo, Hi;
  int32_t Val, Val2;
  bool operator<(const Span &O) const { return Lo < O.Lo; }
};

struct Func {
  uint64_t Entry, End;
  std::string Name;
  bool NoArgs = false;
};

/// Writes little-endian words into a growing table.
struct Writer {
  std::vector<uint8_t> &B;
  unsigned PtrSize;
  void u8(uint8_t V) { B.push_back(V); }
  void u32(uint32_t V) {
    for (int I = 0; I < 4; ++I)
      B.push_back(uint8_t(V >> (8 * I)));
  }
  void word(uint64_t V) {
    for (unsigned I = 0; I < PtrSize; ++I)
      B.push_back(uint8_t(V >> (8 * I)));
  }
  void put32(size_t Off, uint32_t V) {
    for (int I = 0; I < 4; ++I)
      B[Off + I] = uint8_t(V >> (8 * I));
  }
  void putWord(size_t Off, uint64_t V) {
    for (unsigned I = 0; I < PtrSize; ++I)
      B[Off + I] = uint8_t(V >> (8 * I));
  }
  void varint(uint32_t V) {
    for (; V >= 0x80; V >>= 7)
      B.push_back(uint8_t(V | 0x80));
    B.push_back(uint8_t(V));
  }
  void align() {
    while (B.size() % PtrSize)
      B.push_back(0);
  }
};

} // namespace

/// A C++ symbol's name as the runtime's Go names go: runtime::x is
/// runtime.x, with no parameter list.
static std::string symbolName(StringRef Sym) {
  if (!Sym.starts_with("_Z"))
    return Sym.str();
  std::string S = demangle(Sym);
  size_t Paren = S.find('(');
  if (S == Sym || Paren == 0 || Paren == std::string::npos)
    return Sym.str();
  S.resize(Paren);
  for (size_t P; (P = S.find("::")) != std::string::npos;)
    S.replace(P, 2, ".");
  return S;
}

/// Whether the subprogram D (or the one it is an instance or the
/// definition of) has a parameter. gort's code generator describes every
/// parameter and receiver, unnamed ones too, as clang does; a closure's
/// context is none, as in Go.
static bool hasParams(DWARFDie D) {
  for (DWARFDie C : D.children())
    if (C.getTag() == dwarf::DW_TAG_formal_parameter ||
        C.getTag() == dwarf::DW_TAG_unspecified_parameters)
      return true;
  for (auto Attr : {dwarf::DW_AT_abstract_origin, dwarf::DW_AT_specification})
    if (DWARFDie O = D.getAttributeValueAsReferencedDie(Attr))
      if (O != D && hasParams(O))
        return true;
  return false;
}

/// What DWARF says of the functions, by entry pc: the Go names of the
/// subprograms of DW_LANG_Go units, and which subprograms of any unit
/// have no parameters.
struct DwarfFuncs {
  DenseMap<uint64_t, std::string> Names;
  DenseSet<uint64_t> NoArgs;
};

static DwarfFuncs dwarfFuncs(DWARFContext &Ctx) {
  DwarfFuncs R;
  for (const auto &CU : Ctx.compile_units()) {
    DWARFDie Top = CU->getUnitDIE(false);
    bool Go = dwarf::toUnsigned(Top.find(dwarf::DW_AT_language), 0) ==
              dwarf::DW_LANG_Go;
    for (const DWARFDebugInfoEntry &E : CU->dies()) {
      DWARFDie D(CU.get(), &E);
      uint64_t Lo, Hi, Sec;
      if (D.getTag() != dwarf::DW_TAG_subprogram ||
          !D.getLowAndHighPC(Lo, Hi, Sec))
        continue;
      if (!hasParams(D))
        R.NoArgs.insert(Lo);
      if (!Go)
        continue;
      if (const char *N = D.getName(DINameKind::ShortName))
        R.Names[Lo] = N;
    }
  }
  return R;
}

/// The function symbols of the executable, sorted and made disjoint.
static std::vector<Func> functions(const ObjectFile &Obj,
                                   const DwarfFuncs &DF) {
  const DenseMap<uint64_t, std::string> &Go = DF.Names;
  std::map<uint64_t, Func> ByAddr;
  for (ELFSymbolRef Sym : cast<ELFObjectFileBase>(Obj).symbols()) {
    auto Type = Sym.getType();
    auto Addr = Sym.getAddress();
    auto Name = Sym.getName();
    if (!Type || !Addr || !Name) {
      consumeError(Type.takeError());
      consumeError(Addr.takeError());
      consumeError(Name.takeError());
      continue;
    }
    if (*Type != SymbolRef::ST_Function || Sym.getSize() == 0)
      continue;
    Func F{*Addr, *Addr + Sym.getSize(), symbolName(*Name),
           DF.NoArgs.contains(*Addr)};
    auto It = Go.find(*Addr);
    if (It != Go.end())
      F.Name = It->second;
    auto [Pos, New] = ByAddr.try_emplace(*Addr, F);
    // Of two names for one address, the global one (not __x) is kept.
    if (!New && StringRef(Pos->second.Name).starts_with("_") &&
        !StringRef(F.Name).starts_with("_"))
      Pos->second = F;
  }
  std::vector<Func> Fs;
  for (auto &[A, F] : ByAddr)
    Fs.push_back(F);
  for (size_t I = 0; I + 1 < Fs.size(); ++I)
    Fs[I].End = std::min(Fs[I].End, Fs[I + 1].Entry);
  return Fs;
}

/// The table's files, each once.
struct FileTable {
  StringMap<int32_t> Ids;
  std::vector<std::string> Names;

  /// The index of the file Idx of CU's line table.
  int32_t id(DWARFContext &Ctx, DWARFUnit &CU, uint64_t Idx) {
    const DWARFDebugLine::LineTable *LT = Ctx.getLineTableForUnit(&CU);
    std::string Name;
    if (!LT || !LT->getFileNameByIndex(
                   Idx, CU.getCompilationDir(),
                   DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath,
                   Name))
      Name = "?";
    auto [Pos, New] = Ids.try_emplace(Name, int32_t(Names.size()));
    if (New)
      Names.push_back(Name);
    return Pos->second;
  }
};

/// The line table of every unit as spans (Val: file index, Val2: line).
static std::vector<Span> lineSpans(DWARFContext &Ctx, FileTable &Files) {
  std::vector<Span> Spans;
  for (const auto &CU : Ctx.compile_units()) {
    const DWARFDebugLine::LineTable *LT = Ctx.getLineTableForUnit(CU.get());
    if (!LT)
      continue;
    DenseMap<uint64_t, int32_t> Local; // the unit's file index -> Files
    auto fileId = [&](uint64_t Idx) {
      auto It = Local.find(Idx);
      if (It != Local.end())
        return It->second;
      return Local[Idx] = Files.id(Ctx, *CU, Idx);
    };
    for (const auto &Seq : LT->Sequences) {
      uint32_t Line = 0;
      // Rows [FirstRowIndex, LastRowIndex), the last one ending it.
      for (uint64_t I = Seq.FirstRowIndex; I + 1 < Seq.LastRowIndex; ++I) {
        const auto &R = LT->Rows[I];
        if (R.EndSequence)
          break;
        if (R.Line != 0) // line 0, compiler-made code, keeps the last line
          Line = R.Line;
        uint64_t Hi = LT->Rows[I + 1].Address.Address;
        if (Line != 0 && Hi > R.Address.Address)
          Spans.push_back(
              {R.Address.Address, Hi, fileId(R.File), int32_t(Line)});
      }
    }
  }
  std::stable_sort(Spans.begin(), Spans.end());
  return Spans;
}

/// A function inlined into another (Go 1.19's inlinedCall): its name, and
/// where its caller (Parent, or the function itself when -1) called it.
struct Inline {
  int32_t Parent;
  std::string Name;
  int32_t File, Line;
};

/// Adds the inlined calls under D (whose own inlined call is Parent) to
/// Inl, and their pcs to Spans (Val: index into Inl, Val2: depth).
static void inlinedCalls(DWARFContext &Ctx, DWARFDie D, int32_t Parent,
                         int32_t Depth, FileTable &Files,
                         std::vector<Inline> &Inl, std::vector<Span> &Spans) {
  for (DWARFDie C : D.children()) {
    int32_t Self = Parent;
    if (C.getTag() == dwarf::DW_TAG_inlined_subroutine) {
      const char *N = C.getName(DINameKind::ShortName);
      Self = int32_t(Inl.size());
      Inl.push_back(
          {Parent, N ? N : "?",
           Files.id(Ctx, *C.getDwarfUnit(),
                    dwarf::toUnsigned(C.find(dwarf::DW_AT_call_file), 0)),
           int32_t(dwarf::toUnsigned(C.find(dwarf::DW_AT_call_line), 0))});
      if (auto Ranges = C.getAddressRanges()) {
        for (const DWARFAddressRange &R : *Ranges)
          if (R.HighPC > R.LowPC)
            Spans.push_back({R.LowPC, R.HighPC, Self, Depth + 1});
      } else {
        consumeError(Ranges.takeError());
      }
    }
    inlinedCalls(Ctx, C, Self, Self == Parent ? Depth : Depth + 1, Files, Inl,
                 Spans);
  }
}

/// The inlined calls of the DW_LANG_Go units, as spans (Val: index into
/// Inl) that do not overlap: at each pc the innermost call.
static std::vector<Span> inlineSpans(DWARFContext &Ctx, FileTable &Files,
                                     std::vector<Inline> &Inl) {
  std::vector<Span> Nested;
  for (const auto &CU : Ctx.compile_units()) {
    DWARFDie Top = CU->getUnitDIE(false);
    if (dwarf::toUnsigned(Top.find(dwarf::DW_AT_language), 0) ==
        dwarf::DW_LANG_Go)
      inlinedCalls(Ctx, Top, -1, 0, Files, Inl, Nested);
  }
  // Cut at every boundary; each piece gets its deepest call.
  std::vector<uint64_t> Cuts;
  for (const Span &S : Nested) {
    Cuts.push_back(S.Lo);
    Cuts.push_back(S.Hi);
  }
  std::sort(Cuts.begin(), Cuts.end());
  Cuts.erase(std::unique(Cuts.begin(), Cuts.end()), Cuts.end());
  std::vector<Span> Flat;
  for (size_t I = 0; I + 1 < Cuts.size(); ++I)
    Flat.push_back({Cuts[I], Cuts[I + 1], -1, -1});
  for (const Span &S : Nested) {
    auto It = std::lower_bound(Flat.begin(), Flat.end(), Span{S.Lo, 0, 0, 0});
    for (; It != Flat.end() && It->Lo < S.Hi; ++It)
      if (S.Val2 > It->Val2) {
        It->Val = S.Val;
        It->Val2 = S.Val2;
      }
  }
  std::vector<Span> Out;
  for (const Span &S : Flat)
    if (S.Val >= 0)
      Out.push_back(S);
  return Out;
}

/// The slot of a register saved at CFA - slot*ptrsize; 0 if kept in place,
/// -1 if it cannot be found.
static int32_t savedSlot(const dwarf::UnwindRow &Row, unsigned Reg,
                         unsigned PtrSize) {
  auto L = Row.getRegisterLocations().getRegisterLocation(Reg);
  if (!L || L->getLocation() == dwarf::UnwindLocation::Same)
    return 0;
  if (L->getLocation() == dwarf::UnwindLocation::CFAPlusOffset &&
      *L == dwarf::UnwindLocation::createAtCFAPlusOffset(L->getOffset()) &&
      L->getOffset() < 0 &&
      -L->getOffset() % PtrSize == 0 && -L->getOffset() / PtrSize < 1024)
    return int32_t(-L->getOffset() / PtrSize);
  return -1;
}

/// LLVM's CFI for arm's split-stack prologue (ARMFrameLowering's
/// adjustForSegmentedStacks) is wrong on its way into the body: after
/// `pop {r4, r5}; bx lr` (the return from __morestack) it keeps lr saved
/// 12 below a CFA that is sp itself, and at the body's entry, the
/// `pop {r4, r5}` that the check's branch lands on, it says CFA=SP where sp
/// is 8 lower. The row after that pop is the one with r4 and r5 same_value
/// again. Fixes the row R (lr, never saved below sp, is in lr) and the
/// span before it (its last instruction, the pop, at CFA=SP+8: 4 bytes in
/// A32, where the span is `bx lr; pop`, 8 bytes; 2 in Thumb-2). (Go code
/// is A32; C in Thumb-2 keeps a wrong row on the return from __morestack.)
static void fixArmSplitPrologue(const dwarf::UnwindRow &R, const Arch &A,
                                bool FPBasedRow, int32_t SP, int32_t &RASlot,
                                bool &Body, std::vector<Span> &Spans) {
  // The `push {lr}` before `bl __morestack` saved lr at CFA-12; the body's
  // rows keep that rule (a leaf's whole body), where lr was never saved:
  // LLVM's own saves of lr are at CFA-4, the top of a push.
  if (Body && RASlot == 3)
    RASlot = 0;
  if (FPBasedRow)
    return;
  if (RASlot > 0 && SP < RASlot * int32_t(A.PtrSize)) {
    RASlot = 0;
    // The `bl __morestack; pop {lr}; pop {r4, r5}` before it, in A32: its
    // last pop runs at CFA=SP+8 with lr restored.
    if (!Spans.empty() && Spans.back().Hi == R.getAddress() &&
        Spans.back().Hi - Spans.back().Lo == 12 && Spans.back().Val == 12) {
      Span &Prev = Spans.back();
      Prev.Hi -= 4;
      Spans.push_back({Prev.Hi, Prev.Hi + 4, 8, 0});
    }
  }
  auto same = [&](unsigned Reg) {
    auto L = R.getRegisterLocations().getRegisterLocation(Reg);
    return L && L->getLocation() == dwarf::UnwindLocation::Same;
  };
  if (SP != 0 || !same(4) || !same(5) || Spans.empty() ||
      Spans.back().Hi != R.getAddress())
    return;
  Body = true;
  Span &Prev = Spans.back();
  uint64_t Pop = Prev.Hi - (Prev.Hi - Prev.Lo == 8 ? 4 : 2);
  if (Pop <= Prev.Lo)
    return;
  uint64_t Hi = Prev.Hi;
  Prev.Hi = Pop;
  Spans.push_back({Pop, Hi, 8, 0});
}

/// The CFI of one section as spans (Val: pcsp, Val2: pcfp).
static bool frameSpans(DWARFContext &Ctx, const Arch &A, bool DebugFrame,
                       std::vector<Span> &Spans) {
  auto Frame = DebugFrame ? Ctx.getDebugFrame() : Ctx.getEHFrame();
  if (!Frame) {
    errs() << "gort: error: cannot read the CFI: "
           << toString(Frame.takeError()) << "\n";
    return false;
  }
  if (!*Frame)
    return true;
  for (const dwarf::FrameEntry &E : (*Frame)->entries()) {
    const auto *FDE = dyn_cast<dwarf::FDE>(&E);
    if (!FDE)
      continue;
    auto Table = dwarf::UnwindTable::create(FDE);
    if (!Table) {
      consumeError(Table.takeError());
      continue;
    }
    uint64_t End = FDE->getInitialLocation() + FDE->getAddressRange();
    const dwarf::CIE *CIE = FDE->getLinkedCIE();
    bool Signal = CIE && CIE->getAugmentationString().contains('S');
    // The return column: on arm, a signal frame's is pc (15), not lr.
    unsigned RA = CIE ? unsigned(CIE->getReturnAddressRegister()) : A.RA;
    const dwarf::UnwindTable &Rows = *Table;
    bool Body = false;  // past arm's split-stack prologue
    for (size_t I = 0; I < Rows.size(); ++I) {
      const dwarf::UnwindRow &R = Rows[I];
      uint64_t Lo = R.getAddress();
      uint64_t Hi = I + 1 < Rows.size() ? Rows[I + 1].getAddress() : End;
      if (Hi <= Lo)
        continue;
      const dwarf::UnwindLocation &CFA = R.getCFAValue();
      int32_t SP = 0, FP = 0;
      int32_t FPSlot = savedSlot(R, A.FP, A.PtrSize);
      int32_t RASlot = savedSlot(R, RA, A.PtrSize);
      auto RAL = R.getRegisterLocations().getRegisterLocation(RA);
      bool RAUndef =
          RAL && RAL->getLocation() == dwarf::UnwindLocation::Undefined;
      if (CFA.getLocation() == dwarf::UnwindLocation::RegPlusOffset &&
          CFA == dwarf::UnwindLocation::createIsRegisterPlusOffset(
                     CFA.getRegister(), CFA.getOffset()) &&
          (CFA.getRegister() == A.SP || CFA.getRegister() == A.FP)) {
        SP = CFA.getOffset();
        if (CFA.getRegister() == A.FP)
          FP |= FPBased;
      } else {
        FP |= FPStop;
      }
      // On x86 a return address the CFI leaves alone is at CFA - ptrsize.
      if (RASlot == 0 && A.RA != 14)
        RASlot = 1;
      if (A.RA == 14 && !(FP & FPStop))
        fixArmSplitPrologue(R, A, FP & FPBased, SP, RASlot, Body, Spans);
      if (FPSlot < 0 || RASlot < 0 || RAUndef)
        FP |= FPStop;
      else
        FP |= FPSlot << FPSlotShift | RASlot << RASlotShift;
      if (Signal)
        FP |= FPSignal;
      Spans.push_back({Lo, Hi, SP, FP});
    }
  }
  return true;
}

/// The CFI as spans (Val: pcsp, Val2: pcfp): .eh_frame's, and on arm
/// .debug_frame's, where the compiler puts it (its .eh_frame has the
/// assembly's).
static bool frameSpans(DWARFContext &Ctx, const Arch &A,
                       std::vector<Span> &Spans) {
  if (!frameSpans(Ctx, A, false, Spans) ||
      (A.DebugFrame && !frameSpans(Ctx, A, true, Spans)))
    return false;
  std::stable_sort(Spans.begin(), Spans.end());
  return true;
}

/// Encodes the values of Spans (Val, or Val2 when Second) over [Entry, End)
/// as a Go 1.2 pcvalue stream; returns its offset in the table, 0 for none.
static uint32_t encodeSpans(Writer &W, const std::vector<Span> &Spans,
                            uint64_t Entry, uint64_t End, bool Second,
                            unsigned Quantum) {
  // The runs (start, value) over [Entry, End), -1 where nothing is known.
  std::vector<std::pair<uint64_t, int32_t>> Runs;
  auto add = [&](uint64_t Pc, int32_t V) {
    if (!Runs.empty() && Runs.back().second == V)
      return;
    if (!Runs.empty() && Runs.back().first == Pc)
      Runs.pop_back();
    if (!Runs.empty() && Runs.back().second == V)
      return;
    Runs.push_back({Pc, V});
  };
  auto It = std::upper_bound(Spans.begin(), Spans.end(), Span{Entry, 0, 0, 0});
  while (It != Spans.begin() && std::prev(It)->Hi > Entry)
    --It;
  uint64_t Pc = Entry;
  bool Any = false;
  for (; It != Spans.end() && It->Lo < End; ++It) {
    if (It->Hi <= Pc)
      continue;
    if (It->Lo > Pc)
      add(Pc, -1);
    add(std::max(It->Lo, Pc), Second ? It->Val2 : It->Val);
    Pc = std::min(It->Hi, End);
    Any = true;
  }
  if (!Any)
    return 0;
  if (Pc < End)
    add(Pc, -1);
  uint32_t Off = uint32_t(W.B.size());
  int32_t Prev = -1;
  for (size_t I = 0; I < Runs.size(); ++I) {
    uint64_t Next = I + 1 < Runs.size() ? Runs[I + 1].first : End;
    int32_t D = Runs[I].second - Prev;
    W.varint(uint32_t(D << 1) ^ uint32_t(D >> 31));
    W.varint(uint32_t((Next - Runs[I].first) / Quantum));
    Prev = Runs[I].second;
  }
  W.u8(0);
  return Off;
}

/// Go 1.2's header, of both tables: magic, two zeros, the pc quantum, the
/// pointer size.
static void header(Writer &W, const Arch &A) {
  W.u32(PclnMagic);
  W.u8(0);
  W.u8(0);
  W.u8(uint8_t(A.Quantum));
  W.u8(uint8_t(A.PtrSize));
}

/// The whole table (docs/ABI.md, "The pc table").
static void encodeTable(const Arch &A, std::vector<Func> &Fs,
                        const std::vector<Span> &Lines,
                        const std::vector<Span> &Frames,
                        const std::vector<Span> &Inls,
                        const std::vector<std::string> &Files,
                        const std::vector<Inline> &Inl,
                        std::vector<uint8_t> &Out) {
  Writer W{Out, A.PtrSize};
  header(W, A);
  W.word(Fs.size());
  W.word(Files.size());
  size_t FileTabOffPos = Out.size();
  W.word(0);
  W.word(Inl.size());
  size_t InlTabOffPos = Out.size();
  W.word(0);
  size_t FuncTab = Out.size();
  for (size_t I = 0; I <= Fs.size(); ++I) {
    W.word(I < Fs.size() ? Fs[I].Entry : Fs.empty() ? 0 : Fs.back().End);
    W.word(0);
  }
  size_t FuncSize = 2 * A.PtrSize + 32;
  size_t Funcs = Out.size();
  Out.resize(Out.size() + FuncSize * Fs.size());
  size_t FileTab = Out.size();
  W.putWord(FileTabOffPos, FileTab);
  Out.resize(Out.size() + 4 * Files.size());
  size_t InlTab = Out.size();
  W.putWord(InlTabOffPos, InlTab);
  Out.resize(Out.size() + 16 * Inl.size());
  for (size_t I = 0; I < Files.size(); ++I) {
    W.put32(FileTab + 4 * I, uint32_t(Out.size()));
    Out.insert(Out.end(), Files[I].begin(), Files[I].end());
    Out.push_back(0);
  }
  for (size_t I = 0; I < Inl.size(); ++I) {
    size_t E = InlTab + 16 * I;
    W.put32(E, uint32_t(Inl[I].Parent));
    W.put32(E + 4, uint32_t(Out.size()));
    W.put32(E + 8, uint32_t(Inl[I].File));
    W.put32(E + 12, uint32_t(Inl[I].Line));
    Out.insert(Out.end(), Inl[I].Name.begin(), Inl[I].Name.end());
    Out.push_back(0);
  }
  for (size_t I = 0; I < Fs.size(); ++I) {
    const Func &F = Fs[I];
    size_t Rec = Funcs + FuncSize * I;
    W.putWord(FuncTab + (2 * I + 1) * A.PtrSize, Rec);
    uint32_t Name = uint32_t(Out.size());
    Out.insert(Out.end(), F.Name.begin(), F.Name.end());
    Out.push_back(0);
    uint32_t SP = encodeSpans(W, Frames, F.Entry, F.End, false, A.Quantum);
    uint32_t FP = encodeSpans(W, Frames, F.Entry, F.End, true, A.Quantum);
    uint32_t File = encodeSpans(W, Lines, F.Entry, F.End, false, A.Quantum);
    uint32_t Line = encodeSpans(W, Lines, F.Entry, F.End, true, A.Quantum);
    uint32_t InlPc = encodeSpans(W, Inls, F.Entry, F.End, false, A.Quantum);
    // A function whose caller cannot be found at its entry is a top frame.
    auto At = std::upper_bound(Frames.begin(), Frames.end(),
                               Span{F.Entry, 0, 0, 0});
    uint32_t Flags = isWrapper(F.Name) ? FuncFlagWrapper : 0;
    if (F.NoArgs)
      Flags |= FuncFlagNoArgs;
    if (At != Frames.begin() && std::prev(At)->Hi > F.Entry &&
        std::prev(At)->Lo <= F.Entry && (std::prev(At)->Val2 & FPStop))
      Flags |= FuncFlagTopFrame;
    W.putWord(Rec, F.Entry);
    W.putWord(Rec + A.PtrSize, F.End);
    size_t P = Rec + 2 * A.PtrSize;
    for (uint32_t V : {Name, SP, FP, File, Line, InlPc, Flags, 0u}) {
      W.put32(P, V);
      P += 4;
    }
  }
  W.align();
}

/// The same functions, files and lines as Go 1.2's .gopclntab (Go 1.19's
/// debug/gosym reads it; docs/ABI.md), which `go tool pprof` names a
/// profile's pcs from before the DWARF: so it names the runtime's C++ and
/// assembly functions (runtime.x) and the compiler's wrappers too, and
/// reads a -g0 build. Go's _func: entry, then int32s name, args, frame,
/// pcsp, pcfile, pcln, npcdata, nfuncdata; files are numbered from 1.
static void encodeGoTable(const Arch &A, const std::vector<Func> &Fs,
                          const std::vector<Span> &Lines,
                          const std::vector<std::string> &Files,
                          std::vector<uint8_t> &Out) {
  Writer W{Out, A.PtrSize};
  header(W, A);
  W.word(Fs.size());
  size_t FuncTab = Out.size();
  for (const Func &F : Fs) {
    W.word(F.Entry);
    W.word(0);
  }
  W.word(Fs.empty() ? 0 : Fs.back().End);
  size_t FileTabOffPos = Out.size();
  W.u32(0);
  W.align();
  size_t FuncSize = A.PtrSize + 8 * 4;
  size_t Funcs = Out.size();
  Out.resize(Out.size() + FuncSize * Fs.size());
  size_t FileTab = Out.size();
  W.put32(FileTabOffPos, uint32_t(FileTab));
  Out.resize(Out.size() + 4 * (Files.size() + 1));
  W.put32(FileTab, uint32_t(Files.size() + 1));
  for (size_t I = 0; I < Files.size(); ++I) {
    W.put32(FileTab + 4 * (I + 1), uint32_t(Out.size()));
    Out.insert(Out.end(), Files[I].begin(), Files[I].end());
    Out.push_back(0);
  }
  std::vector<Span> GoLines = Lines;
  for (Span &S : GoLines)
    if (S.Val >= 0)
      S.Val++;
  for (size_t I = 0; I < Fs.size(); ++I) {
    const Func &F = Fs[I];
    size_t Rec = Funcs + FuncSize * I;
    W.putWord(FuncTab + (2 * I + 1) * A.PtrSize, Rec);
    uint32_t Name = uint32_t(Out.size());
    Out.insert(Out.end(), F.Name.begin(), F.Name.end());
    Out.push_back(0);
    uint32_t File =
        encodeSpans(W, GoLines, F.Entry, F.End, false, A.Quantum);
    uint32_t Line = encodeSpans(W, GoLines, F.Entry, F.End, true, A.Quantum);
    W.putWord(Rec, F.Entry);
    size_t P = Rec + A.PtrSize;
    for (uint32_t V : {Name, 0u, 0u, 0u, File, Line, 0u, 0u}) {
      W.put32(P, V);
      P += 4;
    }
  }
}

std::vector<uint8_t> gort::emptyPclntab(const std::string &ArchName) {
  std::vector<Func> None;
  std::vector<uint8_t> Out;
  encodeTable(*findArch(ArchName), None, {}, {}, {}, {}, {}, Out);
  return Out;
}

bool gort::buildPclntab(const std::string &ArchName, const std::string &Exe,
                        std::vector<uint8_t> &Table,
                        std::vector<uint8_t> &GoTable) {
  const Arch *A = findArch(ArchName);
  auto Bin = ObjectFile::createObjectFile(Exe);
  if (!Bin) {
    errs() << "gort: error: cannot read '" << Exe
           << "': " << toString(Bin.takeError()) << "\n";
    return false;
  }
  const ObjectFile &Obj = *Bin->getBinary();
  auto Ctx = DWARFContext::create(Obj);
  FileTable Files;
  std::vector<Span> Lines = lineSpans(*Ctx, Files);
  std::vector<Inline> Inl;
  std::vector<Span> Inls = inlineSpans(*Ctx, Files, Inl);
  std::vector<Span> Frames;
  if (!frameSpans(*Ctx, *A, Frames))
    return false;
  std::vector<Func> Fs = functions(Obj, dwarfFuncs(*Ctx));
  Table.clear();
  encodeTable(*A, Fs, Lines, Frames, Inls, Files.Names, Inl, Table);
  GoTable.clear();
  encodeGoTable(*A, Fs, Lines, Files.Names, GoTable);
  return true;
}

bool gort::emitPclntabObject(TargetMachine &TM, const std::vector<uint8_t> &T,
                             const std::string &Path) {
  LLVMContext Ctx;
  Module M("gort_pclntab", Ctx);
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());
  auto *Init = ConstantDataArray::get(Ctx, ArrayRef<uint8_t>(T));
  // Writable data, so that lld places it after .text: link 2 keeps every
  // function where link 1 put it.
  auto *G = new GlobalVariable(M, Init->getType(), /*isConstant=*/false,
                               GlobalValue::ExternalLinkage, Init,
                               "runtime.pclntab");
  G->setSection("gort_pclntab");
  G->setAlignment(Align(8));
  return emitFile(M, TM, Path, false);
}

/// Function symbol name -> address.
static bool functionAddrs(const std::string &Exe,
                          std::map<std::string, uint64_t> &Out) {
  auto Bin = ObjectFile::createObjectFile(Exe);
  if (!Bin) {
    errs() << "gort: error: cannot read '" << Exe
           << "': " << toString(Bin.takeError()) << "\n";
    return false;
  }
  for (const SymbolRef &Sym : Bin->getBinary()->symbols()) {
    auto Type = Sym.getType();
    auto Addr = Sym.getAddress();
    auto Name = Sym.getName();
    if (Type && Addr && Name && *Type == SymbolRef::ST_Function)
      Out[Name->str()] = *Addr;
    if (!Type)
      consumeError(Type.takeError());
    if (!Addr)
      consumeError(Addr.takeError());
    if (!Name)
      consumeError(Name.takeError());
  }
  return true;
}

bool gort::checkSameFunctions(const std::string &Old, const std::string &New) {
  std::map<std::string, uint64_t> A, B;
  if (!functionAddrs(Old, A) || !functionAddrs(New, B))
    return false;
  for (auto &[Name, Addr] : A) {
    auto It = B.find(Name);
    if (It == B.end() || It->second != Addr) {
      errs() << "gort: internal error: the pc table's link moved " << Name
             << "\n";
      return false;
    }
  }
  return true;
}

/// The frame of every pc of [Entry, End) where it changes, as the runtime's
/// unwinder reads it (runtime/traceback.cpp): the CFA (sp or fp plus a
/// distance), where the caller's fp and return address are saved (CFA -
/// k words; fp=0 unchanged, ra=0 in lr), or "stop".
static void dumpFrames(uint64_t Entry, uint64_t End, unsigned Quantum,
                       function_ref<std::pair<int32_t, int32_t>(uint64_t)> At,
                       raw_ostream &OS) {
  std::pair<int32_t, int32_t> Last{-2, -2};
  for (uint64_t Pc = Entry; Pc < End; Pc += Quantum) {
    auto [SP, FP] = At(Pc);
    if (std::make_pair(SP, FP) == Last)
      continue;
    Last = {SP, FP};
    OS << "  +" << format_hex(Pc - Entry, 2) << ' ';
    if (SP < 0 || FP < 0 || (FP & FPStop)) {
      OS << "stop\n";
      continue;
    }
    OS << "cfa=" << ((FP & FPBased) ? "fp" : "sp") << '+' << SP
       << " fp=" << ((FP >> FPSlotShift) & SlotMask)
       << " ra=" << ((FP >> RASlotShift) & SlotMask)
       << ((FP & FPSignal) ? " signal" : "") << "\n";
  }
}

bool gort::dumpPclntab(const std::string &Exe, raw_ostream &OS,
                        StringRef FramesOf) {
  auto Bin = ObjectFile::createObjectFile(Exe);
  if (!Bin) {
    errs() << "gort: error: cannot read '" << Exe
           << "': " << toString(Bin.takeError()) << "\n";
    return false;
  }
  StringRef T;
  for (const SectionRef &S : Bin->getBinary()->sections()) {
    auto Name = S.getName();
    if (Name && *Name == "gort_pclntab") {
      if (auto C = S.getContents())
        T = *C;
    }
  }
  if (T.size() < 8) {
    errs() << "gort: error: '" << Exe << "' has no pc table\n";
    return false;
  }
  auto u8 = [&](size_t O) { return uint8_t(T[O]); };
  auto u32 = [&](size_t O) {
    return uint32_t(u8(O)) | uint32_t(u8(O + 1)) << 8 |
           uint32_t(u8(O + 2)) << 16 | uint32_t(u8(O + 3)) << 24;
  };
  unsigned Quantum = u8(6), PtrSize = u8(7);
  auto word = [&](size_t O) {
    uint64_t V = 0;
    for (unsigned I = 0; I < PtrSize; ++I)
      V |= uint64_t(u8(O + I)) << (8 * I);
    return V;
  };
  // Go's pcvalue: the value at Target of the stream at Off.
  auto pcvalue = [&](uint32_t Off, uint64_t Entry, uint64_t Target) {
    if (Off == 0)
      return int32_t(-1);
    int32_t Val = -1;
    uint64_t Pc = Entry;
    bool First = true;
    auto varint = [&](size_t &P) {
      uint32_t V = 0;
      for (unsigned S = 0;; S += 7) {
        uint8_t B = u8(P++);
        V |= uint32_t(B & 0x7f) << S;
        if (!(B & 0x80))
          return V;
      }
    };
    for (size_t P = Off;;) {
      uint32_t UV = varint(P);
      if (UV == 0 && !First)
        return int32_t(-1);
      First = false;
      Val += int32_t(-(UV & 1) ^ (UV >> 1));
      Pc += varint(P) * Quantum;
      if (Target < Pc)
        return Val;
    }
  };
  uint64_t N = word(8), FileTab = word(8 + 2 * PtrSize);
  size_t FuncTab = 8 + 5 * PtrSize;
  for (uint64_t I = 0; I < N; ++I) {
    size_t Rec = word(FuncTab + (2 * I + 1) * PtrSize);
    uint64_t Entry = word(Rec), End = word(Rec + PtrSize);
    size_t P = Rec + 2 * PtrSize;
    uint32_t Name = u32(P), File = u32(P + 12), Line = u32(P + 16),
             Flags = u32(P + 24);
    int32_t FileIdx = pcvalue(File, Entry, Entry);
    OS << format_hex(Entry, 2 + 2 * PtrSize) << ' '
       << format_hex(End, 2 + 2 * PtrSize) << ' ' << T.data() + Name << ' '
       << (FileIdx < 0 ? "?" : T.data() + u32(FileTab + 4 * FileIdx)) << ':'
       << pcvalue(Line, Entry, Entry) << " flags=" << Flags << "\n";
    if (FramesOf == T.data() + Name)
      dumpFrames(Entry, End, Quantum, [&](uint64_t Pc) {
        return std::make_pair(pcvalue(u32(P + 4), Entry, Pc),
                              pcvalue(u32(P + 8), Entry, Pc));
      }, OS);
  }
  return true;
}

bool gort::finishExecutable(const std::string &Exe, bool StripDebug,
                            const std::vector<uint8_t> &GoTable) {
  auto Buf = MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  if (!Buf) {
    errs() << "gort: error: cannot read '" << Exe
           << "': " << Buf.getError().message() << "\n";
    return false;
  }
  auto Bin = createBinary((*Buf)->getMemBufferRef());
  if (!Bin) {
    errs() << "gort: error: " << toString(Bin.takeError()) << "\n";
    return false;
  }
  objcopy::ConfigManager Config;
  Config.Common.StripDebug = StripDebug;
  // Not loaded: only tools read it.
  Config.Common.AddSection.emplace_back(
      ".gopclntab", MemoryBuffer::getMemBufferCopy(
                        StringRef((const char *)GoTable.data(),
                                  GoTable.size()),
                        ".gopclntab"));
  SmallVector<char, 0> Out;
  raw_svector_ostream OS(Out);
  if (Error E = objcopy::executeObjcopyOnBinary(Config, **Bin, OS)) {
    errs() << "gort: error: cannot finish '" << Exe
           << "': " << toString(std::move(E)) << "\n";
    return false;
  }
  std::error_code EC;
  raw_fd_ostream F(Exe, EC, sys::fs::OF_None);
  if (EC) {
    errs() << "gort: error: cannot write '" << Exe << "': " << EC.message()
           << "\n";
    return false;
  }
  F.write(Out.data(), Out.size());
  return !F.has_error();
}
