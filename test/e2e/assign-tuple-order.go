// Tuple assignments in two phases (the spec's): the operands of index
// expressions and indirections on the left are evaluated first, with the
// right-hand side, then the assignments are made left to right, each with
// its own bounds or nil check, so the ones before a failing check are done
// (gc's order).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T struct{ a, b int }

var g int

func try(name string, f func()) {
	defer func() {
		println(name, recover() != nil)
	}()
	f()
}

func pair() (int, int) { return 7, 8 }

func main() {
	x := []int{1, 2, 3}
	i := 0
	try("bounds", func() { i, x[i], x[5] = 1, 100, 500 })
	println(i, x[0], x[1], x[2])

	var arr [3]int
	j := 0
	try("array", func() { j, arr[j], arr[j+3] = 2, 10, 20 })
	println(j, arr[0], arr[1], arr[2])

	var p *T
	q := &T{}
	try("nil", func() { q.a, p.b, q.b = 1, 2, 3 })
	println(q.a, q.b)

	var n *int
	try("star", func() { g, *n = 5, 6 })
	println(g)

	k := 1
	y := []int{0, 0, 0}
	try("tuple call", func() { k, y[k] = pair() })
	println(k, y[1], y[2])

	s := [][]int{{1, 2}, {3, 4}}
	m := 0
	m, s[m][1] = 1, 9
	println(m, s[0][1], s[1][1])
}

// CHECK: bounds true
// CHECK-NEXT: 1 100 2 3
// CHECK-NEXT: array true
// CHECK-NEXT: 2 10 0 0
// CHECK-NEXT: nil true
// CHECK-NEXT: 1 0
// CHECK-NEXT: star true
// CHECK-NEXT: 5
// CHECK-NEXT: tuple call false
// CHECK-NEXT: 7 8 0
// CHECK-NEXT: 1 9 4
