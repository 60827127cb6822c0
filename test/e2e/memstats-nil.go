// runtime.ReadMemStats of a nil *MemStats ends the program with Go's
// [signal SIGSEGV ... addr=0x0] line and exit status 2, before the runtime
// stops the world (a fault inside it would leave the world stopped).
// Go 1.19 faults on its system stack: "fatal error: unexpected signal
// during runtime execution", which no deferred call recovers; gort tests
// the pointer before the call and panics with the nil dereference's
// run-time error instead (docs/DESIGN.md), so the first line may be
// either.
// Expected output: Go 1.19 (`go run`), up to the pc and the first line.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var p *runtime.MemStats

func main() {
	println("calling ReadMemStats(nil)")
	runtime.ReadMemStats(p)
	println("not reached")
}

// CHECK: calling ReadMemStats(nil)
// CHECK-NEXT: {{^(fatal error: unexpected signal during runtime execution|panic: runtime error: invalid memory address or nil pointer dereference)$}}
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-NOT: not reached
// CHECK: goroutine 1 [running]:
// CHECK-NOT: not reached
// CHECK: exit status 2
