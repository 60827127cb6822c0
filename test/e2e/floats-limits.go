// The limits of float32 and float64 as constants (math's MaxFloat and
// SmallestNonzeroFloat, written in hexadecimal): the largest values, the
// smallest subnormals, and constants below half the smallest rounding to
// zero or to the nearest subnormal.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

const MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
const MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
const SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
const SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23

func main() {
	var a float64 = MaxFloat64
	var b float32 = MaxFloat32
	var c float64 = 1.7976931348623158e308
	var d float32 = 3.4028235e38
	var e float64 = SmallestNonzeroFloat64
	var f float32 = SmallestNonzeroFloat32
	var g float64 = SmallestNonzeroFloat64 / 2
	var h float32 = SmallestNonzeroFloat32 * 0.7
	println(a, b, c, d, e, f, g, h)
	println(a == c, float64(b) == float64(d), e > 0, f > 0, g == 0, h == f)
	println(uint64(a/0x1p1000), uint64(float64(b)/0x1p100))
}

// CHECK: +1.797693e+308 +3.402823e+038 +1.797693e+308 +3.402823e+038 +4.940656e-324 +1.401298e-045 +0.000000e+000 +1.401298e-045{{$}}
// CHECK-NEXT: true true true true true true{{$}}
// CHECK-NEXT: 16777215 268435440{{$}}
