// Preemption of goroutines that spin in loops without calls (Go 1.14's
// asynchronous preemption: sysmon signals their thread). At GOMAXPROCS=1
// three spinners would hold the only cpu forever; main and a worker that
// hands it values over a channel must still make progress, and main's
// sleep must end. Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O2 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O2 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"time"
)

func spin() {
	for {
	}
}

func worker(out chan int) {
	for i := 0; i < 5; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	for i := 0; i < 3; i++ {
		go spin()
	}
	runtime.Gosched()
	out := make(chan int)
	go worker(out)
	for v := range out {
		println("got", v)
	}
	time.Sleep(20 * time.Millisecond)
	println("main is done; the spinners are still spinning")
}

// CHECK:      got 0
// CHECK-NEXT: got 1
// CHECK-NEXT: got 4
// CHECK-NEXT: got 9
// CHECK-NEXT: got 16
// CHECK-NEXT: main is done; the spinners are still spinning
// CHECK-NOT: {{.}}
