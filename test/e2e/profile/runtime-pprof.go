// runtime/pprof: StartCPUProfile into a file that os.Create made, the
// hot function, StopCPUProfile, which returns once the whole profile is
// in the file: Go 1.19's `go tool pprof` reads it. A second Start while
// profiling fails with Go 1.19's error; a second Stop does nothing; a
// profile can be started again after Stop. With $GORTCPUPROFILE the
// runtime already profiles the run: Start fails the same way.
// Expected output: Go 1.19 (`go run`; go tool pprof of its profile shows
// main.spin the same way).
// REQUIRES: split
// RUN: %gort build -O0 --target=%target -o %t %s
// RUN: %run %t %t.prof %t.prof2 | FileCheck %s
// CHECK:      start: <nil>
// CHECK-NEXT: again: cpu profiling already in use
// CHECK-NEXT: stopped
// CHECK-NEXT: restart: <nil>
// CHECK-NEXT: done
// Shares leave out any sample of sysmon's thread and count a leaf in the
// signal machinery (runtime.asyncPreempt) to the function it stopped:
// the runtime avoids both now (setprof), pprof-check.py says why they
// were there.
// RUN: %pprof-check --named-leaf --exclude=runtime.sysmon %t %t.prof --min-samples=20 --flat=main.spin:0.8
// RUN: %pprof -top %t %t.prof | FileCheck --check-prefix=TOP %s
// TOP: Type: cpu
// TOP: main.spin
// The second profile is a valid one too, if maybe without samples.
// RUN: %pprof -top %t %t.prof2 | FileCheck --check-prefix=TOP2 %s
// TOP2: Type: cpu
// RUN: env GORTCPUPROFILE=%t.env.prof %run %t %t.prof3 %t.prof4 | FileCheck --check-prefix=ENV %s
// ENV: start: cpu profiling already in use
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
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

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	err = pprof.StartCPUProfile(f)
	fmt.Println("start:", err)
	if err != nil {
		return
	}
	fmt.Println("again:", pprof.StartCPUProfile(os.Stderr))
	if spin(200000000) == 0 {
		println("zero")
	}
	pprof.StopCPUProfile()
	pprof.StopCPUProfile()
	f.Close()
	fmt.Println("stopped")

	g, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	fmt.Println("restart:", pprof.StartCPUProfile(g))
	spin(1000)
	pprof.StopCPUProfile()
	g.Close()
	fmt.Println("done")
}
