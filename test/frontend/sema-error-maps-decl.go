// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Maps in declarations and built-ins, in gc 1.19's words: cap has no
// maps; delete wants two arguments; make's size hint is checked as for
// channels; v, ok := m[k] gives exactly two values, the first of the
// element type (also from range); a slice cannot be a key. Comparisons
// with nil and nil assignments are valid.
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	m := map[string]int{}
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:2: error: n declared but not used
	n := map[string]int{}
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:10: error: invalid argument: m (variable of type map[string]int) for cap
	_ = cap(m)
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:24: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make(map[int]int, -1)
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:6: error: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(map[int]int, 1, 2)
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:16: error: assignment mismatch: 3 variables but 1 value
	var a, b, c = m["a"]
	var s string
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:11: error: cannot use m["a"] (value of type int) as type string in assignment
	s, ok := m["a"]
	_, _, _, _, _ = a, b, c, s, ok
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:10: error: invalid map key type []int
	_ = map[[]int]int{}
	// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:2: error: invalid operation: not enough arguments for delete(m) (expected 2, found 1)
	delete(m)
	_ = m == nil
	_ = nil != m
	m = nil
	for k, v := range m {
		// CHECK: sema-error-maps-decl.go:[[@LINE+1]]:18: error: cannot use v (variable of type int) as type string in variable declaration
		var z string = v
		_, _ = k, z
	}
}
// CHECK-NOT: error
