// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// make's size is checked as go/types checks an index: an untyped size
// becomes an int first (cannot convert, overflows), then it must be an
// integer and, if constant, not negative. Ranging over a send-only channel
// in gc 1.19's words.
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	var s string
	// CHECK: sema-error-make.go:[[@LINE+1]]:21: error: invalid argument: index s (variable of type string) must be integer
	_ = make(chan int, s)
	// CHECK: sema-error-make.go:[[@LINE+1]]:21: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make(chan int, -1)
	// CHECK: sema-error-make.go:[[@LINE+1]]:21: error: 1 << 70 (untyped int constant 1180591620717411303424) overflows int
	_ = make(chan int, 1<<70)
	// CHECK: sema-error-make.go:[[@LINE+1]]:21: error: cannot convert true (untyped bool constant) to int
	_ = make(chan int, true)
	const k int8 = -2
	// CHECK: sema-error-make.go:[[@LINE+1]]:21: error: invalid argument: index k (constant -2 of type int8) must not be negative
	_ = make(chan int, k)
	var c chan<- int
	// CHECK: sema-error-make.go:[[@LINE+1]]:17: error: cannot range over c (variable of type chan<- int) (receive from send-only channel)
	for x := range c {
		_ = x
	}
}
// CHECK-NOT: error
