// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// runtime.MemStats has Go 1.19's fields with their types (uint64, uint32,
// float64, bool, [256]uint64, BySize's [61]struct{...}), and
// runtime.ReadMemStats takes a *MemStats and returns nothing: the correct
// uses in ok() pass, and each misuse is gc's type error. gc stops at 10
// errors: sema-error-memstats-call.go has the misused calls and the rest.
// Expected output: Go 1.19 (`go build`).
package main

import "runtime"

func ok() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var a, t, s, l, mal, fr uint64 = m.Alloc, m.TotalAlloc, m.Sys, m.Lookups, m.Mallocs, m.Frees
	var ha, hs, hi, hu, hr, ho uint64 = m.HeapAlloc, m.HeapSys, m.HeapIdle, m.HeapInuse, m.HeapReleased, m.HeapObjects
	var si, ss, spi, sps, mci, mcs uint64 = m.StackInuse, m.StackSys, m.MSpanInuse, m.MSpanSys, m.MCacheInuse, m.MCacheSys
	var bh, gs, os, ng, lg, pt uint64 = m.BuckHashSys, m.GCSys, m.OtherSys, m.NextGC, m.LastGC, m.PauseTotalNs
	var pn, pe [256]uint64 = m.PauseNs, m.PauseEnd
	var n, nf uint32 = m.NumGC, m.NumForcedGC
	var f float64 = m.GCCPUFraction
	var e, d bool = m.EnableGC, m.DebugGC
	var bs [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	} = m.BySize
	var p *runtime.MemStats = &m
	runtime.ReadMemStats(p)
	defer runtime.ReadMemStats(p)
	_, _, _, _, _, _, _, _, _, _, _, _ = a, t, s, l, mal, fr, ha, hs, hi, hu, hr, ho
	_, _, _, _, _, _, _, _, _, _, _, _ = si, ss, spi, sps, mci, mcs, bh, gs, os, ng, lg, pt
	_, _, _, _, _, _, _, _ = pn, pe, n, nf, f, e, d, bs
}

// CHECK-NOT: error
func main() {
	var m runtime.MemStats
	// CHECK: sema-error-memstats.go:[[@LINE+1]]:14: error: cannot use m.Alloc (variable of type uint64) as type int in variable declaration
	var i int = m.Alloc
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:17: error: cannot use m.NumGC (variable of type uint32) as type uint64 in variable declaration
	var u uint64 = m.NumGC
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:18: error: cannot use m.GCCPUFraction (variable of type float64) as type float32 in variable declaration
	var f float32 = m.GCCPUFraction
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:15: error: cannot use m.PauseNs (variable of type [256]uint64) as type bool in variable declaration
	var b bool = m.PauseNs
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:15: error: cannot use 1 (untyped int constant) as bool value in assignment
	m.EnableGC = 1
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:21: error: cannot use m.BySize[0].Mallocs (variable of type uint64) as type uint32 in assignment
	m.BySize[0].Size = m.BySize[0].Mallocs
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:16: error: invalid argument: index 256 out of bounds [0:256]
	_ = m.PauseNs[256]
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:14: error: cannot use m.BySize[0].Frees (variable of type uint64) as type int in variable declaration
	var n int = m.BySize[0].Frees
	// CHECK-NEXT: sema-error-memstats.go:[[@LINE+1]]:17: error: cannot use m.DebugGC (variable of type bool) as type string in variable declaration
	var s string = m.DebugGC
	_, _, _, _, _, _ = i, u, f, b, n, s
}

// CHECK-NOT: error
