// runtime.cpp: what proc.c leans on from the seed's runtime.c: throw and
// the panic exit path, the environment, small memory and string helpers,
// and atomics.
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>

#include "runtime.h"
#include "race.h"
#include "signals_linux.h"

namespace runtime {

static byte **argv_;
static int32 argc_;
int32 panicking;  // ms printing a fatal error; never back to 0 then
static Lock paniclk;
uint32 runningPanicDefers;  // gopanics running deferred calls (Go 1.19)

// PORT: Go 1.19's "fatal error:" (the seed printed "throw:"), the words
// a Go user sees today; Go 1.19's throw (a fault in the runtime: its
// frames print) and fatal (the program's fault), each its fatalthrow (one
// frame, the first the traceback prints).
void throw_(const char *s) {
  M *m = getm();
  if (m->throwing == ThrowNone)
    m->throwing = ThrowRuntime;
  startpanic();
  printf("fatal error: %s\n", s);
  dopanic(0);
}

void fatal(const char *s) {
  M *m = getm();
  if (m->throwing == ThrowNone)
    m->throwing = ThrowUser;
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

// Go 1.19's dopanic_m, and its callers' crash: the goroutine that
// panicked or threw (g0's frames as "runtime stack:" for the runtime's
// own faults), the others for a fatal error or GOTRACEBACK=all.
void dopanic(int32 unused) {
  static bool didothers;
  G *g = getg();
  M *m = getm();
  bool all, docrash;
  (void)unused;

  if (g->sig != 0)  // PORT: Go 1.19's form, the signal by name
    printf("[signal %s code=%p addr=%p pc=%p]\n", signame(g->sig),
           (void *)g->sigcode0, (void *)g->sigcode1, (void *)g->sigpc);
  int32 level = gotraceback(&all, &docrash);
  if (level > 0) {
    if (g != m->curg)
      all = true;
    if (g != m->g0) {
      printf("\n");
      goroutineheader(g);
      traceback(g);
    } else if (level >= 2 || m->throwing >= ThrowRuntime) {
      printf("\nruntime stack:\n");
      traceback(g);
    }
    if (!didothers && all) {
      didothers = true;
      tracebackothers(g);
    }
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
  if (m->throwing < ThrowRuntime)  // PORT: not in a corrupt runtime
    beforeexit();
  if (docrash)
    crash();
  exit(2);
}

// Go 1.19's crash and dieFromSignal: SIGABRT, unblocked and by default,
// so that the kernel writes a core file; exit 2 if that fails. libc on g0.
static void ccrash(void *unused) {
  struct sigaction sa;
  sigset_t set;
  (void)unused;
  __builtin_memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  sigaction(SIGABRT, &sa, nil);
  sigemptyset(&set);
  sigaddset(&set, SIGABRT);
  pthread_sigmask(SIG_UNBLOCK, &set, nil);
  raise(SIGABRT);
}

void crash() {
  asmcgocall(ccrash, nil);
  exit(2);
}

// Go 1.19's traceback_cache: the level above the flags below, set from
// $GOTRACEBACK by parsedebugvars (setTraceback).
enum { TracebackCrash = 1, TracebackAll = 2, TracebackShift = 2 };
static uint32 tracebackcache = 2 << TracebackShift;

static void settraceback(const char *s) {
  uint32 t;
  intgo n;
  if (s == nil || __builtin_strcmp(s, "single") == 0 || *s == 0)
    t = 1 << TracebackShift;
  else if (__builtin_strcmp(s, "none") == 0)
    t = 0;
  else if (__builtin_strcmp(s, "all") == 0)
    t = 1 << TracebackShift | TracebackAll;
  else if (__builtin_strcmp(s, "system") == 0)
    t = 2 << TracebackShift | TracebackAll;
  else if (__builtin_strcmp(s, "crash") == 0)
    t = 2 << TracebackShift | TracebackAll | TracebackCrash;
  else {
    // Go's: a number that fits a uint32 (one that needs more than 30 bits
    // loses its top bits to the shift); anything else is level 0.
    t = TracebackAll;
    if (atoi(cstring((const byte *)s), &n) && n == (intgo)(uint32)n)
      t |= (uint32)n << TracebackShift;
  }
  atomicstore(&tracebackcache, t);
}

// Go 1.19's gotraceback: the level (0 none, 1 Go's frames, 2 the
// runtime's too; 2 in a throw), whether all goroutines print (in a fatal
// error, always), and whether to crash after.
int32 gotraceback(bool *all, bool *crash) {
  M *m = getm();
  uint32 t = atomicload(&tracebackcache);
  int32 throwing = m != nil ? m->throwing : ThrowNone;
  if (crash != nil)
    *crash = (t & TracebackCrash) != 0;
  if (all != nil)
    *all = throwing >= ThrowUser || (t & TracebackAll) != 0;
  return throwing >= ThrowRuntime ? 2 : (int32)(t >> TracebackShift);
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
  beforeexit();
  lock(&paniclk);
  if (__atomic_load_n(&panicking, __ATOMIC_SEQ_CST) == 0)
    exit(racefini(0));
  unlock(&paniclk);
  static Lock deadlock;  // its exit(2) is on the way
  for (;;)
    lock(&deadlock);
}

// PORT: the ends of $GORTCPUPROFILE's profile and of the split report,
// before main's return, os.Exit or a panic ends the program.
void beforeexit() {
  cpuprofexit();
  splitprofreport();
}

void args(int32 c, byte **v) {
  argc_ = c;
  argv_ = v;
}

// Go 1.19's argslice and envs: the command line and the environment as
// strings that point into argv and envp. Package os copies the first
// (os.Args), package syscall the second (syscall_linux.cpp).
GoSlice argslice GO(argslice), envs GO(envs);

// Go 1.0's goargs: the command line.
void goargs() {
  String *s = (String *)mallocgc(argc_ * sizeof s[0], 0);
  for (int32 i = 0; i < argc_; i++)
    s[i] = String{argv_[i], findnull(argv_[i])};
  argslice = GoSlice{s, argc_, argc_};
}

// Go 1.0's goenvs_unix: the environment, the strings after argv's nil.
void goenvs() {
  byte **env = argv_ + argc_ + 1;
  int32 n = 0;
  while (env[n] != nil)
    n++;
  String *s = (String *)mallocgc(n * sizeof s[0], 0);
  for (int32 i = 0; i < n; i++)
    s[i] = String{env[i], findnull(env[i])};
  envs = GoSlice{s, n, n};
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

struct DebugVar {
  const char *name;
  int32 *value;
};

// name=value pairs separated by commas into the vars named, as Go 1.19's
// parsedebugvars: a field without '=' or with a value atoi32 refuses
// changes nothing; unknown names are ignored; the last of a name counts.
static void parsevars(byte *p, DebugVar const *vars, int32 nvars) {
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
    for (DebugVar const *v = vars; v < vars + nvars; v++) {
      int32 n = findnull((byte const *)v->name);
      if (eq - field == n && __builtin_memcmp(field, v->name, n) == 0)
        atoi32(String{eq + 1, (intgo)(end - eq - 1)}, v->value);
    }
  }
}

// PORT: Go 1.19's parsedebugvars, for the settings gort has ($GODEBUG),
// and gort's own ($GORTDEBUG).
void parsedebugvars() {
  static DebugVar const vars[] = {
      {"asyncpreemptoff", &debug.asyncpreemptoff},
      {"clobberfree", &debug.clobberfree},
  };
  static DebugVar const gortvars[] = {
      {"splitprof", &debug.splitprof},
      {"stackmprotect", &debug.stackmprotect},
      {"maxmapcount", &debug.maxmapcount},
  };
  settraceback((const char *)getenv("GOTRACEBACK"));
  parsevars(getenv("GODEBUG"), vars, nelem(vars));
  parsevars(getenv("GORTDEBUG"), gortvars, nelem(gortvars));
  splitprofon = debug.splitprof != 0;
}

// PORT: Go 1.19's atoi64 (string.go), for the runtime's settings: an
// optional '-' and decimal digits, nothing else (no '+', no spaces), that
// fit an int64; false for anything else. The seed's atoi read digits up
// to the first other byte ("2x" was 2, "-1" and "abc" were 0) and wrapped
// on overflow. As Go's, "-" alone is 0.
bool atoi64(String s, int64 *n) {
  const byte *p = s.str, *e = s.str + s.len;
  uint64 un = 0, max = ~(uint64)0 >> 1;

  if (p == e)
    return false;
  bool neg = *p == '-';
  if (neg)
    p++;
  for (; p < e; p++) {
    if (*p < '0' || *p > '9' || un > ~(uint64)0 / 10)
      return false;
    uint64 un1 = un * 10 + (*p - '0');
    if (un1 < un * 10)
      return false;
    un = un1;
  }
  if (un > (neg ? max + 1 : max))
    return false;
  *n = neg ? (int64)(0 - un) : (int64)un;
  return true;
}

// PORT: Go 1.19's atoi: atoi64's number, if it fits an int (32 bits on
// 386 and arm, where Go's overflow checks are on a 32-bit uint).
bool atoi(String s, intgo *n) {
  int64 v;
  if (!atoi64(s, &v) || v != (int64)(intgo)v)
    return false;
  *n = (intgo)v;
  return true;
}

// PORT: Go 1.19's atoi32: atoi's number, if it fits an int32; *n is left
// alone otherwise.
bool atoi32(String s, int32 *n) {
  int64 v;
  if (!atoi64(s, &v) || v != (int64)(int32)v)
    return false;
  *n = (int32)v;
  return true;
}

// A C string (a setting from getenv) as a String, not copied.
String cstring(const byte *p) { return String{(byte *)p, findnull(p)}; }

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
