// No race: a channel of capacity 1 as a lock, acquired by a send and
// released by a receive. Go's rule for buffered channels: the k-th
// receive on a channel of capacity C happens before the (k+C)-th send
// completes, so each release happens before the next acquire.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var counter int

func main() {
	runtime.GOMAXPROCS(4)
	lock := make(chan bool, 1)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 500; i++ {
				lock <- true
				counter++
				<-lock
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
// CHECK: counter 2000
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
