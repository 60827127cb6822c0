package main

import "errs/lib"

func main() {
	var t lib.T
	_ = t.y
	t.m()
	_ = lib.f()
	_ = lib.T{X: 1, y: 2}
	_ = lib.T{1, 2}
	_ = lib.F() + lib.Add(1, 2) + t.X
	t.M()
}
