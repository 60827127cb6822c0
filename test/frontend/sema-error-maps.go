// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Operations on maps in gc 1.19's words: a map compares only with nil
// (also against an interface, reported at the map) and has no order; the
// key of m[k] (also in m[k]++) and of delete must be assignable to the
// key type; the element's type governs m[k] = v and m[k] op= v; delete
// wants a map.
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	m := map[string]int{}
	n := map[string]int{}
	var i interface{} = m
	// CHECK: sema-error-maps.go:[[@LINE+1]]:6: error: invalid operation: m == n (map can only be compared to nil)
	_ = m == n
	// CHECK: sema-error-maps.go:[[@LINE+1]]:11: error: invalid operation: i == m (map can only be compared to nil)
	_ = i == m
	// CHECK: sema-error-maps.go:[[@LINE+1]]:6: error: invalid operation: m < n (operator < not defined on map)
	_ = m < n
	// CHECK: sema-error-maps.go:[[@LINE+1]]:8: error: cannot use 1 (untyped int constant) as string value in map index
	_ = m[1]
	// CHECK: sema-error-maps.go:[[@LINE+1]]:4: error: cannot use 1 (untyped int constant) as string value in map index
	m[1]++
	// CHECK: sema-error-maps.go:[[@LINE+1]]:11: error: cannot use "x" (untyped string constant) as int value in assignment
	m["a"] = "x"
	// CHECK: sema-error-maps.go:[[@LINE+1]]:2: error: invalid operation: m["a"] += "b" (mismatched types int and untyped string)
	m["a"] += "b"
	// CHECK: sema-error-maps.go:[[@LINE+1]]:12: error: cannot use 1 (untyped int constant) as string value in argument to delete
	delete(m, 1)
	var x int
	// CHECK: sema-error-maps.go:[[@LINE+1]]:9: error: invalid argument: x (variable of type int) is not a map
	delete(x, 1)
}
// CHECK-NOT: error
