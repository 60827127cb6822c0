// gc's order of evaluation: the calls (functions, methods, interface
// methods), receives and && / || of a statement are made first, in source
// order, and the variables, fields, elements and indirections it reads
// after them: println(a, f()) prints the a that f left, x[i] + f() runs f
// before the index check panics. The operands inside a call are read when
// it is made; the right side of && and || runs only when needed; a map
// literal's entries and a var declaration's values are made one after the
// other; x op= f() reads x after f.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T struct{ n int }

func (t *T) bump() int { t.n++; return t.n }

var a = 1
var s = []int{1, 2, 3}
var c = make(chan int, 10)

func f() int { a = 2; return 3 }
func g() int { s = []int{7, 8}; return 0 }
func h() bool { a = 5; return true }

type I interface{ get() int }
type V struct{}

func (V) get() int { a = 9; return 1 }

func reset() { a = 1 }

func try(name string, fn func()) {
	defer func() { println(name, recover() != nil, a) }()
	fn()
}

func r(x ...int) int { return len(x) }

func main() {
	println(a, f())
	reset()
	println(a+f(), a)
	reset()
	x := []int{a, f(), a}
	println(x[0], x[1], x[2])
	reset()
	m := map[string]int{"a": a, "f": f()}
	println(m["a"], m["f"])
	reset()
	arr := [2]int{a, f()}
	println(arr[0], arr[1])
	reset()
	st := struct{ p, q int }{a, f()}
	println(st.p, st.q)
	reset()
	println(s[0], g(), len(s))
	s = []int{1, 2, 3}
	t := &T{}
	println(t.n, t.bump(), t.n)
	var i I = V{}
	reset()
	println(a, i.get())
	reset()
	c <- 4
	println(a, <-c+f())
	reset()
	println(a, a == 1 && h())
	reset()
	println(a == 1 || h(), a)
	reset()
	y := a
	y += f()
	println(y)
	reset()
	a += f()
	println(a)
	reset()
	if a != f() {
		println("if", a)
	}
	reset()
	switch a + f() {
	case 5:
		println("switch 5")
	case 4:
		println("switch 4")
	}
	reset()
	println(r(a, f()), a)
	reset()
	var ix []int
	try("index", func() { println(ix[a], f()) })
	reset()
	var p *T
	try("nil", func() { println(p.n + f()) })
	reset()
	try("div", func() { z := 0; println(a/z, f()) })
	reset()
	str := "x"
	println(str+"y", f())
	println(ret())
	reset()
	println(nested())
	reset()
	var d, e = a, f()
	println(d, e)
	reset()
	b, k := a, f()
	println(b, k)
	reset()
	var q, w int
	q, w = a, f()
	println(q, w)
}

func ret() (int, int) {
	reset()
	return a, f()
}

func nested() int {
	return r(a, r(a, f()), a) + a
}

// CHECK: 2 3
// CHECK-NEXT: 5 2
// CHECK-NEXT: 2 3 2
// CHECK-NEXT: 1 3
// CHECK-NEXT: 2 3
// CHECK-NEXT: 2 3
// CHECK-NEXT: 7 0 2
// CHECK-NEXT: 1 1 1
// CHECK-NEXT: 9 1
// CHECK-NEXT: 2 7
// CHECK-NEXT: 5 true
// CHECK-NEXT: true 1
// CHECK-NEXT: 4
// CHECK-NEXT: 5
// CHECK-NEXT: if 2
// CHECK-NEXT: switch 5
// CHECK-NEXT: 2 2
// CHECK-NEXT: index true 2
// CHECK-NEXT: nil true 2
// CHECK-NEXT: div true 2
// CHECK-NEXT: xy 3
// CHECK-NEXT: 2 3
// CHECK-NEXT: 5
// CHECK-NEXT: 1 3
// CHECK-NEXT: 2 3
// CHECK-NEXT: 2 3
