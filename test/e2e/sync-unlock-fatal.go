// Unlocking an unlocked sync.Mutex is a fatal error, as in Go 1.19: the
// deferred call does not run (no recover), exit status 2.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "sync"

func main() {
	var mu sync.Mutex
	defer func() {
		println("not reached:", recover() != nil)
	}()
	mu.Lock()
	mu.Unlock()
	println("unlocking an unlocked mutex")
	mu.Unlock()
}

// CHECK: unlocking an unlocked mutex
// CHECK-NEXT: fatal error: sync: unlock of unlocked mutex
// CHECK: exit status 2
