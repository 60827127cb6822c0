// 100,000 goroutines alive at once, each parked on a channel, then all
// released: more segments than the guard pages made by mprotect cover
// (stack.cpp's MaxSplitGuards, under qemu-user and on kernels before 6.13),
// so the rest go unguarded instead of exhausting vm.max_map_count.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: timeout 250 %run %t 2>&1 | FileCheck %s
package main

import "runtime"

const N = 100000

func main() {
	start := make(chan bool)
	done := make(chan int, 100)
	for i := 0; i < N; i++ {
		go func(i int) {
			<-start
			done <- i
		}(i)
	}
	println("alive:", runtime.NumGoroutine() > N)
	close(start)
	var sum int64
	for i := 0; i < N; i++ {
		sum += int64(<-done)
	}
	println("sum:", sum)
}

// CHECK: alive: true
// CHECK-NEXT: sum: 4999950000
