// runtime.ReadMemStats around 10,000 objects held from a global slice,
// then dropped and collected by runtime.GC: Mallocs, TotalAlloc,
// HeapAlloc and HeapObjects grow by at least the objects; after the drop
// HeapAlloc and HeapObjects fall by them, Frees grows by them, NumGC by
// exactly one, and the pause is recorded (PauseTotalNs, PauseNs[last]).
// A runtime.GC before the first reading leaves no collection under way
// (Go's runs alongside the program; under GOGC=1 one nearly always is),
// so that the second runtime.GC is the only one in between. The objects
// are made on another goroutine, which has exited by the collection:
// gort scans stacks and saved registers conservatively (Go 1.0's
// collector), so a stale copy of the slice's pointer in main's frame or
// registers could keep them alive. For the same reason they are held in
// 100 slices of 100 and the drop must free at least 9,000: a stale word
// (an uninitialised slot of a frame on a reused segment) may still keep
// one slice.
// Expected output: Go 1.19 (`go run`; GOGC=1 prints the same).
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

var keep [100][]*node

func main() {
	var a, b, c runtime.MemStats
	runtime.ReadMemStats(&a)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10000; i++ {
			keep[i/100] = append(keep[i/100], &node{val: [4]int{i}})
		}
		done <- keep[99][99].val[0] == 9999
	}()
	println("keep[99][99] intact:", <-done)
	runtime.GC()
	runtime.ReadMemStats(&b)
	println("Mallocs grew by >= 10000:", b.Mallocs-a.Mallocs >= 10000)
	println("TotalAlloc grew by >= 10000 nodes:", b.TotalAlloc-a.TotalAlloc >= 10000*5*4)
	println("HeapAlloc grew by >= 10000 nodes:", b.HeapAlloc-a.HeapAlloc >= 10000*5*4)
	println("HeapObjects >= 10000:", b.HeapObjects >= 10000)
	keep = [100][]*node{}
	runtime.GC()
	runtime.ReadMemStats(&c)
	println("HeapAlloc fell:", c.HeapAlloc < b.HeapAlloc)
	println("HeapAlloc fell by >= 9000 nodes:", b.HeapAlloc-c.HeapAlloc >= 9000*5*4)
	println("HeapObjects fell by >= 9000:", b.HeapObjects-c.HeapObjects >= 9000)
	println("Frees grew by >= 9000:", c.Frees-b.Frees >= 9000)
	println("Mallocs did not fall:", c.Mallocs >= b.Mallocs)
	println("NumGC grew by 1:", c.NumGC == b.NumGC+1)
	println("PauseTotalNs > 0:", c.PauseTotalNs > 0)
	println("PauseTotalNs grew:", c.PauseTotalNs > b.PauseTotalNs)
	println("last pause > 0:", c.PauseNs[(c.NumGC+255)%256] > 0)
}

// CHECK: keep[99][99] intact: true
// CHECK-NEXT: Mallocs grew by >= 10000: true
// CHECK-NEXT: TotalAlloc grew by >= 10000 nodes: true
// CHECK-NEXT: HeapAlloc grew by >= 10000 nodes: true
// CHECK-NEXT: HeapObjects >= 10000: true
// CHECK-NEXT: HeapAlloc fell: true
// CHECK-NEXT: HeapAlloc fell by >= 9000 nodes: true
// CHECK-NEXT: HeapObjects fell by >= 9000: true
// CHECK-NEXT: Frees grew by >= 9000: true
// CHECK-NEXT: Mallocs did not fall: true
// CHECK-NEXT: NumGC grew by 1: true
// CHECK-NEXT: PauseTotalNs > 0: true
// CHECK-NEXT: PauseTotalNs grew: true
// CHECK-NEXT: last pause > 0: true
