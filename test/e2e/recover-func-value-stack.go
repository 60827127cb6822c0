// 386: a deferred function value is called by the runtime with a copy of
// its cdecl stack arguments (runtime.deferprocstk; CodeGen.cpp,
// emitDeferStk386), so recover in it works whatever its parameters: bool,
// int8 and uint16 widened to a slot, a string and an interface split in
// two words, an int64 in two. A nil one panics when the call runs; one
// whose results do not fit in registers gets a hidden result pointer as
// its first stack word.
// REQUIRES: 386
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func run(fv func(bool, int8, string, int64, interface{}, uint16, chan int, int) (string, int)) {
	var c chan int
	defer fv(true, -3, "hi", -5, 7, 65535, c, 42)
	panic("p1")
}

func nilf() {
	defer func() {
		println("nil deferred:", recover() != nil)
	}()
	var f func(int)
	defer f(1)
	println("after defer of nil")
}

func many(fv func(string, int) (string, string)) {
	defer func() { println("outer recover:", recover().(string)) }()
	defer fv("x", 2)
	panic("p2")
}

func sret(fv func(int, string) (string, string)) (r string) {
	defer fv(9, "y")
	r = "unset"
	panic("p3")
}

func normal(fv func(int64, bool)) int {
	defer fv(1<<40, true)
	return 5
}

func main() {
	run(func(b bool, a int8, s string, x int64, e interface{}, u uint16, c chan int, n int) (string, int) {
		println(b, a, s, x, e.(int), u, c == nil, n, recover().(string))
		return s, n
	})
	nilf()
	many(func(s string, n int) (string, string) { println("many:", s, n); return s, s })
	println("sret returned:", sret(func(n int, s string) (string, string) {
		println("sret:", n, s, recover().(string))
		return s, s
	}))
	println(normal(func(x int64, b bool) { println("normal:", x, b, recover() == nil) }))
}

// CHECK: true -3 hi -5 7 65535 true 42 p1
// CHECK-NEXT: after defer of nil
// CHECK-NEXT: nil deferred: true
// CHECK-NEXT: many: x 2
// CHECK-NEXT: outer recover: p2
// CHECK-NEXT: sret: 9 y p3
// CHECK-NEXT: sret returned: unset
// CHECK-NEXT: normal: 1099511627776 true true
// CHECK-NEXT: 5
// CHECK-NOT: {{.}}
