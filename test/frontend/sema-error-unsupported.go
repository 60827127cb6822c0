// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Valid Go of tier 3 is rejected by name, and nothing else is
// reported about it (no "undefined", no "declared but not used").
package main

// A package the library lacks is an error before checking
// (packages-errors.test).
import "sync"

// Type declarations, slices and maps are tier 2, which gort has.
type T int

// Methods are tier 2 too (no error).
func (T) M() {}

func main() {
	var s []int
	m := map[int]int{}
	s = append(s, 1)
	_, _ = s, m
	// Go's methods of imported types gort does not have yet.
	var rw sync.RWMutex
	// CHECK: sema-error-unsupported.go:[[@LINE+1]]:9: error: method sync.RWMutex.RLocker is not supported yet
	_ = rw.RLocker()
}
// CHECK-NOT: error
