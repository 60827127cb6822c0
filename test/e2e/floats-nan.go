// IEEE special values: division by zero gives ±Inf or NaN (no panic), NaN
// compares false except with != (also in switch and loop conditions),
// -0 == 0 with 1/-0 == -Inf, float32 overflow, subnormals.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func div(a, b float64) float64   { return a / b }
func div32(a, b float32) float32 { return a / b }

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	println(inf, ninf, nan, div(1, 0), div(-1, 0), div(0, 0))
	println(div32(1, 0), div32(-1, 0), div32(0, 0))
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	println(inf == inf, inf > 1e308, ninf < -1e308, inf == -ninf, inf+ninf)
	println(1/inf, -1/inf, 1/(-1/inf), inf*0, inf-inf)
	println(nan == 0, !(nan < 0) && !(nan >= 0), nan != 1)
	// -0.0 == 0.0, but 1/-0 is -Inf. A constant -0.0 is an exact 0.
	negz := -zero
	println(negz, negz == 0, 1/negz, -0.0, 1/(-0.0+zero))
	var f32 float32 = 3e38
	println(f32*2, -f32*2, f32*2 == float32(inf))
	x := nan
	if x != x {
		println("nan is unordered")
	}
	switch {
	case x < 0:
		println("negative")
	case x >= 0:
		println("non-negative")
	default:
		println("neither")
	}
	cnt := 0
	for v := 1.0; v != inf; v *= 1e100 {
		cnt++
	}
	println(cnt)
	min := 5e-324
	println(min, min/2, min*0.75 == min, min*0.25 == 0)
}

// CHECK: +Inf -Inf NaN +Inf -Inf NaN{{$}}
// CHECK-NEXT: +Inf -Inf NaN{{$}}
// CHECK-NEXT: false true false false false false{{$}}
// CHECK-NEXT: true true true true NaN{{$}}
// CHECK-NEXT: +0.000000e+000 -0.000000e+000 -Inf NaN NaN{{$}}
// CHECK-NEXT: false true true{{$}}
// CHECK-NEXT: -0.000000e+000 true -Inf +0.000000e+000 +Inf{{$}}
// CHECK-NEXT: +Inf -Inf true{{$}}
// CHECK-NEXT: nan is unordered{{$}}
// CHECK-NEXT: neither{{$}}
// CHECK-NEXT: 4{{$}}
// CHECK-NEXT: +4.940656e-324 +0.000000e+000 true true{{$}}
