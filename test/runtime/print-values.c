// print's formats for slices (printslice: [len/cap]0xarray) and floats
// (printfloat: +d.dddddde+ddd, for float64 and, converted as Go's print
// converts them, float32 values): negative zero, denormals, the largest
// values, infinities, NaN, rounding at the seventh digit. Expected lines:
// what Go 1.19's print prints for the same values (its addresses aside).
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <float.h>
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}
static const GoType tint = {sizeof(long), GORT_KIND_INT | GORT_KIND_NOPOINTERS,
                            sizeof(long), NAME("int"), 0};

void gort_main_main(void) {
  // s := make([]int, 3, 10); print(s); println("", &s[0])
  GoSlice s = {gort_makeslice(&tint, 3, 10), 3, 10};
  gort_printslice(&s);
  gort_printsp();
  gort_printpointer(s.array);
  gort_printnl();
  // CHECK: {{^}}[3/10][[ADDR:0x[0-9a-f]+]] [[ADDR]]{{$}}
  // var n []int; println(n)
  GoSlice n = {0, 0, 0};
  gort_printslice(&n);
  gort_printnl();
  // CHECK-NEXT: {{^}}[0/0]0x0{{$}}
  // println(s[1:2])
  GoSlice sub = {(long *)s.array + 1, 1, 9};
  gort_printslice(&sub);
  gort_printnl();
  // CHECK-NEXT: {{^}}[1/9]0x{{[0-9a-f]+}}{{$}}

  static const double f64[] = {1.5, -0.0, 0.0, 5e-324, 2.2250738585072014e-308,
                               DBL_MAX, __builtin_inf(), -__builtin_inf(),
                               __builtin_nan(""), 1e-7, 123456789, 0.1,
                               9.9999999, 99999995, -1e100, 1e21, 0.5e-5,
                               9.9999995, 1.00000005};
  for (unsigned i = 0; i < sizeof f64 / sizeof f64[0]; i++) {
    gort_printfloat(f64[i]);
    gort_printsp();
  }
  gort_printnl();
  // CHECK-NEXT: {{^}}+1.500000e+000 -0.000000e+000 +0.000000e+000 +4.940656e-324 +2.225074e-308 +1.797693e+308 +Inf -Inf NaN +1.000000e-007 +1.234568e+008 +1.000000e-001 +1.000000e+001 +1.000000e+008 -1.000000e+100 +1.000000e+021 +5.000000e-006 +1.000000e+001 +1.000000e+000 {{$}}

  // print(float32(v)) prints float64(float32(v)).
  static const float f32[] = {1.5f, -0.0f, 0.0f, 0.1f, FLT_MAX,
                              1.401298464324817e-45f, 1e-38f, 16777217.0f,
                              __builtin_inff(), -__builtin_inff(),
                              __builtin_nanf(""), 3.4e38f, -2.5f,
                              1.17549435e-38f};
  for (unsigned i = 0; i < sizeof f32 / sizeof f32[0]; i++) {
    gort_printfloat(f32[i]);
    gort_printsp();
  }
  gort_printnl();
  // CHECK-NEXT: {{^}}+1.500000e+000 -0.000000e+000 +0.000000e+000 +1.000000e-001 +3.402823e+038 +1.401298e-045 +9.999999e-039 +1.677722e+007 +Inf -Inf NaN +3.400000e+038 -2.500000e+000 +1.175494e-038 {{$}}
}
