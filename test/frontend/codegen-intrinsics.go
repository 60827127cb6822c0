// RUN: %gort build -emit=llvm -O0 -g0 --target=amd64 -o - %s | FileCheck %s
// RUN: %gort build -emit=llvm -O0 -g0 --target=amd64 -o - %s | FileCheck --check-prefix=GONE %s
// RUN: %gort build -emit=llvm -O0 -g0 --target=arm -o - %s | FileCheck --check-prefix=ARM %s
// Bodyless library functions the compiler writes (docs/ABI.md, "Bodyless
// functions"): math's bit casts, Sqrt and goarch are internal bodies
// that are always inlined, at -O0 too; fmaAMD64 is the FMA instruction in
// a function of its own on amd64, a plain multiply-add elsewhere; the
// others (x86HasFMA, hypot387) stay declarations for the runtime.
package main

import "math"

// CHECK-DAG: bitcast double %{{.*}} to i64
// CHECK-DAG: bitcast i64 %{{.*}} to double
// CHECK-DAG: bitcast float %{{.*}} to i32
// CHECK-DAG: bitcast i32 %{{.*}} to float
// CHECK-DAG: call double @llvm.sqrt.f64(
// CHECK-DAG: define internal double @math.fmaAMD64(double {{.*}}) #[[FMA:[0-9]+]]
// CHECK-DAG: call double @llvm.fma.f64(
// CHECK-DAG: declare i1 @math.x86HasFMA()
// CHECK-DAG: declare double @math.hypot387(double, double)
// CHECK-DAG: attributes #[[FMA]] = {{.*}}noinline{{.*}}"target-features"="+fma"

// Inlined at -O0 already: no calls, no definitions left.
// GONE-NOT: @math.Float64bits
// GONE-NOT: @math.Float64frombits
// GONE-NOT: @math.Sqrt
// GONE-NOT: @math.goarch

// ARM-NOT: llvm.fma
// ARM: fmul double
func main() {
	x := math.Float64frombits(0x7ff0000000000001)
	println(math.Float64bits(x), math.Float32bits(math.Float32frombits(1)), math.Sqrt(2), math.Exp(1), math.Hypot(3, 4))
}
