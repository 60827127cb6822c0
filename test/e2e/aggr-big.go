// 1 MiB arrays as locals, parameters, results and literals on goroutine
// stacks (frames of several MiB: split stacks grow to hold them), copied
// and compared with ==.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Big [1 << 20]byte

func fill(b Big, v byte) Big {
	b = Big{0: v, 1<<20 - 1: v}
	return b
}

func same(a, b Big) bool { return a == b }

func work(n int, done chan bool) {
	var x Big
	y := fill(x, byte(n))
	z := y
	println(n, same(y, z), same(x, y), y == fill(Big{}, byte(n)))
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go work(i, done)
		<-done
	}
	work(9, make(chan bool, 1))
}

// CHECK: 1 true false true
// CHECK-NEXT: 2 true false true
// CHECK-NEXT: 3 true false true
// CHECK-NEXT: 9 true false true
// CHECK-NOT: {{.}}
