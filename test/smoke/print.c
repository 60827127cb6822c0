// The three pipelines end to end: a C program built for the target with
// split stacks, linked with that target's libgort, run (under qemu on arm).
// Expected values are what Go 1.19's println prints for the same values.
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <math.h>

static void f(double v) {
  gort_printfloat(v);
  gort_printsp();
}

int main(void) {
  f(1.5), f(0.0), f(-0.1), f(1e100), f(123456789.0), f(NAN), f(INFINITY);
  f(-INFINITY), f(3.14159265), f(9.9999999), f(1e-300);
  gort_printnl();
  // CHECK: +1.500000e+000 +0.000000e+000 -1.000000e-001 +1.000000e+100 +1.234568e+008 NaN +Inf -Inf +3.141593e+000 +1.000000e+001 +1.000000e-300
  gort_printint(-42), gort_printsp();
  gort_printint((int64_t)1 << 40), gort_printsp();
  gort_printuint(18446744073709551615ull), gort_printsp();
  gort_printbool(1), gort_printsp(), gort_printbool(0), gort_printsp();
  gort_printstring((GoString){(const uint8_t *)"str", 3});
  gort_printnl();
  // CHECK-NEXT: -42 1099511627776 18446744073709551615 true false str
  gort_printpointer(0), gort_printnl();
  // CHECK-NEXT: 0x0
  gort_printf("printf %s %d %D %x %X %p %t\n", "s", -7, (int64_t)-8, 255u,
              (uint64_t)0x123456789a, (void *)0xbeef, 1);
  // CHECK-NEXT: printf s -7 -8 0xff 0x123456789a 0xbeef true
  return 0;
}
