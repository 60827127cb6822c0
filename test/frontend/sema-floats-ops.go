// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Operators not defined on floats (%, the bitwise ones, ^ and !), also on
// untyped float constants with integer values, and mixing int and float
// operands, in gc's words.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func main() {
	var f float64
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: operator % not defined on 1.5 (untyped float constant)
	_ = 1.5 % 2
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: operator % not defined on 4.0 (untyped float constant 4)
	_ = 4.0 % 2
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: operator % not defined on f (variable of type float64)
	_ = f % 2
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: operator & not defined on f (variable of type float64)
	_ = f & 1
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: operator &^ not defined on 1.5 (untyped float constant)
	_ = 1.5 &^ 1
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:7: error: invalid operation: operator ^ not defined on f (variable of type float64)
	_ = ^f
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:7: error: invalid operation: operator ^ not defined on 1.0 (untyped float constant 1)
	_ = ^1.0
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:7: error: invalid operation: operator ! not defined on f (variable of type float64)
	_ = !f
	var i int
	// CHECK: sema-floats-ops.go:[[@LINE+1]]:6: error: invalid operation: i + f (mismatched types int and float64)
	_ = i + f
}

// CHECK-NOT: error
