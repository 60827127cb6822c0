// 386: a deferred func value whose results come back on the x87 stack (a
// float in st0; two in st0 and st1, as LLVM returns a Go func's two
// float64s), which the runtime calls itself (deferprocstk, then
// reflectcallstk through lessstack), leaves the x87 stack empty, as the C
// ABI has it at every call and return: whether it runs at the deferring
// function's return or in a panic that it recovers, and however many run.
// (qemu-i386 does not turn an x87 stack overflow into NaN, so a Go program
// would not show the leak; fxam does.) Only 386 returns floats there.
// REQUIRES: 386, split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

// Whether the x87 stack is empty (fxam: st0 empty has C3 and C0 set).
static int x87empty(void) {
  unsigned short sw;
  __asm__ volatile("fxam; fnstsw %0" : "=a"(sw));
  return (sw & 0x4500) == 0x4100;
}

static int recovered;

__attribute__((noinline)) static double one(long a) {
  GoEface r = gort_gorecover(__builtin_return_address(0));
  recovered += r.type != 0;
  return a * 1.5;
}

// Returns 0.5 in st0 and a in st1, as LLVM's {double, double}.
__attribute__((noinline)) static void two(long a) {
  GoEface r = gort_gorecover(__builtin_return_address(0));
  recovered += r.type != 0;
  double x = a, y = 0.5;
  __asm__ volatile("fldl %0; fldl %1" : : "m"(x), "m"(y));
}

static void f(void *fn, int boom) {
  long blk[1] = {3};
  if (gort_deferprocstk(sizeof blk, fn, blk))
    goto out;
  if (boom) {
    long v = 7;
    gort_gopanic(gort_convT2E(&tint, &v));
  }
out:
  gort_deferreturn();
}

static uint32_t done;

static void tests(void *p) {
  (void)p;
  int empty = 0;
  for (int i = 0; i < 10; i++) {
    f((void *)one, i % 2);
    empty += x87empty();
    f((void *)two, i % 2);
    empty += x87empty();
  }
  gort_printf("x87 empty after %d of 20 deferred calls, %d recovered\n",
              empty, recovered);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, tests, 0);
  gort_semacquire(&done);
}
// CHECK: x87 empty after 20 of 20 deferred calls, 10 recovered
