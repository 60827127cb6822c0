// Deadlock detection with sleeping goroutines (Go 1.19's checkdead): a
// goroutine that sleeps, then sends, wakes main blocked on the channel; main
// blocked with no timer pending (after a sleep: the timer goroutine idle)
// is a deadlock, whose traceback leaves the timer goroutine out; main
// blocked while a goroutine sleeps an hour is no deadlock: it hangs (the
// test stops it after a few seconds). Expected output: Go 1.19 (`go run`),
// up to the goroutine's frames; GOTRACEBACK=system's is gort's (Go 1.0's
// timer goroutine, which Go 1.19 does not have).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s --check-prefix=WAKE
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s --check-prefix=WAKE
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t dead 2>&1 | FileCheck %s --check-prefix=DEAD
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t dead 2>&1 | FileCheck %s --check-prefix=DEAD
// RUN: env GOMAXPROCS=2 %exitcode timeout 3 %run %t hang 2>&1 | FileCheck %s --check-prefix=HANG
// RUN: env GOTRACEBACK=system %exitcode timeout 60 %run %t dead 2>&1 | FileCheck %s --check-prefix=SYSTEM
package main

import (
	"os"
	"time"
)

func sleeper(d time.Duration, c chan int) {
	time.Sleep(d)
	c <- 42
}

func main() {
	c := make(chan int)
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "dead":
		time.Sleep(10 * time.Millisecond)
		println("main blocks, no timer pending")
	case "hang":
		go sleeper(time.Hour, make(chan int))
		time.Sleep(10 * time.Millisecond)
		println("main blocks, a goroutine sleeps an hour")
	default:
		go sleeper(50*time.Millisecond, c)
		println("main blocks, a goroutine sleeps then sends")
	}
	println(<-c)
}

// WAKE: main blocks, a goroutine sleeps then sends
// WAKE-NEXT: 42
// WAKE-NEXT: exit status 0

// DEAD: main blocks, no timer pending
// DEAD-NEXT: fatal error: all goroutines are asleep - deadlock!
// DEAD-EMPTY:
// DEAD-NEXT: goroutine 1 [chan receive]:
// DEAD-NEXT: main.main({{(\.\.\.)?}})
// DEAD-NOT: goroutine
// DEAD: exit status 2

// HANG: main blocks, a goroutine sleeps an hour
// HANG-NEXT: exit status 124

// SYSTEM: fatal error: all goroutines are asleep - deadlock!
// SYSTEM: goroutine 1 [chan receive]:
// SYSTEM: goroutine {{[0-9]+}} [timer goroutine (idle)]:
// SYSTEM-NOT: goroutine
// SYSTEM: runtime.timerproc
// SYSTEM: exit status 2
