// A recovered run-time error panicked again prints its message twice, the
// first marked [recovered].
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

// Re-panicking with the recovered run-time error prints its message.
var zero int

func main() {
	defer func() {
		panic(recover())
	}()
	println(1 / zero)
}

// CHECK: panic: runtime error: integer divide by zero [recovered]
// CHECK-NEXT: 	panic: runtime error: integer divide by zero
// CHECK: exit status 2
