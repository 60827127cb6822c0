// Comparing two interface values whose dynamic type has no == (a func
// type) is a run-time error, recoverable like any other; values of
// different dynamic types are unequal without looking at them
// (runtime/type.cpp, efaceeq).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s
package main

func f(a int) string { return "" }

func g() {}

func check(x, y interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	println(x == y)
}

func main() {
	var nilfn func()
	check(1, f)
	check(f, nil)
	check(nilfn, f)
	check(nil, nil)
	check(f, f)
	check(nilfn, nilfn)
	var x, y interface{} = g, g
	println(x != y)
	println("not reached")
}

// CHECK: false
// CHECK-NEXT: false
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: recovered
// CHECK-NEXT: recovered
// CHECK-NEXT: panic: runtime error: comparing uncomparable type func()
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: not reached
// CHECK: exit status 2
