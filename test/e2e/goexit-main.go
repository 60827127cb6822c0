// runtime.Goexit from the main goroutine: main's deferred calls run, the
// program goes on until every other goroutine has finished (the last one
// sleeps first), then Go's fatal error "no goroutines (main called
// runtime.Goexit)" and exit status 2 (the seed exited 0). Expected output:
// Go 1.19 (`go run`, GOMAXPROCS=1 and 2).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t.O0 > %t.1.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O0.out
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t.O0 > %t.2.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O0.out
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t.O2 > %t.1.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O2.out
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t.O2 > %t.2.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O2.out
package main

import (
	"runtime"
	"time"
)

func worker(id int, in chan int, out chan int) {
	for v := range in {
		out <- v + id
	}
	close(out)
}

func main() {
	start := make(chan bool)
	a, b := make(chan int), make(chan int)
	go worker(1, a, b)
	// The last goroutine to finish sleeps first: main's Goexit must wait
	// for it too.
	go func() {
		<-start
		for i := 0; i < 3; i++ {
			a <- i * 10
		}
		close(a)
	}()
	go func() {
		for v := range b {
			println("got", v)
		}
		time.Sleep(20 * time.Millisecond)
		println("last goroutine done")
	}()
	defer close(start)
	defer println("main's deferred call")
	runtime.Goexit()
	println("not reached")
}

// CHECK: main's deferred call
// CHECK-NEXT: got 1
// CHECK-NEXT: got 11
// CHECK-NEXT: got 21
// CHECK-NEXT: last goroutine done
// CHECK-NEXT: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// CHECK-NEXT: exit status 2
// CHECK-NOT: {{.}}
