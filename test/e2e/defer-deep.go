// Deferred calls in deep recursion: a panic 100000 frames down runs every
// frame's deferred call on its way to the recovering frame; deferred
// closures accumulate into named results; goroutines recover concurrently.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=4 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var calls int

// Every frame defers; the panic at the bottom runs them all on its way up
// to the recovering frame at the top, across many stack segments.
func down(n int) int {
	defer func() { calls++ }()
	if n == 0 {
		panic(n)
	}
	return down(n-1) + 1
}

func top(n int) (r int) {
	defer func() {
		r = recover().(int) - 1
	}()
	return down(n)
}

func sum(n int) (s int) {
	if n == 0 {
		return 0
	}
	defer func() { s += n }()
	return sum(n - 1)
}

// Goroutines panic and recover at the same time.
func worker(id int, done chan int) {
	total := 0
	for i := 0; i < 100; i++ {
		total += top(id * 10)
	}
	done <- total
}

func main() {
	println(top(100000), calls)
	println(sum(1000))
	done := make(chan int)
	for i := 1; i <= 4; i++ {
		go worker(i, done)
	}
	t := 0
	for i := 1; i <= 4; i++ {
		t += <-done
	}
	println(t)
}

// CHECK: -1 100001
// CHECK-NEXT: 500500
// CHECK-NEXT: -400
// CHECK-NOT: {{.}}

// Not under -race: the workers' deferred calls all increment calls, a
// race by design (Go's race detector reports it too).
// UNSUPPORTED: race-suite
