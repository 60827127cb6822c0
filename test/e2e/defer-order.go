// defer: calls run last in, first out when the function returns; the
// function value and arguments are evaluated at the defer statement; defers
// in a loop; deferred built-ins; every return runs them.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func say(s string, i int) { println(s, i) }

func order() {
	defer println("first deferred, runs last")
	defer say("second deferred", 2)
	defer func() { println("third deferred, runs first") }()
	println("body")
}

func evalTime() {
	x := 1
	defer say("argument at defer time", x)
	defer func() { println("closure sees the final value", x) }()
	x = 2
	f := func(i int) { println("the deferred function value, evaluated at defer", i) }
	defer f(x)
	f = func(i int) { println("not this one", i) }
	x = 3
}

func loop() {
	for i := 0; i < 4; i++ {
		defer say("loop", i)
	}
	println("loop done")
}

func count(n int) int {
	println("count evaluated", n)
	return n
}

func builtins() {
	c := make(chan int, 1)
	defer close(c)
	defer println("deferred println", count(1), true)
	c <- 5
	println("received", <-c)
}

func early(b bool) int {
	defer println("deferred in early", b)
	if b {
		return 1
	}
	println("not early")
	return 2
}

func main() {
	order()
	evalTime()
	loop()
	builtins()
	println(early(true))
	println(early(false))
	defer println("main's deferred call")
	println("main returns")
}

// CHECK: body
// CHECK-NEXT: third deferred, runs first
// CHECK-NEXT: second deferred 2
// CHECK-NEXT: first deferred, runs last
// CHECK-NEXT: the deferred function value, evaluated at defer 2
// CHECK-NEXT: closure sees the final value 3
// CHECK-NEXT: argument at defer time 1
// CHECK-NEXT: loop done
// CHECK-NEXT: loop 3
// CHECK-NEXT: loop 2
// CHECK-NEXT: loop 1
// CHECK-NEXT: loop 0
// CHECK-NEXT: count evaluated 1
// CHECK-NEXT: received 5
// CHECK-NEXT: deferred println 1 true
// CHECK-NEXT: deferred in early true
// CHECK-NEXT: 1
// CHECK-NEXT: not early
// CHECK-NEXT: deferred in early false
// CHECK-NEXT: 2
// CHECK-NEXT: main returns
// CHECK-NEXT: main's deferred call
// CHECK-NOT: {{.}}
