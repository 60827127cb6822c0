// recover returns nil unless the deferred call itself calls it, at every
// optimisation level: not in a closure the deferred function calls (also
// one invoked where it is written), nor in a function it calls; a package
// function deferred as a function value is called by the deferred call
// and recovers. Nothing may turn those calls into jumps or inline them
// into the deferred call (CodeGen.cpp: disable-tail-calls, noinline).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O1 -o %t.O1 %s
// RUN: %run %t.O1 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 2>&1 | FileCheck %s
package main

func helper() {
	println("helper:", recover() != nil)
}

func direct() {
	println("direct:", recover() != nil)
}

// Calls made by the deferred literals: none of them recovers.
func viaClosure() {
	defer func() {
		g := func() {
			println("closure in deferred:", recover() != nil)
		}
		g()
	}()
	defer func() {
		func() {
			println("immediate in deferred:", recover() != nil)
		}()
	}()
	defer func() {
		helper()
	}()
	panic("one")
}

// A package function deferred as a value recovers: defer calls it.
func viaValue() {
	fv := direct
	defer fv()
	panic("two")
}

// A deferred function value whose body calls a recovering closure.
func viaValueNested() {
	h := func() {
		func() {
			println("nested in value:", recover() != nil)
		}()
	}
	defer func() {
		println("outer:", recover() != nil)
	}()
	defer h()
	panic("three")
}

func main() {
	defer func() {
		println("main:", recover() != nil)
	}()
	func() {
		defer func() { println("viaClosure done:", recover() != nil) }()
		viaClosure()
	}()
	viaValue()
	viaValueNested()
	println("end")
}

// CHECK: helper: false
// CHECK-NEXT: immediate in deferred: false
// CHECK-NEXT: closure in deferred: false
// CHECK-NEXT: viaClosure done: true
// CHECK-NEXT: direct: true
// CHECK-NEXT: nested in value: false
// CHECK-NEXT: outer: true
// CHECK-NEXT: end
// CHECK-NEXT: main: false
