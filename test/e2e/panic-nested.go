// Nested panics: a deferred call panics during a panic that nothing
// recovers; both are printed, oldest first, and the remaining deferred calls
// still run.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

// A panic in a deferred call during a panic (nothing recovers): both are
// printed, oldest first; every deferred call still runs.
func main() {
	defer println("last deferred call runs too")
	defer func() {
		panic(2)
	}()
	panic(1)
}

// CHECK: last deferred call runs too
// CHECK-NEXT: panic: 1
// CHECK-NEXT: 	panic: 2
// CHECK: exit status 2
