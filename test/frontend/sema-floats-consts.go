// RUN: %gort build -emit=types -o - %s | FileCheck %s
// Floating-point constants: exact arithmetic on untyped floats (1e300 *
// 1e300 is fine; 0.1 + 0.2 == 0.3 exactly), mixed with untyped ints (the
// int operand becomes an untyped float), integer-valued floats as ints and
// as shift operands, typed float constants rounded to their type, and the
// default type float64. Values are spelled as go/constant does (%.6g).
// Expected values: Go 1.19's go/types (Info.Types and Defs).
package main

const third = 1.0 / 3
const big = 1e9
const huge = 1e300 * 1e300
const back = huge / 1e300
const mixed = 10 / 4.0 * 2
const sh = 1.0 << 3
const f32 float32 = 0.1
const f64 float64 = 1 << 62
const neg = -2.5e-10
const cmp = 0.1+0.2 == 0.3
const ratio = 3 / 2.0

func main() {
	var i int = mixed
	x := 1.5
	var y float32 = 2
	z := y * 0.5
	println(third, big, huge/1e300, back, i, sh, f32, f64, neg, cmp, ratio, x, z)
}

// The dump lists facts by position; see dumpTypes in SemaDump.cpp.
// CHECK: 10:7 def const third untyped float = 0.333333
// CHECK: 10:15 const 1.0 : untyped float = 1
// CHECK: 10:19 const 1.0 / 3 : untyped float = 0.333333
// CHECK: 10:21 const 3 : untyped float = 3
// CHECK: 11:7 def const big untyped float = 1e+09
// CHECK: 11:13 const 1e9 : untyped float = 1e+09
// CHECK: 12:7 def const huge untyped float = 1e+600
// CHECK: 12:14 const 1e300 : untyped float = 1e+300
// CHECK: 12:20 const 1e300 * 1e300 : untyped float = 1e+600
// CHECK: 12:22 const 1e300 : untyped float = 1e+300
// CHECK: 13:7 def const back untyped float = 1e+300
// CHECK: 13:14 const huge : untyped float = 1e+600
// CHECK: 13:19 const huge / 1e300 : untyped float = 1e+300
// CHECK: 13:21 const 1e300 : untyped float = 1e+300
// CHECK: 14:7 def const mixed untyped float = 5
// CHECK: 14:15 const 10 : untyped float = 10
// CHECK: 14:18 const 10 / 4.0 : untyped float = 2.5
// CHECK: 14:20 const 4.0 : untyped float = 4
// CHECK: 14:24 const 10 / 4.0 * 2 : untyped float = 5
// CHECK: 14:26 const 2 : untyped float = 2
// CHECK: 15:7 def const sh untyped int = 8
// CHECK: 15:12 const 1.0 : untyped float = 1
// CHECK: 15:16 const 1.0 << 3 : untyped int = 8
// CHECK: 15:19 const 3 : uint = 3
// CHECK: 16:7 def const f32 float32 = 0.1
// CHECK: 16:21 const 0.1 : float32 = 0.1
// CHECK: 17:7 def const f64 float64 = 4.61169e+18
// CHECK: 17:21 const 1 : float64 = 1
// CHECK: 17:23 const 1 << 62 : float64 = 4.61169e+18
// CHECK: 17:26 const 62 : uint = 62
// CHECK: 18:7 def const neg untyped float = -2.5e-10
// CHECK: 18:13 const -2.5e-10 : untyped float = -2.5e-10
// CHECK: 18:14 const 2.5e-10 : untyped float = 2.5e-10
// CHECK: 19:7 def const cmp untyped bool = true
// CHECK: 19:13 const 0.1 : untyped float = 0.1
// CHECK: 19:16 const 0.1 + 0.2 : untyped float = 0.3
// CHECK: 19:17 const 0.2 : untyped float = 0.2
// CHECK: 19:21 const 0.1 + 0.2 == 0.3 : untyped bool = true
// CHECK: 19:24 const 0.3 : untyped float = 0.3
// CHECK: 20:7 def const ratio untyped float = 1.5
// CHECK: 20:15 const 3 : untyped float = 3
// CHECK: 20:17 const 3 / 2.0 : untyped float = 1.5
// CHECK: 20:19 const 2.0 : untyped float = 2
// CHECK: 23:6 def var i int
// CHECK: 23:14 const mixed : int = 5
// CHECK: 24:2 def var x float64
// CHECK: 24:7 const 1.5 : float64 = 1.5
// CHECK: 25:6 def var y float32
// CHECK: 25:18 const 2 : float32 = 2
// CHECK: 26:2 def var z float32
// CHECK: 26:7 var y : float32
// CHECK: 26:9 value y * 0.5 : float32
// CHECK: 26:11 const 0.5 : float32 = 0.5
// CHECK: 27:10 const third : float64 = 0.333333
// CHECK: 27:17 const big : float64 = 1e+09
// CHECK: 27:22 const huge : float64 = 1e+600
// CHECK: 27:26 const huge / 1e300 : float64 = 1e+300
// CHECK: 27:27 const 1e300 : float64 = 1e+300
// CHECK: 27:34 const back : float64 = 1e+300
// CHECK: 27:40 var i : int
// CHECK: 27:43 const sh : int = 8
// CHECK: 27:47 const f32 : float32 = 0.1
// CHECK: 27:52 const f64 : float64 = 4.61169e+18
// CHECK: 27:57 const neg : float64 = -2.5e-10
// CHECK: 27:62 const cmp : bool = true
// CHECK: 27:67 const ratio : float64 = 1.5
// CHECK: 27:74 var x : float64
// CHECK: 27:77 var z : float32
