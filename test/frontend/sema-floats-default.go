// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// An untyped float constant given its default type float64 (:=, var
// without a type, an interface{} argument or variable, println) must fit
// it; hexadecimal float literals are constants too. A constant is
// rounded to a float type first: halfway to 2^128 overflows float32.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func f(x interface{}) {}

func main() {
	// CHECK: sema-floats-default.go:[[@LINE+1]]:7: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in assignment (overflows)
	x := 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:10: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	var y = 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:4: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in argument to f (overflows)
	f(1e400)
	// CHECK: sema-floats-default.go:[[@LINE+1]]:22: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	var e interface{} = 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:19: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in argument to println (overflows)
	println(x, y, e, 1e400)
	_ = 0x1p-2 + 0x1.8p1
	// Halfway between MaxFloat32 and 2^128 rounds to even: 2^128.
	// CHECK: sema-floats-default.go:[[@LINE+1]]:18: error: cannot use 3.40282356779733661637539395458142568448e38 (untyped float constant 3.40282e+38) as float32 value in variable declaration (overflows)
	var a float32 = 3.40282356779733661637539395458142568448e38
	var b float32 = 3.40282356779733661637539395458142568447e38
	var c float64 = 1.797693134862315807937289714053034150799e308
	println(a, b, c)
}
// CHECK-NOT: error
