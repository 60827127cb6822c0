// `defer runtime.Goexit()` in main: main returns, its deferred calls run
// (Goexit runs those still pending), and main's goroutine ends instead of
// exiting the program: the other goroutine finishes, then Go's fatal error
// "no goroutines (main called runtime.Goexit)", exit status 2. Expected
// output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2).
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

var done = make(chan bool)

func main() {
	go func() {
		<-done
		println("goroutine: main's deferred calls ran")
	}()
	defer close(done)
	defer println("deferred before Goexit's")
	defer runtime.Goexit()
	defer println("deferred after Goexit's")
	println("main returns")
}

// CHECK: main returns
// CHECK-NEXT: deferred after Goexit's
// CHECK-NEXT: deferred before Goexit's
// CHECK-NEXT: goroutine: main's deferred calls ran
// CHECK-NEXT: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// CHECK-NEXT: exit status 2
// CHECK-NOT: {{.}}
