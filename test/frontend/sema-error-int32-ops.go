// RUN: not %gort build --target=386 -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: not %gort build --target=arm -emit=types -o - %s 2>&1 | FileCheck %s
// RUN: %gort build --target=amd64 -emit=types -o /dev/null %s
// On 386 and arm, typed int constant arithmetic overflows at 32 bits, and
// an untyped constant that an operation converts to int, or a shift count
// converted to uint, must fit 32 bits. Messages: Go 1.19, GOARCH=386/arm.
package main

const m int = -1 << 31

// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:11: error: m / -1 (constant 2147483648 of type int) overflows int
const a = m / -1

// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:11: error: -m (constant 2147483648 of type int) overflows int
const b = -m

func main() {
	i := 0
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:10: error: 1 << 31 (untyped int constant 2147483648) overflows int
	_ = i + 1<<31
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:7: error: 1 << 32 (untyped int constant 4294967296) overflows int
	i += 1 << 32
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:11: error: 1 << 40 (untyped int constant 1099511627776) overflows int
	_ = i == 1<<40
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:21: error: 1 << 31 (untyped int constant 2147483648) overflows int
	_ = make(chan int, 1<<31)
	var s uint = 1
	// The constant operand of a non-constant shift takes the context's type;
	// gc reports it at each level of parentheses.
	// CHECK: sema-error-int32-ops.go:[[@LINE+2]]:6: error: (1 << 40) (untyped int constant 1099511627776) overflows int
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:7: error: 1 << 40 (untyped int constant 1099511627776) overflows int
	_ = (1 << 40) << s
	// CHECK: sema-error-int32-ops.go:[[@LINE+1]]:11: error: (1 << 32) (untyped int constant 4294967296) overflows uint
	_ = i >> (1 << 32)
	_ = i >> (1<<32 - 1)
}

// CHECK-NOT: error
