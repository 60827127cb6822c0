// RUN: not %gort build --target=386 -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: not %gort build --target=arm -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: %gort build --target=amd64 -emit=types -o /dev/null %s
// On 386 and arm, int, uint and uintptr are 32 bits: an untyped constant
// that fits them on amd64 overflows them there, and gc names the context
// it was assigned in. Messages: Go 1.19, GOARCH=386 and GOARCH=arm.
package main

import "runtime"

const big = 1 << 40

// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:9: error: cannot use 1 << 31 (untyped int constant 2147483648) as int value in variable declaration (overflows)
var p = 1 << 31

// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:15: error: cannot use 1 << 31 (untyped int constant 2147483648) as int value in constant declaration (overflows)
const k int = 1 << 31

func f(n int) int { return n }

// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:24: error: cannot use 1 << 32 (untyped int constant 4294967296) as uint value in return statement (overflows)
func g() uint { return 1 << 32 }

func main() {
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:14: error: cannot use big (untyped int constant 1099511627776) as int value in variable declaration (overflows)
	var i int = big
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:7: error: cannot use -1 << 31 - 1 (untyped int constant -2147483649) as int value in assignment (overflows)
	j := -1<<31 - 1
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:10: error: cannot use 1 << 32 (untyped int constant 4294967296) as int value in argument to println (overflows)
	println(1 << 32)
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:22: error: cannot use big (untyped int constant 1099511627776) as int value in variable declaration (overflows)
	var e interface{} = big
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:4: error: cannot use 1 << 31 (untyped int constant 2147483648) as int value in argument to f (overflows)
	f(1 << 31)
	// CHECK: sema-error-int32-assign.go:[[@LINE+1]]:21: error: cannot use 1 << 40 (untyped int constant 1099511627776) as int value in argument to runtime.GOMAXPROCS (overflows)
	runtime.GOMAXPROCS(1 << 40)
	// The limits themselves fit.
	var lo, hi int = -1 << 31, 1<<31 - 1
	var u uint = 1<<32 - 1
	_, _, _, _, _, _ = i, j, e, lo, hi, u
}

// CHECK-NOT: error
