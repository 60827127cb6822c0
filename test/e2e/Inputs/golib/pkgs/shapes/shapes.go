// Package shapes has two files, types with exported and unexported
// fields and methods, an interface and a panic.
package shapes

import "pkgs/base"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H  int
	label string
}

func NewRect(w, h int) *Rect { return &Rect{W: w, H: h, label: "rect"} }

func (r Rect) Area() int     { return base.Scale(r.W*r.H) / base.Factor }
func (r *Rect) Name() string { return r.label }
func (r *Rect) grow()        { r.W++ }

// Grow uses the unexported method.
func (r *Rect) Grow() *Rect {
	r.grow()
	return r
}

var Count int

func init() {
	Count = len(registry)
	println("shapes: init", Count)
}
