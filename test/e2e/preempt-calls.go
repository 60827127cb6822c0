// Preemption of goroutines that spin in loops of calls (Go 1.2's: sysmon
// poisons the stack limit word and the next Go function's prologue yields
// in __morestack), with and without the signals of preempt-spin.go.
// Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2, and with
// GODEBUG=asyncpreemptoff=1).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t.O2 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t.O2 2>&1 | FileCheck %s
// Layer 1 alone (no signals): the calls' prologues must do.
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t.O0 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t.O2 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func spin() {
	x := 1
	for x != 0 {
		x = fib(x%18 + 1)
	}
}

func main() {
	for i := 0; i < 3; i++ {
		go spin()
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		time.Sleep(5 * time.Millisecond)
		println("main woke", i+1)
	}
	println("fib(20) =", fib(20))
}

// CHECK:      main woke 1
// CHECK-NEXT: main woke 2
// CHECK-NEXT: main woke 3
// CHECK-NEXT: fib(20) = 6765
// CHECK-NOT: {{.}}
