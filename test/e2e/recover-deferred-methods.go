// recover in methods deferred every way (value and pointer receivers,
// method values, method expressions, many arguments), in a deferred
// function value, and in nested panics: each is the deferred call, so
// recover stops the panic.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T struct{ name string }

func (t T) M()  { println(t.name, recover() != nil) }
func (t *T) P() { println(t.name, recover() != nil) }
func (t T) Big(a, b, c, d, e, f, g, h int) {
	println(t.name, recover() != nil, a+h)
}

func viaValue() {
	defer T{"value"}.M()
	panic(1)
}

func viaPtr() {
	t := &T{"ptr"}
	defer t.P()
	panic(1)
}

func viaMethodValue() {
	f := T{"mvalue"}.M
	defer f()
	panic(1)
}

func viaMethodExpr() {
	defer T.M(T{"mexpr"})
	panic(1)
}

func viaBig() {
	defer T{"big"}.Big(1, 2, 3, 4, 5, 6, 7, 8)
	panic(1)
}

func viaFuncValue() {
	f := func(x int) { println("fv", x, recover() != nil) }
	defer f(3)
	panic(1)
}

func recursive() {
	defer func() { println("outer", recover().(string)) }()
	defer func() {
		defer func() { println("inner", recover().(string)) }()
		panic("second")
	}()
	panic("first")
}

func main() {
	viaValue()
	viaPtr()
	viaMethodValue()
	viaMethodExpr()
	viaBig()
	viaFuncValue()
	recursive()
}

// CHECK: value true
// CHECK-NEXT: ptr true
// CHECK-NEXT: mvalue true
// CHECK-NEXT: mexpr true
// CHECK-NEXT: big true 9
// CHECK-NEXT: fv 3 true
// CHECK-NEXT: inner second
// CHECK-NEXT: outer first
