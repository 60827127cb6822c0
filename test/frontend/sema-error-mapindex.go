// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// A map index expression in messages is what types2 calls it: a "map
// index expression" (parenthesized too), unless it is one of the two
// values of v, ok = m[k]. m[k] is assignable: m[k] = v, m[k]++ and
// m[k] op= v are valid. A composite literal's type, written or elided,
// must be a composite type.
// Expected output: Go 1.19 (`go build`).
package main

type I int

func main() {
	m := map[string]int{}
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:2: error: m["a"] (map index expression of type int) is not used
	m["a"]
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:2: error: (m["a"]) (map index expression of type int) is not used
	(m["a"])
	m["a"] = 1
	(m["a"])++
	m["a"] <<= 2
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:14: error: cannot use m (variable of type map[string]int) as type int in variable declaration
	var x int = m
	_ = x
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:15: error: cannot use m["a"] (map index expression of type int) as type bool in variable declaration
	var b bool = m["a"]
	_ = b
	var s string
	var ok bool
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:10: error: cannot use m["a"] (value of type int) as type string in assignment
	s, ok = m["a"]
	_, _ = s, ok
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:20: error: cannot range over m["a"] (map index expression of type int)
	for k, v := range m["a"] {
		_, _ = k, v
	}
	// An element's elided type must be a composite type.
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:26: error: invalid composite literal type int
	_ = map[string]int{"a": {1}}
	// CHECK: sema-error-mapindex.go:[[@LINE+1]]:6: error: invalid composite literal type I
	_ = I{}
}
// CHECK-NOT: error
