// Array and struct values: copies on assignment, passing, returning (also
// several results), channel send and receive, closure capture; == on
// structs and arrays; zero values; keyed and positional literals, [...]T;
// a 1 MiB array inside a struct copied and compared (memcpy / memequal, not
// a million-element SSA value); &x, *p, new(T).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
	return r
}

func pair() (Point, int, Point) {
	return Point{1, 2}, 3, Point{Y: 4}
}

type Big struct {
	a [1 << 20]byte
	n int
}

var big1, big2 Big

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, p.Y, q.X, q.Y)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	println(area(r), r.Name)
	g := grow(r, 1)
	println(area(g), area(r), g.Min.X, g.Max.Y)
	a, n, b := pair()
	println(a.X, a.Y, n, b.X, b.Y)
	println(p == Point{1, 2}, p != q, r == r, g == r)
	var z Rect
	println(z.Min.X, z.Min == Point{}, z == Rect{})
	big1.n = 5
	big2 = big1
	println(big2.n, big1 == big2)
	big2.a = [1 << 20]byte{5: 1}
	println(big1 == big2)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	println(arr == arr2, len(arr))
	ks := [...]string{2: "c", 0: "a"}
	println(len(ks), ks == [3]string{"a", "", "c"})
	pp := &p
	pp.X = 7
	println(p.X, (*pp).Y)
	np := new(Point)
	np.Y = 9
	println(np.X, np.Y, *np == Point{0, 9})
	ch := make(chan Rect, 1)
	ch <- r
	r.Name = "changed"
	r2 := <-ch
	println(r2.Name, r.Name)
	f := func() Point { return q }
	q.Y = 99
	println(f().Y)
}

// CHECK: 1 2 10 2
// CHECK-NEXT: 12 r
// CHECK-NEXT: 30 12 -1 5
// CHECK-NEXT: 1 2 3 0 4
// CHECK-NEXT: true true true false
// CHECK-NEXT: 0 true true
// CHECK-NEXT: 5 true
// CHECK-NEXT: false
// CHECK-NEXT: true 3
// CHECK-NEXT: 3 true
// CHECK-NEXT: 7 2
// CHECK-NEXT: 0 9 true
// CHECK-NEXT: r changed
// CHECK-NEXT: 99
// CHECK-NOT: {{.}}
