// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Untyped float constants assigned to integer and float types, in gc's
// words: "(truncated)" for a value of no integer type (any untyped float
// that is not an integer value of the type), "(overflows)" for a float
// type whose range it exceeds.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

// CHECK: sema-floats-assign.go:[[@LINE+1]]:19: error: cannot use 1e300 (untyped float constant 1e+300) as float32 value in constant declaration (overflows)
const c float32 = 1e300

func h(int) {}

func main() {
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:14: error: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
	var i int = 1.5
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:20: error: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)
	var f32 float32 = 1e300
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:14: error: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
	var j int = 1e100
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:15: error: cannot use -1.0 (untyped float constant -1) as uint value in variable declaration (truncated)
	var u uint = -1.0
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:15: error: cannot use 1e3 (untyped float constant 1000) as int8 value in variable declaration (truncated)
	var k int8 = 1e3
	var ch chan float32
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:8: error: cannot use 1e40 (untyped float constant 1e+40) as float32 value in send (overflows)
	ch <- 1e40
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:4: error: cannot use 1.5 (untyped float constant) as int value in argument to h (truncated)
	h(1.5)
	const big = 1e400
	// CHECK: sema-floats-assign.go:[[@LINE+1]]:18: error: cannot use big (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	var g float64 = big
	println(i, f32, j, u, k, g)
}

// CHECK-NOT: error
