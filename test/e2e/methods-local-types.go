// Named types declared in functions may share a name with each other and
// with a package-level type: each is its own type with its own descriptor
// (interface comparisons and assertions tell them apart), all printed as
// gc prints them, `main.T`.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T int

func f() interface{} {
	type T string
	return T("local")
}

func g() interface{} {
	type T bool
	return T(true)
}

func main() {
	a, b, c := f(), g(), interface{}(T(3))
	println(a == f(), a == b, b == g(), c == interface{}(T(3)), a == c)
	x, ok := c.(T)
	println(x, ok)
	defer func() {
		println(recover() != nil)
		defer func() {
			println(recover() != nil)
			panic(c)
		}()
		panic(b)
	}()
	panic(a)
}

// CHECK: true false true true false
// CHECK-NEXT: 3 true
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: panic: main.T("local") [recovered]
// CHECK-NEXT: {{^}}	panic: main.T(true) [recovered]
// CHECK-NEXT: {{^}}	panic: main.T(3)
// CHECK: exit status 2
