// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Assignment mismatches in gc's words (naming the function when the right
// side is one call; one variable but a call with several results); a
// variable whose initialization failed is not also "declared but not
// used".
// Expected output: Go 1.19 (`go build`).
package main

func f() int        { return 1 }
func g() (int, int) { return 1, 2 }

// CHECK: sema-error-assign.go:[[@LINE+1]]:12: error: assignment mismatch: 2 variables but f returns 1 value
var m, n = f()

func main() {
	var i, j int
	// CHECK: sema-error-assign.go:[[@LINE+1]]:10: error: assignment mismatch: 2 variables but f returns 1 value
	x, y := f()
	// CHECK: sema-error-assign.go:[[@LINE+1]]:6: error: assignment mismatch: 1 variable but g returns 2 values
	i = g()
	// CHECK: sema-error-assign.go:[[@LINE+1]]:7: error: assignment mismatch: 1 variable but g returns 2 values
	k := g()
	// CHECK: sema-error-assign.go:[[@LINE+1]]:13: error: assignment mismatch: 3 variables but g returns 2 values
	a, b, c := g()
	// CHECK: sema-error-assign.go:[[@LINE+1]]:9: error: assignment mismatch: 2 variables but 3 values
	i, j = 1, 2, 3
	// CHECK: sema-error-assign.go:[[@LINE+1]]:13: error: assignment mismatch: 2 variables but f returns 1 value
	var p, q = (f())
	// CHECK: sema-error-assign.go:[[@LINE+1]]:15: error: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
	var r int8 = 200
	// CHECK: sema-error-assign.go:[[@LINE+1]]:7: error: use of untyped nil in assignment
	s := nil
}
// CHECK-NOT: error
