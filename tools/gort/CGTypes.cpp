//===- CGTypes.cpp - Go types as LLVM types -------------------------------===//
//
// Values. A Go value of type T is an SSA value of llvmType(T):
//   bool                  i1 (i8 in memory: memType, loadValue, storeValue)
//   intN, uintN           iN; int, uint and uintptr are pointer-sized
//                         (Sema sized them the same: TypeContext::wordBits)
//   float32, float64      float, double (IEEE single and double)
//   string                { ptr, iP }, Go's string header (GoString)
//   []T                   { ptr, iP, iP }, Go's slice header (GoSlice);
//                         nil is all zeros
//   chan T                ptr to the runtime's Hchan
//   *T                    ptr (null for nil)
//   map[K]V               ptr to the runtime's Hmap; null is the nil map
//   func(...)             ptr to a closure object (below), or null
//   interface{}           { ptr type, ptr data } (GoEface)
//   [N]T, struct{...}     ptr to memory holding the value (below)
//   sync.Mutex, ...       structs of Go 1.19's fields (SemaMethods.cpp's
//                         declareSync), laid out as gort.h's GoMutex etc.
//   a named type          its underlying type's
//   several results       an LLVM struct of the results
//
// Arrays and structs are never SSA aggregates (a [1<<20]byte would be a
// million-element value). Their value is the address of memory that holds
// it and that nothing else writes while the value is in use, as clang
// treats C aggregates: memType(T) is [N x memType(E)] or the literal LLVM
// struct of the fields' memTypes (LLVM's layout: field I at
// StructLayout::getElementOffset(I)).
//   loadValue   copies the memory into a fresh entry-block temporary
//               (llvm.memcpy) and yields the temporary's address;
//   storeValue  copies the value's memory into the destination (memcpy);
//   zeroValue   a fresh temporary cleared with llvm.memset.
// SROA and memcpyopt dissolve the temporaries of small values at -O1 and
// above; a large value stays memcpy/memset, and == on it is a loop or
// runtime.memequal (equalValues, CGAggregate.cpp).
// Calls: an array or struct parameter is passed as the address of the
// caller's copy (the callee copies it into its own variable at entry); an
// array or struct RESULT is written by the callee into memory the caller
// provides: funcType adds one ptr parameter per such result, after the
// closure context and before the Go parameters, and the callee returns
// that pointer as the result's value (the caller uses its own slot).
// go and defer blocks hold such arguments by value (argBlock), and a
// thunk passes the address of the block's copy, and for such results the
// address of room in the block (blockTypes).
//
// Type descriptors. Each type the program boxes into interface{}, makes a
// channel or map of, or uses as a map's key or value gets one constant
// GoType (gort.h), linkonce_odr, named as gc names them: "type.int",
// "type.chan int", "type.main.T", "type.*main.T", "type.func(main.T) int",
// "type.map[string]int" (a local type sharing another's name gets
// typeName's key, "type.main.T·1"); comparable types carry their hash and
// equal functions (CGAlg.cpp).
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"
#include "gort/gort.h"

using namespace gort;
using namespace gort::cg;

llvm::Type *CodeGen::llvmType(Type *T) {
  T = underlying(T);
  switch (T->getKind()) {
  case Type::TK_Basic:
    switch (cast<BasicType>(T)->BK) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return B.getInt1Ty();
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return B.getInt8Ty();
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return B.getInt16Ty();
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::UntypedRune:
      return B.getInt32Ty();
    case BasicKind::Int64:
    case BasicKind::Uint64:
      return B.getInt64Ty();
    case BasicKind::Float32:
      return B.getFloatTy();
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      return B.getDoubleTy();
    case BasicKind::String:
    case BasicKind::UntypedString:
      return StringTy;
    case BasicKind::UntypedNil:
      return PtrTy;
    default:
      return IntTy;
    }
  case Type::TK_Chan:
  case Type::TK_Func:
  case Type::TK_Pointer:
  case Type::TK_Array:
  case Type::TK_Struct:
  case Type::TK_Map:
    return PtrTy;
  case Type::TK_Slice:
    return SliceHdrTy;
  case Type::TK_Interface:
    return EfaceTy;
  case Type::TK_Tuple: {
    std::vector<llvm::Type *> Elems;
    for (Type *E : cast<TupleType>(T)->Elems)
      Elems.push_back(llvmType(E));
    return llvm::StructType::get(Ctx, Elems);
  }
  case Type::TK_Named:
    break;
  }
  return IntTy;
}

/// Whether T's values are arrays or structs, held in memory (see above).
bool CodeGen::isAggregate(Type *T) {
  if (!T)
    return false;
  Type *U = underlying(T);
  return isa<ArrayTy>(U) || isa<StructTy>(U);
}

llvm::Type *CodeGen::memType(Type *T) {
  Type *U = underlying(T);
  if (auto *A = dyn_cast<ArrayTy>(U))
    return llvm::ArrayType::get(memType(A->Elem), A->Len);
  if (auto *S = dyn_cast<StructTy>(U)) {
    std::vector<llvm::Type *> Fields;
    for (const StructField &F : S->Fields)
      Fields.push_back(memType(F.T));
    return llvm::StructType::get(Ctx, Fields);
  }
  llvm::Type *LT = llvmType(T);
  return LT->isIntegerTy(1) ? B.getInt8Ty() : LT;
}

llvm::Type *CodeGen::resultType(SignatureType *S) {
  if (S->Results.empty())
    return B.getVoidTy();
  if (S->Results.size() == 1)
    return llvmType(S->Results[0]);
  std::vector<llvm::Type *> Elems;
  for (Type *R : S->Results)
    Elems.push_back(llvmType(R));
  return llvm::StructType::get(Ctx, Elems);
}

llvm::FunctionType *CodeGen::funcType(SignatureType *S, bool WithContext) {
  std::vector<llvm::Type *> Params;
  if (WithContext)
    Params.push_back(PtrTy);
  for (Type *R : S->Results)
    if (isAggregate(R))
      Params.push_back(PtrTy); // where the callee writes the result
  for (Type *P : S->Params)
    Params.push_back(llvmType(P));
  return llvm::FunctionType::get(resultType(S), Params, /*isVarArg=*/false);
}

/// gc's name of a type, as the runtime prints it (reflect's String): byte
/// and rune are uint8 and int32, named types are package-qualified
/// ("main.T"), struct types spelled "struct { X int; Y int }". With Key,
/// the name that tells types apart: a local named type whose name another
/// named type of its package declared before it gets a suffix,
/// `main.T·1` (NamedType::KeyId: the checker's numbering, so the same in
/// every package's module; type descriptors' and DWARF's keys and
/// symbols; the name the runtime prints is Go's).
std::string CodeGen::typeName(Type *T, bool Key) {
  TypeSpelling Sp{/*Runtime=*/true, nullptr};
  if (Key)
    Sp.Named = [](const NamedType *N) {
      std::string S = N->goName();
      if (N->KeyId > 1)
        S += "·" + std::to_string(N->KeyId - 1);
      return S;
    };
  return typeString(T, Sp);
}

static unsigned goKind(Type *T) {
  Type *U = underlying(T);
  switch (U->getKind()) {
  case Type::TK_Chan:
    return 18;
  case Type::TK_Func:
    return 19;
  case Type::TK_Interface:
    return 20;
  case Type::TK_Array:
    return 17;
  case Type::TK_Map:
    return 21;
  case Type::TK_Pointer:
    return 22;
  case Type::TK_Slice:
    return 23;
  case Type::TK_Struct:
    return 25;
  case Type::TK_Basic:
    switch (cast<BasicType>(U)->BK) {
    case BasicKind::Bool: return 1;
    case BasicKind::Int: return 2;
    case BasicKind::Int8: return 3;
    case BasicKind::Int16: return 4;
    case BasicKind::Int32: return 5;
    case BasicKind::Int64: return 6;
    case BasicKind::Uint: return 7;
    case BasicKind::Uint8: return 8;
    case BasicKind::Uint16: return 9;
    case BasicKind::Uint32: return 10;
    case BasicKind::Uint64: return 11;
    case BasicKind::Uintptr: return 12;
    case BasicKind::Float32: return 13;
    case BasicKind::Float64: return 14;
    case BasicKind::String: return 24;
    default: return 0;
    }
  default:
    return 0;
  }
}

/// The GoType of T (gort.h), one linkonce_odr constant per type name:
/// size, kind (with GORT_KIND_NOPOINTERS for a type without pointers, so
/// that maps of such keys and values allocate unscanned buckets),
/// alignment, name, the element, key and length of composite
/// types, the type algorithms (CGAlg.cpp), the name's hash and a channel's
/// direction, its methods (uncommon, CGInterfaces.cpp) and, for an
/// interface type, GoInterfaceType's method list. The global exists before its
/// initializer is made, so a type that refers to itself through a pointer
/// or map finds it.
llvm::Constant *CodeGen::typeDesc(Type *T) {
  std::string Name = typeName(T), TKey = typeName(T, true);
  llvm::Constant *&Desc = TypeDescs[TKey];
  if (Desc)
    return Desc;
  Type *UT = underlying(T);
  llvm::Type *DescTy = isInterface(UT)         ? ifaceDescType()
                       : isa<StructTy>(UT)      ? structDescType()
                       : isa<SignatureType>(UT) ? funcDescType()
                                                : GoTypeTy;
  auto *GV = new llvm::GlobalVariable(M, DescTy,
                                      /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      nullptr, "type." + TKey);
  Desc = GV;
  llvm::Constant *Null = llvm::ConstantPointerNull::get(PtrTy);
  llvm::Constant *Elem = Null, *Key = Null;
  uint64_t Len = 0;
  unsigned ChanDir = 0;
  Type *U = underlying(T);
  if (auto *C = dyn_cast<ChannelType>(U)) {
    Elem = typeDesc(C->Elem);
    ChanDir = C->Dir == ChannelType::SendOnly   ? GORT_CHAN_SEND
              : C->Dir == ChannelType::RecvOnly ? GORT_CHAN_RECV
                                                : GORT_CHAN_RECV | GORT_CHAN_SEND;
  }
  if (auto *MT = dyn_cast<MapTy>(U))
    Key = typeDesc(MT->Key), Elem = typeDesc(MT->Elem);
  if (auto *AT = dyn_cast<ArrayTy>(U))
    Elem = typeDesc(AT->Elem), Len = AT->Len;
  if (auto *ST = dyn_cast<SliceTy>(U))
    Elem = typeDesc(ST->Elem);
  if (auto *PT = dyn_cast<PointerTy>(U))
    Elem = typeDesc(PT->Elem);
  llvm::Type *MT = memType(T);
  llvm::Constant *Uncommon = uncommonFor(T);
  llvm::Constant *Base = llvm::ConstantStruct::get(
      GoTypeTy,
      {llvm::ConstantInt::get(IntTy, DL.getTypeAllocSize(MT)),
       B.getInt32(goKind(T) | (hasPointers(T) ? 0 : GORT_KIND_NOPOINTERS)),
       B.getInt32(DL.getABITypeAlign(MT).value()),
       cast<llvm::Constant>(stringConst(Name)), Elem, Key,
       llvm::ConstantInt::get(IntTy, Len), algFn(T, /*Equal=*/false),
       algFn(T, /*Equal=*/true), B.getInt32(typeHash(Name)),
       B.getInt32(ChanDir), Uncommon});
  GV->setInitializer(isInterface(UT)         ? ifaceDescInit(T, Base)
                     : isa<StructTy>(UT)      ? structDescInit(T, Base)
                     : isa<SignatureType>(UT) ? funcDescInit(T, Base)
                                              : Base);
  return GV;
}

/// The LLVM type of a GoStructType: { GoType, pkgpath, fields, nfields }.
llvm::StructType *CodeGen::structDescType() {
  return llvm::StructType::get(Ctx, {GoTypeTy, StringTy, PtrTy, IntTy});
}

/// GoStructType's initializer: Base, then each field's name, package path
/// (unexported names: their package's, StructField::Pkg, or "main"),
/// type, offset and embedded flag.
llvm::Constant *CodeGen::structDescInit(Type *T, llvm::Constant *Base) {
  auto *ST = cast<StructTy>(underlying(T));
  auto *FieldTy = llvm::StructType::get(
      Ctx, {StringTy, StringTy, PtrTy, IntTy, IntTy});
  const llvm::StructLayout *SL =
      DL.getStructLayout(cast<llvm::StructType>(memType(ST)));
  std::vector<llvm::Constant *> Fs;
  std::string Unexported; // the package of an unexported field
  for (size_t I = 0; I < ST->Fields.size(); ++I) {
    const StructField &F = ST->Fields[I];
    bool Exp = !F.Name.empty() && F.Name[0] >= 'A' && F.Name[0] <= 'Z';
    std::string Pkg = Exp ? "" : F.Pkg.empty() ? "main" : F.Pkg;
    if (Unexported.empty())
      Unexported = Pkg;
    Fs.push_back(llvm::ConstantStruct::get(
        FieldTy, {cast<llvm::Constant>(stringConst(F.Name)),
                  cast<llvm::Constant>(stringConst(Pkg)),
                  typeDesc(F.T),
                  llvm::ConstantInt::get(IntTy, SL->getElementOffset(I)),
                  llvm::ConstantInt::get(IntTy, F.Embedded)}));
  }
  llvm::Constant *Table = llvm::ConstantPointerNull::get(PtrTy);
  if (!Fs.empty()) {
    auto *AT = llvm::ArrayType::get(FieldTy, Fs.size());
    Table = new llvm::GlobalVariable(M, AT, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantArray::get(AT, Fs),
                                     "go.fields." + typeName(T, true));
  }
  return llvm::ConstantStruct::get(
      structDescType(),
      {Base, cast<llvm::Constant>(stringConst(Unexported)), Table,
       llvm::ConstantInt::get(IntTy, Fs.size())});
}

/// The LLVM type of a GoFuncType: { GoType, params, nin, nout, variadic }.
llvm::StructType *CodeGen::funcDescType() {
  return llvm::StructType::get(
      Ctx, {GoTypeTy, PtrTy, B.getInt32Ty(), B.getInt32Ty(), IntTy});
}

/// GoFuncType's initializer: Base, then the parameter and result types.
llvm::Constant *CodeGen::funcDescInit(Type *T, llvm::Constant *Base) {
  auto *F = cast<SignatureType>(underlying(T));
  std::vector<llvm::Constant *> Ts;
  for (Type *P : F->Params)
    Ts.push_back(typeDesc(P));
  for (Type *R : F->Results)
    Ts.push_back(typeDesc(R));
  llvm::Constant *Table = llvm::ConstantPointerNull::get(PtrTy);
  if (!Ts.empty()) {
    auto *AT = llvm::ArrayType::get(PtrTy, Ts.size());
    Table = new llvm::GlobalVariable(M, AT, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantArray::get(AT, Ts),
                                     "go.params." + typeName(T, true));
  }
  return llvm::ConstantStruct::get(
      funcDescType(),
      {Base, Table, B.getInt32(F->Params.size()), B.getInt32(F->Results.size()),
       llvm::ConstantInt::get(IntTy, F->Variadic)});
}

/// GoType's tyhash: FNV-1a (32-bit) of the type's name.
uint32_t CodeGen::typeHash(llvm::StringRef Name) {
  uint32_t H = 2166136261u;
  for (unsigned char C : Name)
    H = (H ^ C) * 16777619u;
  return H;
}
