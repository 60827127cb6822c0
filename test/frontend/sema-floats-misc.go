// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Typed float constants that overflow their type after an operation,
// division of a constant by a constant zero (a float variable divided by
// zero is allowed), and untyped floats where an integer is required.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

const c float32 = 1e38
const d float64 = 1e308

func main() {
	var f float64
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:6: error: c * 10 (constant 1e+39 of type float32) overflows float32
	_ = c * 10
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:6: error: -d * 10 (constant -1e+309 of type float64) overflows float64
	_ = -d * 10
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:12: error: invalid operation: division by zero
	_ = 1.0 / 0
	_ = f / 0
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:16: error: invalid operation: division by zero
	const z = 1 / 0.0
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:6: error: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
	_ = 1.5 << 2
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:11: error: 2.5 (untyped float constant) truncated to uint
	_ = 1 << 2.5
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:9: error: array length 2.5 (untyped float constant) must be integer
	var a [2.5]int
	// CHECK: sema-floats-misc.go:[[@LINE+1]]:13: error: invalid operation: negative shift count -1.0 (untyped float constant -1)
	_ = 2.0 << -1.0
	var b [2.0]int
	_, _ = a, b
	_ = 1.0 << 62
}

// CHECK-NOT: error
