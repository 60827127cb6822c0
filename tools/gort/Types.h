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
// What exists is what tiers 0 to 2 need: the basic types (including the
// untyped kinds of constant expressions and nil, and the floats), arrays,
// slices, maps, pointers, structs, channels, function signatures, the
// interfaces (with their method sets; error among them), result tuples of
// calls, and named types with their methods.
// Other types (complex numbers) are rejected by Sema before they get here.
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
// Other floating-point constants are exact rationals (go/constant's ratVal)
// whose numerator and denominator grow as needed; a typed float constant
// holds its value rounded to float32 or float64, as types2 rounds it.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_TYPES_H
#define GORT_TYPES_H

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace gort {

class Type {
public:
  enum TypeKind {
    TK_Basic,
    TK_Chan,
    TK_Func,
    TK_Interface,
    TK_Tuple,
    TK_Named,
    TK_Array,
    TK_Slice,
    TK_Map,
    TK_Pointer,
    TK_Struct
  };
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
  Float32,
  Float64,
  String,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
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
  /// func(a int, b ...T): the last parameter's type is []T.
  bool Variadic = false;
  SignatureType() : Type(TK_Func) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Func; }
};

/// The type of a call with several results; never the type of a variable.
class TupleType : public Type {
public:
  std::vector<Type *> Elems;
  TupleType() : Type(TK_Tuple) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Tuple; }
};

// The AST has the natural names (ArrayType, MapType, StructType, Field),
// so the types of arrays, slices, maps, pointers and structs end in Ty.
class ArrayTy : public Type {
public:
  Type *Elem;
  int64_t Len;
  ArrayTy(Type *Elem, int64_t Len) : Type(TK_Array), Elem(Elem), Len(Len) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Array; }
};

class SliceTy : public Type {
public:
  Type *Elem;
  explicit SliceTy(Type *Elem) : Type(TK_Slice), Elem(Elem) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Slice; }
};

class MapTy : public Type {
public:
  Type *Key, *Elem;
  MapTy(Type *Key, Type *Elem) : Type(TK_Map), Key(Key), Elem(Elem) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Map; }
};

class PointerTy : public Type {
public:
  Type *Elem;
  explicit PointerTy(Type *Elem) : Type(TK_Pointer), Elem(Elem) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Pointer; }
};

/// A struct field; an embedded field's Name is its type's name.
struct StructField {
  std::string Name;
  Type *T = nullptr;
  bool Embedded = false;
  /// An unexported field of a checked package: its import path (only that
  /// package may select it); empty if exported or built in.
  std::string Pkg;
  StructField(std::string Name = "", Type *T = nullptr, bool Embedded = false,
              std::string Pkg = "")
      : Name(std::move(Name)), T(T), Embedded(Embedded), Pkg(std::move(Pkg)) {}
};

class StructTy : public Type {
public:
  std::vector<StructField> Fields;
  StructTy() : Type(TK_Struct) {}
  static bool classof(const Type *T) { return T->getKind() == TK_Struct; }
};

/// A method of a named type. Sig has no receiver.
struct Method {
  std::string Name;
  SignatureType *Sig = nullptr;
  bool PtrRecv = false;       ///< func (t *T) M()
  const void *Decl = nullptr; ///< the declaring FuncDecl
  /// As StructField::Pkg: an unexported method's package, which tells
  /// apart the unexported methods of the same name of two packages.
  std::string Pkg;
  Method(std::string Name = "", SignatureType *Sig = nullptr,
         bool PtrRecv = false, const void *Decl = nullptr, std::string Pkg = "")
      : Name(std::move(Name)), Sig(Sig), PtrRecv(PtrRecv), Decl(Decl),
        Pkg(std::move(Pkg)) {}
};

/// An interface type: its method set, embedded interfaces flattened in,
/// sorted by name (the order of itab slots and of the descriptor's
/// methods, docs/ABI.md "Interfaces"). Each Method's Decl is the AST
/// Field that declares it; PtrRecv is unused.
class InterfaceTy : public Type {
public:
  std::vector<Method> Methods;
  InterfaceTy() : Type(TK_Interface) {}
  const Method *method(const std::string &N) const;
  /// The index of method N in Methods (its itab slot); -1 if none.
  int methodIndex(const std::string &N) const;
  static bool classof(const Type *T) { return T->getKind() == TK_Interface; }
};

/// interface{}: the interface without methods (TypeContext makes one; an
/// interface type whose method set is empty is that one).
class EmptyInterfaceType : public InterfaceTy {
public:
  EmptyInterfaceType() = default;
  static bool classof(const Type *T) {
    return T->getKind() == TK_Interface &&
           static_cast<const InterfaceTy *>(T)->Methods.empty();
  }
};

/// A defined type. Name is as gc's messages print it: "T" for a type of
/// a checked package (Pkg its import path), qualified for a built-in
/// package's ("runtime.MemStats", whose Pkg is empty). Underlying is null
/// while the declaration is resolved.
class NamedType : public Type {
public:
  std::string Name;
  Type *Underlying;
  std::string Pkg;             ///< "main", "unicode/utf8"; "" if built in
  /// A library package's type: the package's name ("utf8"), which
  /// qualifies it in messages outside the package and at run time.
  std::string Qual;
  std::vector<Method> Methods; ///< in declaration order
  NamedType(std::string Name, Type *Underlying, std::string Pkg = "")
      : Type(TK_Named), Name(std::move(Name)), Underlying(Underlying),
        Pkg(std::move(Pkg)) {}
  /// The name that identifies it in symbols, by import path:
  /// "main.T", "unicode/utf8.T", "runtime.MemStats".
  std::string goName() const { return Pkg.empty() ? Name : Pkg + "." + Name; }
  /// The name the runtime prints (panics, %T): "main.T", "utf8.T".
  std::string printName() const {
    return Qual.empty() ? goName() : Qual + "." + Name;
  }
  const Method *method(const std::string &N) const;
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
  ChannelType *chanOf(ChannelType::Direction Dir, Type *Elem);
  ArrayTy *arrayOf(Type *Elem, int64_t Len);
  SliceTy *sliceOf(Type *Elem);
  MapTy *mapOf(Type *Key, Type *Elem);
  PointerTy *pointerTo(Type *Elem);
  StructTy *structOf(std::vector<StructField> Fields);
  NamedType *named(std::string Name, std::string Pkg);
  SignatureType *func(std::vector<Type *> Params, std::vector<Type *> Results);
  /// The interface type of method set Ms (sorted here); interface{} if
  /// Ms is empty.
  InterfaceTy *interfaceOf(std::vector<Method> Ms);
  /// The predeclared error type.
  NamedType *errorType() { return Error; }
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
  NamedType *Error;
  std::map<std::string, NamedType *> BuiltinNamed; ///< named(N, "")
};

Type *underlying(Type *T);
bool identical(Type *A, Type *B);
/// How typeString spells a type: as gc's messages do (types2: T, byte,
/// struct{X int}), or with Runtime as gc's run-time names (reflect's
/// String, type descriptors, DWARF: main.T, uint8, struct { X int }),
/// where Named, if set, names the named types.
struct TypeSpelling {
  bool Runtime = false;
  std::function<std::string(const NamedType *)> Named;
};
std::string typeString(Type *T, const TypeSpelling &Sp = {});

/// The import path of the package being checked: messages qualify the
/// types of other library packages by their package name (types2's
/// qualifier), not its own.
void setMessagePackage(std::string Path);

BasicKind basicKind(Type *T); ///< of the underlying type; Invalid if not basic
bool isInvalid(Type *T);
bool isUntyped(Type *T);
bool isInteger(Type *T); ///< typed or untyped integer (or rune)
bool isUnsigned(Type *T);
bool isBoolean(Type *T);
bool isString(Type *T);
bool isChan(Type *T);
/// []byte or []rune (their underlying element types): string converts to
/// and from them.
bool isByteSlice(Type *T);
bool isRuneSlice(Type *T);
bool isFunc(Type *T);
bool isInterface(Type *T);
/// Go's LookupFieldOrMethod for a method Sel of T (or *T): breadth-first
/// through embedded fields; the method, the named type declaring it
/// (Owner; null for a method of an embedded interface, whose Method is
/// the interface's), the field path to the embedded value, whether the path goes
/// through a pointer (T itself or an embedded one), and whether two were
/// found at one depth. Null if a field is found first, or nothing.
const Method *findMethod(Type *T, const std::string &Sel, NamedType *&Owner,
                         std::vector<unsigned> &Path, bool &Indirect,
                         bool &Ambiguous);
/// The method names of T's method set (T named or a struct type, or a
/// pointer to one; promoted methods included), sorted; none for other
/// types.
std::vector<std::string> methodSetNames(Type *T);
/// An interface type with methods (its values are GoIface).
bool isNonEmptyInterface(Type *T);
bool isMap(Type *T);
/// Whether nil is a value of T (go/types' hasNil): pointers, slices, maps,
/// channels, funcs, interfaces.
bool hasNil(Type *T);
bool isFloat(Type *T);   ///< typed or untyped floating-point
bool isNumeric(Type *T); ///< integer or float
/// Go's comparable: == is defined (structs and arrays of comparable
/// types, not slices, maps or funcs).
bool comparable(Type *T);
/// Ordered by < (integers, floats, strings).
bool isOrdered(Type *T);
/// Whether a value of T can hold a pointer the collector must see
/// (GORT_KIND_NOPOINTERS and mallocgc's flag are its negation).
bool hasPointers(Type *T);
/// The default type of an untyped type (int for untyped int, ...); T itself
/// for a typed one.
Type *defaultType(TypeContext &Ctx, Type *T);
/// Size in bits of a typed integer kind; int, uint and uintptr are
/// WordBits wide.
unsigned intBits(BasicKind K, unsigned WordBits);

/// An exact constant: a boolean, an integer, a rational number or a
/// string. A rational whose value is an integer is kept as Int (the type
/// of the expression says whether it is a float).
struct ConstValue {
  enum Kind { None, Bool, Int, Float, String };
  static constexpr unsigned ConstBits = 1100;
  Kind K = None;
  bool B = false;
  llvm::APInt I;
  llvm::APInt Num, Den; ///< Float: Num/Den, Den > 0, in lowest terms
  std::string S;

  static ConstValue makeBool(bool V);
  static ConstValue makeInt(const llvm::APInt &V);
  static ConstValue makeInt(int64_t V);
  static ConstValue makeString(std::string V);
  /// Num/Den (any widths, Den != 0), reduced; Int if integral. Invalid
  /// (None) if the integer does not fit ConstBits.
  static ConstValue makeRat(llvm::APInt Num, llvm::APInt Den);
  /// The exact value of a finite double.
  static ConstValue makeDouble(double V);
  /// A Go floating-point literal (decimal or hex, with underscores).
  static ConstValue parseFloat(llvm::StringRef Lit);
  bool isValid() const { return K != None; }
  bool isNumber() const { return K == Int || K == Float; }
  /// Go's spelling: true, 42, -7, 1.5, 1e+100, "a\n".
  std::string str() const;
  /// A numeric constant as go/constant spells a float: 1e+09, 0.1, 1.5.
  std::string floatString() const;
};

/// Exact arithmetic on numeric constants (Int or Float), as untyped float
/// expressions fold: Quo divides exactly. Sign is -1, 0 or 1.
ConstValue ratAdd(const ConstValue &X, const ConstValue &Y);
ConstValue ratSub(const ConstValue &X, const ConstValue &Y);
ConstValue ratMul(const ConstValue &X, const ConstValue &Y);
ConstValue ratQuo(const ConstValue &X, const ConstValue &Y);
ConstValue ratNeg(const ConstValue &X);
int ratCmp(const ConstValue &X, const ConstValue &Y);
int ratSign(const ConstValue &X);
/// X rounded to the nearest float64 or float32 (ties to even); false if
/// it overflows that type. The result is the rounded value, exactly.
bool roundFloat(const ConstValue &X, bool Is32, double &Out);

/// go/types' representableConst: whether numeric constant V is a value of
/// basic kind K (an integer kind wants an integral V); for a float kind,
/// Rounded (if not null) gets V rounded to it.
bool representableConst(const ConstValue &V, BasicKind K, unsigned WordBits,
                        ConstValue *Rounded = nullptr);

/// Whether integer V fits in integer kind K (untyped kinds: 512 bits) on a
/// target whose int is WordBits wide.
bool representable(const llvm::APInt &V, BasicKind K, unsigned WordBits);

} // namespace gort

#endif // GORT_TYPES_H
