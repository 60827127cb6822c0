// Methods promoted through embedded fields: value and pointer methods of
// an embedded struct called on the outer value (auto-& of the embedded
// field), through an embedded pointer (a nil one panics), method values
// of promoted methods, methods on struct receivers (a copy: the callee's
// changes stay its own), method expressions of struct types, and
// sync.Mutex embedded in a struct guarding a counter.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "sync"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) Moved(d int) Point { p.X += d; return p }

type Named struct {
	Point
	Name string
}

type Counter struct {
	sync.Mutex
	n int
}

func (c *Counter) Inc() { c.Lock(); c.n++; c.Unlock() }

type Outer struct {
	*Named
	tag int
}

type Grid struct{ a, b, c Point }

func (g Grid) Total() (t int) {
	{
		t = g.a.Sum() + g.b.Sum() + g.c.Sum()
	}
	return
}

func main() {
	n := Named{Point{1, 2}, "a"}
	println(n.Sum())
	n.Scale(3)
	println(n.X, n.Y, n.Sum())
	f := n.Sum
	g := n.Scale
	n.X = 100
	println(f(), n.Sum())
	g(2)
	println(n.X, n.Y)
	m := n.Moved(5)
	println(m.X, n.X)
	o := Outer{&n, 1}
	o.Scale(2)
	println(n.X, o.Sum(), o.Name)
	h := Point.Sum
	println(h(Point{4, 5}))
	k := (*Point).Scale
	p := &Point{1, 1}
	k(p, 7)
	println(p.X, p.Y)
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { c.Inc(); wg.Done() }()
	}
	wg.Wait()
	println(c.n)
	var gr Grid
	gr.b = Point{3, 4}
	println(gr.Total())
	pv := Point{2, 3}.Sum
	println(pv())
	var on Outer
	defer func() { println("recovered:", recover() != nil) }()
	println(on.Sum())
}
// CHECK: 3{{$}}
// CHECK-NEXT: 3 6 9{{$}}
// CHECK-NEXT: 9 106{{$}}
// CHECK-NEXT: 200 12{{$}}
// CHECK-NEXT: 205 200{{$}}
// CHECK-NEXT: 400 424 a{{$}}
// CHECK-NEXT: 9{{$}}
// CHECK-NEXT: 7 7{{$}}
// CHECK-NEXT: 10{{$}}
// CHECK-NEXT: 7{{$}}
// CHECK-NEXT: 5{{$}}
// CHECK-NEXT: recovered: true{{$}}
