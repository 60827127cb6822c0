// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Argument counts at gc 1.19's positions: a call or conversion without
// arguments at the call, make's count at the call; a built-in's arguments are checked (and
// so used) even when their count is wrong. A select case that is not a
// communication in gc's words.
// Expected output: Go 1.19 (`go build`).
package main

func f(a int) int { return a }

func main() {
	// The select case below is not checked: c is not used.
	// CHECK: sema-error-args.go:[[@LINE+1]]:2: error: c declared but not used
	c := make(chan int)
	// CHECK: sema-error-args.go:[[@LINE+1]]:6: error: not enough arguments in call to f
	_ = f()
	// CHECK-NEXT: {{^}}	have (){{$}}
	// CHECK-NEXT: {{^}}	want (int){{$}}
	// CHECK: sema-error-args.go:[[@LINE+1]]:6: error: missing argument in conversion to int
	_ = int()
	// CHECK: sema-error-args.go:[[@LINE+1]]:6: error: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(chan int, 1, 2)
	s := "s" // used by the call, though it has too many arguments
	// CHECK: sema-error-args.go:[[@LINE+1]]:10: error: invalid operation: too many arguments for len(s, s) (expected 1, found 2)
	println(len(s, s))
	select {
	// CHECK: sema-error-args.go:[[@LINE+1]]:7: error: select case must be send or receive (possibly with assignment)
	case c:
	}
}
// CHECK-NOT: error
