// Recursive Fibonacci: calls and integer arithmetic, nothing else.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("checksum", fib(35))
}
