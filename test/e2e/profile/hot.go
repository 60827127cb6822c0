// A CPU-bound program profiled through $GORTCPUPROFILE: the function that
// does nearly all the work is the leaf of more than 80% of the samples
// that Go 1.19's `go tool pprof` reads from the profile, as it would be
// in a Go program's profile; cold, a hundredth of the work, is not
// above it. No exact counts: a sample is 10ms of CPU time, wherever the
// timer fires. -O0 keeps every call a call: go tool pprof reads the
// DWARF of a binary that is not gc's without its inlined calls (cmd/pprof
// dwarfSourceLine), so that at -O2 spin's samples count to main.main.
// REQUIRES: split
// RUN: %gort build -O0 --target=%target -o %t %s
// RUN: env GORTCPUPROFILE=%t.prof %run %t | FileCheck %s
// CHECK: done
// spin's samples reach main.main, on arm too, where LLVM's CFI of a leaf
// (spin at -O0) says lr is saved on the stack through the body and the
// pc table says it is in lr (tools/gort/Pcln.cpp).
// Shares leave out any sample of sysmon's thread and count a leaf in the
// signal machinery (runtime.asyncPreempt) to the function it stopped:
// the runtime avoids both now (setprof), pprof-check.py says why they
// were there.
// RUN: %pprof-check --named-leaf --exclude=runtime.sysmon %t %t.prof --min-samples=20 --flat=main.spin:0.8 --reach=main.spin:main.main:0.95
// `go tool pprof -top` lists it first.
// RUN: %pprof -top %t %t.prof | FileCheck --check-prefix=TOP %s
// TOP: Type: cpu
// TOP: flat  flat%   sum%        cum   cum%
// TOP-NEXT: {{ main.spin$}}
package main

import (
	"os"
	"strconv"
)

// spin runs a xorshift generator n steps.
func spin(n int) uint32 {
	x := uint32(2463534242)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
	}
	return x
}

// cold does a hundredth of spin's work, its own.
func cold(n int) uint32 {
	x := uint32(88172645)
	for i := 0; i < n/100; i++ {
		x ^= x << 7
		x ^= x >> 9
		x ^= x << 8
	}
	return x
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	// Two calls of spin, so that not every sample has the same caller's
	// pc: go tool pprof's reader of the legacy format takes a caller that
	// (almost) every sample shares for the profiler's own frame and
	// strips it (legacy_profile.go's cpuProfile), up to two of them.
	var sum uint32
	for i := 0; i < 5; i++ {
		sum += spin(n) + cold(n)
		sum += spin(n)
	}
	if sum == 0 {
		println("zero")
	}
	os.Stdout.WriteString("done\n")
}
