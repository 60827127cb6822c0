//===- SemaUniverse.cpp - The universe and the importable packages --------===//
//
// The universe scope, as go/types' universe.go: the predeclared types,
// true, false, iota, nil and the built-in functions. Types of later tiers
// (complex128, error, ...) are declared without a type, so that a program
// naming one is told it is not supported yet rather than undefined. Then
// the members of the built-in packages a program may import (runtime,
// sync), each a function with its BuiltinId or a type (runtime.MemStats).
//
//===----------------------------------------------------------------------===//

#include "Check.h"

namespace gort::sema {

void Checker::makeUniverse() {
  static const std::pair<const char *, BasicKind> Basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},
      {"int8", BasicKind::Int8},       {"int16", BasicKind::Int16},
      {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},
      {"uint16", BasicKind::Uint16},   {"uint32", BasicKind::Uint32},
      {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32}, {"float64", BasicKind::Float64},
      {"string", BasicKind::String}};
  for (auto &B : Basics)
    Universe.insert(newObject(Object::TypeName, B.first, {}, Ctx.basic(B.second)));
  Universe.insert(newObject(Object::TypeName, "byte", {}, Ctx.byteType()));
  Universe.insert(newObject(Object::TypeName, "rune", {}, Ctx.runeType()));
  Universe.insert(newObject(Object::TypeName, "any", {}, Ctx.emptyInterface()));
  Universe.insert(newObject(Object::TypeName, "error", {}, Ctx.errorType()));
  // Types of later tiers: a TypeName without type.
  for (const char *N : {"complex64", "complex128", "comparable"})
    Universe.insert(newObject(Object::TypeName, N, {}, nullptr));
  Object *True = newObject(Object::Const, "true", {},
                           Ctx.basic(BasicKind::UntypedBool));
  True->Val = ConstValue::makeBool(true);
  Object *False = newObject(Object::Const, "false", {},
                            Ctx.basic(BasicKind::UntypedBool));
  False->Val = ConstValue::makeBool(false);
  Universe.insert(True);
  Universe.insert(False);
  IotaObj = newObject(Object::Const, "iota", {},
                      Ctx.basic(BasicKind::UntypedInt));
  Universe.insert(IotaObj);
  Universe.insert(
      newObject(Object::Nil, "nil", {}, Ctx.basic(BasicKind::UntypedNil)));
  static const std::pair<const char *, BuiltinId> Builtins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
      {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex},
      {"copy", BuiltinId::Copy},       {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},       {"new", BuiltinId::New},
      {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},
      {"recover", BuiltinId::Recover}};
  for (auto &B : Builtins) {
    Object *O = newObject(Object::Builtin, B.first, {});
    O->Id = B.second;
    Universe.insert(O);
  }

  // The members of the importable packages.
  Type *Int = Ctx.basic(BasicKind::Int);
  SignatureType *Void = Ctx.func({}, {});
  static const std::pair<const char *, BuiltinId> Runtime[] = {
      {"Gosched", BuiltinId::RuntimeGosched},
      {"Goexit", BuiltinId::RuntimeGoexit},
      {"LockOSThread", BuiltinId::RuntimeLockOSThread},
      {"UnlockOSThread", BuiltinId::RuntimeUnlockOSThread},
      {"Breakpoint", BuiltinId::RuntimeBreakpoint},
      {"GC", BuiltinId::RuntimeGC}};
  for (auto &R : Runtime) {
    Object *O = newObject(Object::Func, R.first, {}, Void);
    O->Id = R.second;
    declarePackageMember("runtime", R.first, O);
  }
  Object *O = newObject(Object::Func, "GOMAXPROCS", {}, Ctx.func({Int}, {Int}));
  O->Id = BuiltinId::RuntimeGOMAXPROCS;
  declarePackageMember("runtime", "GOMAXPROCS", O);
  O = newObject(Object::Func, "NumGoroutine", {}, Ctx.func({}, {Int}));
  O->Id = BuiltinId::RuntimeNumGoroutine;
  declarePackageMember("runtime", "NumGoroutine", O);
  O = newObject(Object::Func, "NumCPU", {}, Ctx.func({}, {Int}));
  O->Id = BuiltinId::RuntimeNumCPU;
  declarePackageMember("runtime", "NumCPU", O);
  O = newObject(Object::Func, "SetCPUProfileRate", {}, Ctx.func({Int}, {}));
  O->Id = BuiltinId::RuntimeSetCPUProfileRate;
  declarePackageMember("runtime", "SetCPUProfileRate", O);
  declareMemStats();
  declareRuntimeError();
  // runtime.MemProfileRate: the runtime's variable (malloc.cpp); gort
  // keeps no memory profile, so only its value is stored.
  O = newObject(Object::Var, "MemProfileRate", {}, Int);
  declarePackageMember("runtime", "MemProfileRate", O);
  declareSync();
}

/// runtime.MemStats with Go 1.19's fields (mstats.go), in its order, so
/// that its layout up to DebugGC is gort.h's GoMemStats on every target,
/// and runtime.ReadMemStats(m), which fills it (runtime.def's row).
void Checker::declareMemStats() {
  Type *U32 = Ctx.basic(BasicKind::Uint32);
  Type *U64 = Ctx.basic(BasicKind::Uint64);
  std::vector<StructField> Fields;
  for (const char *N :
       {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees",
        "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse", "HeapReleased",
        "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys",
        "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
        "NextGC", "LastGC", "PauseTotalNs"})
    Fields.push_back({N, U64});
  Fields.push_back({"PauseNs", Ctx.arrayOf(U64, 256)});
  Fields.push_back({"PauseEnd", Ctx.arrayOf(U64, 256)});
  Fields.push_back({"NumGC", U32});
  Fields.push_back({"NumForcedGC", U32});
  Fields.push_back({"GCCPUFraction", Ctx.basic(BasicKind::Float64)});
  Fields.push_back({"EnableGC", Ctx.basic(BasicKind::Bool)});
  Fields.push_back({"DebugGC", Ctx.basic(BasicKind::Bool)});
  Type *Class = Ctx.structOf({{"Size", U32}, {"Mallocs", U64}, {"Frees", U64}});
  Fields.push_back({"BySize", Ctx.arrayOf(Class, 61)});
  NamedType *MS = Ctx.named("runtime.MemStats", "");
  if (!MS->Underlying) // the first package's checker declares it
    MS->Underlying = Ctx.structOf(std::move(Fields));
  declarePackageMember("runtime", "MemStats",
                       newObject(Object::TypeName, "MemStats", {}, MS));
  Object *O = newObject(Object::Func, "ReadMemStats", {},
                        Ctx.func({Ctx.pointerTo(MS)}, {}));
  O->Id = BuiltinId::RuntimeReadMemStats;
  declarePackageMember("runtime", "ReadMemStats", O);
}

/// runtime.Error, Go's interface of the run-time panics' values: an error
/// with RuntimeError(). The runtime's error type has both methods
/// (panic.cpp).
void Checker::declareRuntimeError() {
  NamedType *RE = Ctx.named("runtime.Error", "");
  if (!RE->Underlying) // the first package's checker declares it
    RE->Underlying = Ctx.interfaceOf(
        {{"Error", Ctx.func({}, {Ctx.basic(BasicKind::String)})},
         {"RuntimeError", Ctx.func({}, {})}});
  declarePackageMember("runtime", "Error",
                       newObject(Object::TypeName, "Error", {}, RE));
}

void Checker::declarePackageMember(StringRef Pkg, StringRef Name, Object *O) {
  O->Global = true;
  O->PkgPath = Pkg.str();
  PkgMembers[Pkg.str()][Name.str()] = O;
}

} // namespace gort::sema
