// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Constant conversions involving floats: a value that is no integer, one
// out of range (gc spells an integral float converted to an integer type
// as the integer), and conversions between floats and strings.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

const d float64 = 1e10

func main() {
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:10: error: cannot convert 1.5 (untyped float constant) to type int
	_ = int(1.5)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:11: error: cannot convert 1e3 (untyped float constant 1000) to type int8
	_ = int8(1e3)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:14: error: cannot convert 1e300 (untyped float constant 1e+300) to type float32
	_ = float32(1e300)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:14: error: cannot convert 1e400 (untyped float constant 1e+400) to type float64
	_ = float64(1e400)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:12: error: cannot convert 1.0e10 (untyped float constant 10000000000) to type int32
	_ = int32(1.0e10)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:12: error: cannot convert d (constant 10000000000 of type float64) to type int32
	_ = int32(d)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:13: error: cannot convert 1.5 (untyped float constant) to type string
	_ = string(1.5)
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:14: error: cannot convert "a" (untyped string constant) to type float64
	_ = float64("a")
	// CHECK: sema-floats-convert.go:[[@LINE+1]]:11: error: cannot convert -1.5 (untyped float constant) to type uint
	_ = uint(-1.5)
}

// CHECK-NOT: error
