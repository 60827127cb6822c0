// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Composite literal elements (gc's messages): values not assignable to the
// element or field type, negative and non-constant indices, errors inside
// elided literals (gc names their type by its underlying struct type, or
// by T for an elided &T{}).
package main

type S struct {
	a int
	b string
}

type P struct{ X, Y int }

func main() {
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:13: error: cannot use "a" (untyped string constant) as int value in array or slice literal
	_ = [2]int{"a"}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:11: error: cannot use "x" (untyped string constant) as int value in struct literal
	_ = S{a: "x"}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+2]]:8: error: cannot use "x" (untyped string constant) as int value in struct literal
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:13: error: cannot use 1 (untyped int constant) as string value in struct literal
	_ = S{"x", 1}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:12: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = []int{-1: 1}
	i := 1
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:14: error: index i must be integer constant
	_ = [3]int{i: 1}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:25: error: unknown field 'Z' in struct literal of type struct{X int; Y int}
	_ = []P{{1, 2}, {X: 1, Z: 2}}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:26: error: too many values in P{…}
	_ = []*P{{1, 2}, {1, 2, 3}}
	// CHECK: sema-error-aggr-lits2.go:[[@LINE+1]]:15: error: too few values in struct{X int; Y int}{…}
	_ = [...]P{{1}}
}
// CHECK-NOT: error
