// Method expressions of promoted methods: Named.Sum, (*Named).Scale and
// (*Named).Sum through an embedded struct, Outer.Scale and Outer.Sum
// through an embedded pointer (gc's wrapper methods main.Outer.Sum, ...),
// and a nil embedded pointer's panic, recovered.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Point struct{ X, Y int }

func (p Point) Sum() int     { return p.X + p.Y }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

type Named struct {
	Name string
	Point
}

type Outer struct {
	tag int
	*Named
}

func main() {
	n := Named{"a", Point{1, 2}}
	f := Named.Sum
	println(f(n))
	g := (*Named).Scale
	g(&n, 3)
	println(n.X, n.Y)
	h := (*Named).Sum
	println(h(&n))
	o := Outer{1, &n}
	k := Outer.Scale
	k(o, 2)
	println(n.X, Outer.Sum(o), (*Outer).Sum(&o))
	defer func() { println("recovered:", recover() != nil) }()
	var bad Outer
	println(Outer.Sum(bad))
}
// CHECK: 3{{$}}
// CHECK-NEXT: 3 6{{$}}
// CHECK-NEXT: 9{{$}}
// CHECK-NEXT: 6 18 18{{$}}
// CHECK-NEXT: recovered: true{{$}}
