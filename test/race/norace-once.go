// No race: sync.Once. Every goroutine calls once.Do(setup); setup's
// writes happen before any Do returns, so all read config plainly.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"sync"
)

var (
	once   sync.Once
	config map[string]int
	calls  int
)

func setup() {
	calls++
	config = map[string]int{"workers": 4, "depth": 7}
}

func main() {
	runtime.GOMAXPROCS(4)
	out := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			once.Do(setup)
			out <- config["workers"] * config["depth"]
		}()
	}
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-out
	}
	println("sum", sum, "calls", calls)
}

// CHECK-NOT: WARNING
// CHECK: sum 112 calls 1
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
