// No race: sync/atomic's operations synchronise (Go 1.19's memory model:
// they are sequentially consistent). Goroutines count with AddInt64 and
// atomic.Int32's Add; a writer publishes data with StoreInt32 and a
// reader that sees the flag by LoadInt32 then reads data plainly; a
// CompareAndSwapInt32 winner alone writes winner.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

var (
	hits   int64
	typed  atomic.Int32
	flag   int32
	data   [3]int
	claim  int32
	winner int
)

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&hits, 1)
				typed.Add(2)
			}
			if atomic.CompareAndSwapInt32(&claim, 0, 1) {
				winner = g + 1
			}
		}(g)
	}
	done := make(chan int)
	go func() {
		for atomic.LoadInt32(&flag) == 0 {
			runtime.Gosched()
		}
		done <- data[0] + data[1] + data[2]
	}()
	data[0], data[1], data[2] = 1, 2, 3
	atomic.StoreInt32(&flag, 1)
	println("published", <-done)
	wg.Wait()
	println("hits", atomic.LoadInt64(&hits), "typed", typed.Load(), "won", winner > 0)
}

// CHECK-NOT: WARNING
// CHECK: published 6
// CHECK-NEXT: hits 4000 typed 8000 won true
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
