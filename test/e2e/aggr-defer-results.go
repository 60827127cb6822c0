// Deferred and go'd calls of functions with array and struct results
// (direct, through function values: tail calls from the thunk, or the
// runtime's call on 386; the results go to room in the defer block, not
// the thunk's frame), a deferred function that recovers taking struct and
// array parameters from the block (its body's copy), defers in a loop, and
// named struct results set before a recovered panic.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type P struct {
	A, B int
	S    string
}

func mk(n int) P {
	println("mk", n)
	return P{n, n, "mk"}
}

var mkv = mk

func two(n int) (P, [3]int) {
	println("two", n)
	return P{A: n}, [3]int{n, n, n}
}

var twov = two

// A deferred function that recovers runs as a copy of its body taking its
// parameters from the defer block.
func catcher(p P, a [3]int) {
	if r := recover(); r != nil {
		println("recovered", r.(string), p.A, p.S, a == [3]int{1, 2, 3})
	}
}

func panics() (res P, n int) {
	p := P{1, 2, "deferred"}
	a := [3]int{1, 2, 3}
	defer catcher(p, a)
	p.S = "changed"
	a = [3]int{}
	res = P{9, 9, "named"}
	panic("boom")
}

func unnamed() P {
	defer mk(1)
	defer mkv(2)
	defer two(3)
	defer twov(4)
	for i := 0; i < 2; i++ {
		defer func(p P) { println("loop", p.A, p.S) }(P{i, 0, "lit"})
	}
	return P{7, 8, "unnamed"}
}

func main() {
	r, n := panics()
	println(r.A, r.S, n)
	u := unnamed()
	println(u.A, u.B, u.S)
	done := make(chan bool)
	go func() {
		x, y := twov(5)
		println(x.A, y == [3]int{5, 5, 5})
		done <- true
	}()
	<-done
}

// CHECK: recovered boom 1 deferred true
// CHECK-NEXT: 9 named 0
// CHECK-NEXT: loop 1 lit
// CHECK-NEXT: loop 0 lit
// CHECK-NEXT: two 4
// CHECK-NEXT: two 3
// CHECK-NEXT: mk 2
// CHECK-NEXT: mk 1
// CHECK-NEXT: 7 8 unnamed
// CHECK-NEXT: two 5
// CHECK-NEXT: 5 true
// CHECK-NOT: {{.}}
