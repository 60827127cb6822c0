// Preemption at a function's prologue (sysmon's poisoned limit word,
// __morestack, morestackpreempt), alone with GODEBUG=asyncpreemptoff=1:
// a goroutine calls a recursive function in section gotext (Go code to
// the runtime) with arguments in integer and float registers and on the
// stack, and frames large enough that many calls split; at one cpu, main's
// goroutine runs before the calls end only if the goroutine stops at a
// prologue. After stopping, a call goes on to the body on the same stack
// or splits, and every argument must arrive: the results are those of the
// same function outside gotext (never preempted), while main's goroutine
// runs between with other values in those registers.
// REQUIRES: split
// RUN: %cc -fwrapv -O2 %s -o %t && env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

// MinCalls (many preemptions under qemu-arm), and on until main's
// goroutine has run or MaxCalls, so that a slow sysmon (a loaded machine)
// does not fail the test where a call is fast (natively).
enum { MinCalls = 300000, MaxCalls = 3000000, Depth = 40 };

static volatile int finished, mainran;
static long calls;
static uint32_t done;
static long preempted, reference;

// One source for both copies: eight integer and ten float arguments (more
// than the registers of every target: some go on the stack) and a frame of
// about 1.5 KB.
#define WALK(name)                                                          \
  static long name(long n, long a, long b, long c, long d, long e, long f,  \
                   long g, double x0, double x1, double x2, double x3,      \
                   double x4, double x5, double x6, double x7, double x8,   \
                   double x9) {                                             \
    volatile long pad[384];                                                 \
    pad[n & 255] = a ^ b;                                                   \
    if (n == 0)                                                             \
      return a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * f + 17 * g +       \
             (long)(x0 + 2 * x1 + 3 * x2 + 4 * x3 + 5 * x4 + 6 * x5 +       \
                    7 * x6 + 8 * x7 + 9 * x8 + 10 * x9) +                   \
             pad[n & 255];                                                  \
    return name(n - 1, b, c, d, e, f, g, a + n, x1, x2, x3, x4, x5, x6, x7, \
                x8, x9, x0 * 0.5 + n) *                                     \
               3 +                                                          \
           pad[n & 255];                                                    \
  }

__attribute__((section("gotext"), noinline)) WALK(walkgo)
__attribute__((noinline)) WALK(walkc)

static long run(long (*walk)(long, long, long, long, long, long, long, long,
                             double, double, double, double, double, double,
                             double, double, double, double),
               long min, long max, volatile int *enough, long *n) {
  long sum = 0, i;
  for (i = 0; i < min || (i < max && !*enough); i++)
    sum = sum * 7 + walk(Depth, i, 2, 3, 4, 5, 6, 7, 1.5, 2.5, 3.5, 4.5,
                         5.5, 6.5, 7.5, 8.5, 9.5, (double)i);
  *n = i;
  return sum;
}

static void worker(void *p) {
  (void)p;
  preempted = run(walkgo, MinCalls, MaxCalls, &mainran, &calls);
  finished = 1;
  gort_semrelease(&done);
}

// Leaves other values in the float argument registers.
__attribute__((noinline)) static double fpmix(double a, double b, double c,
                                              double d, double e, double f,
                                              double g, double h) {
  return a * b + c * d - e * f + g * h;
}

void gort_main_main(void) {
  gort_newproc(0, worker, 0);
  gort_tsleep(5 * 1000 * 1000);
  mainran = 1;
  gort_printf("main ran before the calls ended: %t\n", !finished);
  // Each time the worker stops, this runs, with other values in the
  // argument registers.
  volatile double sink = 0;
  while (!finished) {
    sink = fpmix(sink, -1e9, 3e7, 5e5, -7e3, 9.5, 1e-3, 13e11);
    gort_Gosched();
  }
  gort_semacquire(&done);
  static volatile int never;
  long n;
  reference = run(walkc, calls, calls, &never, &n);
  gort_printf("arguments kept: %t\n", preempted == reference);
}
// CHECK: main ran before the calls ended: true
// CHECK-NEXT: arguments kept: true
