//===- CGTypes.cpp - Go types as LLVM types -------------------------------===//
//
// Values. A Go value of type T is an SSA value of llvmType(T):
//   bool                  i1 (i8 in memory: memType, loadValue, storeValue)
//   intN, uintN           iN; int, uint and uintptr are pointer-sized
//                         (Sema sized them the same: TypeContext::wordBits)
//   string                { ptr, iP }, Go's string header (GoString)
//   []T                   { ptr, iP, iP }, Go's slice header (GoSlice);
//                         nil is all zeros
//   [N]T                  [N x memType(T)] (until aggr's representation)
//   chan T                ptr to the runtime's Hchan
//   func(...)             ptr to a closure object (below), or null
//   interface{}           { ptr type, ptr data } (GoEface)
//   several results       an LLVM struct of the results
//
// Type descriptors. Each type the program boxes into interface{} or makes
// a channel of gets one constant GoType (gort.h), linkonce_odr, named as gc
// names them: "type.int", "type.chan int".
//
//===----------------------------------------------------------------------===//

#include "CGInternal.h"

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
    return PtrTy;
  case Type::TK_Interface:
    return EfaceTy;
  case Type::TK_Tuple: {
    std::vector<llvm::Type *> Elems;
    for (Type *E : cast<TupleType>(T)->Elems)
      Elems.push_back(llvmType(E));
    return llvm::StructType::get(Ctx, Elems);
  }
  case Type::TK_Slice:
    return SliceTy;
  case Type::TK_Array: {
    auto *AT = cast<ArrayTy>(T);
    return llvm::ArrayType::get(memType(AT->Elem), AT->Len);
  }
  case Type::TK_Pointer:
  case Type::TK_Map:
    return PtrTy;
  case Type::TK_Named:
    break;
  default:
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
  case Type::TK_Slice:
    return "[]" + typeName(cast<gort::SliceTy>(T)->Elem);
  case Type::TK_Array:
    return "[" + std::to_string(cast<ArrayTy>(T)->Len) + "]" +
           typeName(cast<ArrayTy>(T)->Elem);
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
  case Type::TK_Slice:
    return 23;
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
    case BasicKind::String: return 24;
    default: return 0;
    }
  default:
    return 0;
  }
}

/// The GoType of T (gort.h), one linkonce_odr constant per type name.
llvm::Constant *CodeGen::typeDesc(Type *T) {
  std::string Name = typeName(T);
  auto It = TypeDescs.find(Name);
  if (It != TypeDescs.end())
    return It->second;
  llvm::Constant *Elem = llvm::ConstantPointerNull::get(PtrTy);
  if (auto *C = dyn_cast<ChannelType>(underlying(T)))
    Elem = typeDesc(C->Elem);
  uint64_t Len = 0;
  if (auto *S = dyn_cast<gort::SliceTy>(underlying(T)))
    Elem = typeDesc(S->Elem);
  if (auto *A = dyn_cast<ArrayTy>(underlying(T))) {
    Elem = typeDesc(A->Elem);
    Len = A->Len;
  }
  llvm::Type *MT = memType(T);
  llvm::Constant *Init = llvm::ConstantStruct::get(
      GoTypeTy,
      {llvm::ConstantInt::get(IntTy, DL.getTypeAllocSize(MT)),
       B.getInt32(goKind(T)), B.getInt32(DL.getABITypeAlign(MT).value()),
       cast<llvm::Constant>(stringConst(Name)), Elem,
       llvm::ConstantPointerNull::get(PtrTy), llvm::ConstantInt::get(IntTy, Len),
       llvm::ConstantPointerNull::get(PtrTy),
       llvm::ConstantPointerNull::get(PtrTy)});
  auto *GV = new llvm::GlobalVariable(M, GoTypeTy, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      Init, "type." + Name);
  TypeDescs[Name] = GV;
  return GV;
}
