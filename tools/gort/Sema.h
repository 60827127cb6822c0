//===- Sema.h - Name resolution and type checking ---------------*- C++ -*-===//
//
// Sema checks one package, its parsed Files, against the rules of Go for
// the language of tiers 0 and 1 (docs/language.md) and reports errors in
// gc's words and at gc's positions. Constructs of tiers 2 and 3 are
// rejected with "X is not supported yet". It never changes the AST. The
// packages of a program are checked one after the other, in dependency
// order, sharing one SemaInfo (so one TypeContext: a type is the same
// wherever it is used).
//
// What the code generator gets: a SemaInfo, modelled on go/types.Info, whose
// side tables are keyed by AST node pointers (the AST stays read-only):
//
//   Exprs     every checked expression -> TypeAndValue: its mode (constant,
//             variable, value, type, builtin, ...), its final type and, for
//             constants, its exact value. Untyped constant expressions carry
//             the type they were converted to by their context (`var x
//             int8 = 1 + 2` records int8 on `1 + 2`, on `1` and on `2`);
//             untyped values never reach codegen except untyped nil, whose
//             recorded type is the chan, func or interface{} it becomes.
//             A call with several results has a TupleType; a receive,
//             type assertion or map index m[k] used in comma-ok form has
//             the tuple (T, bool) and mode CommaOk (m[k] otherwise has
//             mode Value: it is assignable but not addressable).
//             Conversions T(x): the CallExpr's Fun is recorded with mode
//             TypeExpr.
//   Defs      identifier that declares an object -> the Object (vars, consts,
//             funcs, params, named results, labels); `_` maps to nothing.
//   Uses      identifier that refers to an object -> the Object; for
//             `pkg.Name` the Sel identifier maps to the package member (a
//             Builtin-kind object with a BuiltinId such as RuntimeGosched,
//             or runtime.MemStats) and X to the Package object.
//   Funcs     FuncDecl or FuncLit -> FuncInfo: its signature, parameter and
//             result objects (in order; unnamed ones are null), and for a
//             FuncLit the variables it captures from enclosing functions.
//             A variable captured by any closure has Object::Captured set:
//             it lives on the heap and closures share it by reference. A
//             local variable whose address is taken (by &x, or implicitly
//             by a method value or a go statement's method call) has
//             Object::Escapes set (SemaComposite.cpp): it lives on the
//             heap too. A method's FuncDecl has the signature with the
//             receiver as its first parameter, and the receiver's object
//             first in Params.
//   Selections x.f (x not a package) -> Selection: a field with its index
//             path through embedded fields (SemaComposite.cpp), or a
//             method x.M or T.M (SemaMethods.cpp): the method, the type
//             that declares it, and whether x is a pointer to it; an
//             interface's method has no declaring type
//             (SemaInterfaces.cpp).
//   Implicits each clause of `switch v := x.(type)` -> its v.
//   InitOrder package-level variable initializers in execution order (the
//             order Go's spec defines by dependency), each with its
//             left-hand variables and its right-hand expression (null for
//             a variable without initializer, which is zeroed).
//   InitFuncs the `func init()` declarations, in source order.
//
// Sema is target-aware in one respect only: the width of int, uint and
// uintptr (TypeContext::wordBits), which decides which constants overflow.
//
// `gort build -emit=types` prints these tables; the format is described
// at the top of SemaDump.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef GORT_SEMA_H
#define GORT_SEMA_H

#include "AST.h"
#include "Diagnostics.h"
#include "Types.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace gort {

/// Built-in functions of the universe and the functions and constants of
/// the importable packages.
enum class BuiltinId {
  None,
  // Universe.
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // Package runtime.
  RuntimeGosched,
  RuntimeGOMAXPROCS,
  RuntimeNumGoroutine,
  RuntimeNumCPU,
  RuntimeSetCPUProfileRate,
  RuntimeGoexit,
  RuntimeLockOSThread,
  RuntimeUnlockOSThread,
  RuntimeBreakpoint,
  RuntimeGC,
  RuntimeReadMemStats,
};

/// A named entity: variable, constant, type, function, package, built-in,
/// label, or nil.
struct Object {
  enum ObjKind { Var, Const, TypeName, Func, Package, Builtin, Nil, Label };
  ObjKind Kind;
  std::string Name;
  SourceLoc Loc;         ///< of the declaring identifier; invalid if universe
  Type *T = nullptr;     ///< null while a package-level object is unresolved
  ConstValue Val;        ///< constants only
  BuiltinId Id = BuiltinId::None; ///< Builtin (and package functions)
  /// Package objects: the import path; members of the built-in packages
  /// (runtime, sync): their package.
  std::string PkgPath;
  /// Package-level objects of a checked package: its import path ("main",
  /// "unicode/utf8"), which names their symbols (docs/ABI.md).
  std::string Pkg;
  bool Global = false;   ///< declared at package level
  bool Used = false;
  bool Captured = false; ///< a closure refers to this (local) variable
  bool IsParam = false;  ///< a parameter or named result
  /// Its address may outlive its frame (&x, Sema's escape analysis): a
  /// local variable then lives in a heap cell, as a captured one.
  bool Escapes = false;
  /// The FuncDecl or FuncLit whose frame holds this local variable.
  const Node *Owner = nullptr;
  /// Package-level objects: the declaring FuncDecl or ValueSpec.
  const Node *Decl = nullptr;
};

/// What an expression denotes, as go/types' operand modes.
struct TypeAndValue {
  enum Mode {
    Invalid,  ///< erroneous; an error was reported
    NoValue,  ///< a call without results
    Builtin,  ///< a built-in function name (only as callee)
    TypeExpr, ///< a type
    Constant, ///< a constant; Val holds it
    Variable, ///< an addressable variable
    Value,    ///< a computed value
    CommaOk,  ///< receive, assertion or m[k] in v, ok form; T is (T, bool)
    Package,  ///< a package name (only as X of a selector)
  };
  Mode M = Invalid;
  Type *T = nullptr;
  ConstValue Val;
};

struct FuncInfo {
  SignatureType *Sig = nullptr;
  std::vector<Object *> Params;   ///< null for unnamed or `_` parameters
  std::vector<Object *> Results;  ///< null for unnamed results
  std::vector<Object *> Captures; ///< FuncLit: free variables, first use order
  /// The body calls recover (itself, not a function literal in it): a
  /// deferred call of it runs a copy of the body (CGCall.cpp), in any
  /// package's module.
  bool CallsRecover = false;
};

struct InitEntry {
  std::vector<Object *> Lhs; ///< null for `_`
  const Expr *Rhs = nullptr; ///< null: zero value; one Rhs for all of Lhs
};

/// What a selector x.f denotes when x is not a package name (go/types'
/// Selection): a field, a method value x.M, or a method expression T.M.
struct Selection {
  enum SelKind { FieldVal, MethodVal, MethodExpr };
  SelKind Kind = FieldVal;
  Type *Recv = nullptr; ///< the type of x (for a MethodExpr, T)
  /// Field indices from x's struct type through embedded fields: for a
  /// field, ending with its own index; for a method, the path to the
  /// embedded value whose type declares it (empty if x's type does).
  std::vector<unsigned> Path;
  /// Whether the path dereferences a pointer (x itself or an embedded one).
  bool Indirect = false;
  const Method *M = nullptr;    ///< methods: the method
  /// Methods: the type that declares M; null for an interface's method
  /// (x of an interface type, or an embedded interface along Path).
  NamedType *Owner = nullptr;
};

struct SemaInfo {
  /// WordBits: the target's size of int, uint, uintptr and pointers (64 on
  /// amd64, 32 on 386 and arm; Backend.h's targetWordBits). Constants are
  /// checked against it, as gc checks them for its GOARCH.
  explicit SemaInfo(unsigned WordBits) : Types(WordBits) {}
  TypeContext Types;
  llvm::DenseMap<const Expr *, TypeAndValue> Exprs;
  llvm::DenseMap<const Ident *, Object *> Defs;
  llvm::DenseMap<const Ident *, Object *> Uses;
  /// A std::map: Sema keeps references to entries while adding others.
  std::map<const Node *, FuncInfo> Funcs;
  llvm::DenseMap<const SelectorExpr *, Selection> Selections;
  /// Type switches `switch v := x.(type)`: each clause's v (go/types'
  /// Implicits), of the clause's single type or of x's type.
  llvm::DenseMap<const Stmt *, Object *> Implicits;
  std::vector<InitEntry> InitOrder;
  std::vector<const FuncDecl *> InitFuncs;
  std::vector<std::unique_ptr<Object>> Objects; ///< owns every Object
};

/// One package of a program: the files the driver read for it (Packages.h)
/// and what checking it gives the packages that import it and the code
/// generator.
struct Package {
  std::string Path;                       ///< import path; "main"
  std::string Name;                       ///< of its package clauses
  std::string Dir;                        ///< the folder of a library one
  std::vector<std::unique_ptr<File>> Files; ///< sorted by name
  std::vector<std::string> FileNames;
  /// The library packages it imports (not runtime, sync): import
  /// paths in the order of their first import in the files, without
  /// duplicates (the order of their initialization).
  std::vector<std::string> Imports;
  /// Its package-level objects (pkg.Name may select the exported ones).
  std::map<std::string, Object *> Members;
  /// Filled by checkPackage: Info's InitOrder and InitFuncs for this
  /// package.
  std::vector<InitEntry> InitOrder;
  std::vector<const FuncDecl *> InitFuncs;
};

/// The packages checked so far, by import path.
using PackageMap = std::map<std::string, const Package *>;

/// Checks P (whose imports are in Imported, checked), filling Info; Info's
/// InitOrder and InitFuncs hold P's when it returns. Returns false if
/// errors were reported.
bool checkPackage(Package &P, const PackageMap &Imported, Diagnostics &Diags,
                  SemaInfo &Info);

/// Whether checked expression E calls a function or receives (types2's
/// hasCallOrRecv): then len(E) of an array is not constant, and range over
/// E evaluates it even without a value variable.
bool hasCallOrRecv(const Expr *E, const SemaInfo &Info);

/// Prints Info for FileCheck tests; see Sema.cpp for the format.
/// Inits: also the package's initialization order (after its last file).
void dumpTypes(const File &F, const SemaInfo &Info, llvm::raw_ostream &OS,
               bool Inits = true);

} // namespace gort

#endif // GORT_SEMA_H
