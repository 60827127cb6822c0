// Run-time errors of interfaces: error values (nil and not) with their
// method and an assertion to the concrete error type, the panic of ==
// on interfaces holding an uncomparable type (recovered), then a failed
// assertion to a concrete type from a non-empty interface, which exits
// with Go's words. Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %exitcode %run %t2 2>&1 | FileCheck %s
package main

type I interface{ M() }
type T []int
type U int

func (T) M() {}
func (U) M() {}

type E struct{ code int }

func (e *E) Error() string { return "failed" }

func check(n int) error {
	if n > 0 {
		return &E{n}
	}
	return nil
}

func main() {
	defer func() {
		r := recover()
		println("recovered:", r != nil)
		var i I = U(1)
		// An assertion to a concrete type that fails panics.
		_ = i.(T)
	}()
	err := check(0)
	println(err == nil)
	err = check(2)
	println(err.Error(), err.(*E).code)
	// Comparing interfaces holding an uncomparable type panics.
	var x, y I = T{1}, T{1}
	println(x == y)
}

// CHECK: true
// CHECK-NEXT: failed 2
// CHECK-NEXT: recovered: true
// CHECK-NEXT: panic: runtime error: comparing uncomparable type main.T [recovered]
// CHECK-NEXT: {{^}}	panic: interface conversion: main.I is main.U, not main.T
// CHECK: exit status 2
