// fib(N) the slow way, a CPU-bound program to profile; exits 3 if its
// second argument is exit3.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
	if len(os.Args) > 2 && os.Args[2] == "exit3" {
		os.Exit(3)
	}
}
