// `defer recover()` recovers as if the function that deferred it called
// recover (Go 1.19): in a deferred call that a panic made, when that call
// returns (or when a nested panic ends), but not when the panic runs it
// itself (too early: then it is a no-op), nor in a function called normally.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func show(what string) {
	println(what, recover() != nil)
}

// A deferred closure whose own deferred recover stops the panic.
func inClosure() {
	defer show("inClosure after")
	defer func() {
		defer recover()
	}()
	panic(1)
}

// recover deferred directly: the panic calls it, so it recovers nothing.
func direct() (r interface{}) {
	defer func() { r = recover() }()
	defer recover()
	panic(2)
}

// A nested panic recovered first; the deferred recover then stops the
// outer one as the closure returns.
func sequential() {
	defer show("sequential after")
	defer func() {
		defer recover()
		defer show("inner")
		panic(3)
	}()
	panic(2)
}

// The deferred recover runs while the nested panic is under way, as that
// panic's own deferred call: a no-op.
func swapped() (r interface{}) {
	defer func() { r = recover() }()
	defer func() {
		defer show("inner")
		defer recover()
		panic(3)
	}()
	panic(2)
}

// A function that is not a deferred call: nothing to recover.
func notDeferred() {
	defer recover()
}

func deferNotDeferred() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { notDeferred() }()
	panic(4)
}

type T int

func (t T) method() {
	defer recover()
}

func viaMethod() {
	defer show("viaMethod after")
	var t T
	defer t.method()
	panic(5)
}

func main() {
	inClosure()
	println("direct", direct().(int))
	sequential()
	println("swapped", swapped().(int))
	println("notDeferred", deferNotDeferred().(int))
	viaMethod()
}

// CHECK: inClosure after false
// CHECK-NEXT: direct 2
// CHECK-NEXT: inner true
// CHECK-NEXT: sequential after false
// CHECK-NEXT: inner true
// CHECK-NEXT: swapped 2
// CHECK-NEXT: notDeferred 4
// CHECK-NEXT: viaMethod after false
