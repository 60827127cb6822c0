// go and defer of built-in functions (and of package runtime's): the
// operands are evaluated at the go or defer statement, the built-in runs
// later (in the new goroutine, or when the function returns). A goroutine
// that panics ends the program with status 2.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode timeout 20 %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode timeout 20 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "runtime"

// wait returns once every goroutine but main has exited.
func wait() {
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}

func closed(c chan int) bool {
	_, ok := <-c
	return !ok
}

func deferClose() chan int {
	c := make(chan int)
	defer close(c)
	return c
}

func deferPrints() {
	i := 1
	defer println("defer println", i, i == 1)
	defer print("defer print ", i, "\n")
	i++
	println("return with", i)
}

func deferPanic() {
	defer func() {
		println("recovered", recover().(string))
	}()
	s := "deferred panic"
	defer panic(s)
	s = "not this"
	defer recover() // does not recover: nothing is panicking yet
	println("deferPanic returns")
}

func main() {
	println("defer close: closed", closed(deferClose()))
	deferPrints()
	deferPanic()

	a, b := make(chan int), make(chan int)
	c := a
	go close(c)
	c = b
	println("go close: a closed", closed(a))

	i := 5
	go println("go println", i)
	i = 6
	wait()
	go print("go print ", i, "\n")
	wait()
	go runtime.Gosched()
	go recover()
	wait()

	s := "go panic"
	go panic(s)
	s = "not this"
	select {}
}

// CHECK: defer close: closed true
// CHECK-NEXT: return with 2
// CHECK-NEXT: defer print 1
// CHECK-NEXT: defer println 1 true
// CHECK-NEXT: deferPanic returns
// CHECK-NEXT: recovered deferred panic
// CHECK-NEXT: go close: a closed true
// CHECK-NEXT: go println 5
// CHECK-NEXT: go print 6
// CHECK-NEXT: panic: go panic
// CHECK: exit status 2
