// A panic in a goroutine other than main that nothing recovers ends the
// program with status 2, after that goroutine's deferred calls.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

// A panic that nothing recovers in a goroutine other than main ends the
// whole program with status 2, after that goroutine's deferred calls.
func worker() {
	defer println("worker's deferred call")
	panic("in a goroutine")
}

func main() {
	defer println("main's deferred calls do not run")
	go worker()
	select {}
}

// CHECK: worker's deferred call
// CHECK-NEXT: panic: in a goroutine
// CHECK: exit status 2
