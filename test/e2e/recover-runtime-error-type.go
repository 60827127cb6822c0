// A recovered run-time error is an error and a runtime.Error (an
// interface with RuntimeError()): comma-ok assertions, a type switch, its
// Error() text, and two equal ones compare equal.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type RE interface{ RuntimeError() }

func try(f func()) {
	defer func() {
		r := recover()
		e, ok := r.(error)
		_, rok := r.(RE)
		println(ok, rok)
		if ok {
			println(e.Error())
		}
		switch v := r.(type) {
		case RE:
			println("runtime error")
		case error:
			println("error", v.Error())
		}
	}()
	f()
}

func main() {
	try(func() {
		var m map[string]int
		m["a"] = 1
	})
	try(func() {
		a := []int{1}
		i := 5
		println(a[i])
	})
	try(func() {
		var p *int
		println(*p)
	})
	var e1, e2 interface{}
	func() { defer func() { e1 = recover() }(); var m map[int]int; m[1] = 1 }()
	func() { defer func() { e2 = recover() }(); var m map[int]int; m[1] = 1 }()
	println(e1 == e2)
}

// CHECK: true true
// CHECK-NEXT: assignment to entry in nil map
// CHECK-NEXT: runtime error
// CHECK-NEXT: true true
// CHECK-NEXT: runtime error: index out of range [5] with length 1
// CHECK-NEXT: runtime error
// CHECK-NEXT: true true
// CHECK-NEXT: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: runtime error
// CHECK-NEXT: true
