// Run-time errors are panics that deferred calls recover: integer divide
// by zero, nil func calls (also a deferred one, which panics when it runs),
// close of and send on a closed channel, negative shift counts.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// Run-time errors are panics that deferred calls can recover.
var zero int

func divide() {
	defer func() { println("divide by zero recovered:", recover() != nil) }()
	println(1 / zero)
}

func remainder() {
	defer func() { println("remainder by zero recovered:", recover() != nil) }()
	println(1 % zero)
}

func nilFunc() {
	defer func() { println("nil func call recovered:", recover() != nil) }()
	var f func(int) int
	println(f(1))
}

func deferNilFunc() {
	defer func() { println("deferred nil func recovered:", recover() != nil) }()
	var f func()
	defer f()
	println("a deferred nil func panics when it runs")
}

func closeClosed() {
	defer func() { println("close of closed channel recovered:", recover() != nil) }()
	c := make(chan int)
	close(c)
	close(c)
}

func sendClosed() {
	defer func() { println("send on closed channel recovered:", recover() != nil) }()
	c := make(chan int, 1)
	close(c)
	c <- 1
}

func shift() {
	defer func() { println("negative shift recovered:", recover() != nil) }()
	n := -1
	println(1 << n)
}

func main() {
	divide()
	remainder()
	nilFunc()
	deferNilFunc()
	closeClosed()
	sendClosed()
	shift()
	println("done")
}

// CHECK: divide by zero recovered: true
// CHECK-NEXT: remainder by zero recovered: true
// CHECK-NEXT: nil func call recovered: true
// CHECK-NEXT: a deferred nil func panics when it runs
// CHECK-NEXT: deferred nil func recovered: true
// CHECK-NEXT: close of closed channel recovered: true
// CHECK-NEXT: send on closed channel recovered: true
// CHECK-NEXT: negative shift recovered: true
// CHECK-NEXT: done
// CHECK-NOT: {{.}}
