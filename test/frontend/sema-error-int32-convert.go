// RUN: not %gort build --target=386 -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: not %gort build --target=arm -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: %gort build --target=amd64 -emit=types -o /dev/null %s
// On 386 and arm: conversions, sends, switch tags and unsigned arithmetic
// of constants at 32 bits. Messages: Go 1.19, GOARCH=386 and GOARCH=arm.
package main

const c uint = 1<<32 - 1

// CHECK: sema-error-int32-convert.go:[[@LINE+1]]:11: error: c + 1 (constant 4294967296 of type uint) overflows uint
const d = c + 1

func main() {
	// CHECK: sema-error-int32-convert.go:[[@LINE+1]]:9: error: cannot use 1 << 31 (untyped int constant 2147483648) as int value in switch expression (overflows)
	switch 1 << 31 {
	}
	// CHECK: sema-error-int32-convert.go:[[@LINE+1]]:10: error: cannot convert 1 << 31 (untyped int constant 2147483648) to type int
	_ = int(1 << 31)
	// CHECK: sema-error-int32-convert.go:[[@LINE+1]]:11: error: cannot convert 1 << 32 (untyped int constant 4294967296) to type uint
	_ = uint(1 << 32)
	ch := make(chan uintptr, 1)
	// CHECK: sema-error-int32-convert.go:[[@LINE+1]]:8: error: cannot use 1 << 32 (untyped int constant 4294967296) as uintptr value in send (overflows)
	ch <- 1 << 32
	var x int64 = 1 << 40
	var y uint32 = 1<<32 - 1
	println(x, y, ^uint(0), ^uintptr(0))
}

// CHECK-NOT: error
