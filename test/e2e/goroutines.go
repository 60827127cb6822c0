// go with a package function and with a closure; a thousand goroutines;\ndeep recursion on a goroutine's segmented stack.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

import "runtime"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func work(id int, n int, out chan int) {
	out <- id*1000 + fib(n)
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func main() {
	out := make(chan int)
	for i := 0; i < 10; i++ {
		go work(i, 15+i, out)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-out
	}
	println("sum", sum)
	// Many goroutines, each blocked on its own channel.
	const N = 1000
	done := make(chan int)
	for i := 0; i < N; i++ {
		go func(i int) {
			runtime.Gosched()
			done <- i
		}(i)
	}
	total := 0
	for i := 0; i < N; i++ {
		total += <-done
	}
	println("total", total)
	// Deep recursion grows the goroutine's stack segment by segment.
	go func() { out <- deep(100000) }()
	println("deep", <-out)
}

// CHECK: sum 165406
// CHECK-NEXT: total 499500
// CHECK-NEXT: deep 100000
// CHECK-NOT: {{.}}

