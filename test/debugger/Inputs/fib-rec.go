package main

// The argument comes from a package variable, which main.init sets, so the
// optimizer cannot fold the calls away.
var arg = 10

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	x := fib(arg)
	println(x)
}
