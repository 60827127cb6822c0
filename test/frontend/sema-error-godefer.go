// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// go and defer of a conversion, or of a built-in whose result would be
// discarded (those of go/types' expression kind), name the operand as gc
// does. close, panic, print, println and recover are allowed (see
// e2e/go-defer-builtins.go).
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	c := make(chan int)
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:8: error: defer discards result of len("abc") (constant 3 of type int)
	defer len("abc")
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:5: error: go discards result of cap(c) (value of type int)
	go cap(c)
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:8: error: defer discards result of make(chan int) (value of type chan int)
	defer make(chan int)
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:8: error: defer discards result of (len)(c) (value of type int)
	defer (len)(c)
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:8: error: defer requires function call, not conversion int(1) (constant 1 of type int)
	defer int(1)
	// CHECK: sema-error-godefer.go:[[@LINE+1]]:5: error: go requires function call, not conversion int64(len(c)) (value of type int64)
	go int64(len(c))
	defer close(c)
	defer println()
	go print()
	go recover()
	defer panic(1)
}
// CHECK-NOT: error
