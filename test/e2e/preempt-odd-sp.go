// Asynchronous preemption of a leaf whose stack pointer is not 8-aligned:
// at -O0 spin's frame is 2 bytes (on amd64, `subq $2, %rsp`), and the
// SIGURG handler stores asyncPreempt's return address below it. That
// store was misaligned for C++ (UBSan's report in the amd64-san suite);
// the preemption itself must work everywhere, or main never runs at
// GOMAXPROCS=1. Expected output: Go 1.19 (`go run`, GOMAXPROCS=1).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// CHECK: main ran
package main

import "time"

var stop int32

func spin(c byte) byte {
	for stop == 0 {
		c++
	}
	return c
}

var out byte

func main() {
	go func() {
		out = spin(out)
	}()
	time.Sleep(10 * time.Millisecond)
	stop = 1
	println("main ran")
}

// Not under -race: main's store to stop races with spin's loads, by
// design (Go's race detector reports it too).
// UNSUPPORTED: race-suite
