// recover returns nil outside a panic, in a callee of a deferred call, in
// a function called normally, as `defer recover()`, and in a call deferred
// by a function that the deferred call runs.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// recover is only effective when called directly by a deferred function
// that a panic is running.
func helper() interface{} { return recover() }

func callee() {
	defer func() {
		println("callee of a deferred call gets nil:", helper() == nil)
		println("the deferred call itself gets the value:", recover().(int))
	}()
	panic(1)
}

func notDeferred() {
	r := recover()
	println("called, not deferred, gets nil:", r == nil)
}

func normalCall() {
	defer func() {
		notDeferred()
		println("deferred after a normal call:", recover().(int))
	}()
	panic(2)
}

func noPanic() {
	defer func() { println("deferred, but no panic:", recover() == nil) }()
}

// `defer recover()` does not stop a panic: recover is then not called by
// a deferred function.
func deferredRecover() {
	defer func() { println("outer deferred call recovers:", recover().(int)) }()
	defer recover()
	panic(3)
}

// A deferred call run by a function that returns normally during a panic
// is not the panic's deferred call.
func inner() {
	defer func() { println("deferred by a callee of the deferred call:", recover() == nil) }()
}

func nested() {
	defer func() {
		inner()
		println("then recovered:", recover().(int))
	}()
	panic(4)
}

func main() {
	callee()
	notDeferred()
	normalCall()
	noPanic()
	deferredRecover()
	nested()
	println("done")
}

// CHECK: callee of a deferred call gets nil: true
// CHECK-NEXT: the deferred call itself gets the value: 1
// CHECK-NEXT: called, not deferred, gets nil: true
// CHECK-NEXT: called, not deferred, gets nil: true
// CHECK-NEXT: deferred after a normal call: 2
// CHECK-NEXT: deferred, but no panic: true
// CHECK-NEXT: outer deferred call recovers: 3
// CHECK-NEXT: deferred by a callee of the deferred call: true
// CHECK-NEXT: then recovered: 4
// CHECK-NEXT: done
// CHECK-NOT: {{.}}
