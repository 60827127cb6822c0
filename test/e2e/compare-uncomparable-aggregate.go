// A struct or array holding a slice, map or func has no ==: comparing two
// interface values holding one, or using one as an interface{} map key,
// is a run-time error naming the type (its descriptor has no equal or
// hash; the runtime once compared such values by memory). Comparable
// structs and arrays still compare by value.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s
package main

type S struct {
	n int
	s []int
}

type A [2]map[int]int

type P struct{ x, y int }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(what, "recovered")
		}
	}()
	f()
}

func main() {
	var x, y interface{} = S{1, nil}, S{1, nil}
	try("struct ==", func() { println(x == y) })
	var a, b interface{} = A{}, A{}
	try("array ==", func() { println(a != b) })
	m := map[interface{}]int{}
	try("struct key", func() { m[x] = 1 })
	try("array key", func() { println(m[a]) })
	var p, q interface{} = P{1, 2}, P{1, 2}
	println(p == q, p != P{2, 1})
	var r, t interface{} = [2]string{"a", "b"}, [2]string{"a", "b"}
	println(r == t)
	m[p] = 3
	println(m[q], len(m))
	println(x == y)
}

// CHECK: struct == recovered
// CHECK-NEXT: array == recovered
// CHECK-NEXT: struct key recovered
// CHECK-NEXT: array key recovered
// CHECK-NEXT: true true
// CHECK-NEXT: true
// CHECK-NEXT: 3 1
// CHECK-NEXT: panic: runtime error: comparing uncomparable type main.S
// CHECK: exit status 2
