// A profile across goroutines on two Ms: at GOMAXPROCS=2 two goroutines
// spin at once, each in a function of its own, for the same work; the
// interval timer (ITIMER_PROF) counts the CPU time of the whole process
// and its SIGPROF lands on whichever thread runs, so that both functions
// have about half of the samples. -O0 keeps them calls (go tool pprof
// counts inlined code to the caller). Each reaches its worker.
// REQUIRES: split
// RUN: %gort build -O0 --target=%target -o %t %s
// RUN: env GORTCPUPROFILE=%t.prof %run %t | FileCheck %s
// CHECK: done
// Shares leave out any sample of sysmon's thread and count a leaf in the
// signal machinery (runtime.asyncPreempt) to the function it stopped:
// the runtime avoids both now (setprof), pprof-check.py says why they
// were there. About 100 samples: a share's spread is about 0.05, so 0.25
// is five of them below a half (with about 50 and 0.3 it was under three,
// and one run in a few hundred failed).
// RUN: %pprof-check --named-leaf --exclude=runtime.sysmon %t %t.prof --min-samples=20 --flat=main.spinA:0.25 --flat=main.spinB:0.25 --reach=main.spinA:main.worker:0.9 --reach=main.spinB:main.worker:0.9
// RUN: %pprof -top %t %t.prof | FileCheck --check-prefix=TOP %s
// TOP: Type: cpu
// TOP-DAG: main.spinA
// TOP-DAG: main.spinB
package main

import (
	"os"
	"runtime"
)

// spinA and spinB run xorshift generators n steps, each its own.
func spinA(n int) uint32 {
	x := uint32(2463534242)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
	}
	return x
}

func spinB(n int) uint32 {
	x := uint32(88172645)
	for i := 0; i < n; i++ {
		x ^= x << 7
		x ^= x >> 9
		x ^= x << 8
	}
	return x
}

// worker runs spinA or spinB and sends its result. (Not a function
// value: the call would go through a wrapper that go tool pprof cannot
// name.)
func worker(b bool, n int, out chan uint32) {
	if b {
		out <- spinB(n)
	} else {
		out <- spinA(n)
	}
}

func main() {
	runtime.GOMAXPROCS(2)
	out := make(chan uint32)
	n := 200000000
	go worker(false, n, out)
	go worker(true, n, out)
	if <-out+<-out == 0 {
		println("zero")
	}
	os.Stdout.WriteString("done\n")
}
