// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Field selectors (gc's messages): an ambiguous promoted field, a missing
// field (also through *T; **T has no fields; gc's hint when the name with
// its first letter's case flipped exists), assignment to a field of a
// non-addressable struct value.
package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}
type S struct {
	a int
	b string
}

func f() int { return 1 }
func g() S   { return S{} }

func main() {
	var c C
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:8: error: ambiguous selector c.X
	_ = c.X
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:8: error: c.Z undefined (type C has no field or method Z)
	_ = c.Z
	var p *S
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:8: error: p.zz undefined (type *S has no field or method zz)
	_ = p.zz
	var pp **S
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:9: error: pp.a undefined (type **S has no field or method a)
	_ = pp.a
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:2: error: cannot assign to g().a (value of type int)
	g().a = 1
	_ = c.Y
	_ = g().b
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:8: error: c.y undefined (type C has no field or method y, but does have Y)
	_ = c.y
	// CHECK: sema-error-aggr-fields.go:[[@LINE+1]]:8: error: p.A undefined (type *S has no field or method A, but does have a)
	_ = p.A
}
// CHECK-NOT: error
