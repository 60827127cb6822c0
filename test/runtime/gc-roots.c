// The collector's roots: an object whose only reference is in a global,
// a global interior pointer, a parked goroutine's frames on its first and
// on its deepest stack segment, callee-saved registers at a goroutine's
// mcall, callee-saved registers of a goroutine blocked in a system call,
// a channel's buffer, or a blocked sender's value survives runtime.GC;
// an object nothing refers to is freed, and its memory is reused. Sweep
// writes into a freed object (its free-list link and its "needs zeroing"
// word), so a freed object's pattern is broken.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include "pipeio.h"

enum { SIZE = 48, WORDS = SIZE / sizeof(long) };

static const GoType tptr = {sizeof(void *), GORT_KIND_POINTER, sizeof(void *),
                            {(const uint8_t *)"*int", 4}, 0};

// A new object holding its tag's pattern. noinline: the caller holds
// only what it returns.
__attribute__((noinline)) static long *newobj(long tag) {
  long *p = gort_mallocgc(SIZE, 0);
  for (unsigned i = 0; i < WORDS; i++)
    p[i] = tag * 1000 + i;
  return p;
}

static bool intact(long *p, long tag) {
  for (unsigned i = 0; i < WORDS; i++)
    if (p[i] != tag * 1000 + (long)i)
      return false;
  return true;
}

static void report(const char *what, long *p, long tag) {
  gort_printf("%s %D: %s\n", what, (long long)tag,
              intact(p, tag) ? "kept" : "FREED");
}

// Dead stack slots must not keep the unreachable object alive: overwrite
// the stack below the caller (a frame small enough not to split).
__attribute__((noinline)) static void scrub(void) {
  volatile long junk[64];
  for (int i = 0; i < 64; i++)
    junk[i] = 0;
}

static long *global;
static char *interior;
static uint32_t ready, resume, finished;

// Parked on the deepest of several segments: one object in the first
// frame, one in the last.
static void deep(int n) {
  volatile char pad[512];
  pad[0] = (char)n;
  if (n > 0) {
    deep(n - 1);
    return;
  }
  long *volatile last = newobj(4);
  gort_semrelease(&ready);
  gort_semacquire(&resume);
  report("deepest segment", last, 4);
}

static void parked(void *arg) {
  (void)arg;
  long *volatile first = newobj(3);
  deep(64);  // 32 KB of frames: several segments
  report("first segment", first, 3);
  gort_semrelease(&finished);
}

// Only in callee-saved registers while the goroutine is parked in mcall.
#if defined(__x86_64__)
#define R1 "rbx"
#define R2 "r12"
#define R3 "r15"
#elif defined(__i386__)
#define R1 "ebx"
#define R2 "esi"
#define R3 "edi"
#else
#define R1 "r4"
#define R2 "r5"
#define R3 "r6"
#endif

static void inregs(void *arg) {
  (void)arg;
  register long *a __asm__(R1) = newobj(5);
  register long *b __asm__(R2) = newobj(6);
  register long *c __asm__(R3) = newobj(7);
  __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c));
  gort_semrelease(&ready);
  gort_semacquire(&resume);
  __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c));
  report("registers at mcall", a, 5);
  report("registers at mcall", b, 6);
  report("registers at mcall", c, 7);
  gort_semrelease(&finished);
}

// Only in callee-saved registers while blocked in read().
static int fds[2];
static void cpipe(void *p) { (void)p; pipe(fds); }

static void insyscall(void *arg) {
  (void)arg;
  char buf[4];
  struct io io = {fds[0], buf, 1, 0};
  register long *a __asm__(R1) = newobj(8);
  register long *b __asm__(R2) = newobj(9);
  __asm__ volatile("" : "+r"(a), "+r"(b));
  gort_semrelease(&ready);
  gort_entersyscall();
  gort_asmcgocall(cread, &io);  // main collects meanwhile, then writes
  gort_exitsyscall();
  __asm__ volatile("" : "+r"(a), "+r"(b));
  report("registers in a system call", a, 8);
  report("registers in a system call", b, 9);
  gort_semrelease(&finished);
}

// A blocked sender's value: in its frame, which the sudog points at.
static Hchan *unbuf;

static void sender(void *arg) {
  (void)arg;
  long *p = newobj(11);
  gort_chansend1(unbuf, &p);
}

__attribute__((noinline)) static void fillbuffer(Hchan *c) {
  long *p = newobj(10);
  gort_chansend1(c, &p);
}

__attribute__((noinline)) static long *garbage(void) {
  long *p = newobj(12);
  return (long *)~(uintptr_t)p;  // hidden from the collector
}

void gort_main_main(void) {
  global = newobj(1);
  interior = (char *)newobj(2) + 24;

  gort_newproc(0, parked, 0);
  gort_semacquire(&ready);
  gort_newproc(0, inregs, 0);
  gort_semacquire(&ready);
  gort_asmcgocall(cpipe, 0);
  gort_newproc(0, insyscall, 0);
  gort_semacquire(&ready);

  Hchan *buffered = gort_makechan(&tptr, 4);
  fillbuffer(buffered);
  unbuf = gort_makechan(&tptr, 0);
  gort_newproc(0, sender, 0);
  gort_Gosched();

  long *dead = garbage();
  scrub();
  gort_GC();
  gort_GC();

  report("global", global, 1);
  report("interior pointer", (long *)(interior - 24), 2);
  long *v;
  gort_chanrecv1(buffered, &v);
  report("channel buffer", v, 10);
  gort_chanrecv1(unbuf, &v);
  report("blocked sender", v, 11);
  dead = (long *)~(uintptr_t)dead;
  report("unreachable", dead, 12);
  // Its memory is reused: the class's next objects include it.
  bool reused = false;
  for (int i = 0; i < 100000 && !reused; i++)
    reused = gort_mallocgc(SIZE, 0) == dead;
  gort_printf("reused: %s\n", reused ? "yes" : "no");

  gort_semrelease(&resume);  // deep
  gort_semacquire(&finished);
  gort_semrelease(&resume);  // inregs
  gort_semacquire(&finished);
  struct io io = {fds[1], "x", 1, 0};
  gort_asmcgocall(cwrite, &io);  // insyscall
  gort_semacquire(&finished);
}
// CHECK-DAG: global 1: kept{{$}}
// CHECK-DAG: interior pointer 2: kept{{$}}
// CHECK-DAG: first segment 3: kept{{$}}
// CHECK-DAG: deepest segment 4: kept{{$}}
// CHECK-DAG: registers at mcall 5: kept{{$}}
// CHECK-DAG: registers at mcall 6: kept{{$}}
// CHECK-DAG: registers at mcall 7: kept{{$}}
// CHECK-DAG: registers in a system call 8: kept{{$}}
// CHECK-DAG: registers in a system call 9: kept{{$}}
// CHECK-DAG: channel buffer 10: kept{{$}}
// CHECK-DAG: blocked sender 11: kept{{$}}
// CHECK-DAG: unreachable 12: FREED{{$}}
// CHECK-DAG: reused: yes
