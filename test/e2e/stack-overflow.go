// Endless recursion ends with Go's stack limit, 1000000000 bytes of stack
// for one goroutine on 64-bit targets and 250000000 on 32-bit ones
// (runtime/proc.cpp, newstack, over all its segments), at every
// optimisation level: the recursive call stays a call (no tail-call
// elimination), so it neither hangs nor runs out of memory.
// Expected output: Go 1.19 (`go run`), which goes on with a traceback.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode timeout 120 %run %t.O0 2>&1 | FileCheck %s --check-prefixes=CHECK,%target
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode timeout 120 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,%target
package main

// A tail call: eliminated, it would loop for ever.
func loop(n int) int {
	if n < 0 {
		return n
	}
	return loop(n + 1)
}

func main() {
	println("start")
	println(loop(0))
}

// CHECK: start
// amd64-NEXT: runtime: goroutine stack exceeds 1000000000-byte limit
// 386-NEXT: runtime: goroutine stack exceeds 250000000-byte limit
// arm-NEXT: runtime: goroutine stack exceeds 250000000-byte limit
// CHECK-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
// CHECK: exit status 2

