// Assertions: a slice of 1,000 Shape values of three dynamic types in a
// pseudo-random order, 200,000 passes asserting each to another interface
// type, x.(Namer) with comma-ok (the itab comes from the runtime's
// cache after the first time: assertI2I2), then to a concrete type
// (x.(Box): one compare of the itab). The checksum: what the
// successful assertions fold in.
package main

const (
	values = 1000
	passes = 200000
)

type Shape interface{ Area() int }

type Namer interface{ Name() string }

type Box struct{ w, h int }

func (b Box) Area() int    { return b.w * b.h }
func (b Box) Name() string { return "box" }

type Dot struct{ r int }

func (d *Dot) Area() int { return 3 * d.r * d.r }

type Ring struct{ r, w int }

func (g *Ring) Area() int    { return g.r * g.w }
func (g *Ring) Name() string { return "ring" }

type rng struct{ state uint64 }

func (r *rng) next() uint32 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return uint32(r.state >> 32)
}

func main() {
	r := &rng{state: 2011}
	shapes := make([]Shape, values)
	for i := range shapes {
		switch r.next() % 3 {
		case 0:
			shapes[i] = Box{i % 10, 3}
		case 1:
			shapes[i] = &Dot{i % 5}
		default:
			shapes[i] = &Ring{i % 7, 2}
		}
	}
	named, boxes := 0, 0
	for p := 0; p < passes; p++ {
		for _, s := range shapes {
			if n, ok := s.(Namer); ok {
				named += len(n.Name())
			}
			if b, ok := s.(Box); ok {
				boxes += b.w
			}
		}
	}
	println("checksum", named, boxes)
}
