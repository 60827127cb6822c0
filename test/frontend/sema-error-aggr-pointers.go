// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Pointers and comparisons of aggregates (gc's messages): * of a non-pointer
// and of nil, & of a value and of a constant, == on structs and arrays of
// uncomparable types (the field type named), pointer comparisons with nil.
package main

type S struct {
	a int
	f func()
}

type T struct{ s S }

func f() int { return 1 }

func main() {
	var i int
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:7: error: invalid operation: cannot indirect i (variable of type int)
	_ = *i
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:7: error: invalid operation: cannot indirect nil
	_ = *nil
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:7: error: invalid operation: cannot take address of f() (value of type int)
	_ = &f()
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:7: error: invalid operation: cannot take address of 1 (untyped int constant)
	_ = &1
	var s S
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:6: error: invalid operation: s == s (struct containing func() cannot be compared)
	_ = s == s
	var t T
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:6: error: invalid operation: t != t (struct containing S cannot be compared)
	_ = t != t
	var a [2]func()
	// CHECK: sema-error-aggr-pointers.go:[[@LINE+1]]:6: error: invalid operation: a == a ([2]func() cannot be compared)
	_ = a == a
	var p *int = nil
	_ = p == nil
	_ = &p == nil
}
// CHECK-NOT: error
