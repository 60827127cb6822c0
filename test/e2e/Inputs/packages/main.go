package main

import (
	"pkgs/a"
	"pkgs/base"
	"pkgs/shapes"
	suba "pkgs/sub/a"
)

// Circle satisfies shapes.Shape from this package.
type Circle struct{ R int }

func (c Circle) Area() int     { return 3 * c.R * c.R }
func (c Circle) Name() string { return "circle" }

func init() { println("main: init", base.Factor) }

func main() {
	r := shapes.NewRect(2, 3)
	println(r.Name(), r.Area(), r.W, r.H)
	r.Grow()
	println(r.W, r.Area())
	sq := shapes.NewSquare(4)
	println(sq.Name(), sq.Area(), shapes.Sides, shapes.Count)
	println(shapes.Total(r, &sq, Circle{1}))
	var s shapes.Shape = Circle{2}
	println(s.Name(), s.Area())
	println(shapes.Apply(base.Scale, 21), shapes.Apply(double, 5))
	f := base.Scale
	println(f(3))
	p := &base.Factor
	*p = 3
	println(base.Scale(3))
	var x, y interface{} = a.T{1}, suba.T{"s"}
	_, isA := y.(a.T)
	println(x.(a.T).Who(), y.(suba.T).Who(), isA)
	other()
}
