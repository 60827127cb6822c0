// Preemption inside deep recursion across stack segments: two goroutines
// recurse 3000 deep with 128-byte arguments (megabytes of segments) while
// a spinner competes for the cpu; preempted at prologues on any segment,
// they resume on another m and return through every segment to the right
// sums. Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2, and with
// GODEBUG=asyncpreemptoff=1).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O2 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O2 2>&1 | FileCheck %s
// Layer 1 alone (no signals): the calls' prologues must do.
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t.O2 2>&1 | FileCheck %s
package main

import "time"

type frame struct {
	a [16]int64
}

func deep(n int, f frame) int64 {
	f.a[n%16] += int64(n)
	if n == 0 {
		var s int64
		for _, v := range f.a {
			s += v
		}
		return s
	}
	return deep(n-1, f) + f.a[(n*7)%16]
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func spin() {
	x := 1
	for x != 0 {
		x = fib(x%18 + 1)
	}
}

func main() {
	go spin()
	done := make(chan int64)
	for g := 0; g < 2; g++ {
		go func(g int) {
			var sum int64
			for i := 0; i < 400; i++ {
				var f frame
				f.a[0] = int64(g)
				sum += deep(3000+i, f)
			}
			done <- sum
		}(g)
	}
	time.Sleep(time.Millisecond)
	a, b := <-done, <-done
	if a > b {
		a, b = b, a
	}
	println("sums", a, b)
}

// CHECK:      sums 276248069800 276248150000
// CHECK-NOT: {{.}}
