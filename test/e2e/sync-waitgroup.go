// sync.WaitGroup: Wait on a zero counter, Add(100) with 100 goroutines
// calling Done, several goroutines waiting on one WaitGroup, Done through
// defer and through a method value, reuse after Wait, and a negative
// counter's panic (a string value, recoverable; unrecovered, exit 2).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	// Wait on a zero counter returns at once.
	wg.Wait()
	println("zero counter: Wait returned")

	results := make(chan int, 100)
	wg.Add(100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			results <- i
			wg.Done()
		}(i)
	}
	wg.Wait()
	println("after Wait:", len(results), "results")
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	println("sum", sum)

	// Several waiters are all released; the WaitGroup is reused.
	var gate sync.WaitGroup
	gate.Add(1)
	released := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			gate.Wait()
			released <- i
		}(i)
	}
	runtime.Gosched()
	gate.Done()
	n := 0
	for i := 0; i < 3; i++ {
		n += <-released
	}
	println("waiters released:", n)

	// Done through defer and through a method value.
	done := wg.Done
	wg.Add(2)
	go func() {
		defer wg.Done()
	}()
	go done()
	wg.Wait()
	println("done via defer and method value")

	// A negative counter panics with a string value.
	defer func() {
		println("recovered:", recover().(string))
		wg.Add(-1)
	}()
	wg.Add(-1)
}

// CHECK: zero counter: Wait returned
// CHECK-NEXT: after Wait: 100 results
// CHECK-NEXT: sum 4950
// CHECK-NEXT: waiters released: 3
// CHECK-NEXT: done via defer and method value
// CHECK-NEXT: recovered: sync: negative WaitGroup counter
// CHECK-NEXT: panic: sync: negative WaitGroup counter [recovered]
// CHECK-NEXT: {{^}}	panic: sync: negative WaitGroup counter
// CHECK: exit status 2
