// A deadlock during package initialisation: init blocks on a send nobody
// will receive after the goroutine it started has taken one value. Go's
// fatal error, the goroutines (no frames yet), exit status 2; main never
// runs. Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2), up to the
// goroutine's status.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t.O0 > %t.1.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O0.out
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t.O0 > %t.2.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O0.out
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t.O2 > %t.1.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O2.out
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t.O2 > %t.2.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O2.out
package main

var c = make(chan int)

func init() {
	go func() {
		<-c
	}()
	println("init blocks")
	c <- 1
	c <- 2
	println("not reached")
}

func main() {
	println("main not reached")
}

// CHECK: init blocks
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [{{.*}}
// CHECK-NOT: reached
// CHECK: exit status 2
