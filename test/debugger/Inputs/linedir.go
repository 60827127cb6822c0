package main

func add(a, b int) int {
	return a + b
}

//line gen.go:100
func twice(x int) int {
	y := add(x, x)
	return y
}

func main() {
	/*line other.go:7:3*/ println(twice(21))
	println(add(1, 2))
}
