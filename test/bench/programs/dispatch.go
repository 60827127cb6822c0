// Dynamic dispatch: a slice of 1,000 shapes of four dynamic types (two
// with value receivers, two with pointer receivers, one of them promoted
// from an embedded struct) in a pseudo-random order, and 200,000 passes
// calling two interface methods on each through the itab. Integer
// arithmetic only. The checksum: the sums of areas and perimeters.
package main

const (
	shapes = 1000
	passes = 200000
)

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Perimeter() int { return 2 * (r.w + r.h) }

type Square struct{ s int }

func (q Square) Area() int      { return q.s * q.s }
func (q Square) Perimeter() int { return 4 * q.s }

type Tri struct{ a, b, c, h int }

func (t *Tri) Area() int      { return t.a * t.h / 2 }
func (t *Tri) Perimeter() int { return t.a + t.b + t.c }

type Named struct{ name string }

// Labelled gets Area and Perimeter from its embedded *Tri.
type Labelled struct {
	*Tri
	Named
}

// rng is a 64-bit linear congruential generator; next returns its high
// 32 bits.
type rng struct{ state uint64 }

func (r *rng) next() uint32 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return uint32(r.state >> 32)
}

func main() {
	r := &rng{state: 2011}
	s := make([]Shape, shapes)
	for i := range s {
		x := int(r.next()%50) + 1
		switch r.next() % 4 {
		case 0:
			s[i] = Rect{x, x + 3}
		case 1:
			s[i] = Square{x}
		case 2:
			s[i] = &Tri{x, x + 1, x + 2, x / 2}
		default:
			s[i] = Labelled{&Tri{x, x, x, x}, Named{"t"}}
		}
	}
	area, perim := 0, 0
	for p := 0; p < passes; p++ {
		for _, sh := range s {
			area += sh.Area()
			perim += sh.Perimeter() ^ p
		}
	}
	println("checksum", area, perim)
}
