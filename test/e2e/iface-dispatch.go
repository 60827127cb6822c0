// Non-empty interfaces: dynamic dispatch over a slice of mixed dynamic
// types (value and pointer receivers, small values in the data word, big
// ones boxed, methods promoted through embedded structs, pointers and an
// embedded interface), interface embedding, conversions between interface
// types and to interface{}, method values and expressions of interface
// methods (also one promoted from an embedded interface), struct results
// through an itab, comparisons (nil, itab and
// value, concrete operands) and interface map keys. Expected output:
// Go 1.19 (`go run`).
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type Shape interface {
	Area() int
	Name() string
}

// Named interfaces embedding others; Stringer's method set is a subset.
type Stringer interface{ String() string }
type Named interface {
	Stringer
	Name() string
}

type Rect struct{ W, H int }
type Circle struct{ R int }
type Sq int8
type Label string

func (r Rect) Area() int        { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() int     { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Sq) Area() int          { return int(s) * int(s) }
func (s Sq) Name() string       { return "sq" }
func (s Sq) String() string     { return "Sq!" }
func (l Label) Area() int       { return len(l) }
func (l Label) Name() string    { return string(l) }
func (l Label) String() string  { return "<" + string(l) + ">" }

// Promoted methods: Box embeds Rect (value methods) and *Circle.
type Box struct {
	Rect
	tag string
}
type Ring struct {
	*Circle
}

// A struct embedding an interface gets its methods.
type Wrapped struct {
	Shape
}

// Big results and big receivers go through memory.
type Big struct{ A, B, C, D int }

func (b Big) Area() int    { return b.A + b.B + b.C + b.D }
func (b Big) Name() string { return "big" }

type Pair interface{ Both(n int) (Big, string) }

func (b Big) Both(n int) (Big, string) { return Big{b.A * n, b.B * n, b.C, b.D}, "both" }

func total(ss []Shape) int {
	t := 0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

func main() {
	c := &Circle{2}
	shapes := []Shape{Rect{2, 3}, c, Sq(4), Label("hello"), Box{Rect{1, 5}, "b"},
		Ring{&Circle{1}}, Wrapped{Sq(3)}, Big{1, 2, 3, 4}}
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	println("total", total(shapes))
	c.R = 3 // the interface holds the pointer
	println(shapes[1].Area())

	// Conversions between interface types and to interface{}.
	var n Named = Label("x")
	var st Stringer = n
	println(st.String(), n.Name())
	var e interface{} = n
	println(e.(Label) == "x")
	var s2 Shape = Sq(2)
	st = s2.(Stringer)
	println(st.String())

	// Method values and expressions of interface methods.
	f := shapes[0].Name
	g := Shape.Area
	h := Stringer.String
	println(f(), g(shapes[2]), h(Label("y")))
	var p Pair = Big{1, 2, 3, 4}
	b, w := p.Both(10)
	println(b.A, b.B, b.C, w)

	// Comparisons: with nil, with each other, with concrete values.
	var none Shape
	println(none == nil, shapes[0] != nil)
	println(shapes[0] == Shape(Rect{2, 3}), shapes[2] == Sq(4), shapes[2] == Sq(5))
	println(shapes[1] == Shape(c), shapes[1] == Shape(&Circle{3}))
	println(e == Label("x"), e == n)

	// Interface values as map keys.
	m := map[Shape]int{}
	m[Sq(1)] = 5
	m[Rect{1, 1}] = 6
	m[Sq(1)]++
	m[c] = 7
	println(m[Sq(1)], m[Rect{1, 1}], m[c], m[Sq(2)], len(m))

	// A method expression of a method promoted from an embedded interface.
	wa := Wrapped.Area
	println(wa(Wrapped{Sq(5)}))

	// print of interface values: (tab,data) pairs; nil is (0x0,0x0).
	println(none)
}

// CHECK: rect 6
// CHECK-NEXT: circle 12
// CHECK-NEXT: sq 16
// CHECK-NEXT: hello 5
// CHECK-NEXT: rect 5
// CHECK-NEXT: circle 3
// CHECK-NEXT: sq 9
// CHECK-NEXT: big 10
// CHECK-NEXT: total 66
// CHECK-NEXT: 27
// CHECK-NEXT: <x> x
// CHECK-NEXT: true
// CHECK-NEXT: Sq!
// CHECK-NEXT: rect 16 <y>
// CHECK-NEXT: 10 20 3 both
// CHECK-NEXT: true true
// CHECK-NEXT: true true false
// CHECK-NEXT: true false
// CHECK-NEXT: true true
// CHECK-NEXT: 6 6 7 0 3
// CHECK-NEXT: 25
// CHECK-NEXT: (0x0,0x0)
