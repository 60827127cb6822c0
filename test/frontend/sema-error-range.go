// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Ranging over what cannot be ranged over in Go 1.19 (an integer, constant
// or not, a bool, a func, nil): gc's "cannot range over" and the operand;
// the iteration variables are then not also "declared but not used". A
// send-only channel with two variables gets both errors, and its key the
// element type (so it can be unused).
// Expected output: Go 1.19 (`go build`).
package main

func f() {}

func main() {
	// CHECK: sema-error-range.go:[[@LINE+1]]:17: error: cannot range over 10 (untyped int constant){{$}}
	for i := range 10 {
	}
	n := 3
	// CHECK: sema-error-range.go:[[@LINE+1]]:12: error: cannot range over n (variable of type int){{$}}
	for range n {
	}
	// CHECK: sema-error-range.go:[[@LINE+1]]:20: error: cannot range over 1 == 1 (untyped bool constant true){{$}}
	for i, j := range 1 == 1 {
	}
	// CHECK: sema-error-range.go:[[@LINE+1]]:12: error: cannot range over f (value of type func()){{$}}
	for range f {
	}
	// CHECK: sema-error-range.go:[[@LINE+1]]:12: error: cannot range over nil{{$}}
	for range nil {
	}
	var s chan<- int
	// CHECK: sema-error-range.go:[[@LINE+3]]:6: error: a declared but not used
	// CHECK: sema-error-range.go:[[@LINE+2]]:9: error: range over s (variable of type chan<- int) permits only one iteration variable
	// CHECK: sema-error-range.go:[[@LINE+1]]:20: error: cannot range over s (variable of type chan<- int) (receive from send-only channel)
	for a, b := range s {
	}
}
// CHECK-NOT: error
