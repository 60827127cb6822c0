package main

import "errs/lib"

type J interface {
	lib.I
	N()
}

type Mine struct{}

func (Mine) m() {}
func (Mine) N() {}

func main() {
	var i lib.I = lib.Impl{}
	var j J = Mine{}
	_, _ = i, j
}
