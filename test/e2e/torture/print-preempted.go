// A print statement is written at once (runtime/print.cpp: printlock
// gathers its operands in the thread's buffer, printunlock writes them),
// even when its goroutine is preempted in the middle of it. Not the
// profiler's: found by the profiling torture tests (a line "9227465"
// without its "busy "). Every line must be whole: printlock holds off
// preemption (m->locks, as Go's printlock), which would resume the
// goroutine on another thread away from its buffer (lines came out torn,
// "busy 62726 54busy 62743 5487").
// REQUIRES: split, native
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t > %t.1 2>&1
// RUN: env GOMAXPROCS=2 timeout 120 %run %t > %t.2 2>&1
// RUN: not grep -vE "^busy [0-9]+ [0-9]+$" %t.1 %t.2
package main

import "time"

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7
	}
	return s
}

func main() {
	go func() {
		for {
			time.Sleep(50 * time.Microsecond)
		}
	}()
	go func() {
		for {
			spin(1000)
		}
	}()
	for i := 0; i < 200000; i++ {
		println("busy", i, spin(i%3000))
	}
}
