// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Assigning to an operand that is not a variable: gc names the operand and
// adds nothing after it; nil is just "nil"; a type is not an expression.
// Expected output: Go 1.19 (`go build`).
package main

func f() int { return 1 }

const k = "s"

func main() {
	const c = 10
	var x int
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to c (untyped int constant 10){{$}}
	c = 5
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to x + 1 (value of type int){{$}}
	x + 1 = 2
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to f() (value of type int){{$}}
	f() = 3
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to len("ab") (constant 2 of type int){{$}}
	len("ab") = 3
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:5: error: cannot assign to 1 (untyped int constant){{$}}
	x, 1 = 1, 2
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to (k) (untyped string constant "s"){{$}}
	(k) = "t"
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to main (value of type func()){{$}}
	main = nil
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: cannot assign to nil{{$}}
	nil = nil
	// CHECK: sema-error-assign-lhs.go:[[@LINE+1]]:2: error: int (type) is not an expression{{$}}
	int = 3
}
// CHECK-NOT: error
