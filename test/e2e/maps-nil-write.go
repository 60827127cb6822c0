// Writing to a nil map panics (reading, len, delete and range do not).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

var m map[string]int

func main() {
	delete(m, "a")
	println("read", m["a"], len(m))
	m["a"] = 1
	println("not reached")
}

// CHECK: read 0 0
// CHECK-NEXT: panic: assignment to entry in nil map
// CHECK-NOT: not reached
// CHECK: exit status 2
