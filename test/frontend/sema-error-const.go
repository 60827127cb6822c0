// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Constant expressions are exact, and must fit where they are used.
package main

const big = 1 << 70

// CHECK: sema-error-const.go:[[@LINE+1]]:16: error: cannot use 100 * 2 (untyped int constant 200) as int8 value in constant declaration (overflows)
const k int8 = 100 * 2

const m byte = 255

func main() {
	// CHECK: sema-error-const.go:[[@LINE+1]]:15: error: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
	var b byte = 256
	// CHECK: sema-error-const.go:[[@LINE+1]]:14: error: cannot use big (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)
	var i int = big
	// CHECK: sema-error-const.go:[[@LINE+1]]:6: error: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment to _ identifier (overflows)
	_ = 1 << 70
	// CHECK: sema-error-const.go:[[@LINE+1]]:10: error: invalid operation: division by zero
	_ = 5 / 0
	// CHECK: sema-error-const.go:[[@LINE+1]]:10: error: invalid operation: division by zero
	_ = i % (1 - 1)
	// CHECK: sema-error-const.go:[[@LINE+1]]:11: error: invalid operation: negative shift count -1 (untyped int constant)
	_ = 1 << -1
	// CHECK: sema-error-const.go:[[@LINE+1]]:11: error: cannot convert 200 (untyped int constant) to type int8
	_ = int8(200)
	// CHECK: sema-error-const.go:[[@LINE+1]]:15: error: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var u uint = -1
	// CHECK: sema-error-const.go:[[@LINE+1]]:6: error: m + 1 (constant 256 of type byte) overflows byte
	_ = m + 1
	_, _ = b, u
}
// CHECK: sema-error-const.go:[[@LINE-3]]:6: error: too many errors
