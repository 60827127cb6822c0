// defer of a function value whose call has stack arguments (more than fit
// in registers on amd64 and ARM; all of them on 386): the runtime calls the
// function value itself (runtime.deferprocstk), so recover in it works. The
// argument block follows each target's lowering: strings split into
// pointer and length, int64 in even register pairs or 8-aligned stack slots
// on ARM, results returned through a hidden pointer. A nil function value
// panics when the deferred call runs.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// f8s takes more arguments than fit in registers on every target.
var f8s = func(a, b, c, d, e, g, h, i int, s string) {
	if r := recover(); r != nil {
		println("recovered", r.(string), a+b+c+d+e+g+h+i, s)
	}
}

func eight() {
	defer f8s(1, 2, 3, 4, 5, 6, 7, 8, "eight")
	panic("p8")
}

// Mixed widths: int64 pairs and padding on ARM, a string straddling
// registers and stack on amd64, bytes and bools widened to a word.
func mixed(k int) {
	f := func(a int, s string, b int64, c bool, d int64, e byte, t string, g int) (int, int, int, int, int) {
		r := recover()
		if r != nil {
			println("mixed recovered", r.(int), a, s, b, c, d, e, t, g)
		} else {
			println("mixed", a, s, b, c, d, e, t, g)
		}
		return 1, 2, 3, 4, 5
	}
	defer f(k, "str", 1<<40+3, true, -(1<<41)-5, 200, "tee", k*2)
	if k > 0 {
		panic(k)
	}
}

// A closure with captures and a named result set by the deferring frame.
func closure(x int) (r int) {
	y := x * 10
	defer func() {
		if e := recover(); e != nil {
			println("outer recovered", e.(string))
			r = -1
		}
	}()
	g := func(a, b, c, d, e, f, h, i, j int) {
		if p := recover(); p != nil {
			println("closure recovered", p.(string), y+a+b+c+d+e+f+h+i+j)
			panic("again")
		}
	}
	defer g(1, 2, 3, 4, 5, 6, 7, 8, 9)
	panic("first")
}

// A nil function value with stack arguments panics when the deferred call
// runs.
func nilfn() {
	defer func() {
		println("nil recovered", recover() != nil)
	}()
	var f func(a, b, c, d, e, g, h, i int, s string)
	defer f(1, 2, 3, 4, 5, 6, 7, 8, "nil")
	println("nilfn body")
}

func main() {
	eight()
	mixed(0)
	mixed(7)
	println("closure", closure(3))
	nilfn()
	println("done")
}

// CHECK: recovered p8 36 eight
// CHECK-NEXT: mixed 0 str 1099511627779 true -2199023255557 200 tee 0
// CHECK-NEXT: mixed recovered 7 7 str 1099511627779 true -2199023255557 200 tee 14
// CHECK-NEXT: closure recovered first 75
// CHECK-NEXT: outer recovered again
// CHECK-NEXT: closure -1
// CHECK-NEXT: nilfn body
// CHECK-NEXT: nil recovered true
// CHECK-NEXT: done
