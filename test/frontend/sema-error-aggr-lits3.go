// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Composite literals: struct fields take no elided literal types (gc's
// "missing type in composite literal"), a value after a key: value
// element counts toward too many values; &T{...} and & of a variable are
// valid.
package main

type P struct{ X, Y int }

func main() {
	// CHECK: sema-error-aggr-lits3.go:[[@LINE+1]]:20: error: missing type in composite literal
	_ = struct{ p P }{{1, 2}}
	// CHECK: sema-error-aggr-lits3.go:[[@LINE+2]]:12: error: mixture of field:value and value elements in struct literal
	// CHECK: sema-error-aggr-lits3.go:[[@LINE+1]]:17: error: too many values in P{…}
	_ = P{1, X: 2, 3}
	_ = [2]P{{1, 2}, {Y: 1}}
	x := 1
	_ = &x
	_ = &P{1, 2}
	_ = &[]int{1}
	// CHECK: sema-error-aggr-lits3.go:[[@LINE+1]]:23: error: missing type in composite literal
	_ = struct{ p P }{p: {1, 2}}
}
// CHECK-NOT: error
