// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Misused runtime.ReadMemStats calls (a MemStats value, no argument, two,
// its no-value result used) and MemStats fields misused in literals,
// assignments, selectors and &: gc's type errors (at most 9 a file: gc
// stops at 10; sema-error-memstats.go has the fields' types).
// Expected output: Go 1.19 (`go build`).
package main

import "runtime"

func main() {
	var m runtime.MemStats
	// CHECK: sema-error-memstats-call.go:[[@LINE+1]]:23: error: cannot use m (variable of type runtime.MemStats) as type *runtime.MemStats in argument to runtime.ReadMemStats
	runtime.ReadMemStats(m)
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+3]]:2: error: not enough arguments in call to runtime.ReadMemStats
	// CHECK-NEXT: {{^}}	have (){{$}}
	// CHECK-NEXT: {{^}}	want (*runtime.MemStats){{$}}
	runtime.ReadMemStats()
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:7: error: runtime.ReadMemStats(&m) (no value) used as value
	x := runtime.ReadMemStats(&m)
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+3]]:27: error: too many arguments in call to runtime.ReadMemStats
	// CHECK-NEXT: {{^}}	have (*runtime.MemStats, *runtime.MemStats){{$}}
	// CHECK-NEXT: {{^}}	want (*runtime.MemStats){{$}}
	runtime.ReadMemStats(&m, &m)
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:8: error: m.bySize undefined (type runtime.MemStats has no field or method bySize, but does have BySize)
	_ = m.bySize
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:16: error: cannot use 1 (untyped int constant) as struct{Size uint32; Mallocs uint64; Frees uint64} value in assignment
	m.BySize[0] = 1
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:18: error: cannot use &m.NumGC (value of type *uint32) as type *uint64 in variable declaration
	var p *uint64 = &m.NumGC
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:30: error: cannot use "x" (untyped string constant) as uint64 value in struct literal
	_ = runtime.MemStats{Alloc: "x"}
	// CHECK-NEXT: sema-error-memstats-call.go:[[@LINE+1]]:28: error: cannot use 1.5 (untyped float constant) as uint64 value in struct literal (truncated)
	_ = runtime.MemStats{Sys: 1.5}
	_, _ = x, p
}

// CHECK-NOT: error
