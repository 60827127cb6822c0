// runtime.Goexit from main while the other goroutine is blocked for good:
// not "no goroutines" but Go's ordinary deadlock, the goroutines (no
// frames yet), exit status 2. Expected output: Go 1.19 (`go run`,
// GOMAXPROCS=1 and 2), up to the goroutine's number and status.
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

import "runtime"

func main() {
	c := make(chan int)
	go func() {
		println("goroutine blocks")
		c <- 1
		<-c
	}()
	<-c
	defer println("main's deferred call")
	runtime.Goexit()
}

// CHECK: goroutine blocks
// CHECK-NEXT: main's deferred call
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [{{.*}}
// CHECK-NOT: no goroutines
// CHECK: exit status 2
