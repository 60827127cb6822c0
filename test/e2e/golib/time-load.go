// Timers under load, run at GOMAXPROCS=1 and 2: while four goroutines
// spin (preempted to let the timer goroutine run), 100 sleepers of
// distinct durations each sleep at least as long as asked, a select with
// time.After times out, a stopped timer never fires and a reset one fires
// once, a ticker ticks, and 50 AfterFuncs all run.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 %run %t > %t.1.out 2>&1
// RUN: FileCheck %s < %t.1.out
// RUN: env GOMAXPROCS=2 %run %t > %t.2.out 2>&1
// RUN: FileCheck %s < %t.2.out
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var sink int

func spin(stop chan bool) {
	x := 0
	for {
		select {
		case <-stop:
			return
		default:
		}
		for j := 0; j < 10000; j++ {
			x += j
		}
		sink = x
	}
}

func main() {
	stop := make(chan bool)
	for i := 0; i < 4; i++ {
		go spin(stop)
	}

	var wg sync.WaitGroup
	var early, woke int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := time.Duration(i%10+1) * time.Millisecond
			start := time.Now()
			time.Sleep(d)
			if time.Since(start) < d {
				atomic.AddInt32(&early, 1)
			}
			atomic.AddInt32(&woke, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("sleepers woke:", woke, "early:", early)

	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	select {
	case <-t.C:
		fmt.Println("fired twice")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("fired once")
	}

	tk := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 5; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticks: 5")

	var ran int32
	var fw sync.WaitGroup
	fw.Add(50)
	for i := 0; i < 50; i++ {
		time.AfterFunc(time.Duration(i%7)*time.Millisecond, func() {
			atomic.AddInt32(&ran, 1)
			fw.Done()
		})
	}
	fw.Wait()
	fmt.Println("afterfuncs:", atomic.LoadInt32(&ran))
	close(stop)
}

// CHECK: sleepers woke: 100 early: 0
// CHECK-NEXT: timeout
// CHECK-NEXT: stop: true false
// CHECK-NEXT: fired once
// CHECK-NEXT: ticks: 5
// CHECK-NEXT: afterfuncs: 50

// Not under -race: the spinners' stores to sink race, by design (Go's
// race detector reports them too).
// UNSUPPORTED: race-suite
