// 400,000 objects held from a global in 4,000 slices of 100, then
// dropped: one runtime.GC frees all but a few hundred of them and their
// 4,000 arrays. gort's collector is conservative (Go 1.0's): any word of
// data, bss or a stack that falls in the heap keeps what it points to.
// While the 32-bit arena started a few MB up and the pc table (writable
// data) was scanned as data, the table's names and numbers kept 4,000 to
// 6,000 of these objects on 386 and arm, and under GOGC=1 sizes on arm's
// stacks about 4,000 more. What may still keep some is a stale word on a
// reused stack segment: each keeps at most one slice of 100.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "runtime"

type node struct {
	next *node
	val  [4]int
}

var keep [4000][]*node

func main() {
	var b, c runtime.MemStats
	done := make(chan bool)
	go func() {
		for i := 0; i < 400000; i++ {
			keep[i/100] = append(keep[i/100], &node{val: [4]int{i}})
		}
		done <- keep[3999][99].val[0] == 399999
	}()
	println("keep[3999][99] intact:", <-done)
	runtime.GC()
	runtime.ReadMemStats(&b)
	println("HeapObjects >= 400000:", b.HeapObjects >= 400000)
	keep = [4000][]*node{}
	runtime.GC()
	runtime.ReadMemStats(&c)
	println("HeapObjects fell by >= 403000:", b.HeapObjects-c.HeapObjects >= 403000)
	println("Frees grew by >= 403000:", c.Frees-b.Frees >= 403000)
}

// CHECK: keep[3999][99] intact: true
// CHECK-NEXT: HeapObjects >= 400000: true
// CHECK-NEXT: HeapObjects fell by >= 403000: true
// CHECK-NEXT: Frees grew by >= 403000: true
