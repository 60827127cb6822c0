// RUN: %gort build -emit=llvm -O0 -g0 -o - %s | FileCheck %s
// RUN: %gort build -emit=llvm -O0 -g -o - %s | FileCheck --check-prefix=DWARF %s
// Floats in IR: float32 is an LLVM float (so each operation rounds to
// float32), float64 a double; division never checks for zero; != is the
// unordered comparison (true for NaN), the others ordered; constants are
// the exact value rounded once; boxed floats get descriptors whose
// algorithms are the runtime's f64hash/f64equal (kind 14) and
// f32hash/f32equal (kind 13); print passes a double to printfloat; DWARF
// describes float32 and float64 as DW_ATE_float base types.
package main

// CHECK-DAG: @type.float64 = linkonce_odr constant %{{.*}} { i64 8, i32 142, i32 8, {{.*}}, ptr @runtime.f64hash, ptr @runtime.f64equal, i32 {{-?[0-9]+}}, i32 0, ptr null }
// CHECK-DAG: @type.float32 = linkonce_odr constant %{{.*}} { i64 4, i32 141, i32 4, {{.*}}, ptr @runtime.f32hash, ptr @runtime.f32equal, i32 {{-?[0-9]+}}, i32 0, ptr null }

func add32(a, b float32) float32 { return a + b }

// CHECK-LABEL: define float @main.add32(
// CHECK: fadd float

func quo(a, b float64) float64 { return a / b }

// CHECK-LABEL: define double @main.quo(
// CHECK-NOT: panicdivide
// CHECK: fdiv double
// CHECK: ret double

func ne(a, b float64) bool { return a != b }

// CHECK-LABEL: define i1 @main.ne(
// CHECK: fcmp une double

func lt(a, b float32) bool { return a < b || a == b }

// CHECK-LABEL: define i1 @main.lt(
// CHECK: fcmp olt float
// CHECK: fcmp oeq float

func neg(a float64) float64 { return -a }

// CHECK-LABEL: define double @main.neg(
// CHECK: fneg double

func conv(i int64, u uint32, f float32) (float64, float32, float64) {
	return float64(i), float32(u), float64(f)
}

// CHECK-LABEL: define { double, float, double } @main.conv(
// CHECK: sitofp i64 %{{.*}} to double
// CHECK: uitofp i32 %{{.*}} to float
// CHECK: fpext float %{{.*}} to double

func third() (float32, float64) { return 1.0 / 3, 0.1 }

// CHECK-LABEL: define { float, double } @main.third(
// CHECK: { float 0x3FD5555560000000, double 1.000000e-01 }

func box(f float64, g float32) (interface{}, interface{}) { return f, g }

func main() {
	println(add32(1, 2), quo(1, 0), ne(1, 2), lt(1, 2), neg(1))
	println(conv(1, 2, 3))
	println(third())
	println(box(1, 2))
}

// CHECK-LABEL: define void @main.main(
// CHECK: call void @runtime.printfloat(double
// CHECK: fpext float %{{.*}} to double
// CHECK: call void @runtime.printfloat(double

// DWARF-DAG: !DIBasicType(name: "float64", size: 64, encoding: DW_ATE_float)
// DWARF-DAG: !DIBasicType(name: "float32", size: 32, encoding: DW_ATE_float)
