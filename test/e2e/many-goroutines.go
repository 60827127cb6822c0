// 100,000 goroutines alive at once, each parked on a channel, then all
// released. 32-bit targets start 10,000: under qemu-user (and on kernels
// before 6.13) each segment's guard page is an mprotect that splits a
// mapping, and vm.max_map_count (65530 by default) leaves room for about
// 24,000 (stack.cpp; test/runtime/stack-guard-maps.c tests the limit).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: timeout 250 %run %t 2>&1 | FileCheck %s
package main

import "runtime"

func main() {
	n := 100000
	if ^uint(0) == 1<<32-1 {
		n = 10000
	}
	start := make(chan bool)
	done := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-start
			done <- i
		}(i)
	}
	println("alive:", runtime.NumGoroutine() > n)
	close(start)
	var sum int64
	for i := 0; i < n; i++ {
		sum += int64(<-done)
	}
	println("sum right:", sum == int64(n)*int64(n-1)/2)
}

// CHECK: alive: true
// CHECK-NEXT: sum right: true
