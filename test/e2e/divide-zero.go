// Integer remainder by zero is a run-time panic.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

var zero int

func main() {
	println("before")
	println(10 % zero)
}

// CHECK: before
// CHECK-NEXT: panic: runtime error: integer divide by zero
// CHECK: exit status 2
