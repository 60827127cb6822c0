//===- Types.cpp - Go types and constant values ---------------------------===//

#include "Types.h"
#include "Lexer.h"
#include "llvm/ADT/SmallString.h"
#include <cassert>

using namespace gort;
using llvm::APInt;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

TypeContext::TypeContext(unsigned WordBits) : WordBits(WordBits) {
  assert((WordBits == 64 || WordBits == 32) && "int is 64 or 32 bits");
  static const char *const Names[] = {
      "invalid type", "bool",          "int",         "int8",
      "int16",        "int32",         "int64",       "uint",
      "uint8",        "uint16",        "uint32",      "uint64",
      "uintptr",      "string",        "untyped bool", "untyped int",
      "untyped rune", "untyped float", "untyped string", "untyped nil"};
  for (unsigned K = 0; K <= unsigned(BasicKind::UntypedNil); ++K)
    Basics.push_back(
        cast<BasicType>(own(new BasicType(BasicKind(K), Names[K]))));
  Byte = cast<BasicType>(own(new BasicType(BasicKind::Uint8, "byte")));
  Rune = cast<BasicType>(own(new BasicType(BasicKind::Int32, "rune")));
  EmptyIface = cast<EmptyInterfaceType>(own(new EmptyInterfaceType()));
  Duration = cast<NamedType>(
      own(new NamedType("time.Duration", basic(BasicKind::Int64))));
}

ChannelType *TypeContext::chanOf(ChannelType::Direction Dir, Type *Elem) {
  return cast<ChannelType>(own(new ChannelType(Dir, Elem)));
}

SignatureType *TypeContext::func(std::vector<Type *> Params,
                            std::vector<Type *> Results) {
  auto *F = cast<SignatureType>(own(new SignatureType()));
  F->Params = std::move(Params);
  F->Results = std::move(Results);
  return F;
}

Type *TypeContext::resultType(SignatureType *F) {
  if (F->Results.empty())
    return nullptr;
  if (F->Results.size() == 1)
    return F->Results[0];
  auto *T = cast<TupleType>(own(new TupleType()));
  T->Elems = F->Results;
  return T;
}

Type *gort::underlying(Type *T) {
  if (auto *N = dyn_cast_or_null<NamedType>(T))
    return N->Underlying;
  return T;
}

static bool identicalLists(const std::vector<Type *> &A,
                           const std::vector<Type *> &B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (!identical(A[I], B[I]))
      return false;
  return true;
}

bool gort::identical(Type *A, Type *B) {
  if (A == B)
    return true;
  if (!A || !B || A->getKind() != B->getKind())
    return false;
  switch (A->getKind()) {
  case Type::TK_Basic:
    return cast<BasicType>(A)->BK == cast<BasicType>(B)->BK;
  case Type::TK_Chan:
    return cast<ChannelType>(A)->Dir == cast<ChannelType>(B)->Dir &&
           identical(cast<ChannelType>(A)->Elem, cast<ChannelType>(B)->Elem);
  case Type::TK_Func:
    return identicalLists(cast<SignatureType>(A)->Params,
                          cast<SignatureType>(B)->Params) &&
           identicalLists(cast<SignatureType>(A)->Results,
                          cast<SignatureType>(B)->Results);
  case Type::TK_Interface:
    return true;
  case Type::TK_Tuple:
    return identicalLists(cast<TupleType>(A)->Elems,
                          cast<TupleType>(B)->Elems);
  case Type::TK_Named:
    return false; // named types are identical only to themselves
  }
  return false;
}

static std::string typeList(const std::vector<Type *> &L) {
  std::string S;
  for (size_t I = 0; I < L.size(); ++I)
    S += (I ? ", " : "") + typeString(L[I]);
  return S;
}

std::string gort::typeString(Type *T) {
  if (!T)
    return "no type";
  switch (T->getKind()) {
  case Type::TK_Basic:
    return cast<BasicType>(T)->Name;
  case Type::TK_Chan: {
    auto *C = cast<ChannelType>(T);
    std::string Elem = typeString(C->Elem);
    if (C->Dir == ChannelType::SendOnly)
      return "chan<- " + Elem;
    if (C->Dir == ChannelType::RecvOnly)
      return "<-chan " + Elem;
    // chan (<-chan int) needs parentheses to keep its meaning.
    auto *EC = dyn_cast<ChannelType>(C->Elem);
    if (EC && EC->Dir == ChannelType::RecvOnly)
      return "chan (" + Elem + ")";
    return "chan " + Elem;
  }
  case Type::TK_Func: {
    auto *F = cast<SignatureType>(T);
    std::string S = "func(" + typeList(F->Params) + ")";
    if (F->Results.size() == 1)
      S += " " + typeString(F->Results[0]);
    else if (!F->Results.empty())
      S += " (" + typeList(F->Results) + ")";
    return S;
  }
  case Type::TK_Interface:
    return "interface{}";
  case Type::TK_Tuple:
    return "(" + typeList(cast<TupleType>(T)->Elems) + ")";
  case Type::TK_Named:
    return cast<NamedType>(T)->Name;
  }
  return "?";
}

BasicKind gort::basicKind(Type *T) {
  if (auto *B = dyn_cast_or_null<BasicType>(underlying(T)))
    return B->BK;
  return BasicKind::Invalid;
}

bool gort::isInvalid(Type *T) {
  return !T || (isa<BasicType>(T) && cast<BasicType>(T)->BK == BasicKind::Invalid);
}

bool gort::isUntyped(Type *T) {
  if (!T || !isa<BasicType>(T))
    return false;
  return cast<BasicType>(T)->BK >= BasicKind::UntypedBool;
}

bool gort::isInteger(Type *T) {
  BasicKind K = basicKind(T);
  return (K >= BasicKind::Int && K <= BasicKind::Uintptr) ||
         K == BasicKind::UntypedInt || K == BasicKind::UntypedRune ||
         K == BasicKind::UntypedFloat;
}

bool gort::isUnsigned(Type *T) {
  BasicKind K = basicKind(T);
  return K >= BasicKind::Uint && K <= BasicKind::Uintptr;
}

bool gort::isBoolean(Type *T) {
  BasicKind K = basicKind(T);
  return K == BasicKind::Bool || K == BasicKind::UntypedBool;
}

bool gort::isString(Type *T) {
  BasicKind K = basicKind(T);
  return K == BasicKind::String || K == BasicKind::UntypedString;
}

bool gort::isChan(Type *T) { return isa_and_nonnull<ChannelType>(underlying(T)); }
bool gort::isFunc(Type *T) { return isa_and_nonnull<SignatureType>(underlying(T)); }
bool gort::isInterface(Type *T) {
  return isa_and_nonnull<EmptyInterfaceType>(underlying(T));
}

Type *gort::defaultType(TypeContext &Ctx, Type *T) {
  switch (basicKind(T)) {
  case BasicKind::UntypedBool:
    return Ctx.basic(BasicKind::Bool);
  case BasicKind::UntypedInt:
  case BasicKind::UntypedFloat: // integral: float64 is tier 2
    return isa<BasicType>(T) && isUntyped(T) ? Ctx.basic(BasicKind::Int) : T;
  case BasicKind::UntypedRune:
    return Ctx.runeType();
  case BasicKind::UntypedString:
    return Ctx.basic(BasicKind::String);
  default:
    return T;
  }
}

unsigned gort::intBits(BasicKind K, unsigned WordBits) {
  switch (K) {
  case BasicKind::Int8:
  case BasicKind::Uint8:
    return 8;
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return 16;
  case BasicKind::Int32:
  case BasicKind::Uint32:
    return 32;
  case BasicKind::Int:
  case BasicKind::Uint:
  case BasicKind::Uintptr:
    return WordBits;
  default:
    return 64;
  }
}

bool gort::representable(const APInt &V, BasicKind K, unsigned WordBits) {
  if (K >= BasicKind::UntypedBool)
    return V.getSignificantBits() <= 513;
  if (K < BasicKind::Int || K > BasicKind::Uintptr)
    return false;
  unsigned Bits = intBits(K, WordBits);
  if (K >= BasicKind::Uint)
    return !V.isNegative() && V.getActiveBits() <= Bits;
  return V.getSignificantBits() <= Bits;
}

ConstValue ConstValue::makeBool(bool V) {
  ConstValue C;
  C.K = Bool;
  C.B = V;
  return C;
}

ConstValue ConstValue::makeInt(const APInt &V) {
  ConstValue C;
  C.K = Int;
  C.I = V.sextOrTrunc(ConstBits);
  return C;
}

ConstValue ConstValue::makeInt(int64_t V) {
  return makeInt(APInt(64, uint64_t(V), /*isSigned=*/true));
}

ConstValue ConstValue::makeString(std::string V) {
  ConstValue C;
  C.K = String;
  C.S = std::move(V);
  return C;
}

std::string ConstValue::str() const {
  switch (K) {
  case Bool:
    return B ? "true" : "false";
  case Int: {
    llvm::SmallString<64> S;
    I.toStringSigned(S);
    return std::string(S);
  }
  case String:
    return quoteString(S);
  case None:
    break;
  }
  return "unknown";
}
