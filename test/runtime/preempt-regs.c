// Asynchronous preemption (SIGURG, asyncPreempt) of a loop without calls
// keeps every register: the loop below is in section gotext, so the
// runtime treats it as Go code and may stop it at any instruction; it
// keeps integers, floats and the flags in registers, and its results
// must be those of the same loop outside gotext (never preempted). At one
// cpu, main's goroutine runs before the loop ends only if the loop is
// preempted; with GODEBUG=asyncpreemptoff=1 it is not (no calls, so no
// prologue sees sysmon's request). The arm-thumb suite runs the loop as
// Thumb-2 code (IT blocks, where the handler must refuse).
// REQUIRES: split
// RUN: %cc -fwrapv -O2 %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t 2>&1 | FileCheck --check-prefix=OFF %s
#include <gort/gort.h>

// The loop runs MinRounds (many preemptions under qemu-arm), and on until
// main's goroutine has run or MaxRounds, so that a slow sysmon (a loaded
// machine) does not fail the test where a round is fast (natively).
enum { MinRounds = 8000000, MaxRounds = 40000000 };

struct result {
  double f[8];
  long i[8];
};

static volatile int finished, mainran;
static long rounds;
static uint32_t done;
static struct result preempted, reference;

// A step that keeps the flags live from one block to the next: qemu-user
// delivers a signal only between translated blocks, and a compiler's own
// code seldom leaves a flag live across a branch.
static inline unsigned long flagstep(unsigned long acc, unsigned long x) {
#if defined(__arm__)
  __asm__("adds %0, %0, %1\n\t"
          "b 1f\n"
          "1:\n\t"
          "adc %0, %0, %0\n\t"  // C
#if defined(__thumb__)
          "ite mi\n\t"
#endif
          "eormi %0, %0, #0x55\n\t"  // N
          "eorpl %0, %0, #0xaa00\n\t"
#if defined(__thumb__)
          "it vs\n\t"
#endif
          "addvs %0, %0, #7\n\t"  // V
#if defined(__thumb__)
          "it eq\n\t"
#endif
          "addeq %0, %0, #9"  // Z
          : "+r"(acc)
          : "r"(x)
          : "cc");
  return acc;
#else
  acc += x;
  return acc * 2 + (acc < x) ^ ((long)acc < 0 ? 0x55 : 0xaa00);
#endif
}

// The loop, as one source for both copies: eight float and eight integer
// chains, with compares and selects between them (flags, conditional
// execution), all live across the loop.
#define LOOP(name)                                                         \
  static long name(struct result *out, long min, long max,                 \
                   volatile int *enough) {                                 \
    double a = 1.5, b = 0.25, c = -3.0, d = 2.0, e = 0.125, f = 7.0,       \
           g = -0.5, h = 1e-3;                                             \
    long i = 1, j = 7, k = -1, l = 12345, m = 3, n = 99, o = -5, p = 1;    \
    unsigned long q = 1;                                                   \
    long r;                                                                \
    for (r = 0; r < min || (r < max && !*enough); r++) {                   \
      a = a * 0.75 + b;                                                    \
      b = b - c * 0.125 + (double)(r & 7);                                 \
      c = c * 0.5 + d;                                                     \
      d = d * 0.25 - e;                                                    \
      e = e + f * 1e-6;                                                    \
      f = f > 100.0 ? f - 93.0 : f + 1.5;                                  \
      g = g * 0.875 + h;                                                   \
      h = h * 0.5 + a * 1e-9;                                              \
      i = i * 31 + r;                                                      \
      j ^= i >> 3;                                                         \
      k += j & 255;                                                        \
      l = (l * 17 + k) & 0xfffff;                                           \
      m = m < l ? m + 3 : m - l;                                           \
      n = (n ^ (n << 5)) + (r & 1 ? 1 : -1);                               \
      o = o > 0 ? o - r : o + (r & 63);                                    \
      p = p * 5 + (i < j);                                                 \
      q = flagstep(q, (unsigned long)r * 0x9e3779b9u);                     \
    }                                                                      \
    double fs[8] = {a, b, c, d, e, f, g, h};                               \
    long is[8] = {i, j, k, l, m, n, o, p + (long)q};                       \
    for (int x = 0; x < 8; x++) {                                          \
      out->f[x] = fs[x];                                                   \
      out->i[x] = is[x];                                                   \
    }                                                                      \
    return r;                                                              \
  }

__attribute__((section("gotext"), noinline)) LOOP(loopgo)
__attribute__((noinline)) LOOP(loopc)

static void worker(void *p) {
  (void)p;
  rounds = loopgo(&preempted, MinRounds, MaxRounds, &mainran);
  finished = 1;
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, worker, 0);
  gort_tsleep(5 * 1000 * 1000);
  mainran = 1;
  gort_printf("main ran before the loop ended: %t\n", !finished);
  gort_semacquire(&done);
  static volatile int never;
  loopc(&reference, rounds, rounds, &never);
  int same = 1;
  for (int x = 0; x < 8; x++)
    same &= preempted.f[x] == reference.f[x] && preempted.i[x] == reference.i[x];
  gort_printf("registers kept: %t\n", same);
}
// CHECK: main ran before the loop ended: true
// CHECK-NEXT: registers kept: true
// OFF: main ran before the loop ended: false
// OFF-NEXT: registers kept: true
