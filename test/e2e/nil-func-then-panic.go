// A nil func call recovered, then an unrelated panic: no [signal] line,
// since the recovery forgot the fault (as Go's does).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

func main() {
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		var f func()
		f()
	}()
	panic("later")
}

// CHECK: recovered: true
// CHECK-NEXT: panic: later
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: exit status 2
