// x op= y and x++ on fields and *p evaluate their operand once (get() is
// called once per statement), through pointers to pointers; & of a
// parameter makes it escape (each call its own heap variable); a callee
// changing its caller's struct through a pointer.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Counter struct {
	N    int
	Hits [2]int
}

var calls int
var c Counter

func get() *Counter {
	calls++
	return &c
}

func addr(x int) *int { return &x }

func twice(p *Point) { p.X *= 2 }

type Point struct{ X, Y int }

func main() {
	get().N += 5
	get().N++
	*addr(1) += 1
	println(c.N, calls)
	pa, pb := addr(1), addr(2)
	*pa += 10
	println(*pa, *pb)
	p := Point{3, 4}
	twice(&p)
	q := &p
	q.Y--
	(*q).X <<= 1
	println(p.X, p.Y)
	pp := &q
	(*pp).X = 1
	println(p.X, (**pp).Y)
}

// CHECK: 6 2
// CHECK-NEXT: 11 2
// CHECK-NEXT: 12 3
// CHECK-NEXT: 1 3
// CHECK-NOT: {{.}}
