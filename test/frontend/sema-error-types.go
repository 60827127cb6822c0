// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Operand types: mismatches, operators, assignability, nil.
package main

import "time"

func main() {
	x, s := 1, "s"
	var m int64 = 1
	// CHECK: sema-error-types.go:[[@LINE+1]]:6: error: invalid operation: m + x (mismatched types int64 and int)
	_ = m + x
	// CHECK: sema-error-types.go:[[@LINE+1]]:7: error: invalid operation: operator ! not defined on x (variable of type int)
	_ = !x
	// CHECK: sema-error-types.go:[[@LINE+1]]:6: error: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
	_ = "a" + 1
	// CHECK: sema-error-types.go:[[@LINE+1]]:11: error: invalid operation: s == 1 (mismatched types string and untyped int)
	_ = s == 1
	// CHECK: sema-error-types.go:[[@LINE+1]]:17: error: cannot use x (variable of type int) as type string in variable declaration
	var t string = x
	var d time.Duration = 5
	// CHECK: sema-error-types.go:[[@LINE+1]]:14: error: cannot use d (variable of type time.Duration) as type int in variable declaration
	var i int = d
	// CHECK: sema-error-types.go:[[@LINE+1]]:10: error: use of untyped nil in variable declaration
	var n = nil
	f := main
	// CHECK: sema-error-types.go:[[@LINE+1]]:6: error: invalid operation: f == f (func can only be compared to nil)
	_ = f == f
	// CHECK: sema-error-types.go:[[@LINE+1]]:4: error: x.foo undefined (type int has no field or method foo)
	x.foo()
	_, _, _ = t, i, n
}
// CHECK-NOT: error
