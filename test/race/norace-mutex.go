// No race: four goroutines add to a counter, each increment under one
// sync.Mutex (Unlock happens before the next Lock returns), a deferred
// Unlock included; main reads the counter after joining them by channel.
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
	mu      sync.Mutex
	counter int
)

func addDeferred() {
	mu.Lock()
	defer mu.Unlock()
	counter++
}

func main() {
	runtime.GOMAXPROCS(4)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 500; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
				addDeferred()
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	println("counter", counter)
}

// CHECK-NOT: WARNING
// CHECK: counter 4000
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
