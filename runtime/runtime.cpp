// runtime.cpp: what proc.c leans on from the seed's runtime.c: throw and
// the panic exit path, the environment, small memory and string helpers,
// and atomics.
#include <stdlib.h>

#include "runtime.h"
#include "signals_linux.h"

namespace runtime {

static byte **argv_;
static int32 argc_;
int32 panicking;  // ms printing a fatal error; never back to 0 then
static Lock paniclk;
uint32 runningPanicDefers;  // gopanics running deferred calls (Go 1.19)

// PORT: Go 1.19's "fatal error:" (the seed printed "throw:"), the words
// a Go user sees today.
void throw_(const char *s) {
  getm()->throwing = 1;
  startpanic();
  printf("fatal error: %s\n", s);
  dopanic(0);
}

void startpanic() {
  M *m = getm();
  if (m->dying) {
    printf("panic during panic\n");
    exit(3);
  }
  m->dying = 1;
  __atomic_fetch_add(&panicking, 1, __ATOMIC_SEQ_CST);
  lock(&paniclk);
}

void dopanic(int32 unused) {
  static bool didothers;
  G *g = getg();
  (void)unused;

  if (g->sig != 0)  // PORT: Go 1.19's form, the signal by name
    printf("[signal %s code=%p addr=%p pc=%p]\n", signame(g->sig),
           (void *)g->sigcode0, (void *)g->sigcode1, (void *)g->sigpc);
  // PORT: Go 1.19's GOTRACEBACK=single: a panic shows the goroutine that
  // panicked, a fatal error all of them, each with its frames
  // (traceback.cpp). Each goroutine's block starts with a blank line
  // (tracebackothers' too), none besides.
  if (g != getm()->g0) {
    printf("\ngoroutine %d [running]:\n", g->goid);
    traceback(g);
  }
  if (getm()->throwing && !didothers) {
    didothers = true;
    tracebackothers(g);
  }
  unlock(&paniclk);
  // PORT: the last m out leaves panicking at 1, so that main, returning
  // meanwhile, waits for this exit (mainexit).
  if (__atomic_load_n(&panicking, __ATOMIC_SEQ_CST) > 1 &&
      __atomic_sub_fetch(&panicking, 1, __ATOMIC_SEQ_CST) != 0) {
    // Some other m is panicking too.
    // Let it print what it needs to print.
    // Wait forever without chewing up cpu.
    // It will exit when it's done.
    static Lock deadlock;
    lock(&deadlock);
    lock(&deadlock);
  }
  exit(2);
}

// PORT: the end of Go 1.19's runtime.main, when main.main returns: a
// panic running deferred calls gets a while to finish them, and one that
// has begun to print ends the program with its status 2, not main's 0.
// paniclk orders the exit after any fatal error already printing. Go
// yields 1000 times; after the first 100 this also sleeps 10us a time, so
// that a panicking thread the OS has preempted still gets to finish.
void mainexit() {
  for (int32 c = 0; c < 1000 && atomicload(&runningPanicDefers) != 0; c++) {
    gosched();
    if (c >= 100)
      tsleep(10000);
  }
  lock(&paniclk);
  if (__atomic_load_n(&panicking, __ATOMIC_SEQ_CST) == 0)
    exit(0);
  unlock(&paniclk);
  static Lock deadlock;  // its exit(2) is on the way
  for (;;)
    lock(&deadlock);
}

void args(int32 c, byte **v) {
  argc_ = c;
  argv_ = v;
}

// os.Args, which package os declares and the runtime fills (Go 1's os·Args).
// PORT: gort has no package os, so the variable lives here.
GoSlice osArgs __asm__("os.Args");

// The command line as os.Args: strings that point into argv.
void goargs() {
  String *s = (String *)mallocgc(argc_ * sizeof s[0], 0);
  for (int32 i = 0; i < argc_; i++)
    s[i] = String{argv_[i], findnull(argv_[i])};
  osArgs = GoSlice{s, argc_, argc_};
}

struct GetenvArgs {
  const char *name;
  byte *ret;
};

static void cgetenv(void *a) {
  GetenvArgs *args = (GetenvArgs *)a;
  args->ret = (byte *)::getenv(args->name);
}

// PORT: libc's environment, read on g0.
byte *getenv(const char *s) {
  GetenvArgs a = {s, nil};
  asmcgocall(cgetenv, &a);
  return a.ret;
}

DebugVars debug;

// PORT: Go 1.19's parsedebugvars, for the settings gort has: $GODEBUG is
// name=value pairs separated by commas; a value is a decimal int32.
void parsedebugvars() {
  static struct {
    const char *name;
    int32 *value;
  } const vars[] = {
      {"asyncpreemptoff", &debug.asyncpreemptoff},
      {"clobberfree", &debug.clobberfree},
  };
  byte *p = getenv("GODEBUG");

  while (p != nil && *p != 0) {
    byte *field = p;
    while (*p != 0 && *p != ',')
      p++;
    byte *end = p;
    if (*p == ',')
      p++;
    byte *eq = field;
    while (eq < end && *eq != '=')
      eq++;
    if (eq == end)
      continue;
    for (auto const &v : vars) {
      int32 n = findnull((byte const *)v.name);
      if (eq - field == n && __builtin_memcmp(field, v.name, n) == 0)
        *v.value = atoi(eq + 1);
    }
  }
}

int32 atoi(const byte *p) {
  int32 n;

  n = 0;
  while ('0' <= *p && *p <= '9')
    n = n * 10 + *p++ - '0';
  return n;
}

// PORT: Go 1.19's atoi32 (string.go): an optional '-' and decimal digits,
// nothing else, that fit an int32; false for anything else (schedinit
// ignores such a $GOMAXPROCS, as Go does).
bool atoi32(const byte *p, int32 *n) {
  bool neg = *p == '-';
  uint64 un = 0;

  if (neg)
    p++;
  if (*p == 0 && !neg)
    return false;
  for (; *p != 0; p++) {
    if (*p < '0' || *p > '9' || un > 0x80000000u)
      return false;
    un = un * 10 + (*p - '0');
  }
  if (un > (neg ? 0x80000000u : 0x7fffffffu))
    return false;
  *n = neg ? (int32)(0 - un) : (int32)un;
  return true;
}

// PORT: the compiler's memcpy and memset (libc's are leaves that use no
// stack, safe on any segment).
void mcpy(void *to, const void *fr, uintptr n) { __builtin_memcpy(to, fr, n); }

void memclr(void *p, uintptr n) { __builtin_memset(p, 0, n); }

int32 findnull(const byte *s) {
  int32 l;

  if (s == nil)
    return 0;
  for (l = 0; s[l] != 0; l++)
    ;
  return l;
}

// PORT: compiler atomics instead of the seed's per-architecture assembly.
uint32 xchg(uint32 volatile *p, uint32 v) {
  return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}

bool cas(uint32 volatile *p, uint32 old, uint32 v) {
  return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST);
}

uint32 atomicload(uint32 volatile *p) {
  return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}

// Go 1.1's atomics, for sync.cpp. xadd and xadd64 return the new value.
uint32 xadd(uint32 volatile *p, int32 delta) {
  return __atomic_add_fetch(p, (uint32)delta, __ATOMIC_SEQ_CST);
}

void atomicstore(uint32 volatile *p, uint32 v) {
  __atomic_store_n(p, v, __ATOMIC_SEQ_CST);
}

// The 64-bit ones need p 8-aligned on every target, which makes them
// single instructions (386: cmpxchg8b; arm: ldrexd/strexd) where a uint64
// alone is only 4-aligned.
typedef uint64 uint64a __attribute__((aligned(8)));

uint64 xadd64(uint64 volatile *p, int64 delta) {
  return __atomic_add_fetch((uint64a volatile *)p, (uint64)delta,
                            __ATOMIC_SEQ_CST);
}

bool cas64(uint64 volatile *p, uint64 old, uint64 v) {
  return __atomic_compare_exchange_n((uint64a volatile *)p, &old, v, false,
                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

uint64 atomicload64(uint64 volatile *p) {
  return __atomic_load_n((uint64a volatile *)p, __ATOMIC_SEQ_CST);
}

void atomicstore64(uint64 volatile *p, uint64 v) {
  __atomic_store_n((uint64a volatile *)p, v, __ATOMIC_SEQ_CST);
}

}  // namespace runtime
