// Package lib has unexported members and a function without a body.
package lib

type T struct {
	X int
	y int
}

func (T) M() {}
func (T) m() {}

func F() int { return f() }
func f() int { return 1 }

// Add is implemented outside Go (docs/ABI.md, "Bodyless functions").
func Add(x, y int) int

// I has an unexported method: only lib's types implement it.
type I interface{ m() }

// Impl implements I.
type Impl struct{}

func (Impl) m() {}
