// Deferred functions that defer and recover themselves, a recovering
// function deferred with several arguments, recovery out of labeled loops,
// select and goto, and a deferred call per iteration.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func inner() (r int) {
	defer func() { r = recover().(int) * 2 }()
	panic(21)
}

func nestedDefer() {
	defer func() (x int) {
		defer func() {
			println("inner deferred recovers", recover().(string))
		}()
		x = 3
		println("outer recover", recover().(string))
		panic("second")
	}()
	panic("first")
}

func withArgs(a int, b bool, s string) {
	if r := recover(); r != nil {
		println("withArgs", a, b, s, r.(int))
	}
}

func loopLabels() (n int) {
	defer func() { recover() }()
outer:
	for i := 0; ; i++ {
		for j := 0; j < 3; j++ {
			n += j
			if i == 2 {
				break outer
			}
			if j == 1 {
				continue outer
			}
		}
	}
	c := make(chan int, 1)
	select {
	case c <- n:
		n++
	default:
	}
	goto end
end:
	close(c)
	close(c)
	return 99
}

func main() {
	println(inner())
	nestedDefer()
	func() {
		defer withArgs(1, true, "str")
		panic(5)
	}()
	println(loopLabels())
	for i := 0; i < 3; i++ {
		func() {
			defer func(i int) {
				println("iteration", i, recover() != nil)
			}(i)
			if i%2 == 1 {
				panic(i)
			}
		}()
	}
}

// CHECK: 42
// CHECK-NEXT: outer recover first
// CHECK-NEXT: inner deferred recovers second
// CHECK-NEXT: withArgs 1 true str 5
// CHECK-NEXT: 3
// CHECK-NEXT: iteration 0 false
// CHECK-NEXT: iteration 1 true
// CHECK-NEXT: iteration 2 false
// CHECK-NOT: {{.}}
