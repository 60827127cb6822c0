// The pc table's frames around arm's split-stack prologue. LLVM's CFI is
// wrong where __morestack's return path and the body's entry meet (it
// keeps lr saved below a CFA that is sp itself, and calls the body's
// first `pop {r4, r5}` CFA=SP where sp is 8 lower); gort's table corrects
// those rows, so that a signal there (SIGPROF, SIGQUIT) still finds the
// caller: after `bl __morestack; pop {lr}` CFA=SP+8 and lr restored;
// at `bx lr` CFA=SP; at the body's `pop {r4, r5}` CFA=SP+8, the return
// address still in lr; after it CFA=SP; then the body's frame. A leaf
// (-O0's leaf keeps locals on the stack but lr in lr) has rows that keep
// the `push {lr}` rule through its whole body: lr stays in lr there.
// REQUIRES: arm
// RUN: %gort build --target=%target -O2 -dump-frames=main.fib -o %t %s | FileCheck %s
// CHECK: main.fib
// CHECK-NEXT: +0x0 cfa=sp+0 fp=0 ra=0
// CHECK: cfa=sp+8 fp=0 ra=0
// CHECK-NEXT: cfa=sp+12 fp=0 ra=3
// CHECK-NEXT: cfa=sp+8 fp=0 ra=0
// CHECK-NEXT: cfa=sp+0 fp=0 ra=0
// CHECK-NEXT: cfa=sp+8 fp=0 ra=0
// CHECK-NEXT: cfa=sp+0 fp=0 ra=0
// CHECK-NEXT: cfa=sp+16 fp=2 ra=1
// RUN: %gort build --target=%target -O0 -dump-frames=main.leaf -o %t.O0 %s | FileCheck %s --check-prefix=LEAF
// LEAF: main.leaf
// LEAF: cfa=sp+12 fp=0 ra=3
// LEAF-NEXT: cfa=sp+8 fp=0 ra=0
// LEAF-NEXT: cfa=sp+0 fp=0 ra=0
// LEAF-NEXT: cfa=sp+8 fp=0 ra=0
// LEAF-NEXT: cfa=sp+0 fp=0 ra=0
// LEAF-NEXT: cfa=sp+{{[1-9][0-9]*}} fp=0 ra=0
// LEAF-NOT: ra=3
// LEAF: main.main
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func leaf(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7
	}
	return s
}

func main() {
	println(fib(20), leaf(10))
}
