// gort.h: the C ABI of the gort runtime, the one header compiled code and
// C programs use. Every symbol carries Go's own ELF name (runtime.newproc,
// ...); the C names here are GORT_-free spellings bound to those names with
// asm labels. docs/ABI.md describes the calling conventions.
//
// The functions are the rows of runtime.def, the one table of entry points
// that the compiler reads too; this header holds the types they use.
#ifndef GORT_GORT_H
#define GORT_GORT_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GORT_SYM(name) __asm__("runtime." #name)

// Go's string header, as print and panic take it.
typedef struct GoString {
  const uint8_t *str;
  intptr_t len;
} GoString;

typedef struct G G;  // a goroutine (opaque)

// Type descriptors, which the compiler emits as constants. kind is Go's
// reflect.Kind.
enum {
  GORT_KIND_BOOL = 1, GORT_KIND_INT, GORT_KIND_INT8, GORT_KIND_INT16,
  GORT_KIND_INT32, GORT_KIND_INT64, GORT_KIND_UINT, GORT_KIND_UINT8,
  GORT_KIND_UINT16, GORT_KIND_UINT32, GORT_KIND_UINT64, GORT_KIND_UINTPTR,
  GORT_KIND_FLOAT32, GORT_KIND_FLOAT64, GORT_KIND_COMPLEX64,
  GORT_KIND_COMPLEX128, GORT_KIND_ARRAY, GORT_KIND_CHAN, GORT_KIND_FUNC,
  GORT_KIND_INTERFACE, GORT_KIND_MAP, GORT_KIND_POINTER, GORT_KIND_SLICE,
  GORT_KIND_STRING, GORT_KIND_STRUCT, GORT_KIND_UNSAFEPOINTER,
  GORT_KIND_MASK = 0x1f,
  // Or'ed into kind: values of the type hold no pointers, so the collector
  // need not scan them (Go 1.0's KindNoPointers).
  GORT_KIND_NOPOINTERS = 1 << 7
};
typedef struct GoUncommon GoUncommon;
typedef struct GoType {
  uintptr_t size;    // bytes of a value
  uint32_t kind;     // GORT_KIND_*, maybe | GORT_KIND_NOPOINTERS
  uint32_t align;    // alignment of a value
  GoString name;     // Go's spelling: "int", "main.T", "chan int"
  const struct GoType *elem;  // chan, slice, array, pointer, map: element
  const struct GoType *key;   // map: the key type (else null)
  uintptr_t len;              // array: the number of elements (else 0)
  // Go's type algorithms; both null when values of the type cannot be
  // compared (slices, maps, funcs, and structs and arrays holding them).
  uintptr_t (*hash)(const void *p, uintptr_t seed);
  bool (*equal)(const void *p, const void *q);
  // The type's hash: FNV-1a (32-bit) of name's bytes (gc hashes its link
  // name with MD5; only equality matters). Type switches and the itab
  // table hash with it; equal types have equal hashes.
  uint32_t tyhash;
  uint32_t chandir;  // chan: GORT_CHAN_RECV | GORT_CHAN_SEND (else 0)
  // The type's methods: non-null for a named type (its package path and
  // methods, maybe none) and for a pointer to a named type with methods.
  const GoUncommon *uncommon;
} GoType;

enum { GORT_CHAN_RECV = 1, GORT_CHAN_SEND = 2 };

// A method of a type (Go 1.19's runtime.method, with pointers and strings
// where Go has offsets). A pointer type's method set includes its element
// type's value methods: *T's list holds both, T's only the value methods.
typedef struct GoMethod {
  GoString name;              // "String"
  GoString pkgpath;           // an unexported name's package path, else ""
  const struct GoType *mtyp;  // the method's func type (no receiver)
  // Called through an itab: ifn(data, args...), data the interface
  // value's data word (docs/ABI.md, "Interfaces").
  void (*ifn)(void);
  // Called with the receiver: tfn(receiver, args...), as a method call
  // on a value of the type is compiled.
  void (*tfn)(void);
} GoMethod;

// Go 1.19's uncommontype: what a named type adds to its descriptor.
struct GoUncommon {
  GoString pkgpath;          // the defining package: "main"
  const GoMethod *methods;   // sorted by name, then package path
  uint32_t mcount;           // all methods
  uint32_t xcount;           // the exported ones
};

// An interface type's method (Go 1.19's imethod).
typedef struct GoIMethod {
  GoString name;
  GoString pkgpath;          // an unexported name's package path, else ""
  const struct GoType *typ;  // its func type
} GoIMethod;

// Kind-specific descriptors begin with a GoType, as Go 1.19's begin with
// an _type: a descriptor of kind GORT_KIND_INTERFACE, STRUCT or FUNC is
// one of these.
typedef struct GoInterfaceType {
  GoType typ;
  GoString pkgpath;          // where an unexported method name comes from
  const GoIMethod *methods;  // sorted by name, then package path
  uintptr_t nmethods;
} GoInterfaceType;

typedef struct GoStructField {
  GoString name;             // an embedded field: its type's name ("T")
  GoString pkgpath;          // an unexported name's package path, else ""
  const struct GoType *typ;
  uintptr_t offset;          // bytes from the start of the struct
  uintptr_t embedded;        // 1 for an embedded field
} GoStructField;

typedef struct GoStructType {
  GoType typ;
  GoString pkgpath;
  const GoStructField *fields;
  uintptr_t nfields;
} GoStructType;

typedef struct GoFuncType {
  GoType typ;
  const struct GoType *const *params;  // the nin parameters, then the
  uint32_t nin;                        // nout results
  uint32_t nout;
  uintptr_t variadic;                  // 1: the last parameter is ...T
} GoFuncType;

// An itab (Go 1.19's): the method table of one dynamic type for one
// interface type. fun[k] is type's ifn for inter's k-th method; fun[0]
// == 0 marks a pair found not to implement (the run-time table caches
// misses too). The compiler emits the itabs it can name (docs/ABI.md).
typedef struct GoItab {
  const GoInterfaceType *inter;
  const GoType *type;
  uint32_t hash;             // copy of type->tyhash, for type switches
  uint32_t pad;
  void (*fun[1])(void);      // variable sized: inter->nmethods entries
} GoItab;

// A value of a non-empty interface type: the itab of its dynamic type (null
// for the nil interface) and its data word, which holds the value as
// GoEface's does.
typedef struct GoIface {
  const GoItab *tab;
  void *data;
} GoIface;
// An interface{} value: a value of size <= pointer size is stored in data
// itself; a larger one is stored elsewhere and data points to it.
typedef struct GoEface {
  const GoType *type;  // null for the nil interface
  void *data;
} GoEface;

// A slice header, as Go lays it out.
typedef struct GoSlice {
  void *array;
  intptr_t len;
  intptr_t cap;
} GoSlice;

// panicbounds's code: Go 1.19's boundsErrorCode, which bound failed,
// or'ed with GORT_BOUNDS_UNSIGNED when the index x is unsigned.
enum {
  GORT_BOUNDS_INDEX,         // s[x]: 0 <= x < len(s)
  GORT_BOUNDS_SLICE_ALEN,    // s[?:x]: 0 <= x <= len(s)
  GORT_BOUNDS_SLICE_ACAP,    // s[?:x]: 0 <= x <= cap(s)
  GORT_BOUNDS_SLICE_B,       // s[x:y]: 0 <= x <= y
  GORT_BOUNDS_SLICE3_ALEN,   // s[?:?:x]: 0 <= x <= len(s)
  GORT_BOUNDS_SLICE3_ACAP,   // s[?:?:x]: 0 <= x <= cap(s)
  GORT_BOUNDS_SLICE3_B,      // s[?:x:y]: 0 <= x <= y
  GORT_BOUNDS_SLICE3_C,      // s[x:y:?]: 0 <= x <= y
  GORT_BOUNDS_CONVERT,       // (*[x]T)(s): 0 <= x <= len(s)
  GORT_BOUNDS_UNSIGNED = 1 << 8
};

// mallocgc's flag: the object holds no pointers (Go 1.0's FlagNoPointers).
enum { GORT_FLAG_NOPOINTERS = 1 << 0 };

typedef struct Hchan Hchan;  // a channel (opaque)
typedef struct Hmap Hmap;    // a map (opaque)
// One case of a select (selectgo).
typedef struct GoScase {
  Hchan *c;        // nil: the case never runs
  void *elem;      // value to send, or where to receive
  bool *ok;        // receive: set to false when c is closed
} GoScase;

// A map iteration's state (mapiterinit, mapiternext), GORT_HITER_WORDS
// words the caller provides (on its stack). Only key and elem are for the
// caller: the entry's key and value, key null once the iteration is done.
// The rest is the runtime's.
enum { GORT_HITER_WORDS = 10 };
typedef struct GoHiter {
  void *key;
  void *elem;
  void *state[GORT_HITER_WORDS - 2];
} GoHiter;
// A Go func value (Go's runtime.funcval): a pointer to a closure object
// whose first word is the function's code, called as fn(closure, args...);
// the captured variables, if any, follow fn (docs/ABI.md). Null is the nil
// func.
typedef struct GoFuncval {
  void (*fn)(void);  // the real type is the func's, with the closure first
} GoFuncval;

// Package time's runtimeTimer (Go 1.0's sleep.go; the runtime's Timer,
// time.cpp): a timer in the runtime's heap, which calls f(now, arg) on the
// timer goroutine at nanotime `when` and, if period > 0, again every
// period ns. f is a Go func value of type func(int64, interface{}): its
// code is called as fn(f, now, arg) (docs/ABI.md, "Timers"). i is the
// runtime's (the heap index); the caller keeps the struct alive and
// unchanged while the timer is in the heap.
typedef struct GoTimer {
  int32_t i;
  int64_t when;    // the runtime's clock, runtime.nanotime
  int64_t period;
  const GoFuncval *f;
  GoEface arg;
} GoTimer;

// Go's sync types, as Go 1.19 lays them out on each target (sync.cpp
// holds the algorithms). The zero value is an unlocked Mutex or RWMutex,
// an empty WaitGroup, a Once not yet done; compiled code treats them as
// opaque values of this size and alignment.
typedef struct GoMutex {
  int32_t state;  // mutexLocked, mutexWoken, mutexStarving, waiter count
  uint32_t sema;
} GoMutex;
typedef struct GoRWMutex {
  GoMutex w;            // held if there are pending writers
  uint32_t writerSem;   // for writers to wait for completing readers
  uint32_t readerSem;   // for readers to wait for completing writers
  int32_t readerCount;  // number of pending readers
  int32_t readerWait;   // number of departing readers
} GoRWMutex;
typedef struct GoWaitGroup {
  // Go's state1 uint64 (counter, waiter count) then state2 uint32 (the
  // semaphore): 16 bytes, 8-aligned, on amd64; 12, 4-aligned, on 386 and
  // arm, where the runtime uses whichever 8 of the 12 bytes are 8-aligned
  // as the 64-bit state (waitgroup.go's state()).
  uint32_t state1[2] __attribute__((aligned(sizeof(void *))));
  uint32_t state2;
} GoWaitGroup;
typedef struct GoOnce {
  uint32_t done;  // whether the action has been performed
  GoMutex m;
} GoOnce;
// runtime.MemStats (Go 1.19's mstats.go), up to DebugGC: the same layout
// on every target (each uint64 falls 8-aligned). Go's BySize array follows
// it there; ReadMemStats does not write it.
typedef struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys;
  uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys;
  uint64_t NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256], PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
} GoMemStats;

// The type codes of runtime.def.
typedef void gort_t_void;
typedef bool gort_t_bool;
typedef int32_t gort_t_int32;
typedef uint32_t gort_t_uint32;
typedef int64_t gort_t_int64;
typedef uint64_t gort_t_uint64;
typedef double gort_t_float64;
typedef intptr_t gort_t_int;
typedef uintptr_t gort_t_uintptr;
typedef void *gort_t_ptr;
typedef const void *gort_t_cptr;
typedef const GoType *gort_t_type;
typedef Hchan *gort_t_chan;
typedef G *gort_t_g;
typedef void (*gort_t_fn)(void *);
typedef GoString gort_t_str;
typedef GoEface gort_t_eface;
typedef GoIface gort_t_iface;
typedef const GoInterfaceType *gort_t_itype;
typedef const GoItab *gort_t_itab;
typedef GoScase *gort_t_scase;
typedef bool *gort_t_boolp;
typedef volatile uint32_t *gort_t_u32p;
typedef Hmap *gort_t_map;
typedef GoSlice *gort_t_slicep;
typedef GoHiter *gort_t_hiter;
typedef const GoFuncval *gort_t_funcval;
typedef GoMutex *gort_t_mutexp;
typedef GoRWMutex *gort_t_rwmutexp;
typedef GoWaitGroup *gort_t_wgp;
typedef GoOnce *gort_t_oncep;
typedef GoTimer *gort_t_timerp;
typedef struct MSpan MSpan;  // a run of heap pages (opaque)
typedef uint8_t **gort_t_bytepp;
typedef uintptr_t *gort_t_uintptrp;
typedef MSpan **gort_t_spanpp;
typedef GoMemStats *gort_t_memstatsp;
#define GORT_ATTR_none
#define GORT_ATTR_noreturn __attribute__((noreturn))
#define GORT_ATTR_returns_twice __attribute__((returns_twice))
#define GORT_ATTR_malloc __attribute__((malloc))

#define P(type, name) gort_t_##type name
#define P0 void
#define GORT_FUNC(name, ret, attr, params) \
  gort_t_##ret gort_##name params GORT_ATTR_##attr GORT_SYM(name);
#define GORT_ENTRY(name, sym, ret, attr, params) \
  gort_t_##ret gort_##name params GORT_ATTR_##attr __asm__(sym);
#include "gort/runtime.def"
#undef GORT_ENTRY
#undef GORT_FUNC
#undef P0
#undef P

// Not rows of the table. The formatting behind print/println, written to
// standard error: a C convenience (variadic), never called by Go code.
void gort_printf(const char *fmt, ...) GORT_SYM(printf);
// A Go program's code, which the runtime's entry runs: main.init (may be
// left out), then main.main on the main goroutine.
void gort_main_init(void) __asm__("main.init");
void gort_main_main(void) __asm__("main.main");

#ifdef __cplusplus
}
#endif

#endif
