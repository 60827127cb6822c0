// 386: a deferred call whose arguments travel on the stack (a Go func
// value, cdecl) is made by the runtime itself with a copy of its argument
// block (deferprocstk), so recover() in it sees the panic, as in Go.
// REQUIRES: 386, split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

__attribute__((noinline)) static void handler(long a, long b, long c) {
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("handler %d %d %d recovered %t\n", (int)a, (int)b, (int)c,
              r.type != 0);
}

static void f(int boom) {
  long blk[3] = {1, 2, 3};
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
// CHECK: handler 1 2 3 recovered false
// CHECK-NEXT: handler 1 2 3 recovered true
// CHECK-NEXT: after recovery
