// recover() in a method called by a deferred call: a method call
// (value and pointer receiver), a method value, a method expression; the
// wrapper of a method value or expression whose body calls recover is a
// copy of that body, so that on 386 (where the runtime calls a deferred
// function value itself) too the method is what the deferred call calls.
// A method called by a deferred function literal does not recover.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Guard string

func (g Guard) Recover() {
	if r := recover(); r != nil {
		println(string(g), "recovered", r.(int))
	}
}

func (g *Guard) PtrRecover() {
	if r := recover(); r != nil {
		println(g.Name(), "recovered", r.(int))
	}
}

func (g Guard) Name() string { return string(g) }

func ptr() {
	g := Guard("ptr")
	defer g.PtrRecover()
	panic(4)
}

func ptrValue() {
	g := Guard("ptr value")
	f := g.PtrRecover
	defer f()
	panic(5)
}

func notDirect() {
	defer func() {
		Guard("not direct").Recover() // not called by the deferred call itself
		println("not direct: recover returned nil")
	}()
	panic(6)
}

func direct() {
	g := Guard("direct")
	defer g.Recover()
	panic(1)
}

func value() {
	g := Guard("value")
	f := g.Recover
	defer f()
	panic(2)
}

func expr() {
	defer Guard.Recover("expr")
	panic(3)
}

func main() {
	direct()
	value()
	expr()
	ptr()
	ptrValue()
	defer func() {
		println("main recovered", recover().(int))
	}()
	notDirect()
}

// CHECK: direct recovered 1
// CHECK-NEXT: value recovered 2
// CHECK-NEXT: expr recovered 3
// CHECK-NEXT: ptr recovered 4
// CHECK-NEXT: ptr value recovered 5
// CHECK-NEXT: not direct: recover returned nil
// CHECK-NEXT: main recovered 6
// CHECK-NOT: {{.}}
