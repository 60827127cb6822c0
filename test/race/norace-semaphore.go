// No race: a buffered channel as a counting semaphore of three tokens.
// Each token is the index of a slot; a worker holding it updates that
// slot and sends it back. The send that returns a token happens before
// the receive that takes it next completes, so each slot's updates are
// ordered though three workers run at once.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(4)
	var slots [3]int
	sem := make(chan int, 3)
	for i := 0; i < 3; i++ {
		sem <- i
	}
	done := make(chan bool)
	for w := 0; w < 8; w++ {
		go func(w int) {
			for i := 0; i < 100; i++ {
				s := <-sem
				slots[s] += w
				sem <- s
			}
			done <- true
		}(w)
	}
	for w := 0; w < 8; w++ {
		<-done
	}
	println("sum", slots[0]+slots[1]+slots[2])
}

// CHECK-NOT: WARNING
// CHECK: sum 2800
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
