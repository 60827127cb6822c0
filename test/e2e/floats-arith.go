// Floating-point arithmetic and printing: literals and println's format,
// exact constant folding rounded once (0.1+0.2 == 0.3 as constants, not at
// run time; 1<<62 as a float; 1e300*1e300/1e300; subnormal constants;
// untyped floats with integer values assigned to ints), op-assignments,
// ++ and --, float32 rounding of every operation, overflow to ±Inf.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const third = 1.0 / 3
const big = 1 << 62
const huge = 1e300 * 1e300 / 1e300 // exact: intermediate 1e600 is fine
const tiny = 1e-320                 // a float64 subnormal
const mixed = 10 / 4.0 * 2          // 5: an untyped float with an integer value

var sink float64

func add(a, b float64) float64 { return a + b }
func add32(a, b float32) float32 { return a + b }
func half(x float64) float64   { return x / 2 }

func main() {
	println(1.5, -2.25, 0.0, 100.0, 1e100, 1e-100)
	println(0.1+0.2, add(0.1, 0.2), 0.1+0.2 == 0.3, add(0.1, 0.2) == 0.3)
	println(Pi, float32(Pi), third, float32(third))
	println(float64(big), huge, tiny, tiny/2 == 0, float32(tiny) == 0)
	var i int = mixed
	var f = mixed
	println(i, f, mixed*mixed)
	const c float32 = 0.1
	println(c, float64(c), float64(c) == 0.1)
	var x, y float64 = 7, 2
	println(x+y, x-y, x*y, x/y, -x, +y)
	x += 0.5
	x -= 1
	x *= 3
	x /= 4
	println(x)
	x++
	y--
	println(x, y)
	var a, b float32 = 16777216, 1
	println(a+b, add32(a, b) == a, float64(a)+float64(b))
	var z float32 = 1e38
	println(z*10, -z*10, z*10-z*10)
	println(half(1), half(-3), half(5e-324))
	println(x < y, x > y, x <= x, x >= y, x == x, x != y)
	var s float64
	for k := 1; k <= 10; k++ {
		s += 1 / float64(k)
	}
	println(s)
	var p float64 = 1
	for k := 0; k < 1100; k++ {
		p *= 2
	}
	println(p, -p, p-p)
	sink = s
}

func init() {
	// Exact values, through integers (print shows 7 digits).
	th, pi := third, Pi
	println(add(0.1, 0.2) == 0.30000000000000004, int64(th*1e18), int64(float32(th)*1e9))
	var t float32 = 1.0 / 3
	var u float32 = t * 3
	println(u == 1, int64(t*1e9), int64(float64(t)*1e18))
	var n float32 = 16777217 // rounds to even: 16777216
	println(int64(n), int64(float32(16777219)), int64(float64(1<<53+1)))
	h, m := 0.5, 2.5
	println(int64(pi*1e15), int64(float32(pi)*1e6), uint64(1e19), int64(-h), int64(m), int64(-m))
	println(int64(1e18)+1, int64(9007199254740993.0), uint64(float64(1<<64-1)/2))
	// Hexadecimal floats and digit separators.
	println(0x1p-2+0x1.8p1, 0x1p-1074 == tiny/2 || 0x1p-1074 > 0, 1_000.5, 0x_1p4)
}

// CHECK: true 333333333333333312 333333344{{$}}
// CHECK-NEXT: true 333333344 333333343267440768{{$}}
// CHECK-NEXT: 16777216 16777220 9007199254740992{{$}}
// CHECK-NEXT: 3141592653589793 3141592 10000000000000000000 0 2 -2{{$}}
// CHECK-NEXT: 1000000000000000001 9007199254740993 9223372036854775808{{$}}
// CHECK-NEXT: +3.250000e+000 true +1.000500e+003 +1.600000e+001{{$}}
// CHECK-NEXT: +1.500000e+000 -2.250000e+000 +0.000000e+000 +1.000000e+002 +1.000000e+100 +1.000000e-100{{$}}
// CHECK-NEXT: +3.000000e-001 +3.000000e-001 true false{{$}}
// CHECK-NEXT: +3.141593e+000 +3.141593e+000 +3.333333e-001 +3.333333e-001{{$}}
// CHECK-NEXT: +4.611686e+018 +1.000000e+300 +9.999889e-321 false true{{$}}
// CHECK-NEXT: 5 +5.000000e+000 +2.500000e+001{{$}}
// CHECK-NEXT: +1.000000e-001 +1.000000e-001 false{{$}}
// CHECK-NEXT: +9.000000e+000 +5.000000e+000 +1.400000e+001 +3.500000e+000 -7.000000e+000 +2.000000e+000{{$}}
// CHECK-NEXT: +4.875000e+000{{$}}
// CHECK-NEXT: +5.875000e+000 +1.000000e+000{{$}}
// CHECK-NEXT: +1.677722e+007 true +1.677722e+007{{$}}
// CHECK-NEXT: +Inf -Inf NaN{{$}}
// CHECK-NEXT: +5.000000e-001 -1.500000e+000 +0.000000e+000{{$}}
// CHECK-NEXT: false true true true true true{{$}}
// CHECK-NEXT: +2.928968e+000{{$}}
// CHECK-NEXT: +Inf -Inf NaN{{$}}
