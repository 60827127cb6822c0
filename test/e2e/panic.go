// panic with a constant: Go's message on stderr, exit status 2.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

func main() {
	println("before")
	panic("boom")
}

// CHECK: before
// CHECK-NEXT: panic: boom
// CHECK: exit status 2
