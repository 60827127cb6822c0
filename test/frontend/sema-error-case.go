// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Switch cases that do not match the tag: an untyped case is converted to
// the tag's type first (cannot convert, overflows), a typed one compared
// (mismatched types); a switch without tag compares with true.
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	var i int
	var s string
	c := make(chan int)
	switch {
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: invalid case i in switch on true (mismatched types int and bool)
	case i:
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: cannot convert "a" (untyped string constant) to bool
	case "a":
	}
	switch i {
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: invalid case s in switch on i (mismatched types string and int)
	case s:
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: cannot convert nil to int
	case nil:
	}
	switch c {
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: cannot convert 1 (untyped int constant) to chan int
	case 1:
	}
	var i8 int8
	switch i8 {
	// CHECK: sema-error-case.go:[[@LINE+1]]:7: error: 300 (untyped int constant) overflows int8
	case 300:
	}
}
// CHECK-NOT: error
