// Type descriptors, methods and itabs for the interface tests (iface.c,
// iface-panics.c, iface-parallel.c), written as docs/ABI.md "Interfaces"
// says the compiler makes them: each tyhash is FNV-1a of the name, each
// named type has its GoUncommon, methods are called through an itab as
// ifn(data). The Go they stand for:
//
//   type I interface{ M() }            type J interface{ M(); N() }
//   type K interface{ M() }            type Km interface{ m() }
//   type T struct{ a, b int }          func (T) M()      // and *T's M
//   type U int                         func (U) X()
//   type S []int                       func (S) M()
//   type V int                         func (V) m()
//   other.Vo int                       func (Vo) m()     // package other
//   type E struct{ a, b int }          func (E) Error() string
//   type St int                        func (St) String() string
//   type B int       func (B) Error() string; func (B) String() string
//   type W int                         func (W) String() int
//   type P struct{ x int }             func (*P) Error() string
//   type Boom int                      func (Boom) Error() string // panics
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}
#define NOPTR GORT_KIND_NOPOINTERS
#define UNUSED __attribute__((unused))
#define PS (sizeof(void *))  // a word
#define FN(f) ((void (*)(void))(f))

// A method returning a string returns LLVM's {ptr, iN}: C's GoString
// return on amd64, C's uint64_t (ptr low, len high) on 386 and arm.
#if UINTPTR_MAX == UINT64_MAX
typedef GoString strret;
static UNUSED strret retstr(const char *s) {
  GoString r = {(const uint8_t *)s, 0};
  while (s[r.len])
    r.len++;
  return r;
}
#else
typedef uint64_t strret;
static UNUSED strret retstr(const char *s) {
  uint32_t n = 0;
  while (s[n])
    n++;
  return (uint32_t)(uintptr_t)s | (uint64_t)n << 32;
}
#endif

static const GoType tstring UNUSED = {
    sizeof(GoString), GORT_KIND_STRING, _Alignof(GoString), NAME("string"),
    .hash = gort_strhash, .equal = gort_strequal, .tyhash = 0x17c16538};
static const GoType tint UNUSED = {
    PS, GORT_KIND_INT | NOPTR, PS, NAME("int"),
    .hash = PS == 8 ? gort_memhash64 : gort_memhash32,
    .equal = PS == 8 ? gort_memequal64 : gort_memequal32,
    .tyhash = 0x95e97e5e};
static const GoType tintslice UNUSED = {
    sizeof(GoSlice), GORT_KIND_SLICE, PS, NAME("[]int"), .elem = &tint,
    .tyhash = 0x2bdebcbe};
static const GoType teface UNUSED = {
    sizeof(GoEface), GORT_KIND_INTERFACE, PS, NAME("interface {}"),
    .hash = gort_nilinterhash, .equal = gort_nilinterequal,
    .tyhash = 0xd8f76804};

// The compiler's own func types (not the runtime's descriptors).
static const GoFuncType tfunc = {
    {PS, GORT_KIND_FUNC, PS, NAME("func()"), .tyhash = 0x818fc0bc}, 0, 0, 0, 0};
static const GoType *const stringres[] = {&tstring};
static const GoFuncType tfuncstring = {
    {PS, GORT_KIND_FUNC, PS, NAME("func() string"), .tyhash = 0x319077b5},
    stringres, 0, 1, 0};
static const GoType *const intres[] = {&tint};
static const GoFuncType tfuncint = {
    {PS, GORT_KIND_FUNC, PS, NAME("func() int"), .tyhash = 0xa218166d},
    intres, 0, 1, 0};

#define ITYPE(var, name, th, ms)                                         \
  static const GoUncommon u##var = {NAME("main"), 0, 0, 0};                \
  static const GoInterfaceType var UNUSED = {                              \
      {2 * PS, GORT_KIND_INTERFACE, PS, NAME(name), .hash = gort_interhash, \
       .equal = gort_interequal, .tyhash = th, .uncommon = &u##var},    \
      NAME("main"), ms, sizeof ms / sizeof ms[0]}

static const GoIMethod Imethods[] = {{NAME("M"), NAME(""), &tfunc.typ}};
static const GoIMethod Jmethods[] = {{NAME("M"), NAME(""), &tfunc.typ},
                                     {NAME("N"), NAME(""), &tfunc.typ}};
static const GoIMethod Kmmethods[] = {{NAME("m"), NAME("main"), &tfunc.typ}};
ITYPE(tI, "main.I", 0x727e8701, Imethods);
ITYPE(tJ, "main.J", 0x6f7e8248, Jmethods);
ITYPE(tK, "main.K", 0x707e83db, Imethods);
ITYPE(tKm, "main.Km", 0xcd295782, Kmmethods);

// T: two words, so its data word points to it, for T's and *T's M alike.
static void T_M(void *data) {
  intptr_t *t = data;
  gort_printf("T.M %d %d\n", (int32_t)t[0], (int32_t)t[1]);
}
static const GoMethod Tmethods[] = {
    {NAME("M"), NAME(""), &tfunc.typ, FN(T_M), FN(T_M)}};
static const GoUncommon uT = {NAME("main"), Tmethods, 1, 1};
static const GoStructField Tfields[] = {
    {NAME("a"), NAME("main"), &tint, 0, 0},
    {NAME("b"), NAME("main"), &tint, PS, 0}};
static const GoStructType tT UNUSED = {
    {2 * PS, GORT_KIND_STRUCT | NOPTR, PS, NAME("main.T"),
     .hash = PS == 8 ? gort_memhash128 : gort_memhash64,
     .equal = PS == 8 ? gort_memequal128 : gort_memequal64,
     .tyhash = 0x5d7e65f2, .uncommon = &uT},
    NAME("main"), Tfields, 2};
static const GoUncommon uPT = {NAME("main"), Tmethods, 1, 1};
static const GoType tPT UNUSED = {
    PS, GORT_KIND_POINTER, PS, NAME("*main.T"), .elem = &tT.typ,
    .hash = PS == 8 ? gort_memhash64 : gort_memhash32,
    .equal = PS == 8 ? gort_memequal64 : gort_memequal32,
    .tyhash = 0x387e500a, .uncommon = &uPT};

#define NAMEDINT(var, name, th, ms, n, x)                                 \
  static const GoUncommon u##var = {NAME("main"), ms, n, x};                \
  static const GoType var UNUSED = {                                        \
      PS, GORT_KIND_INT | NOPTR, PS, NAME(name),                              \
      .hash = PS == 8 ? gort_memhash64 : gort_memhash32,                     \
      .equal = PS == 8 ? gort_memequal64 : gort_memequal32, .tyhash = th,   \
      .uncommon = &u##var}

static void U_X(void *data) { (void)data; }
static const GoMethod Umethods[] = {
    {NAME("X"), NAME(""), &tfunc.typ, FN(U_X), FN(U_X)}};
NAMEDINT(tU, "main.U", 0x5e7e6785, Umethods, 1, 1);

static void V_m(void *data) { gort_printf("V.m %d\n", (int32_t)(intptr_t)data); }
static const GoMethod Vmethods[] = {
    {NAME("m"), NAME(""), &tfunc.typ, FN(V_m), FN(V_m)}};
NAMEDINT(tV, "main.V", 0x5b7e62cc, Vmethods, 1, 0);
// other.Vo's m is other's: it is not Km's m.
static const GoMethod Vomethods[] = {
    {NAME("m"), NAME(""), &tfunc.typ, FN(V_m), FN(V_m)}};
static const GoUncommon utVo = {NAME("other"), Vomethods, 1, 0};
static const GoType tVo UNUSED = {
    PS, GORT_KIND_INT | NOPTR, PS, NAME("other.Vo"),
    .hash = PS == 8 ? gort_memhash64 : gort_memhash32,
    .equal = PS == 8 ? gort_memequal64 : gort_memequal32,
    .tyhash = 0xec52d52e, .uncommon = &utVo};

// S: uncomparable (no algorithms).
static void S_M(void *data) { (void)data; }
static const GoMethod Smethods[] = {
    {NAME("M"), NAME(""), &tfunc.typ, FN(S_M), FN(S_M)}};
static const GoUncommon uS = {NAME("main"), Smethods, 1, 1};
static const GoType tS UNUSED = {
    sizeof(GoSlice), GORT_KIND_SLICE, PS, NAME("main.S"), .elem = &tint,
    .tyhash = 0x587e5e13, .uncommon = &uS};

// The panic values: errors and stringers.
static strret E_Error(void *data) { (void)data; return retstr("an error"); }
static const GoMethod Emethods[] = {
    {NAME("Error"), NAME(""), &tfuncstring.typ, FN(E_Error), FN(E_Error)}};
static const GoUncommon uE = {NAME("main"), Emethods, 1, 1};
static const GoStructType tE UNUSED = {
    {2 * PS, GORT_KIND_STRUCT | NOPTR, PS, NAME("main.E"),
     .hash = PS == 8 ? gort_memhash128 : gort_memhash64,
     .equal = PS == 8 ? gort_memequal128 : gort_memequal64,
     .tyhash = 0x6e7e80b5, .uncommon = &uE},
    NAME("main"), Tfields, 2};

static strret St_String(void *data) { (void)data; return retstr("a stringer"); }
static const GoMethod Stmethods[] = {
    {NAME("String"), NAME(""), &tfuncstring.typ, FN(St_String),
     FN(St_String)}};
NAMEDINT(tSt, "main.St", 0xb5ee9c25, Stmethods, 1, 1);

static strret B_Error(void *data) { (void)data; return retstr("B error"); }
static strret B_String(void *data) { (void)data; return retstr("B string"); }
static const GoMethod Bmethods[] = {
    {NAME("Error"), NAME(""), &tfuncstring.typ, FN(B_Error), FN(B_Error)},
    {NAME("String"), NAME(""), &tfuncstring.typ, FN(B_String),
     FN(B_String)}};
NAMEDINT(tB, "main.B", 0x677e75b0, Bmethods, 2, 2);

static intptr_t W_String(void *data) { (void)data; return 1; }
static const GoMethod Wmethods[] = {
    {NAME("String"), NAME(""), &tfuncint.typ, FN(W_String), FN(W_String)}};
NAMEDINT(tW, "main.W", 0x5c7e645f, Wmethods, 1, 1);

static strret PP_Error(void *data) {
  return retstr(*(intptr_t *)data == 7 ? "pointer error" : "wrong data");
}
static const GoUncommon uP = {NAME("main"), 0, 0, 0};
static const GoStructField Pfields[] = {{NAME("x"), NAME("main"), &tint, 0, 0}};
static const GoStructType tP UNUSED = {
    {PS, GORT_KIND_STRUCT | NOPTR, PS, NAME("main.P"),
     .hash = PS == 8 ? gort_memhash64 : gort_memhash32,
     .equal = PS == 8 ? gort_memequal64 : gort_memequal32,
     .tyhash = 0x597e5fa6, .uncommon = &uP},
    NAME("main"), Pfields, 1};
static const GoMethod PPmethods[] = {
    {NAME("Error"), NAME(""), &tfuncstring.typ, FN(PP_Error), FN(PP_Error)}};
static const GoUncommon uPP = {NAME("main"), PPmethods, 1, 1};
static const GoType tPP UNUSED = {
    PS, GORT_KIND_POINTER, PS, NAME("*main.P"), .elem = &tP.typ,
    .hash = PS == 8 ? gort_memhash64 : gort_memhash32,
    .equal = PS == 8 ? gort_memequal64 : gort_memequal32,
    .tyhash = 0x347e49be, .uncommon = &uPP};

// func (Boom) Error() string { panic("boom") }
static GoEface gostring(const char *s) {
  GoString v = {(const uint8_t *)s, 0};
  while (s[v.len])
    v.len++;
  return gort_convT2E(&tstring, &v);
}
static strret Boom_Error(void *data) {
  (void)data;
  gort_gopanic(gostring("boom"));
}
static const GoMethod Boommethods[] = {
    {NAME("Error"), NAME(""), &tfuncstring.typ, FN(Boom_Error),
     FN(Boom_Error)}};
NAMEDINT(tBoom, "main.Boom", 0x2aa3efb1, Boommethods, 1, 1);

// The value of x boxed as Go boxes it into an interface.
static UNUSED GoEface box(const GoType *t, intptr_t x) {
  return gort_convT2E(t, &x);
}
