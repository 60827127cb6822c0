// More array and struct values: several results of aggregate type through a
// function value, boxing a struct in interface{} and asserting it back (a
// copy), comparison of structs with string, interface, array and blank
// fields and of nested arrays, package variables initialized from
// composite literals (also nested with elided types), conversion between
// struct types, structs through channels, range over a channel and
// select.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Point struct{ X, Y int }

type Celsius int

type Reading struct {
	Where string
	Temp  Celsius
	At    [2]Point
	Tag   interface{}
	_     int
	OK    bool
}

type Grid [2][3]int

var origin = Point{1, 2}
var r0, r1 = Reading{Where: "a", Temp: 20}, Reading{"b", 30, [2]Point{{1, 1}, {2, 2}}, "x", 0, true}
var readings = [2]Reading{r0, r1}

func mk(n int) (Point, [2]Point, string) {
	return Point{n, -n}, [2]Point{{n, n}, {}}, "mk"
}

type Alias Point

func main() {
	fv := mk
	p, ps, s := fv(3)
	println(p.X, p.Y, ps == [2]Point{{3, 3}, {}}, s)
	var i interface{} = p
	q := i.(Point)
	q.X = 100
	println(p.X, q.X, i.(Point).X)
	r, ok := i.(Reading)
	println(ok, r == Reading{}, r.Temp)
	println(origin.X, r1.Where, r1.At == [2]Point{{1, 1}, {2, 2}}, r0.OK)
	rd := r1
	rd2 := rd
	println(rd == rd2, rd == r1, rd == r0, readings == [2]Reading{r0, r1})
	rd2.Tag = "y"
	println(rd == rd2)
	rd2.Tag = "x"
	println(rd == rd2)
	rd2.Temp++
	println(rd == rd2, rd2.Temp)
	var g Grid = Grid{{1, 2, 3}, {4, 5, 6}}
	g2 := g
	println(g == g2, g == Grid{{1, 2, 3}, {4, 5, 7}}, len(g))
	a := Alias(p)
	println(a.X, Point(a) == p)
	ch := make(chan Point, 3)
	ch <- Point{1, 1}
	ch <- Point{2, 2}
	close(ch)
	for v := range ch {
		println("range", v.X)
	}
	sel := make(chan Reading, 1)
	sel <- r1
	select {
	case v, ok := <-sel:
		println("select", v.Where, v.Temp, ok)
	}
}

// CHECK: 3 -3 true mk
// CHECK-NEXT: 3 100 3
// CHECK-NEXT: false true 0
// CHECK-NEXT: 1 b true false
// CHECK-NEXT: true true false true
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: false 31
// CHECK-NEXT: true false 2
// CHECK-NEXT: 3 true
// CHECK-NEXT: range 1
// CHECK-NEXT: range 2
// CHECK-NEXT: select b 30 true
// CHECK-NOT: {{.}}
