// runtime.Breakpoint outside a debugger: the trap is a fatal signal,
// reported in Go 1.19's form (the signal's name, where it came from, which
// m and the kernel's si_code; runtime/signal_linux.cpp), and the program
// exits with status 2.
// Expected output: Go 1.19 (`go run`), which goes on with the goroutines'
// tracebacks and the registers.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

func main() {
	println("before")
	runtime.Breakpoint()
	println("after")
}

// CHECK: before
// CHECK-NEXT: SIGTRAP: trace trap
// CHECK-NEXT: PC=0x{{[0-9a-f]+}} m=0 sigcode={{[0-9]+}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: after
// CHECK: exit status 2
