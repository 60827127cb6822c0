// runtime.MemStats's layout is gort.h's GoMemStats, which the runtime
// fills: Inputs/memstats-offsets.c, built with the C compiler for the
// target and run there, prints each field's offset and LLVM type up to
// DebugGC (then where BySize must start) as FileCheck lines, which the
// compiler's stores to those fields must match. A call clears the whole
// struct (BySize too, which the runtime does not write) before
// ReadMemStats and puts Lookups and DebugGC back after it (Go 1.19 never
// writes them);
// a nil *MemStats panics before the call. A local variable whose address
// only ReadMemStats gets stays in the frame.
// RUN: %cc --plain %S/Inputs/memstats-offsets.c -o %t.offsets
// RUN: %run %t.offsets > %t.checks
// RUN: %gort build --target=%target -emit=llvm -O2 -g0 -o %t.ll %s
// RUN: FileCheck %t.checks < %t.ll
// RUN: FileCheck %s < %t.ll
package main

import "runtime"

func set(m *runtime.MemStats) {
	m.Alloc = 1
	m.TotalAlloc = 2
	m.Sys = 3
	m.Lookups = 4
	m.Mallocs = 5
	m.Frees = 6
	m.HeapAlloc = 7
	m.HeapSys = 8
	m.HeapIdle = 9
	m.HeapInuse = 10
	m.HeapReleased = 11
	m.HeapObjects = 12
	m.StackInuse = 13
	m.StackSys = 14
	m.MSpanInuse = 15
	m.MSpanSys = 16
	m.MCacheInuse = 17
	m.MCacheSys = 18
	m.BuckHashSys = 19
	m.GCSys = 20
	m.OtherSys = 21
	m.NextGC = 22
	m.LastGC = 23
	m.PauseTotalNs = 24
	m.PauseNs[0] = 25
	m.PauseEnd[0] = 26
	m.NumGC = 27
	m.NumForcedGC = 28
	m.GCCPUFraction = 29
	m.EnableGC = true
	m.DebugGC = true
	m.BySize[0].Size = 30
}

// CHECK-LABEL: define void @main.read(ptr
// CHECK: br i1 %{{.*}}, label %nil.panic, label %nil.ok
// CHECK: call void @runtime.panicnilfunc()
// CHECK: nil.ok:
// CHECK-NEXT: %Lookups = getelementptr inbounds i8, ptr %m, i{{32|64}} 24
// CHECK-NEXT: [[LOOKUPS:%.*]] = load i64, ptr %Lookups
// CHECK-NEXT: %DebugGC = getelementptr inbounds i8, ptr %m, i{{32|64}} 4305
// CHECK-NEXT: [[DEBUGGC:%.*]] = load i8, ptr %DebugGC
// CHECK-NEXT: call void @llvm.memset.{{.*}}(ptr {{.*}}%m, i8 0, i{{32|64}} {{5528|5776}}, i1 false)
// CHECK-NEXT: call void @runtime.ReadMemStats(ptr {{.*}}%m)
// CHECK-NEXT: store i64 [[LOOKUPS]], ptr %Lookups
// CHECK-NEXT: store i8 [[DEBUGGC]], ptr %DebugGC
func read(m *runtime.MemStats) {
	runtime.ReadMemStats(m)
}

// A local variable read into stays in the frame: the runtime writes it
// during the call only. A go statement's call may outlive the frame.
// CHECK-LABEL: define {{.*}}i1 @main.local()
// CHECK-NOT: @runtime.mallocgc
// CHECK: call void @runtime.ReadMemStats(ptr
// CHECK-NOT: @runtime.mallocgc
// CHECK: ret i1
func local() bool {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.EnableGC
}

// CHECK-LABEL: define void @main.gostmt()
// CHECK: call noalias ptr @runtime.mallocgc(i{{32|64}} {{5528|5776}},
func gostmt() {
	var m runtime.MemStats
	go runtime.ReadMemStats(&m)
}

func main() {
	var m runtime.MemStats
	set(&m)
	read(&m)
	println(m.NumGC, local())
	gostmt()
}
