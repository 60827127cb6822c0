// recover: returns the value passed to panic (compared, asserted with
// x.(T) and comma-ok) and stops the panic, so the panicking function returns
// normally; a second recover, or one with no panic, returns nil; a function
// that recovers may be deferred by name with arguments.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// recover returns the value passed to panic and stops the panic: the
// function returns normally to its caller.
func catch(v interface{}) {
	defer func() {
		r := recover()
		println("recovered", r == v, r != nil)
		println("again", recover() == nil)
	}()
	panic(v)
}

func strval() {
	defer func() {
		s, ok := recover().(string)
		println("string", s, ok)
	}()
	panic("boom")
}

func intval() {
	defer func() {
		r := recover()
		n, ok := r.(int)
		_, isStr := r.(string)
		println("int", n, ok, isStr)
		println("as int", r.(int)+1)
	}()
	panic(41)
}

func int8val() {
	defer func() {
		c, ok := recover().(int8)
		println("int8", c, ok)
	}()
	panic(int8(-40))
}

// A function that recovers may be deferred by name, with arguments.
func handler(tag string) {
	if r := recover(); r != nil {
		println(tag, "handled", r.(int))
	}
}

func byName() {
	defer handler("byName")
	panic(7)
}

func afterRecover() {
	defer func() {
		recover()
	}()
	panic("x")
	println("not reached")
}

func main() {
	println("no panic", recover() == nil)
	catch(1)
	catch("s")
	catch(true)
	strval()
	intval()
	int8val()
	byName()
	afterRecover()
	println("after afterRecover")
	handler("main")
	println("done")
}

// CHECK: no panic true
// CHECK-NEXT: recovered true true
// CHECK-NEXT: again true
// CHECK-NEXT: recovered true true
// CHECK-NEXT: again true
// CHECK-NEXT: recovered true true
// CHECK-NEXT: again true
// CHECK-NEXT: string boom true
// CHECK-NEXT: int 41 true false
// CHECK-NEXT: as int 42
// CHECK-NEXT: int8 -40 true
// CHECK-NEXT: byName handled 7
// CHECK-NEXT: after afterRecover
// CHECK-NEXT: done
// CHECK-NOT: {{.}}
