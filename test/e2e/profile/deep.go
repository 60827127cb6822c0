// Stacks that cross stack segments: down recurses 30 levels with a frame
// of 1024 words (8 KB on amd64, 4 KB on 386 and arm), more than a
// segment's 4 KB minimum, so that each level runs on a segment of its
// own (docs/DESIGN.md); the profiler's walk of a sample's stack (runtime/
// traceback.cpp, signal-safe) goes from segment to segment through each
// split's Stktop. The samples on main.down's frames reach main.main
// through main.down alone, some through all 31 levels. The samples of
// the runtime allocating a segment
// (on g0: their stacks end at the asm that switched to it) do not count.
// Built at -O2, the default: down keeps its calls (it is recursive).
// Under the sanitizers each of the 240,000 splits tells ASan of two
// stack switches; with other tests beside it, its runtime's share has
// reached 0.3 (CI), so cum there is 0.5.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GORTCPUPROFILE=%t.prof %run %t | FileCheck %s
// CHECK: done
// RUN: %pprof-check --exclude=runtime.sysmon %t %t.prof --min-samples=20 --cum=main.down:%if sanitize %{0.5%} %else %{0.7%} --depth=main.down:25 --reach=main.down:main.main:%if arm %{0.85%} %else %{0.97%}
// `go tool pprof -traces` shows those stacks.
// RUN: %pprof -traces %t %t.prof | FileCheck --check-prefix=TRACES %s
// TRACES: Type: cpu
// TRACES: main.down
// TRACES: main.main
package main

import "os"

// down fills and mixes its frame's buffer, recursing depth more levels,
// and mixes it more at the deepest.
func down(depth int, seed int) int {
	var buf [1024]int
	for i := range buf {
		buf[i] = seed*i + depth
	}
	sum := 0
	for i := range buf {
		sum += buf[(i*7+seed)&1023] ^ (sum >> 3)
	}
	if depth == 0 {
		for r := 0; r < 30; r++ {
			for i := range buf {
				sum += buf[(i*13+r)&1023] ^ (sum >> 5)
			}
		}
		return sum
	}
	return down(depth-1, sum&1023) + buf[sum&1023]
}

func main() {
	total := 0
	for i := 0; i < 8000; i++ {
		total += down(30, i)
	}
	if total == 0 {
		println("zero")
	}
	os.Stdout.WriteString("done\n")
}

// Not under -race: each split resets the new segment's shadow, which
// outweighs down's own samples.
// UNSUPPORTED: race-suite
