//===- CGDebugInfo.cpp - DWARF for Go -------------------------------------===//
//
// DWARF. With Options.Debug, a compile unit of language DW_LANG_Go, one
// DISubprogram per function under its Go name, a line for every statement
// and call, and a DILocalVariable for every named local and parameter (a
// captured one is described through its cell: DW_OP_deref).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Support/FileSystem.h"

using namespace gort;
using namespace gort::cg;

llvm::DIType *CodeGen::diType(Type *T) {
  std::string Name = typeName(T);
  auto It = DITypes.find(Name);
  if (It != DITypes.end())
    return It->second;
  unsigned PtrBits = DL.getPointerSizeInBits();
  llvm::DIType *D = nullptr;
  Type *U = underlying(T);
  if (auto *BT = dyn_cast<BasicType>(U)) {
    if (BT->BK == BasicKind::Bool) {
      D = DIB->createBasicType(Name, 8, llvm::dwarf::DW_ATE_boolean);
    } else if (BT->BK == BasicKind::String) {
      auto *U8 = DIB->createBasicType("uint8", 8, llvm::dwarf::DW_ATE_unsigned);
      auto *P = DIB->createPointerType(U8, PtrBits);
      auto *IntD = DIB->createBasicType("int", PtrBits, llvm::dwarf::DW_ATE_signed);
      auto *Str = DIB->createMemberType(CU, "str", DIF, 0, PtrBits, PtrBits, 0,
                                        llvm::DINode::FlagZero, P);
      auto *Len = DIB->createMemberType(CU, "len", DIF, 0, PtrBits, PtrBits,
                                        PtrBits, llvm::DINode::FlagZero, IntD);
      D = DIB->createStructType(CU, "string", DIF, 0, 2 * PtrBits, PtrBits,
                                llvm::DINode::FlagZero, nullptr,
                                DIB->getOrCreateArray({Str, Len}));
    } else {
      unsigned Bits = llvmType(U)->getIntegerBitWidth();
      D = DIB->createBasicType(Name, Bits,
                               isUnsigned(U) ? llvm::dwarf::DW_ATE_unsigned
                                             : llvm::dwarf::DW_ATE_signed);
    }
  } else if (auto *ST = dyn_cast<gort::SliceTy>(U)) {
    // As gc: a struct {array *T; len, cap int} named "[]T".
    auto *P = DIB->createPointerType(diType(ST->Elem), PtrBits, 0,
                                     std::nullopt, "*" + typeName(ST->Elem));
    auto *IntD = diType(Info.Types.basic(BasicKind::Int));
    auto *Arr = DIB->createMemberType(CU, "array", DIF, 0, PtrBits, PtrBits, 0,
                                      llvm::DINode::FlagZero, P);
    auto *Len = DIB->createMemberType(CU, "len", DIF, 0, PtrBits, PtrBits,
                                      PtrBits, llvm::DINode::FlagZero, IntD);
    auto *Cap = DIB->createMemberType(CU, "cap", DIF, 0, PtrBits, PtrBits,
                                      2 * PtrBits, llvm::DINode::FlagZero, IntD);
    D = DIB->createStructType(CU, Name, DIF, 0, 3 * PtrBits, PtrBits,
                              llvm::DINode::FlagZero, nullptr,
                              DIB->getOrCreateArray({Arr, Len, Cap}));
  } else if (isa<EmptyInterfaceType>(U)) {
    auto *VP = DIB->createPointerType(nullptr, PtrBits);
    auto *Ty = DIB->createMemberType(CU, "_type", DIF, 0, PtrBits, PtrBits, 0,
                                     llvm::DINode::FlagZero, VP);
    auto *Data = DIB->createMemberType(CU, "data", DIF, 0, PtrBits, PtrBits,
                                       PtrBits, llvm::DINode::FlagZero, VP);
    D = DIB->createStructType(CU, Name, DIF, 0, 2 * PtrBits, PtrBits,
                              llvm::DINode::FlagZero, nullptr,
                              DIB->getOrCreateArray({Ty, Data}));
  } else {
    D = DIB->createPointerType(nullptr, PtrBits, 0, std::nullopt, Name);
  }
  DITypes[Name] = D;
  return D;
}

void CodeGen::setLoc(SourceLoc L) {
  if (!DIB || !Cur || !Cur->SP || !L.isValid())
    return;
  B.SetCurrentDebugLocation(diLoc(L, Cur->SP));
}

/// The file a //line directive names at L (relative names are taken from
/// the current directory, as gc does), or the source file.
llvm::DIFile *CodeGen::diFile(SourceLoc L) {
  StringRef Name = Diags.presumed(L).File;
  if (Name == Diags.getFileName())
    return DIF;
  llvm::DIFile *&F = DIFiles[Name.str()];
  if (!F) {
    llvm::SmallString<256> Dir;
    llvm::sys::fs::current_path(Dir);
    F = DIB->createFile(Name, Dir);
  }
  return F;
}

/// A location in SP; one in another file than SP's goes through a lexical
/// block file, the way DWARF names a file per line.
llvm::DILocation *CodeGen::diLoc(SourceLoc L, llvm::DISubprogram *SP) {
  PresumedLoc P = Diags.presumed(L);
  llvm::DIFile *F = diFile(L);
  llvm::DIScope *Scope = SP;
  if (F != SP->getFile())
    Scope = DIB->createLexicalBlockFile(SP, F);
  return llvm::DILocation::get(Ctx, P.Line, P.Col, Scope);
}

llvm::DISubprogram *CodeGen::thunkSubprogram(llvm::Function *Thunk,
                                             SourceLoc Loc) {
  if (!DIB)
    return nullptr;
  auto *SP = DIB->createFunction(
      DIF, Thunk->getName(), "", diFile(Loc), diLine(Loc),
      DIB->createSubroutineType(DIB->getOrCreateTypeArray({})), diLine(Loc),
      llvm::DINode::FlagArtificial, llvm::DISubprogram::SPFlagDefinition);
  Thunk->setSubprogram(SP);
  return SP;
}
