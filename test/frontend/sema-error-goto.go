// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// goto: not forward over a variable declaration of the label's block (gc
// names the last one before the label), not into a block; both at the
// label of the goto, naming the declaration or the block's start.
// Expected output: Go 1.19 (`go vet`, `go build`).
package main

func main() {
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto A jumps over declaration of x at {{.*}}sema-error-goto.go:[[@LINE+2]]:4
	goto A
	x := 1
	_ = x
A:
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto B jumps over declaration of c at {{.*}}sema-error-goto.go:[[@LINE+4]]:3
	goto B
	a, b := 1, 2
	var (
		c int
		d int
	)
	_, _, _, _ = a, b, c, d
	// After the declarations: allowed.
	goto B
B:
	// Out of a block to a later label of the enclosing one: allowed.
	{
		goto C
	}
C:
	// Backward over a declaration: allowed.
	y := 2
	_ = y
	if y > 5 {
		goto C
	}
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto D jumps into block starting at {{.*}}sema-error-goto.go:[[@LINE+2]]:2
	goto D
	{
	D:
	}
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto E jumps into block starting at {{.*}}sema-error-goto.go:[[@LINE+3]]:9
	goto E
	if y > 0 {
	} else {
	E:
	}
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto F jumps into block starting at {{.*}}sema-error-goto.go:[[@LINE+3]]:2
	goto F
	switch {
	case y > 0:
	F:
	}
	for {
	G:
		break
	}
	// Backward into a block that has ended.
	// CHECK: sema-error-goto.go:[[@LINE+1]]:7: error: goto G jumps into block starting at {{.*}}sema-error-goto.go:[[@LINE-5]]:6
	goto G
}

func lit() {
	f := func() {
		// CHECK: sema-error-goto.go:[[@LINE+1]]:8: error: goto L jumps over declaration of v at {{.*}}sema-error-goto.go:[[@LINE+2]]:7
		goto L
		var v int
		_ = v
	L:
	}
	f()
}
// CHECK-NOT: error
