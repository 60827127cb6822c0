// A deferred call that panics while the function returns is recovered by
// an earlier deferred call, which then sets the result; panics raised in
// deferred calls during a panic replace it, and the last one is recovered.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func a() (n int) {
	defer func() {
		println("recovered at exit:", recover().(string))
		n = 7
	}()
	defer func() {
		panic("from a deferred call at return")
	}()
	return 1
}

func b() {
	defer func() {
		println("b's recover:", recover().(string))
	}()
	defer func() {
		defer func() {
			println("inner", recover().(string))
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

func main() {
	println(a())
	b()
	println("end")
}

// CHECK: recovered at exit: from a deferred call at return
// CHECK-NEXT: 7
// CHECK-NEXT: inner second
// CHECK-NEXT: b's recover: third
// CHECK-NEXT: end
// CHECK-NOT: {{.}}
