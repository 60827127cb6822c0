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

/// A struct's fields at their offsets in memType's layout. The type is
/// registered before its fields are described, so that a field of type *T
/// inside T refers back to it.
llvm::DIType *CodeGen::diStruct(StructTy *ST, const std::string &Name,
                                 const std::string &Key) {
  auto *LT = cast<llvm::StructType>(memType(ST));
  const llvm::StructLayout *SL = DL.getStructLayout(LT);
  auto *D = DIB->createStructType(
      CU, Name, DIF, 0, SL->getSizeInBits(),
      DL.getABITypeAlign(LT).value() * 8, llvm::DINode::FlagZero, nullptr,
      DIB->getOrCreateArray({}));
  DITypes[Key] = D;
  std::vector<llvm::Metadata *> Members;
  for (unsigned I = 0; I < ST->Fields.size(); ++I) {
    llvm::Type *FT = LT->getElementType(I);
    Members.push_back(DIB->createMemberType(
        CU, ST->Fields[I].Name, DIF, 0, DL.getTypeAllocSizeInBits(FT),
        DL.getABITypeAlign(FT).value() * 8, SL->getElementOffsetInBits(I),
        llvm::DINode::FlagZero, diType(ST->Fields[I].T)));
  }
  DIB->replaceArrays(D, DIB->getOrCreateArray(Members));
  return D;
}

llvm::DIType *CodeGen::diType(Type *T) {
  // Types are named as gc's DWARF names them: "main.T", "*main.T".
  std::string Name = typeName(T), Key = typeName(T, true);
  auto It = DITypes.find(Key);
  if (It != DITypes.end())
    return It->second;
  unsigned PtrBits = DL.getPointerSizeInBits();
  llvm::DIType *D = nullptr;
  Type *U = underlying(T);
  if (auto *ST = dyn_cast<StructTy>(U))
    return diStruct(ST, Name, Key);
  if (isa<NamedType>(T) && !isa<BasicType>(U)) {
    // A type that refers to itself (type P *P) finds a temporary, which
    // the typedef replaces.
    auto *Tmp = DIB->createReplaceableCompositeType(
        llvm::dwarf::DW_TAG_structure_type, Name, CU, DIF, 0);
    DITypes[Key] = Tmp;
    D = DIB->createTypedef(diType(U), Name, DIF, 0, CU);
    DIB->replaceTemporary(llvm::TempDIType(Tmp), D);
  } else if (auto *P = dyn_cast<PointerTy>(U)) {
    // A pointer back into a struct being described finds it registered.
    D = DIB->createPointerType(diType(P->Elem), PtrBits, 0, std::nullopt,
                               Name);
  } else if (auto *A = dyn_cast<ArrayTy>(U)) {
    llvm::Type *MT = memType(A);
    D = DIB->createArrayType(
        DL.getTypeAllocSizeInBits(MT), DL.getABITypeAlign(MT).value() * 8,
        diType(A->Elem),
        DIB->getOrCreateArray({DIB->getOrCreateSubrange(0, A->Len)}));
  } else if (auto *BT = dyn_cast<BasicType>(U)) {
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
    } else if (isFloat(U)) {
      D = DIB->createBasicType(Name, llvmType(U)->getPrimitiveSizeInBits(),
                               llvm::dwarf::DW_ATE_float);
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
  } else if (isa<InterfaceTy>(U)) {
    // As gc: runtime.eface {_type, data}, runtime.iface {tab, data}.
    auto *VP = DIB->createPointerType(nullptr, PtrBits);
    auto *Ty = DIB->createMemberType(CU, isa<EmptyInterfaceType>(U) ? "_type" : "tab", DIF, 0, PtrBits, PtrBits, 0,
                                     llvm::DINode::FlagZero, VP);
    auto *Data = DIB->createMemberType(CU, "data", DIF, 0, PtrBits, PtrBits,
                                       PtrBits, llvm::DINode::FlagZero, VP);
    D = DIB->createStructType(CU, Name, DIF, 0, 2 * PtrBits, PtrBits,
                              llvm::DINode::FlagZero, nullptr,
                              DIB->getOrCreateArray({Ty, Data}));
  } else if (auto *MT = dyn_cast<MapTy>(U)) {
    // As gc: a typedef map[K]V of a pointer to the runtime's hash table
    // (here opaque).
    auto *H = DIB->createForwardDecl(
        llvm::dwarf::DW_TAG_structure_type,
        "hash<" + typeName(MT->Key) + "," + typeName(MT->Elem) + ">", CU, DIF,
        0);
    D = DIB->createTypedef(DIB->createPointerType(H, PtrBits), Name, DIF, 0,
                           CU);
  } else if (auto *CT = dyn_cast<ChannelType>(U)) {
    // As gc: a typedef chan T of a pointer to the runtime's channel
    // (opaque here: gdb's pretty-printer reads the runtime's Hchan).
    auto *H = DIB->createForwardDecl(llvm::dwarf::DW_TAG_structure_type,
                                     "hchan<" + typeName(CT->Elem) + ">", CU,
                                     DIF, 0);
    D = DIB->createTypedef(DIB->createPointerType(H, PtrBits), Name, DIF, 0,
                           CU);
  } else {
    D = DIB->createPointerType(nullptr, PtrBits, 0, std::nullopt, Name);
  }
  DITypes[Key] = D;
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
