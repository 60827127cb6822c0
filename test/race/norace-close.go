// No race: closing a channel happens before a receive that returns
// because the channel is closed. The producer's last writes come after
// its last send, so only the close orders them before main's reads: once
// through v, ok := <-c and once through a range loop ending.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var total, last int

func produce(c chan int, n int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
	total = n * (n + 1) / 2
	last = n
	close(c)
}

func main() {
	runtime.GOMAXPROCS(4)
	c := make(chan int, 2)
	go produce(c, 5)
	for {
		_, ok := <-c
		if !ok {
			break
		}
	}
	println("total", total, "last", last)
	d := make(chan int)
	go produce(d, 3)
	n := 0
	for range d {
		n++
	}
	println("received", n, "total", total, "last", last)
}

// CHECK-NOT: WARNING
// CHECK: total 15 last 5
// CHECK-NEXT: received 3 total 6 last 3
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
