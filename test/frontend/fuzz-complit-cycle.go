// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Found by gort-fuzz (docs/TESTING.md, "Fuzzing"): a composite literal of
// a type inside its own declaration, whose underlying type is not set yet,
// crashed the checker. gc's error (types2's check that the struct or
// array is set up).
package main

// CHECK: fuzz-complit-cycle.go:[[@LINE+1]]:13: error: illegal cycle in type declaration{{$}}
type T [len(T{})]int

type S struct {
	// CHECK: fuzz-complit-cycle.go:[[@LINE+1]]:9: error: illegal cycle in type declaration{{$}}
	f [len(S{}.f)]int
}

// CHECK-NOT: error
func main() {}
