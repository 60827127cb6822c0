// Named results set by deferred closures, after return assigned them or
// after a recovered panic; an unnamed result is then zero. Built at -O0 and
// -O2: the exit path of a function that defers reads its results from
// memory.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// Deferred closures see and set named results, after return has assigned
// them, and also when a panic was recovered.
func spec() (x int) {
	defer func() { recover() }()
	x = 5
	panic(1)
}

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func two() (a int, b bool) {
	defer func() {
		a++
		b = !b
	}()
	a, b = three()
	return
}

func three() (int, bool) { return 4, false }

func tuple() (a int, b bool) {
	defer func() { a++ }()
	return three()
}

// An unnamed result is zero when a recovered panic ends the function.
func unnamed() int {
	defer func() { recover() }()
	panic("oops")
}

func setOnPanic() (err int) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(int) + 100
		}
	}()
	for i := 0; i < 10; i++ {
		if i == 3 {
			panic(i)
		}
	}
	return -1
}

// Variables changed after the defer statement are seen by the exit path.
func loopVar() (n int) {
	defer func() { recover() }()
	for n = 0; n < 7; n++ {
	}
	var zero int
	n += 10 / zero
	return n
}

func main() {
	println(spec())
	println(double())
	println(two())
	println(tuple())
	println(unnamed())
	println(setOnPanic())
	println(loopVar())
}

// CHECK: 5
// CHECK-NEXT: 42
// CHECK-NEXT: 5 true
// CHECK-NEXT: 5 false
// CHECK-NEXT: 0
// CHECK-NEXT: 103
// CHECK-NEXT: 7
// CHECK-NOT: {{.}}
