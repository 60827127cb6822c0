// Re-panic: a deferred call recovers and panics again; Go prints the chain,
// the first panic marked [recovered], and exits with status 2.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

// A deferred call that recovers and panics again: Go prints the chain,
// the first panic marked [recovered].
func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	panic("first")
}

// CHECK: recovered first
// CHECK-NEXT: panic: first [recovered]
// CHECK-NEXT: 	panic: second
// CHECK: exit status 2
