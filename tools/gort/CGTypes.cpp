//===- CGTypes.cpp - Go types as LLVM types -------------------------------===//
//
// Values. A Go value of type T is an SSA value of llvmType(T):
//   bool                  i1 (i8 in memory: memType, loadValue, storeValue)
//   intN, uintN           iN; int, uint and uintptr are pointer-sized
//                         (Sema sized them the same: TypeContext::wordBits)
//   string                { ptr, iP }, Go's string header (GoString)
//   chan T                ptr to the runtime's Hchan
//   map[K]V               ptr to the runtime's Hmap; null is the nil map
//   func(...)             ptr to a closure object (below), or null
//   interface{}           { ptr type, ptr data } (GoEface)
//   several results       an LLVM struct of the results
//
// Type descriptors. Each type the program boxes into interface{}, makes a
// channel or map of, or uses as a map's key or value gets one constant
// GoType (gort.h), linkonce_odr, named as gc names them: "type.int",
// "type.chan int", "type.map[string]int"; comparable types carry their
// hash and equal functions (CGAlg.cpp).
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
  case Type::TK_Map:
    return PtrTy;
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

llvm::Type *CodeGen::memType(Type *T) {
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
  for (Type *P : S->Params)
    Params.push_back(llvmType(P));
  return llvm::FunctionType::get(resultType(S), Params, /*isVarArg=*/false);
}

/// gc's name of a type: byte and rune are uint8 and int32.
std::string CodeGen::typeName(Type *T) {
  switch (T->getKind()) {
  case Type::TK_Basic: {
    BasicKind K = cast<BasicType>(T)->BK;
    if (K == BasicKind::Uint8)
      return "uint8";
    if (K == BasicKind::Int32)
      return "int32";
    return cast<BasicType>(T)->Name;
  }
  case Type::TK_Chan: {
    auto *C = cast<ChannelType>(T);
    std::string Elem = typeName(C->Elem);
    if (C->Dir == ChannelType::SendOnly)
      return "chan<- " + Elem;
    if (C->Dir == ChannelType::RecvOnly)
      return "<-chan " + Elem;
    auto *EC = dyn_cast<ChannelType>(C->Elem);
    if (EC && EC->Dir == ChannelType::RecvOnly)
      return "chan (" + Elem + ")";
    return "chan " + Elem;
  }
  case Type::TK_Map: {
    auto *MT = cast<MapTy>(T);
    return "map[" + typeName(MT->Key) + "]" + typeName(MT->Elem);
  }
  default:
    return typeString(T);
  }
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
/// types, and the type algorithms (CGAlg.cpp). The global exists before its
/// initializer is made, so a type that refers to itself through a pointer
/// or map finds it.
llvm::Constant *CodeGen::typeDesc(Type *T) {
  std::string Name = typeName(T);
  auto &Same = TypeDescs[Name];
  for (auto &[Other, Desc] : Same)
    if (identical(Other, T))
      return Desc;
  std::string Sym = "type." + Name;
  if (!Same.empty()) // another type of this name: a private one of its own
    Sym += "." + std::to_string(Same.size());
  auto *GV = new llvm::GlobalVariable(
      M, GoTypeTy, /*isConstant=*/true,
      Same.empty() ? llvm::GlobalValue::LinkOnceODRLinkage
                   : llvm::GlobalValue::PrivateLinkage,
      nullptr, Sym);
  Same.push_back({T, GV});
  llvm::Constant *Null = llvm::ConstantPointerNull::get(PtrTy);
  llvm::Constant *Elem = Null, *Key = Null;
  uint64_t Len = 0;
  Type *U = underlying(T);
  if (auto *C = dyn_cast<ChannelType>(U))
    Elem = typeDesc(C->Elem);
  if (auto *MT = dyn_cast<MapTy>(U))
    Key = typeDesc(MT->Key), Elem = typeDesc(MT->Elem);
  if (auto *AT = dyn_cast<ArrayTy>(U))
    Elem = typeDesc(AT->Elem), Len = AT->Len;
  if (auto *ST = dyn_cast<SliceTy>(U))
    Elem = typeDesc(ST->Elem);
  if (auto *PT = dyn_cast<PointerTy>(U))
    Elem = typeDesc(PT->Elem);
  llvm::Type *MT = memType(T);
  GV->setInitializer(llvm::ConstantStruct::get(
      GoTypeTy,
      {llvm::ConstantInt::get(IntTy, DL.getTypeAllocSize(MT)),
       B.getInt32(goKind(T) | (hasPointers(T) ? 0 : GORT_KIND_NOPOINTERS)),
       B.getInt32(DL.getABITypeAlign(MT).value()),
       cast<llvm::Constant>(stringConst(Name)), Elem, Key,
       llvm::ConstantInt::get(IntTy, Len), algFn(T, /*Equal=*/false),
       algFn(T, /*Equal=*/true)}));
  return GV;
}
