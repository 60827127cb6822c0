package main

import "errs/noescbad"

func main() {
	var x int
	noescbad.F(&x)
	println(x)
}
