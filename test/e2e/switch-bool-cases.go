// Repeated boolean cases are allowed (go/types compares only integer,
// float and string constants for duplicates); the first matching case
// runs. Integer cases of different types under an interface{} tag are
// not duplicates either.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
package main

func main() {
	switch true {
	case true:
		println("first true")
	case true:
		println("second true")
	}
	b := false
	switch b {
	case false, false:
		println("false")
	case true, true:
		println("true")
	}
	switch {
	case b:
		println("b")
	case !b, !b:
		println("not b")
	case true:
		println("last")
	}
	var e interface{} = int8(1)
	switch e {
	case 1:
		println("int 1")
	case int8(1):
		println("int8 1")
	}
}

// CHECK: first true
// CHECK-NEXT: false
// CHECK-NEXT: not b
// CHECK-NEXT: int8 1
// CHECK-NOT: {{.}}
