// Floats in more places: package variables initialized by constants,
// expressions and calls; switch on a float with constant cases; an
// interface{} compared with float constants; a select receiving a
// float32 (comma-ok); unary + and - and op-assignments with constants.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var g = 1.5
var h float32 = g32()
var k = -g * 2

const c = 2.5

func g32() float32 { return 0.25 }

func pick(x float64) string {
	switch x {
	case 1.5:
		return "one and a half"
	case c, 3.5:
		return "c or 3.5"
	}
	return "other"
}

func main() {
	println(g, h, k)
	var e interface{} = 1.5
	println(e == 1.5, e == 2.5, e != float32(1.5), 1.5 == e)
	println(pick(1.5), pick(2.5), pick(3.5), pick(4))
	ch := make(chan float32, 1)
	ch <- 0.1
	select {
	case v, ok := <-ch:
		println(v, ok, v == 0.1, float64(v) == 0.1)
	}
	var f float64
	f += +c
	f = -f
	println(f, -(-f), f > -3 && f < -2)
	var arr float64 = 3
	arr /= 2
	println(arr)
}

// CHECK: +1.500000e+000 +2.500000e-001 -3.000000e+000{{$}}
// CHECK-NEXT: true false true true{{$}}
// CHECK-NEXT: one and a half c or 3.5 c or 3.5 other{{$}}
// CHECK-NEXT: +1.000000e-001 true true false{{$}}
// CHECK-NEXT: -2.500000e+000 -2.500000e+000 true{{$}}
// CHECK-NEXT: +1.500000e+000{{$}}
