// Type switches and assertions: several types per case, nil cases,
// default, an interface case, the bound variable's type per clause
// (the case's type, or the switched value's type), a labelled break out
// of a type switch, and comma-ok assertions to concrete and interface
// types from interface{} and from non-empty interfaces. Expected output:
// Go 1.19 (`go run`).
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type I interface{ M() int }
type J interface{ N() string }

type A int
type B struct{ s string }
type C [3]int

func (a A) M() int     { return int(a) }
func (b *B) M() int    { return len(b.s) }
func (b *B) N() string { return b.s }
func (c C) M() int     { return c[0] + c[1] + c[2] }

func classify(x interface{}) {
	switch v := x.(type) {
	case nil:
		println("nil", v == nil)
	case int, int8:
		println("int or int8", v != nil)
	case string:
		println("string", v+"!")
	case I:
		println("I", v.M())
	case []int:
		println("slice", len(v))
	default:
		println("default")
	}
}

func kind(i I) string {
	switch i.(type) {
	case A:
		return "A"
	case *B, C:
		return "B or C"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	classify(nil)
	classify(3)
	classify(int8(3))
	classify("s")
	classify(A(7))
	classify(&B{"xyz"})
	classify(C{1, 2, 3})
	classify([]int{1, 2})
	classify(1.5)
	var is = []I{A(1), &B{"q"}, C{}, nil}
	for _, i := range is {
		println(kind(i))
		switch v := i.(type) {
		case J:
			println("J", v.N())
		case C:
			println("C", v[0], len(v))
		}
	}
	var i I = A(5)
	// comma-ok assertions to concrete and interface types.
	a, ok := i.(A)
	println(a, ok)
	b, ok := i.(*B)
	println(b == nil, ok)
	j, ok := i.(J)
	println(j == nil, ok)
	i = &B{"hey"}
	j, ok = i.(J)
	println(j.N(), ok)
	var e interface{} = i
	i2, ok := e.(I)
	println(i2.M(), ok)
	_, ok = e.(J)
	println(ok)
Outer:
	for _, x := range []interface{}{1, "a", 2} {
		switch x.(type) {
		case string:
			break Outer
		case int:
			println("int")
		}
	}
}

// CHECK: nil true
// CHECK-NEXT: int or int8 true
// CHECK-NEXT: int or int8 true
// CHECK-NEXT: string s!
// CHECK-NEXT: I 7
// CHECK-NEXT: I 3
// CHECK-NEXT: I 6
// CHECK-NEXT: slice 2
// CHECK-NEXT: default
// CHECK-NEXT: A
// CHECK-NEXT: B or C
// CHECK-NEXT: J q
// CHECK-NEXT: B or C
// CHECK-NEXT: C 0 3
// CHECK-NEXT: nil
// CHECK-NEXT: 5 true
// CHECK-NEXT: true false
// CHECK-NEXT: true false
// CHECK-NEXT: hey true
// CHECK-NEXT: 3 true
// CHECK-NEXT: true
// CHECK-NEXT: int
