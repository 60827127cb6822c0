// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Calls, results and returns; a count mismatch has gc's have and want
// lines (more in sema-error-counts.go).
// Expected output: Go 1.19 (`go build`).
package main

func f(a, b int) int { return a + b }

func g() (int, int) { return 1, 2 }

func main() {
	// CHECK: sema-error-call.go:[[@LINE+1]]:4: error: not enough arguments in call to f
	f(1)
	// CHECK-NEXT: {{^}}	have (number){{$}}
	// CHECK-NEXT: {{^}}	want (int, int){{$}}
	// CHECK: sema-error-call.go:[[@LINE+1]]:10: error: too many arguments in call to f
	f(1, 2, 3)
	// CHECK-NEXT: {{^}}	have (number, number, number){{$}}
	// CHECK-NEXT: {{^}}	want (int, int){{$}}
	x := 1
	// CHECK: sema-error-call.go:[[@LINE+1]]:2: error: invalid operation: cannot call non-function x (variable of type int)
	x()
	// CHECK: sema-error-call.go:[[@LINE+1]]:14: error: multiple-value g() (value of type (int, int)) in single-value context
	var y int = g()
	// CHECK: sema-error-call.go:[[@LINE+1]]:10: error: assignment mismatch: 2 variables but 1 value
	a, b := 1
	// CHECK: sema-error-call.go:[[@LINE+1]]:2: error: x (variable of type int) is not used
	x
	_, _, _ = y, a, b
}

func r1() int {
	// CHECK: sema-error-call.go:[[@LINE+1]]:12: error: too many return values
	return 1, 2
	// CHECK-NEXT: {{^}}	have (number, number){{$}}
	// CHECK-NEXT: {{^}}	want (int){{$}}
}

func r2() (int, int) {
	// CHECK: sema-error-call.go:[[@LINE+1]]:9: error: not enough return values
	return 1
	// CHECK-NEXT: {{^}}	have (number){{$}}
	// CHECK-NEXT: {{^}}	want (int, int){{$}}
}

func r3() int {
	for {
		break
	}
	// CHECK: sema-error-call.go:[[@LINE+1]]:1: error: missing return
}
// CHECK-NOT: error
