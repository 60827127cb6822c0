// Calling a nil func value that nobody recovers: Go's panic for the fault,
// with its [signal] line (gort tests the value instead of faulting, and
// reports the same), exit 2. (nil-func-then-panic.go: a recovered one
// leaves no [signal] line behind.)
// Expected output: Go 1.19 (`go run`), up to the pc.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

var f func()

func recovered() {
	defer func() { println("recovered:", recover() != nil) }()
	f()
}

func main() {
	recovered()
	println("calling nil")
	f()
	println("not reached")
}

// CHECK: recovered: true
// CHECK-NEXT: calling nil
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: not reached
// CHECK: exit status 2
