// runtime.Error, the interface of run-time panics' values (an error with
// RuntimeError()): a recovered run-time error asserts to it, a panic with
// another value does not; its method set has error's. runtime.MemProfileRate
// is a variable a program may read and set (0 at first: Go 1.19's
// when nothing reads a memory profile).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "runtime"

func check(name string, f func()) {
	defer func() {
		v := recover()
		re, ok := v.(runtime.Error)
		if !ok {
			println(name, "not a runtime.Error")
			return
		}
		var e error = re
		re.RuntimeError()
		println(name, re.Error(), e.Error() == re.Error())
	}()
	f()
}

func main() {
	var x int
	var p *[10]int
	var sl []int
	i := 7
	var inter interface{} = 1
	check("div", func() { println(1 / x) })
	check("nil", func() { println(p[0]) })
	check("bounds", func() { println(sl[i]) })
	check("assert", func() { println(inter.(string)) })
	check("value", func() { panic("boom") })
	var r runtime.Error
	println(r == nil)
	println(runtime.MemProfileRate)
	runtime.MemProfileRate = 4096
	println(runtime.MemProfileRate)
}

// CHECK: div runtime error: integer divide by zero true
// CHECK-NEXT: nil runtime error: invalid memory address or nil pointer dereference true
// CHECK-NEXT: bounds runtime error: index out of range [7] with length 0 true
// CHECK-NEXT: assert interface conversion: interface {} is int, not string true
// CHECK-NEXT: value not a runtime.Error
// CHECK-NEXT: true
// CHECK-NEXT: 0
// CHECK-NEXT: 4096
