// Concrete values converted to interface types in every context: append
// and variadic arguments (and s...), struct, slice, map and array
// literals, a package variable's initializer, results (nil and not, with
// an error), a switch tag compared with a concrete case, map keys with
// delete, and a closure reading an interface variable assigned later.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type I interface{ M() int }
type A int
type B struct{ x, y int }

func (a A) M() int  { return int(a) }
func (b *B) M() int { return b.x + b.y }

type Holder struct {
	i  I
	is []I
	m  map[string]I
}

var global I = A(42)
var gerr error

func pair(n int) (I, error) {
	if n < 0 {
		return nil, gerr
	}
	return A(n), nil
}

func sum(is ...I) int {
	t := 0
	for _, i := range is {
		t += i.M()
	}
	return t
}

func main() {
	var s []I
	s = append(s, A(1), &B{2, 3})
	h := Holder{i: A(7), is: []I{A(1), A(2)}, m: map[string]I{"b": &B{1, 1}}}
	println(sum(s...), h.i.M(), sum(h.is...), h.m["b"].M(), global.M())
	v, err := pair(5)
	println(v.M(), err == nil)
	v, err = pair(-1)
	println(v == nil, err == nil)
	f := func() int { return v.M() }
	v = A(9)
	println(f())
	switch h.i {
	case A(7):
		println("seven")
	}
	arr := [...]I{A(3), &B{}}
	for i, x := range arr {
		println(i, x.M())
	}
	println(sum(A(1), A(2), &B{3, 4}))
	var ms = map[I]string{A(1): "one", A(2): "two"}
	println(ms[A(2)], len(ms))
	delete(ms, A(1))
	println(len(ms))
}

// CHECK: 6 7 3 2 42
// CHECK-NEXT: 5 true
// CHECK-NEXT: true true
// CHECK-NEXT: 9
// CHECK-NEXT: seven
// CHECK-NEXT: 0 3
// CHECK-NEXT: 1 0
// CHECK-NEXT: 10
// CHECK-NEXT: two 2
// CHECK-NEXT: 1
