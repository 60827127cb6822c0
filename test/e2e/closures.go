// Closures capture variables by reference, shared between goroutines; a\nvariable declared in a loop body is fresh each iteration, a for-clause\nvariable is one variable (Go 1.19).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func main() {
	// A variable captured by several goroutines is one shared variable.
	count := 0
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			count++
			done <- true
		}()
		<-done
	}
	println("count", count)

	// A variable declared in a loop body is a new variable each iteration.
	fs := make(chan func() int, 3)
	for i := 0; i < 3; i++ {
		v := i * 10
		fs <- func() int { return v }
	}
	close(fs)
	for f := range fs {
		println(f())
	}

	// Go 1.19: the loop variable of a three-clause for is one variable.
	last := make(chan func() int, 3)
	for i := 0; i < 3; i++ {
		last <- func() int { return i }
	}
	println((<-last)(), (<-last)(), (<-last)())

	// Closures capture parameters and results of their enclosing function.
	acc := func(start int) (func(int) int, func() int) {
		return func(d int) int { start += d; return start }, func() int { return start }
	}
	add, get := acc(100)
	add(1)
	add(2)
	println(get())
}

// CHECK: count 5
// CHECK-NEXT: 0
// CHECK-NEXT: 10
// CHECK-NEXT: 20
// CHECK-NEXT: 3 3 3
// CHECK-NEXT: 103
// CHECK-NOT: {{.}}
