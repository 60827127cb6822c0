// Types that refer to themselves through a pointer, func, slice or map
// (type P *P, type F func(F) int, ...): their DWARF (a typedef met again
// while it is being described) and type descriptors are built once, and
// the program runs as Go's.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type P *P

type L struct {
	next *L
	v    int
}

type F func(F) int

type S []S

type M map[string]M

func main() {
	var p P
	p = new(P)
	*p = p
	l := &L{&L{nil, 2}, 1}
	var f F = func(g F) int { return 7 }
	s := S{S{}, nil}
	m := M{"a": M{}}
	println(p == *p, l.next.v, f(f), len(s), len(s[0]), len(m["a"]))
	var i interface{} = p
	_, ok := i.(P)
	println(ok)
}
// CHECK: true 2 7 2 0 0{{$}}
// CHECK-NEXT: true{{$}}
