// A loop making 256 MB of short-lived garbage (lists of 8192 small
// objects and 64 KB buffers, each dropped at once) collects by itself:
// runtime.ReadMemStats afterwards shows collections (NumGC, PauseTotalNs),
// the frees of the dropped objects, and a heap that stayed small
// (HeapSys and HeapAlloc under 64 MB) while TotalAlloc grew by at least
// the buffers.
// Only comparisons are printed: the figures differ from Go's.
// Expected output: Go 1.19 (`go run`; GOGC=1 prints the same).
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

import "runtime"

type node struct {
	next *node
	val  [6]int64
}

var sink *node
var buf []byte

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 256; i++ {
		var l *node
		for j := 0; j < 8192; j++ {
			l = &node{next: l}
		}
		sink = l
		for j := 0; j < 8; j++ {
			buf = make([]byte, 64<<10)
		}
	}
	sink = nil
	runtime.ReadMemStats(&b)
	println("NumGC > 0:", b.NumGC > a.NumGC)
	println("TotalAlloc grew by >= 128 MB:", b.TotalAlloc-a.TotalAlloc >= 128<<20)
	println("HeapSys < 64 MB:", b.HeapSys < 64<<20)
	println("HeapAlloc < 64 MB:", b.HeapAlloc < 64<<20)
	println("Frees grew by >= 1000000:", b.Frees-a.Frees >= 1000000)
	println("PauseTotalNs > 0:", b.PauseTotalNs > 0)
}

// CHECK: NumGC > 0: true
// CHECK-NEXT: TotalAlloc grew by >= 128 MB: true
// CHECK-NEXT: HeapSys < 64 MB: true
// CHECK-NEXT: HeapAlloc < 64 MB: true
// CHECK-NEXT: Frees grew by >= 1000000: true
// CHECK-NEXT: PauseTotalNs > 0: true
