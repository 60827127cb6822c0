//===- Types.h - Go types and constant values -------------------*- C++ -*-===//
//
// The types Sema gives to expressions, and exact constant values.
//
// Types are immutable and owned by a TypeContext; they are compared with
// identical(), never by pointer (two `chan int` written in two places are two
// objects). Basic types are singletons, except that byte and rune are their
// own objects (named "byte" and "rune", of kind Uint8 and Int32) so messages
// print them as written, as gc does; identical() compares basic kinds.
//
// What exists is what tiers 0 and 1 need: the basic types (including the
// untyped kinds of constant expressions and nil), channels, function
// signatures, the empty interface, result tuples of calls, and one named
// type, time.Duration. Other types are rejected by Sema before they get here.
//
// Sizes follow the target, as go/types.Sizes: int, uint and uintptr are
// the target's word (64 bits on amd64, 32 on 386 and arm), so a constant
// that fits int on amd64 may overflow it on 386, as gc reports it there.
// The TypeContext knows the word size; every question about an integer
// type's width goes through intBits with that size.
//
// Constants are exact: integers (and integral untyped floats such as 1e9)
// are APInts of ConstBits bits, wide enough for every intermediate value of
// a legal Go constant expression (gc limits untyped integers to 512 bits).
//
//===----------------------------------------------------------------------===//

#ifndef GORT_TYPES_H
#define GORT_TYPES_H

#include "llvm/ADT/APInt.h"
#include "llvm/Support/Casting.h"
#include <memory>
#include <string>
#include <vector>

namespace gort {

class Type {
public:
  enum TypeKind { TK_Basic, TK_Chan, TK_Func, TK_Interface, TK_Tuple, TK_Named };
  explicit Type(TypeKind K) : Kind(K) {}
  virtual ~Type() = default;
  Type(const Type &) = delete;
  Type &operator=(const Type &) = delete;
  TypeKind getKind() const { return Kind; }

private:
  const TypeKind Kind;
};

enum class BasicKind {
  Invalid, // the type of an erroneous expression; never reported twice
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  String,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat, // only integral values; other floats are tier 2
  UntypedString,
  UntypedNil,
};

class BasicType : public Type {
public:
  BasicKind BK;
  std::string Name;
  BasicType(BasicKind BK, std::string Name)
      : Type(TK_Basic), BK(BK), Name(std::move(Name)) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Basic; }
};

class ChannelType : public Type {
public:
  enum Direction { Both, SendOnly, RecvOnly };
  Direction Dir;
  Type *Elem;
  ChannelType(Direction Dir, Type *Elem) : Type(TK_Chan), Dir(Dir), Elem(Elem) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Chan; }
};

/// A function signature. Results of more than one value are also reachable
/// as a TupleType through resultType().
class SignatureType : public Type {
public:
  std::vector<Type *> Params, Results;
  SignatureType() : Type(TK_Func) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Func; }
};

/// interface{}; the only interface of tiers 0 and 1.
class EmptyInterfaceType : public Type {
public:
  EmptyInterfaceType() : Type(TK_Interface) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Interface; }
};

/// The type of a call with several results; never the type of a variable.
class TupleType : public Type {
public:
  std::vector<Type *> Elems;
  TupleType() : Type(TK_Tuple) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Tuple; }
};

/// A defined type; Name is qualified ("time.Duration").
class NamedType : public Type {
public:
  std::string Name;
  Type *Underlying;
  NamedType(std::string Name, Type *Underlying)
      : Type(TK_Named), Name(std::move(Name)), Underlying(Underlying) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Named; }
};

/// Owns every type; the basic types are created once.
class TypeContext {
public:
  /// WordBits: the size of int, uint, uintptr and pointers (64 or 32).
  explicit TypeContext(unsigned WordBits = 64);
  unsigned wordBits() const { return WordBits; }
  BasicType *basic(BasicKind K) { return Basics[unsigned(K)]; }
  BasicType *byteType() { return Byte; }
  BasicType *runeType() { return Rune; }
  Type *invalid() { return basic(BasicKind::Invalid); }
  EmptyInterfaceType *emptyInterface() { return EmptyIface; }
  NamedType *duration() { return Duration; }
  ChannelType *chanOf(ChannelType::Direction Dir, Type *Elem);
  SignatureType *func(std::vector<Type *> Params, std::vector<Type *> Results);
  /// The type of a call's results: null for none, the type for one, or a
  /// tuple.
  Type *resultType(SignatureType *F);

private:
  Type *own(Type *T) {
    Owned.emplace_back(T);
    return T;
  }
  unsigned WordBits;
  std::vector<std::unique_ptr<Type>> Owned;
  std::vector<BasicType *> Basics;
  BasicType *Byte, *Rune;
  EmptyInterfaceType *EmptyIface;
  NamedType *Duration;
};

Type *underlying(Type *T);
bool identical(Type *A, Type *B);
/// Go's spelling of a type, as gc prints it in messages.
std::string typeString(Type *T);

BasicKind basicKind(Type *T); ///< of the underlying type; Invalid if not basic
bool isInvalid(Type *T);
bool isUntyped(Type *T);
bool isInteger(Type *T); ///< typed or untyped integer (rune, integral float)
bool isUnsigned(Type *T);
bool isBoolean(Type *T);
bool isString(Type *T);
bool isChan(Type *T);
bool isFunc(Type *T);
bool isInterface(Type *T);
/// The default type of an untyped type (int for untyped int, ...); T itself
/// for a typed one.
Type *defaultType(TypeContext &Ctx, Type *T);
/// Size in bits of a typed integer kind; int, uint and uintptr are
/// WordBits wide.
unsigned intBits(BasicKind K, unsigned WordBits);

/// An exact constant: a boolean, an integer or a string.
struct ConstValue {
  enum Kind { None, Bool, Int, String };
  static constexpr unsigned ConstBits = 1100;
  Kind K = None;
  bool B = false;
  llvm::APInt I;
  std::string S;

  static ConstValue makeBool(bool V);
  static ConstValue makeInt(const llvm::APInt &V);
  static ConstValue makeInt(int64_t V);
  static ConstValue makeString(std::string V);
  bool isValid() const { return K != None; }
  /// Go's spelling: true, 42, -7, "a\n".
  std::string str() const;
};

/// Whether integer V fits in integer kind K (untyped kinds: 512 bits) on a
/// target whose int is WordBits wide.
bool representable(const llvm::APInt &V, BasicKind K, unsigned WordBits);

} // namespace gort

#endif // GORT_TYPES_H
