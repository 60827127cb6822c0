// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Composite literals (gc's messages and positions: a key: value element at
// its colon, too few values at the closing brace): struct literals with
// unknown, duplicate and mixed keys, too few and too many values; array
// literals with an index out of bounds, keyed or positional; slice literals
// with a duplicate index.
package main

type S struct {
	a int
	b string
}

func main() {
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:9: error: too few values in S{…}
	_ = S{1}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:8: error: unknown field 'c' in struct literal of type S
	_ = S{c: 1}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:14: error: mixture of field:value and value elements in struct literal
	_ = S{a: 1, "x"}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:15: error: duplicate field name a in struct literal
	_ = S{a: 1, a: 2}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:13: error: invalid argument: index 5 out of bounds [0:5]
	_ = [5]int{5: 1}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:19: error: index 2 is out of bounds (>= 2)
	_ = [2]int{1, 2, 3}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:16: error: too many values in S{…}
	_ = S{1, "a", 3}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:19: error: duplicate index 1 in array or slice literal
	_ = []int{1: 1, 1: 2}
	// CHECK: sema-error-aggr-lits.go:[[@LINE+1]]:12: error: mixture of field:value and value elements in struct literal
	_ = S{1, b: "x"}
}
// CHECK-NOT: error
