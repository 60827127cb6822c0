//===- Types.cpp - Go types and constant values ---------------------------===//

#include "Types.h"
#include "Lexer.h"
#include "llvm/ADT/SmallString.h"
#include <algorithm>
#include <set>
#include <cassert>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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
      "uintptr",      "float32",       "float64",     "string",
      "untyped bool", "untyped int",   "untyped rune", "untyped float",
      "untyped string", "untyped nil"};
  for (unsigned K = 0; K <= unsigned(BasicKind::UntypedNil); ++K)
    Basics.push_back(
        cast<BasicType>(own(new BasicType(BasicKind(K), Names[K]))));
  Byte = cast<BasicType>(own(new BasicType(BasicKind::Uint8, "byte")));
  Rune = cast<BasicType>(own(new BasicType(BasicKind::Int32, "rune")));
  EmptyIface = cast<EmptyInterfaceType>(own(new EmptyInterfaceType()));
  // type error interface { Error() string }
  Error = named("error", "");
  Error->Underlying =
      interfaceOf({{"Error", func({}, {basic(BasicKind::String)}), false,
                    nullptr}});
}

InterfaceTy *TypeContext::interfaceOf(std::vector<Method> Ms) {
  if (Ms.empty())
    return EmptyIface;
  // Names are unique (Sema reports duplicates first).
  std::sort(Ms.begin(), Ms.end(), [](const Method &A, const Method &B) {
    return A.Name < B.Name;
  });
  auto *I = cast<InterfaceTy>(own(new InterfaceTy()));
  I->Methods = std::move(Ms);
  return I;
}

const Method *InterfaceTy::method(const std::string &N) const {
  int K = methodIndex(N);
  return K < 0 ? nullptr : &Methods[K];
}

int InterfaceTy::methodIndex(const std::string &N) const {
  for (size_t K = 0; K < Methods.size(); ++K)
    if (Methods[K].Name == N)
      return int(K);
  return -1;
}

ChannelType *TypeContext::chanOf(ChannelType::Direction Dir, Type *Elem) {
  return cast<ChannelType>(own(new ChannelType(Dir, Elem)));
}

ArrayTy *TypeContext::arrayOf(Type *Elem, int64_t Len) {
  return cast<ArrayTy>(own(new ArrayTy(Elem, Len)));
}

SliceTy *TypeContext::sliceOf(Type *Elem) {
  return cast<SliceTy>(own(new SliceTy(Elem)));
}

MapTy *TypeContext::mapOf(Type *Key, Type *Elem) {
  return cast<MapTy>(own(new MapTy(Key, Elem)));
}

PointerTy *TypeContext::pointerTo(Type *Elem) {
  return cast<PointerTy>(own(new PointerTy(Elem)));
}

StructTy *TypeContext::structOf(std::vector<StructField> Fields) {
  auto *S = cast<StructTy>(own(new StructTy()));
  S->Fields = std::move(Fields);
  return S;
}

NamedType *TypeContext::named(std::string Name, std::string Pkg) {
  // A built-in package's type is declared by every package's checker:
  // one type for all.
  if (Pkg.empty()) {
    NamedType *&N = BuiltinNamed[Name];
    if (!N)
      N = cast<NamedType>(own(new NamedType(std::move(Name), nullptr, "")));
    return N;
  }
  return cast<NamedType>(
      own(new NamedType(std::move(Name), nullptr, std::move(Pkg))));
}

static std::string MessagePackage = "main";

void gort::setMessagePackage(std::string Path) {
  MessagePackage = std::move(Path);
}

const Method *NamedType::method(const std::string &N) const {
  for (const Method &M : Methods)
    if (M.Name == N)
      return &M;
  return nullptr;
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
    return cast<SignatureType>(A)->Variadic ==
               cast<SignatureType>(B)->Variadic &&
           identicalLists(cast<SignatureType>(A)->Params,
                          cast<SignatureType>(B)->Params) &&
           identicalLists(cast<SignatureType>(A)->Results,
                          cast<SignatureType>(B)->Results);
  case Type::TK_Interface: {
    // The same method names with identical signatures (both sorted).
    auto &MA = cast<InterfaceTy>(A)->Methods, &MB = cast<InterfaceTy>(B)->Methods;
    if (MA.size() != MB.size())
      return false;
    for (size_t I = 0; I < MA.size(); ++I)
      if (MA[I].Name != MB[I].Name || !identical(MA[I].Sig, MB[I].Sig))
        return false;
    return true;
  }
  case Type::TK_Tuple:
    return identicalLists(cast<TupleType>(A)->Elems,
                          cast<TupleType>(B)->Elems);
  case Type::TK_Named:
    return false; // named types are identical only to themselves
  case Type::TK_Array:
    return cast<ArrayTy>(A)->Len == cast<ArrayTy>(B)->Len &&
           identical(cast<ArrayTy>(A)->Elem, cast<ArrayTy>(B)->Elem);
  case Type::TK_Slice:
    return identical(cast<SliceTy>(A)->Elem, cast<SliceTy>(B)->Elem);
  case Type::TK_Map:
    return identical(cast<MapTy>(A)->Key, cast<MapTy>(B)->Key) &&
           identical(cast<MapTy>(A)->Elem, cast<MapTy>(B)->Elem);
  case Type::TK_Pointer:
    return identical(cast<PointerTy>(A)->Elem, cast<PointerTy>(B)->Elem);
  case Type::TK_Struct: {
    auto &FA = cast<StructTy>(A)->Fields, &FB = cast<StructTy>(B)->Fields;
    if (FA.size() != FB.size())
      return false;
    for (size_t I = 0; I < FA.size(); ++I)
      if (FA[I].Name != FB[I].Name || FA[I].Embedded != FB[I].Embedded ||
          !identical(FA[I].T, FB[I].T))
        return false;
    return true;
  }
  }
  return false;
}

static std::string typeList(const std::vector<Type *> &L,
                            const TypeSpelling &Sp) {
  std::string S;
  for (size_t I = 0; I < L.size(); ++I)
    S += (I ? ", " : "") + typeString(L[I], Sp);
  return S;
}

std::string gort::typeString(Type *T, const TypeSpelling &Sp) {
  if (!T)
    return "no type";
  auto Str = [&](Type *E) { return typeString(E, Sp); };
  switch (T->getKind()) {
  case Type::TK_Basic: {
    BasicKind K = cast<BasicType>(T)->BK;
    if (Sp.Runtime && K == BasicKind::Uint8)
      return "uint8"; // byte
    if (Sp.Runtime && K == BasicKind::Int32)
      return "int32"; // rune
    return cast<BasicType>(T)->Name;
  }
  case Type::TK_Chan: {
    auto *C = cast<ChannelType>(T);
    std::string Elem = Str(C->Elem);
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
    std::string S = "func(" + typeList(F->Params, Sp) + ")";
    if (F->Variadic) // the last []T is written ...T
      S = "func(" + typeList({F->Params.begin(), F->Params.end() - 1}, Sp) +
          (F->Params.size() > 1 ? ", ..." : "...") +
          Str(cast<SliceTy>(F->Params.back())->Elem) + ")";
    if (F->Results.size() == 1)
      S += " " + Str(F->Results[0]);
    else if (!F->Results.empty())
      S += " (" + typeList(F->Results, Sp) + ")";
    return S;
  }
  case Type::TK_Interface: {
    // types2: interface{M(); N() int}; the run time: interface { M(); N() int }.
    const auto &Ms = cast<InterfaceTy>(T)->Methods;
    if (Ms.empty())
      return Sp.Runtime ? "interface {}" : "interface{}";
    std::string S = Sp.Runtime ? "interface { " : "interface{";
    for (size_t I = 0; I < Ms.size(); ++I)
      S += (I ? "; " : "") + Ms[I].Name + Str(Ms[I].Sig).substr(4);
    return S + (Sp.Runtime ? " }" : "}");
  }
  case Type::TK_Tuple:
    return "(" + typeList(cast<TupleType>(T)->Elems, Sp) + ")";
  case Type::TK_Named: {
    auto *N = cast<NamedType>(T);
    if (!Sp.Runtime)
      return N->Qual.empty() || N->Pkg == MessagePackage
                 ? N->Name
                 : N->Qual + "." + N->Name;
    return Sp.Named ? Sp.Named(N) : N->printName();
  }
  case Type::TK_Array:
    return "[" + std::to_string(cast<ArrayTy>(T)->Len) + "]" +
           Str(cast<ArrayTy>(T)->Elem);
  case Type::TK_Slice:
    return "[]" + Str(cast<SliceTy>(T)->Elem);
  case Type::TK_Map:
    return "map[" + Str(cast<MapTy>(T)->Key) + "]" +
           Str(cast<MapTy>(T)->Elem);
  case Type::TK_Pointer:
    return "*" + Str(cast<PointerTy>(T)->Elem);
  case Type::TK_Struct: {
    // types2 writes struct{X int}; the run time (reflect) struct { X int }.
    const auto &Fs = cast<StructTy>(T)->Fields;
    if (Sp.Runtime && Fs.empty())
      return "struct {}";
    std::string S = Sp.Runtime ? "struct {" : "struct{";
    for (size_t I = 0; I < Fs.size(); ++I) {
      S += I ? "; " : Sp.Runtime ? " " : "";
      S += Fs[I].Embedded ? Str(Fs[I].T) : Fs[I].Name + " " + Str(Fs[I].T);
    }
    return S + (Sp.Runtime ? " }" : "}");
  }
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
         K == BasicKind::UntypedInt || K == BasicKind::UntypedRune;
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

bool gort::isFloat(Type *T) {
  BasicKind K = basicKind(T);
  return K == BasicKind::Float32 || K == BasicKind::Float64 ||
         K == BasicKind::UntypedFloat;
}

bool gort::isNumeric(Type *T) { return isInteger(T) || isFloat(T); }

bool gort::isOrdered(Type *T) { return isNumeric(T) || isString(T); }

bool gort::comparable(Type *T) {
  Type *U = underlying(T);
  if (!U)
    return false;
  switch (U->getKind()) {
  case Type::TK_Slice:
  case Type::TK_Map:
  case Type::TK_Func:
  case Type::TK_Tuple:
    return false;
  case Type::TK_Array:
    return comparable(cast<ArrayTy>(U)->Elem);
  case Type::TK_Struct:
    for (const StructField &F : cast<StructTy>(U)->Fields)
      if (!comparable(F.T))
        return false;
    return true;
  default:
    return true;
  }
}

bool gort::hasPointers(Type *T) {
  Type *U = underlying(T);
  switch (U->getKind()) {
  case Type::TK_Basic:
    return basicKind(U) == BasicKind::String ||
           basicKind(U) == BasicKind::UntypedString;
  case Type::TK_Array:
    return cast<ArrayTy>(U)->Len > 0 && hasPointers(cast<ArrayTy>(U)->Elem);
  case Type::TK_Struct:
    for (const StructField &F : cast<StructTy>(U)->Fields)
      if (hasPointers(F.T))
        return true;
    return false;
  case Type::TK_Tuple:
    for (Type *E : cast<TupleType>(U)->Elems)
      if (hasPointers(E))
        return true;
    return false;
  default:
    return true; // pointers, slices, maps, chans, funcs, interfaces
  }
}

bool gort::hasNil(Type *T) {
  Type *U = underlying(T);
  if (!U)
    return false;
  switch (U->getKind()) {
  case Type::TK_Pointer:
  case Type::TK_Slice:
  case Type::TK_Map:
  case Type::TK_Chan:
  case Type::TK_Func:
  case Type::TK_Interface:
    return true;
  default:
    return false;
  }
}

bool gort::isChan(Type *T) { return isa_and_nonnull<ChannelType>(underlying(T)); }
bool gort::isFunc(Type *T) { return isa_and_nonnull<SignatureType>(underlying(T)); }
static bool sliceOfKind(Type *T, BasicKind K) {
  auto *S = dyn_cast_or_null<SliceTy>(underlying(T));
  return S && basicKind(S->Elem) == K;
}
bool gort::isByteSlice(Type *T) { return sliceOfKind(T, BasicKind::Uint8); }
bool gort::isRuneSlice(Type *T) { return sliceOfKind(T, BasicKind::Int32); }
/// Go's LookupFieldOrMethod (lookup.go) for a method: breadth-first from
/// x's type (T or *T) through embedded fields, the shallowest match wins
/// and two at one depth are ambiguous. A field found first (or at the
/// same depth as nothing else) is lookupField's: false.
const Method *gort::findMethod(Type *T, const std::string &Sel,
                              NamedType *&Owner,
                              std::vector<unsigned> &Path, bool &Indirect,
                              bool &Ambiguous) {
  struct Entry {
    Type *T;
    std::vector<unsigned> Path;
    bool Indirect, Multiple;
  };
  bool IsPtr = false;
  if (auto *P = dyn_cast_or_null<PointerTy>(T)) {
    T = P->Elem;
    IsPtr = true;
  }
  std::vector<Entry> Cur{{T, {}, IsPtr, false}};
  std::set<NamedType *> Seen;
  Ambiguous = false;
  while (!Cur.empty()) {
    const Method *Found = nullptr;
    bool FieldHit = false;
    std::vector<Entry> Next;
    for (Entry &E : Cur) {
      Type *U = E.T;
      if (auto *N = dyn_cast_or_null<NamedType>(E.T)) {
        if (!Seen.insert(N).second)
          continue;
        if (const Method *M = N->method(Sel)) {
          Ambiguous |= Found || FieldHit || E.Multiple;
          Found = M;
          Owner = N;
          Path = E.Path;
          Indirect = E.Indirect;
          continue; // no field of N can match at a lower depth
        }
        U = N->Underlying;
      }
      // An embedded interface promotes its methods (Owner null).
      if (auto *IT = dyn_cast_or_null<InterfaceTy>(U); IT && !E.Path.empty())
        if (const Method *M = IT->method(Sel)) {
          Ambiguous |= Found || FieldHit || E.Multiple;
          Found = M;
          Owner = nullptr;
          Path = E.Path;
          Indirect = E.Indirect;
          continue;
        }
      auto *ST = dyn_cast_or_null<StructTy>(U);
      if (!ST)
        continue;
      for (unsigned I = 0; I < ST->Fields.size(); ++I) {
        const StructField &F = ST->Fields[I];
        if (F.Name == Sel) {
          Ambiguous |= Found || FieldHit || E.Multiple;
          FieldHit = true;
          continue;
        }
        if (Found || FieldHit || !F.Embedded)
          continue;
        Type *FT = F.T;
        bool P = false;
        if (auto *PT = dyn_cast_or_null<PointerTy>(FT)) {
          FT = PT->Elem;
          P = true;
        }
        std::vector<unsigned> FP = E.Path;
        FP.push_back(I);
        // The same type reached twice at one depth: its members are
        // ambiguous there (consolidateMultiples).
        bool Dup = false;
        for (Entry &X : Next)
          if (identical(X.T, FT)) {
            X.Multiple = Dup = true;
            break;
          }
        if (!Dup)
          Next.push_back({FT, FP, E.Indirect || P, E.Multiple});
      }
    }
    if (Found || FieldHit)
      return FieldHit && !Ambiguous ? nullptr : Found;
    Cur = std::move(Next);
  }
  return nullptr;
}

bool gort::isInterface(Type *T) {
  return isa_and_nonnull<InterfaceTy>(underlying(T));
}
bool gort::isNonEmptyInterface(Type *T) {
  return isInterface(T) && !isa<EmptyInterfaceType>(underlying(T));
}
bool gort::isMap(Type *T) { return isa_and_nonnull<MapTy>(underlying(T)); }

Type *gort::defaultType(TypeContext &Ctx, Type *T) {
  switch (basicKind(T)) {
  case BasicKind::UntypedBool:
    return Ctx.basic(BasicKind::Bool);
  case BasicKind::UntypedInt:
    return isa<BasicType>(T) && isUntyped(T) ? Ctx.basic(BasicKind::Int) : T;
  case BasicKind::UntypedFloat:
    return isa<BasicType>(T) && isUntyped(T) ? Ctx.basic(BasicKind::Float64) : T;
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

bool gort::representableConst(const ConstValue &V, BasicKind K,
                              unsigned WordBits, ConstValue *Rounded) {
  if (!V.isNumber())
    return false;
  switch (K) {
  case BasicKind::Float32:
  case BasicKind::Float64: {
    double D;
    if (!roundFloat(V, K == BasicKind::Float32, D))
      return false;
    if (Rounded)
      *Rounded = ConstValue::makeDouble(D);
    return true;
  }
  case BasicKind::UntypedFloat:
    return true;
  default:
    return V.K == ConstValue::Int && representable(V.I, K, WordBits);
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

static std::string bigString(const ConstValue &X);

std::string ConstValue::str() const {
  switch (K) {
  case Bool:
    return B ? "true" : "false";
  case Int: {
    llvm::SmallString<64> S;
    I.toStringSigned(S);
    return std::string(S);
  }
  case Float:
    return floatString();
  case String:
    return quoteString(S);
  case None:
    break;
  }
  return "unknown";
}

std::string ConstValue::floatString() const {
  // Go 1.19's go/constant String: %.6g of the float64 value (1.0000001
  // is "1"; the shortest %g for such values came in Go 1.20).
  double V;
  if (!roundFloat(*this, false, V))
    return bigString(*this);
  char Buf[64];
  std::snprintf(Buf, sizeof Buf, "%.6g", V);
  return Buf;
}

//===----------------------------------------------------------------------===//
// Rational constants
//===----------------------------------------------------------------------===//

namespace {

/// Signed integers of any size on APInt: operands are widened to a common
/// width first, results trimmed to the bits they need.
APInt trim(const APInt &V) {
  return V.sextOrTrunc(std::max(64u, V.getSignificantBits()));
}

unsigned common(const APInt &A, const APInt &B) {
  return std::max(A.getBitWidth(), B.getBitWidth());
}

APInt add(const APInt &A, const APInt &B) {
  unsigned W = common(A, B) + 1;
  return trim(A.sext(W) + B.sext(W));
}

APInt mul(const APInt &A, const APInt &B) {
  unsigned W = A.getBitWidth() + B.getBitWidth();
  return trim(A.sext(W) * B.sext(W));
}

int cmp(const APInt &A, const APInt &B) {
  unsigned W = common(A, B);
  APInt X = A.sext(W), Y = B.sext(W);
  return X.slt(Y) ? -1 : X.sgt(Y) ? 1 : 0;
}

APInt pow10(unsigned N) {
  APInt R(64, 1);
  for (unsigned I = 0; I < N; ++I)
    R = mul(R, APInt(64, 10));
  return R;
}

/// The numerator and denominator of a numeric constant.
void parts(const ConstValue &X, APInt &N, APInt &D) {
  if (X.K == ConstValue::Float) {
    N = X.Num;
    D = X.Den;
  } else {
    N = trim(X.I);
    D = APInt(64, 1);
  }
}

} // namespace

ConstValue ConstValue::makeRat(APInt N, APInt D) {
  if (D.isNegative()) {
    N = trim(-N.sext(N.getBitWidth() + 1));
    D = trim(-D.sext(D.getBitWidth() + 1));
  }
  unsigned W = common(N, D) + 1;
  APInt AbsN = N.sext(W).abs(), DW = D.sext(W);
  APInt G = llvm::APIntOps::GreatestCommonDivisor(AbsN, DW);
  if (!G.isZero() && !G.isOne()) {
    N = trim(N.sext(W).sdiv(G));
    D = trim(DW.udiv(G));
  }
  if (D.isOne() && N.getSignificantBits() <= ConstBits)
    return makeInt(N);
  ConstValue C;
  C.K = Float;
  C.Num = trim(N);
  C.Den = trim(D);
  return C;
}

ConstValue ConstValue::makeDouble(double V) {
  int Exp;
  double M = std::frexp(V, &Exp); // V = M * 2^Exp, 0.5 <= |M| < 1
  // 53 bits of M as an integer.
  int64_t Mant = int64_t(std::ldexp(M, 53));
  Exp -= 53;
  APInt N(64, uint64_t(Mant), /*isSigned=*/true);
  if (Exp >= 0)
    return makeRat(N.sext(64 + Exp) << Exp, APInt(64, 1));
  APInt D = APInt::getOneBitSet(1 - Exp + 1, -Exp);
  return makeRat(N, D);
}

ConstValue ConstValue::parseFloat(llvm::StringRef Lit) {
  std::string S;
  for (char C : Lit)
    if (C != '_')
      S += C;
  bool Hex = S.size() > 1 && S[0] == '0' && (S[1] == 'x' || S[1] == 'X');
  size_t I = Hex ? 2 : 0;
  unsigned Radix = Hex ? 16 : 10;
  APInt Mant(64, 0);
  long Scale = 0; // digits after the point
  bool Point = false;
  for (; I < S.size(); ++I) {
    char C = S[I];
    if (C == '.') {
      Point = true;
      continue;
    }
    unsigned Dig;
    if (C >= '0' && C <= '9')
      Dig = C - '0';
    else if (Hex && std::isxdigit((unsigned char)C))
      Dig = std::tolower(C) - 'a' + 10;
    else
      break;
    Mant = add(mul(Mant, APInt(64, Radix)), APInt(64, Dig));
    if (Point)
      ++Scale;
  }
  long Exp = 0;
  if (I < S.size()) // e, E, p or P
    Exp = std::strtol(S.c_str() + I + 1, nullptr, 10);
  // Value = Mant * Radix^-Scale * (10 or 2)^Exp.
  APInt N = Mant, D(64, 1);
  if (Hex) {
    long Bin = Exp - 4 * Scale;
    if (std::labs(Bin) > 100000)
      return ConstValue();
    if (Bin >= 0)
      N = trim(N.zext(N.getBitWidth() + Bin + 1) << Bin);
    else
      D = APInt::getOneBitSet(-Bin + 2, -Bin);
  } else {
    long Dec = Exp - Scale;
    if (std::labs(Dec) > 10000)
      return ConstValue();
    if (Dec >= 0)
      N = mul(N, pow10(Dec));
    else
      D = pow10(-Dec);
  }
  return makeRat(N, D);
}

ConstValue gort::ratAdd(const ConstValue &X, const ConstValue &Y) {
  APInt A, B, C, D;
  parts(X, A, B);
  parts(Y, C, D);
  return ConstValue::makeRat(add(mul(A, D), mul(C, B)), mul(B, D));
}

ConstValue gort::ratNeg(const ConstValue &X) {
  APInt A, B;
  parts(X, A, B);
  return ConstValue::makeRat(trim(-A.sext(A.getBitWidth() + 1)), B);
}

ConstValue gort::ratSub(const ConstValue &X, const ConstValue &Y) {
  return ratAdd(X, ratNeg(Y));
}

ConstValue gort::ratMul(const ConstValue &X, const ConstValue &Y) {
  APInt A, B, C, D;
  parts(X, A, B);
  parts(Y, C, D);
  return ConstValue::makeRat(mul(A, C), mul(B, D));
}

ConstValue gort::ratQuo(const ConstValue &X, const ConstValue &Y) {
  APInt A, B, C, D;
  parts(X, A, B);
  parts(Y, C, D);
  assert(!C.isZero() && "division by zero is reported by Sema");
  return ConstValue::makeRat(mul(A, D), mul(B, C));
}

int gort::ratSign(const ConstValue &X) {
  APInt A, B;
  parts(X, A, B);
  return A.isNegative() ? -1 : A.isZero() ? 0 : 1;
}

int gort::ratCmp(const ConstValue &X, const ConstValue &Y) {
  APInt A, B, C, D;
  parts(X, A, B);
  parts(Y, C, D);
  return cmp(mul(A, D), mul(C, B));
}

bool gort::roundFloat(const ConstValue &X, bool Is32, double &Out) {
  const int MantBits = Is32 ? 24 : 53, MinExp = Is32 ? -126 : -1022,
            MaxExp = Is32 ? 127 : 1023;
  APInt N, D;
  parts(X, N, D);
  if (N.isZero()) {
    Out = 0;
    return true;
  }
  bool Neg = N.isNegative();
  unsigned W = common(N, D) + 1;
  APInt A = N.sext(W).abs(), B = D.zext(W);
  // Scale so that Q = floor(A * 2^S / B) has at least MantBits + 2 bits.
  long S = long(MantBits + 3) - (long(A.getActiveBits()) - long(B.getActiveBits()));
  if (S > 0)
    A = A.zext(W + S) << S, B = B.zext(W + S);
  else if (S < 0)
    B = B.zext(W - S) << -S, A = A.zext(W - S);
  APInt Rem;
  APInt Q;
  APInt::udivrem(A, B, Q, Rem);
  long QBits = Q.getActiveBits();
  long E = QBits - 1 - S; // floor(log2(|X|))
  long P = MantBits;
  if (E < MinExp)
    P -= MinExp - E; // subnormal: fewer bits
  long Drop = QBits - P;
  if (Drop > QBits) { // below half the smallest subnormal
    Out = Neg ? -0.0 : 0.0;
    return true;
  }
  APInt M = Q.lshr(Drop);
  bool Half = Q[Drop - 1];
  bool Rest = !Rem.isZero() || (Drop > 1 && !Q.extractBits(Drop - 1, 0).isZero());
  if (Half && (Rest || M[0]))
    M += 1;
  double V = std::ldexp(double(M.getZExtValue()), int(Drop - S));
  if (std::isinf(V) || std::ilogb(V) > MaxExp)
    return false;
  if (Is32)
    V = double(float(V));
  Out = Neg ? -V : V;
  return true;
}

/// A constant beyond float64's range as big.Float's %.6g writes it.
static std::string bigString(const ConstValue &X) {
  APInt N, D;
  parts(X, N, D);
  long E10 = long((long(N.abs().getActiveBits()) - long(D.getActiveBits())) *
                  0.30102999566398);
  ConstValue Scale = ConstValue::makeRat(pow10(std::labs(E10)), APInt(64, 1));
  ConstValue M = E10 >= 0 ? ratQuo(X, Scale) : ratMul(X, Scale);
  double V = 0;
  roundFloat(M, false, V);
  for (; std::fabs(V) >= 10; V /= 10)
    ++E10;
  for (; std::fabs(V) < 1; V *= 10)
    --E10;
  char Buf[64];
  std::snprintf(Buf, sizeof Buf, "%.6ge%+ld", V, E10);
  return Buf;
}

std::vector<std::string> gort::methodSetNames(Type *T) {
  Type *Base = T;
  if (auto *P = dyn_cast_or_null<PointerTy>(T))
    Base = P->Elem;
  if (!Base || isInterface(Base) ||
      !(isa<NamedType>(Base) || isa<StructTy>(Base)))
    return {};
  // Every method name of the named types reachable through embedded
  // fields; findMethod then decides which are in the set.
  std::set<std::string> Names;
  std::set<Type *> Seen;
  std::vector<Type *> Work{Base};
  while (!Work.empty()) {
    Type *X = Work.back();
    Work.pop_back();
    if (auto *PT = dyn_cast_or_null<PointerTy>(X))
      X = PT->Elem;
    if (!X || !Seen.insert(X).second)
      continue;
    if (auto *N = dyn_cast<NamedType>(X)) {
      for (const Method &M : N->Methods)
        Names.insert(M.Name);
      X = N->Underlying;
    }
    if (auto *IT = dyn_cast_or_null<InterfaceTy>(X))
      for (const Method &M : IT->Methods)
        Names.insert(M.Name);
    if (auto *ST = dyn_cast_or_null<StructTy>(X))
      for (const StructField &F : ST->Fields)
        if (F.Embedded)
          Work.push_back(F.T);
  }
  std::vector<std::string> Out;
  for (const std::string &Name : Names) {
    NamedType *Owner = nullptr;
    std::vector<unsigned> Path;
    bool Indirect = false, Ambiguous = false;
    const Method *M = findMethod(T, Name, Owner, Path, Indirect, Ambiguous);
    if (!M || Ambiguous || !M->Sig || (M->PtrRecv && !Indirect))
      continue;
    Out.push_back(Name);
  }
  return Out;
}
