// A negative shift count panics at run time (Go 1.19).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

var n = -1

func main() {
	println(1 << 3 >> 1)
	println(5 << n)
}

// CHECK: 4
// CHECK-NEXT: panic: runtime error: negative shift amount
// CHECK: exit status 2
