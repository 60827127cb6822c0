// Interface values inside other values: struct fields compared with ==
// (ifaceeq per field) and as map keys (interhash), a named empty
// interface converted and asserted, an interface case of a switch on
// interface{}, a recursive interface type (a linked list through it),
// arrays and channels of interfaces, and panic with a Stringer, which
// prints its String(). Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %exitcode %run %t2 2>&1 | FileCheck %s
package main

type I interface{ M() int }
type A int
type S struct {
	i I
	n int
}
type Any interface{}

func (a A) M() int { return int(a) }

type Str struct{ s string }

func (s Str) String() string { return "Str(" + s.s + ")" }

type Stringer interface{ String() string }

type Node interface {
	Next() Node
	Val() int
}
type list struct {
	v    int
	next *list
}

func (l *list) Next() Node {
	if l.next == nil {
		return nil
	}
	return l.next
}
func (l *list) Val() int { return l.v }

func main() {
	x := S{A(1), 2}
	y := S{A(1), 2}
	z := S{A(2), 2}
	println(x == y, x == z)
	m := map[S]bool{x: true}
	println(m[y], m[z])
	var a Any = A(3)
	var e interface{} = a
	println(e.(I).M())
	var st Stringer = Str{"q"}
	var e2 interface{} = st
	switch v := e2.(type) {
	case Stringer:
		println("stringer", v.String())
	}
	var n Node = &list{1, &list{2, &list{3, nil}}}
	for ; n != nil; n = n.Next() {
		print(n.Val(), " ")
	}
	println()
	var arr [2]I
	arr[0] = A(5)
	println(arr[0].M(), arr[1] == nil)
	ch := make(chan I, 1)
	ch <- A(9)
	println((<-ch).M())
	panic(st)
}

// CHECK: true false
// CHECK-NEXT: true false
// CHECK-NEXT: 3
// CHECK-NEXT: stringer Str(q)
// CHECK-NEXT: 1 2 3 
// CHECK-NEXT: 5 true
// CHECK-NEXT: 9
// CHECK-NEXT: panic: Str(q){{$}}
// CHECK: exit status 2
