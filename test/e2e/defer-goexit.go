// runtime.Goexit runs the deferred calls of every frame of the goroutine,
// innermost first, then ends it; recover returns nil during Goexit.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

import "runtime"

// runtime.Goexit runs the goroutine's deferred calls, innermost frame
// first, then ends the goroutine; recover returns nil in them (Goexit is
// not a panic).
func leaf() {
	defer println("leaf's deferred call")
	runtime.Goexit()
	println("not reached")
}

func worker(done chan bool) {
	defer func() { done <- true }()
	defer func() { println("recover during Goexit is nil:", recover() == nil) }()
	defer println("worker's deferred call")
	leaf()
	println("not reached either")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	println("main continues")
}

// CHECK: leaf's deferred call
// CHECK-NEXT: worker's deferred call
// CHECK-NEXT: recover during Goexit is nil: true
// CHECK-NEXT: main continues
// CHECK-NOT: {{.}}
