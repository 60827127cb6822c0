//===- CGTypes.cpp - Go types as LLVM types -------------------------------===//
//
// Values. A Go value of type T is an SSA value of llvmType(T):
//   bool                  i1 (i8 in memory: memType, loadValue, storeValue)
//   intN, uintN           iN; int, uint and uintptr are pointer-sized
//                         (Sema sized them the same: TypeContext::wordBits)
//   float32, float64      float, double (IEEE single and double)
//   string                { ptr, iP }, Go's string header (GoString)
//   chan T                ptr to the runtime's Hchan
//   *T                    ptr (null for nil)
//   func(...)             ptr to a closure object (below), or null
//   interface{}           { ptr type, ptr data } (GoEface)
//   [N]T, struct{...}     ptr to memory holding the value (below)
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
/// ("main.T"), struct types spelled "struct { X int; Y int }".
std::string CodeGen::typeName(Type *T) {
  switch (T->getKind()) {
  case Type::TK_Named:
    return cast<NamedType>(T)->goName();
  case Type::TK_Pointer:
    return "*" + typeName(cast<PointerTy>(T)->Elem);
  case Type::TK_Array:
    return "[" + std::to_string(cast<ArrayTy>(T)->Len) + "]" +
           typeName(cast<ArrayTy>(T)->Elem);
  case Type::TK_Slice:
    return "[]" + typeName(cast<SliceTy>(T)->Elem);
  case Type::TK_Struct: {
    auto *ST = cast<StructTy>(T);
    if (ST->Fields.empty())
      return "struct {}";
    std::string S = "struct {";
    for (size_t I = 0; I < ST->Fields.size(); ++I) {
      const StructField &F = ST->Fields[I];
      S += I ? "; " : " ";
      S += F.Embedded ? typeName(F.T) : F.Name + " " + typeName(F.T);
    }
    return S + " }";
  }
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

/// The GoType of T (gort.h), one linkonce_odr constant per type name.
llvm::Constant *CodeGen::typeDesc(Type *T) {
  std::string Name = typeName(T);
  auto It = TypeDescs.find(Name);
  if (It != TypeDescs.end())
    return It->second;
  llvm::Constant *Elem = llvm::ConstantPointerNull::get(PtrTy);
  if (auto *C = dyn_cast<ChannelType>(underlying(T)))
    Elem = typeDesc(C->Elem);
  llvm::Type *MT = memType(T);
  // Go's algorithms where == is not memequal: floats (+0 == -0, NaN !=
  // NaN; runtime alg.cpp).
  llvm::Constant *Hash = llvm::ConstantPointerNull::get(PtrTy);
  llvm::Constant *Equal = Hash;
  if (basicKind(T) == BasicKind::Float64) {
    Hash = rtDecl(RtFn::f64hash);
    Equal = rtDecl(RtFn::f64equal);
  } else if (basicKind(T) == BasicKind::Float32) {
    Hash = rtDecl(RtFn::f32hash);
    Equal = rtDecl(RtFn::f32equal);
  }
  llvm::Constant *Init = llvm::ConstantStruct::get(
      GoTypeTy,
      {llvm::ConstantInt::get(IntTy, DL.getTypeAllocSize(MT)),
       B.getInt32(goKind(T)), B.getInt32(DL.getABITypeAlign(MT).value()),
       cast<llvm::Constant>(stringConst(Name)), Elem,
       llvm::ConstantPointerNull::get(PtrTy), llvm::ConstantInt::get(IntTy, 0),
       Hash, Equal});
  auto *GV = new llvm::GlobalVariable(M, GoTypeTy, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      Init, "type." + Name);
  TypeDescs[Name] = GV;
  return GV;
}
