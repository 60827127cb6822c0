// main blocks on a channel nobody sends on: Go's fatal error, one blank
// line, then the goroutines (their frames are not printed yet), exit 2.
// Expected output: Go 1.19 (`go run`), up to the goroutine's status.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode timeout 60 %run %t 2>&1 | FileCheck %s
package main

func main() {
	c := make(chan int)
	println("main blocks")
	<-c
	println("not reached")
}

// CHECK: main blocks
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [
// CHECK-NOT: not reached
// CHECK: exit status 2
