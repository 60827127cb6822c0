// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Positions and words of gc for operand errors: an inherited constant
// expression (a const spec without values) is reported at the name that
// repeats it; mismatched types at the first operand of an arithmetic
// operation, at the second of a comparison; an op-assignment is spelled
// x op= y. (More in sema-error-operators.go: gc stops at 10 errors.)
// Expected output: Go 1.19 (`go build`).
package main

const (
	a int8 = 1 << (iota * 4)
	b
	// CHECK: sema-error-positions.go:[[@LINE+1]]:2: error: cannot use 1 << (iota * 4) (untyped int constant 256) as int8 value in constant declaration (overflows)
	c
	// CHECK: sema-error-positions.go:[[@LINE+1]]:2: error: cannot use 1 << (iota * 4) (untyped int constant 4096) as int8 value in constant declaration (overflows)
	d
)

func main() {
	const (
		e uint8 = 255 + iota
		// CHECK: sema-error-positions.go:[[@LINE+1]]:3: error: cannot use 255 + iota (untyped int constant 256) as uint8 value in constant declaration (overflows)
		f
	)
	var i int
	var s string
	// CHECK: sema-error-positions.go:[[@LINE+1]]:6: error: invalid operation: i + "a" (mismatched types int and untyped string)
	_ = i + "a"
	// CHECK: sema-error-positions.go:[[@LINE+1]]:11: error: invalid operation: i == s (mismatched types int and string)
	_ = i == s
	// CHECK: sema-error-positions.go:[[@LINE+1]]:13: error: invalid operation: "a" == i (mismatched types untyped string and int)
	_ = "a" == i
	// CHECK: sema-error-positions.go:[[@LINE+1]]:13: error: invalid operation: nil == 1 (mismatched types untyped nil and untyped int)
	_ = nil == 1
	// CHECK: sema-error-positions.go:[[@LINE+1]]:2: error: invalid operation: i += s (mismatched types int and string)
	i += s
	// CHECK: sema-error-positions.go:[[@LINE+1]]:2: error: invalid operation: s += 1 (mismatched types string and untyped int)
	s += 1
}
// CHECK-NOT: error
