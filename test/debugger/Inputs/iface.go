package main

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

//go:noinline
func use(s Shape, e interface{}) int { return s.Area() }

func main() {
	println(use(Sq(3), 1))
}
