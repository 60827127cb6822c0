// A frame larger than the segments that growth alone asks for (64 KB),
// split from a goroutine already on a large segment: at -O0 outer's
// frame (its 1 MiB array, inner's 768 KiB argument and result) takes a
// segment of 4 MiB, and inner's 2.25 MiB frame does not fit what is left
// of it. The new segment must hold inner's frame: sized by
// doubling capped at 64 KB instead, it ran below its end and faulted
// (at -O0 every time, from a fresh goroutine on an m with no segment
// cached; on arm under load, aggr-big.go once in a few hundred runs).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type MB [1 << 20]byte
type Part [768 << 10]byte

func inner(p Part, v byte) Part {
	p = Part{0: v, len(p) - 1: v + 1}
	return p
}

func outer(v byte) int {
	var m MB
	m[len(m)-1] = v
	p := inner(Part{}, m[len(m)-1])
	return int(p[0]) + int(p[len(p)-1]) + int(m[len(m)-1])
}

func main() {
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(v byte) { done <- outer(v) }(byte(i))
		println(<-done)
	}
	println(outer(10))
}

// CHECK: 4
// CHECK-NEXT: 7
// CHECK-NEXT: 10
// CHECK-NEXT: 31
// CHECK-NOT: {{.}}
