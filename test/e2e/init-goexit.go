// runtime.Goexit in init ends the main goroutine as in main: init's
// deferred call runs, the goroutines init started go on to the end, then
// Go's fatal error "no goroutines (main called runtime.Goexit)" and exit
// status 2; main never runs. Expected output: Go 1.19 (`go run`,
// GOMAXPROCS=1 and 2).
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

func init() {
	start := make(chan bool)
	c := make(chan int)
	go func() {
		for v := range c {
			println("goroutine got", v)
		}
		println("goroutine: done")
	}()
	go func() {
		<-start
		for i := 0; i < 3; i++ {
			c <- i
		}
		close(c)
	}()
	defer func() {
		println("init's deferred call")
		close(start)
	}()
	runtime.Goexit()
	println("not reached")
}

func main() {
	println("main not reached")
}

// CHECK: init's deferred call
// CHECK-NEXT: goroutine got 0
// CHECK-NEXT: goroutine got 1
// CHECK-NEXT: goroutine got 2
// CHECK-NEXT: goroutine: done
// CHECK-NEXT: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// CHECK-NEXT: exit status 2
// CHECK-NOT: {{.}}
