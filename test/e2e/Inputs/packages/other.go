package main

import "pkgs/shapes"

func double(x int) int { return 2 * x }

func other() {
	defer func() {
		println("recovered:", recover() != nil)
		var i interface{} = shapes.Rect{}
		_ = i.(shapes.Shape)
	}()
	println(shapes.At(5))
}
