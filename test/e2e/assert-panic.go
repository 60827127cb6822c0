// A failed type assertion is a run-time error Go panics with (recoverable);
// the message names both types. Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

func main() {
	defer func() {
		r := recover()
		println("recovered:", r != nil)
		var x interface{} = "s"
		_ = x.(int)
	}()
	var y interface{}
	_ = y.(int)
}

// CHECK: recovered: true
// CHECK-NEXT: panic: interface conversion: interface {} is nil, not int [recovered]
// CHECK-NEXT: {{^}}	panic: interface conversion: interface {} is string, not int
// CHECK: exit status 2
