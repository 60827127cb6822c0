// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// A shift of an untyped constant by a non-constant count takes its type
// from the context, which must be an integer type: 1 << s as a float64
// (assigned, converted, or mixed with a float constant) is an error, as
// is 2.0 << s defaulting to float64; 1.0 << s as an int is fine.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func main() {
	s := uint(3)
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:18: error: invalid operation: 1 << s (shift of type float64)
	var f float64 = 1 << s
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:7: error: invalid operation: 2.0 << s (shift of type float64)
	g := 2.0 << s
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:18: error: invalid operation: 1.0 << s (shift of type float32)
	var h float32 = 1.0 << s
	var i int = 1.0 << s
	println(f, g, h, i)
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:10: error: invalid operation: 1 << s (shift of type float64)
	println(1<<s + 1.5)
	conv(s, 1, 2)
}

func conv(s uint, a, b int) {
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:14: error: invalid operation: 1 << s (shift of type float64)
	_ = float64(1 << s)
	_ = int64(1.0 << s)
	_ = bool(a < b)
	type B bool
	_ = B(a < b)
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:14: error: invalid operation: 2 << s (shift of type float32)
	_ = float32(2 << s)
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:6: error: invalid operation: 1.0 << s (shift of type float64)
	_ = 1.0<<s == 2
	// CHECK: sema-floats-shift.go:[[@LINE+1]]:18: error: invalid operation: shifted operand 1.0 << s (untyped float value) must be integer
	var f float64 = 1.0 << s << s
	_ = f
	_ = 1.0 << 3.0
}

// CHECK-NOT: error
