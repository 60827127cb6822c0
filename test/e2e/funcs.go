// Multiple and named results, f(g()) with a multi-valued g, function values,\nclosures sharing captured variables, nested closures.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func swap(a, b int) (int, int) { return b, a }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func apply(f func(int) int, v int) int { return f(v) }

func double(x int) int { return x * 2 }

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func pair() (int, bool) { return 7, true }

func takes(a int, b bool) { println("takes", a, b) }

var fv = double

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	a, b := swap(1, 2)
	println(a, b)
	a, b = b, a
	println(a, b)
	s, c := named(3)
	println(s, c)
	println(apply(double, 21), apply(func(x int) int { return x - 1 }, 5))
	println(fact(20))
	takes(pair())
	println(fv(4))
	var nf func()
	println(nf == nil, fv != nil)
	c1, c2 := counter(), counter()
	c1()
	c1()
	println(c1(), c2())
	add5 := adder(5)
	println(add5(10))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	nest := func() func() int {
		return func() int { x *= 10; return x }
	}
	println(nest()(), x)
	func() { println("iife") }()
}

// CHECK: 2 1
// CHECK-NEXT: 1 2
// CHECK-NEXT: 9 27
// CHECK-NEXT: 42 4
// CHECK-NEXT: 2432902008176640000
// CHECK-NEXT: takes 7 true
// CHECK-NEXT: 8
// CHECK-NEXT: true true
// CHECK-NEXT: 3 1
// CHECK-NEXT: 15
// CHECK-NEXT: 3
// CHECK-NEXT: 30 30
// CHECK-NEXT: iife
// CHECK-NOT: {{.}}
