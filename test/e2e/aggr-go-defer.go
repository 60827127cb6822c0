// Array and struct arguments of go and defer statements are copied when
// the statement runs (later changes to the variable are not seen): go of a
// function literal, a package function and a function value; defer of a
// package function, a function value (runtime-called on 386, and with
// stack arguments everywhere: stackArgs), a literal, defers in a loop
// (each its own copy); struct results through deferred calls that change
// named results.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Pair struct {
	A, B int
	S    string
}

type Arr [4]int

func show(p Pair, a Arr, tag string) {
	println(tag, p.A, p.B, p.S, a == Arr{})
}

func mk(n int) (Pair, Arr) {
	return Pair{n, n * 2, "mk"}, Arr{n, 0, 0, n}
}

func swap(p Pair) Pair {
	p.A, p.B = p.B, p.A
	return p
}

var fv = show

func showDone(p Pair, a Arr, tag string, c chan bool) {
	show(p, a, tag)
	c <- true
}

var fvDone = showDone

func deferred() (r Pair) {
	p := Pair{1, 2, "first"}
	defer show(p, Arr{3: 4}, "defer-direct")
	defer fv(p, Arr{1, 0, 0, 1}, "defer-value")
	for i := 0; i < 3; i++ {
		q := Pair{A: i, S: "loop"}
		defer fv(q, Arr{}, "defer-loop")
	}
	defer func(x Pair) {
		println("literal", x.A, x.S, r.A)
		r.A = 100
	}(p)
	p.A = 50
	p.S = "changed"
	return swap(p)
}

func many(a, b, c, d, e, f, g int, p Pair, q Pair) {
	println("many", a+b+c+d+e+f+g, p.A, q.B, p.S, q.S)
}

var manyv = many

func stackArgs() {
	p := Pair{7, 8, "p"}
	defer manyv(1, 2, 3, 4, 5, 6, 7, p, Pair{9, 10, "q"})
	p.A = 0
}

func main() {
	done := make(chan bool)
	p := Pair{3, 4, "go"}
	go func(q Pair) {
		show(q, Arr{}, "goroutine")
		done <- true
	}(p)
	p.A = 99
	<-done
	go showDone(p, Arr{5, 0, 0, 5}, "go-direct", done)
	p.A = -1
	<-done
	go fvDone(Pair{1, 1, "go-value"}, Arr{}, "go-value", done)
	<-done
	for i := 0; i < 2; i++ {
		done2 := make(chan Pair)
		go func() { done2 <- Pair{i, i, "chan"} }()
		x := <-done2
		println(x.A, x.S)
	}
	r := deferred()
	println("result", r.A, r.B, r.S)
	a, arr := mk(5)
	println(a.A, a.B, arr == Arr{5, 0, 0, 5})
	stackArgs()
}

// CHECK: goroutine 3 4 go true
// CHECK-NEXT: go-direct 99 4 go false
// CHECK-NEXT: go-value 1 1 go-value true
// CHECK-NEXT: 0 chan
// CHECK-NEXT: 1 chan
// CHECK-NEXT: literal 1 first 2
// CHECK-NEXT: defer-loop 2 0 loop true
// CHECK-NEXT: defer-loop 1 0 loop true
// CHECK-NEXT: defer-loop 0 0 loop true
// CHECK-NEXT: defer-value 1 2 first false
// CHECK-NEXT: defer-direct 1 2 first false
// CHECK-NEXT: result 100 50 changed
// CHECK-NEXT: 5 10 true
// CHECK-NEXT: many 28 7 10 p q
// CHECK-NOT: {{.}}
