package main

import "errs/lib"

func main() {
	var t lib.T
	t.M()
	println(lib.Add(1, 2), lib.F(), t.X)
}
