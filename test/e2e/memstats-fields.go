// Every runtime.MemStats field that gort's runtime reports lands where Go
// reads it, so Go 1.19's invariants between them hold (Alloc ==
// HeapAlloc, HeapObjects == Mallocs-Frees, HeapSys == HeapIdle+HeapInuse,
// the last 256 pauses within PauseTotalNs, ...) and EnableGC is true. The
// fields a caller had set are overwritten, those gort does not report
// (LastGC, PauseEnd, NumForcedGC, GCCPUFraction, BySize) too, except
// DebugGC and Lookups, which Go 1.19 never writes. ReadMemStats
// also works deferred and through a pointer variable, a struct field and
// a slice element; reading into a local variable does not move it to the
// heap (100 readings make fewer than 100 objects).
// Expected output: Go 1.19 (`go run`; GOGC=1 and Go's arm build print the
// same).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "runtime"

var sink []byte
var d runtime.MemStats

type holder struct {
	n  int
	ms runtime.MemStats
}

func deferred() {
	defer runtime.ReadMemStats(&d)
	d.NumGC = 12345
}

func local() bool {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.EnableGC
}

func main() {
	var m runtime.MemStats
	for i := 0; i < 100; i++ {
		sink = make([]byte, 1000)
	}
	runtime.GC()
	runtime.GC()
	m.LastGC = 1
	m.PauseEnd[0] = 1
	m.NumForcedGC = 12345
	m.GCCPUFraction = -1
	m.BySize[60].Size = 1
	m.DebugGC = true
	m.Lookups = 7
	runtime.ReadMemStats(&m)
	println("Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	println("TotalAlloc >= Alloc:", m.TotalAlloc >= m.Alloc)
	println("Sys >= HeapSys:", m.Sys >= m.HeapSys)
	println("HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	println("Mallocs >= 100:", m.Mallocs >= 100)
	println("HeapSys == HeapIdle+HeapInuse:", m.HeapSys == m.HeapIdle+m.HeapInuse)
	println("HeapInuse >= HeapAlloc:", m.HeapInuse >= m.HeapAlloc)
	println("HeapReleased <= HeapIdle:", m.HeapReleased <= m.HeapIdle)
	println("StackInuse > 0:", m.StackInuse > 0)
	println("MSpanInuse > 0:", m.MSpanInuse > 0)
	println("MSpanSys >= MSpanInuse:", m.MSpanSys >= m.MSpanInuse)
	println("MCacheInuse > 0:", m.MCacheInuse > 0)
	println("MCacheSys >= MCacheInuse:", m.MCacheSys >= m.MCacheInuse)
	println("NextGC > HeapAlloc:", m.NextGC > m.HeapAlloc)
	println("NumGC >= 2:", m.NumGC >= 2)
	var sum uint64
	for _, p := range m.PauseNs {
		sum += p
	}
	println("PauseNs add up to PauseTotalNs:", m.NumGC > 256 || sum == m.PauseTotalNs)
	println("PauseNs within PauseTotalNs:", sum <= m.PauseTotalNs)
	println("EnableGC:", m.EnableGC)
	println("DebugGC:", m.DebugGC)
	println("Lookups:", m.Lookups)
	println("LastGC overwritten:", m.LastGC != 1)
	println("PauseEnd overwritten:", m.PauseEnd[0] != 1)
	println("NumForcedGC overwritten:", m.NumForcedGC != 12345)
	println("GCCPUFraction overwritten:", m.GCCPUFraction >= 0)
	println("BySize overwritten:", m.BySize[60].Size != 1)
	println("len(PauseNs), len(PauseEnd), len(BySize):", len(m.PauseNs), len(m.PauseEnd), len(m.BySize))

	deferred()
	println("deferred:", d.NumGC != 12345, d.EnableGC, d.NumGC >= m.NumGC)
	p := new(runtime.MemStats)
	runtime.ReadMemStats(p)
	println("through a pointer:", p.EnableGC, p.NumGC >= m.NumGC)
	var h holder
	h.n = 7
	runtime.ReadMemStats(&h.ms)
	println("a struct field:", h.n, h.ms.EnableGC, h.ms.NumGC >= m.NumGC)
	s := make([]runtime.MemStats, 3)
	runtime.ReadMemStats(&s[1])
	println("a slice element:", s[0].EnableGC, s[1].EnableGC, s[2].EnableGC)
	ok := true
	for i := 0; i < 100; i++ {
		ok = ok && local()
	}
	runtime.ReadMemStats(p)
	println("100 readings of a local: EnableGC, < 100 mallocs:", ok, p.Mallocs-m.Mallocs < 100)
}

// CHECK: Alloc == HeapAlloc: true
// CHECK-NEXT: TotalAlloc >= Alloc: true
// CHECK-NEXT: Sys >= HeapSys: true
// CHECK-NEXT: HeapObjects == Mallocs-Frees: true
// CHECK-NEXT: Mallocs >= 100: true
// CHECK-NEXT: HeapSys == HeapIdle+HeapInuse: true
// CHECK-NEXT: HeapInuse >= HeapAlloc: true
// CHECK-NEXT: HeapReleased <= HeapIdle: true
// CHECK-NEXT: StackInuse > 0: true
// CHECK-NEXT: MSpanInuse > 0: true
// CHECK-NEXT: MSpanSys >= MSpanInuse: true
// CHECK-NEXT: MCacheInuse > 0: true
// CHECK-NEXT: MCacheSys >= MCacheInuse: true
// CHECK-NEXT: NextGC > HeapAlloc: true
// CHECK-NEXT: NumGC >= 2: true
// CHECK-NEXT: PauseNs add up to PauseTotalNs: true
// CHECK-NEXT: PauseNs within PauseTotalNs: true
// CHECK-NEXT: EnableGC: true
// CHECK-NEXT: DebugGC: true
// CHECK-NEXT: Lookups: 7
// CHECK-NEXT: LastGC overwritten: true
// CHECK-NEXT: PauseEnd overwritten: true
// CHECK-NEXT: NumForcedGC overwritten: true
// CHECK-NEXT: GCCPUFraction overwritten: true
// CHECK-NEXT: BySize overwritten: true
// CHECK-NEXT: len(PauseNs), len(PauseEnd), len(BySize): 256 256 61
// CHECK-NEXT: deferred: true true true
// CHECK-NEXT: through a pointer: true true
// CHECK-NEXT: a struct field: 7 true true
// CHECK-NEXT: a slice element: false true false
// CHECK-NEXT: 100 readings of a local: EnableGC, < 100 mallocs: true true
