// A deferred func value is made by the runtime itself with a copy of its
// argument block as its whole argument area (deferprocstk: registers first,
// then stack, eight words so that some go on the stack on every target),
// so recover() in it sees the panic, as in Go.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

__attribute__((noinline)) static void handler(long a, long b, long c, long d,
                                              long e, long f, long g, long h) {
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("handler %d recovered %t\n",
              (int)(a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8),
              r.type != 0);
}

static void f(int boom) {
  long blk[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  if (gort_deferprocstk(sizeof blk, (void *)handler, blk))
    goto out;
  blk[0] = 99;  // the block was copied at the defer statement
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
  f(0);
  f(1);
  gort_printf("after recovery\n");
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, tests, 0);
  gort_semacquire(&done);
}
// CHECK: handler 204 recovered false
// CHECK-NEXT: handler 204 recovered true
// CHECK-NEXT: after recovery
