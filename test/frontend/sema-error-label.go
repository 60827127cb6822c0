// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Labels, break, continue, goto and fallthrough.
package main

func main() {
	// CHECK: sema-error-label.go:[[@LINE+1]]:1: error: label L defined and not used
L:
	for {
		// CHECK: sema-error-label.go:[[@LINE+1]]:9: error: break label not defined: M
		break M
	}
	// CHECK: sema-error-label.go:[[@LINE+1]]:2: error: continue is not in a loop
	continue
N:
	if true {
		// CHECK: sema-error-label.go:[[@LINE+1]]:9: error: invalid break label N
		break N
	}
	switch {
	case true:
		// CHECK: sema-error-label.go:[[@LINE+1]]:3: error: fallthrough statement out of place
		fallthrough
		println()
	case false:
		// CHECK: sema-error-label.go:[[@LINE+1]]:3: error: cannot fallthrough final case in switch
		fallthrough
	}
	// CHECK: sema-error-label.go:[[@LINE+1]]:7: error: label P not defined
	goto P
	// CHECK: sema-error-label.go:[[@LINE+1]]:2: error: break is not in a loop, switch, or select
	break
Q:
	goto Q
	// CHECK: sema-error-label.go:[[@LINE+1]]:1: error: label Q already defined at {{.*}}sema-error-label.go:[[@LINE-2]]:1
Q:
	goto Q
}
// CHECK-NOT: error
