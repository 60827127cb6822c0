// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// An untyped float constant converted to the other operand's type: an
// integer type truncates it, a float type it exceeds overflows.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func main() {
	var f float64
	var g float32
	var i int
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:10: error: 1.5 (untyped float constant) truncated to int
	_ = i + 1.5
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:10: error: 2.5 (untyped float constant) truncated to int
	_ = i < 2.5
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:11: error: 1.5 (untyped float constant) truncated to int
	_ = i == 1.5
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:10: error: 1e400 (untyped float constant 1e+400) overflows float64
	_ = f + 1e400
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:10: error: 1e39 (untyped float constant 1e+39) overflows float32
	_ = g + 1e39
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:11: error: 1e39 (untyped float constant 1e+39) overflows float32
	_ = g == 1e39
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:7: error: 1e400 (untyped float constant 1e+400) overflows float64
	f += 1e400
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:7: error: 1.5 (untyped float constant) truncated to int
	i += 1.5
	// CHECK: sema-floats-mix.go:[[@LINE+1]]:6: error: invalid operation: "a" + 1.5 (mismatched types untyped string and untyped float)
	_ = "a" + 1.5
}

// CHECK-NOT: error
