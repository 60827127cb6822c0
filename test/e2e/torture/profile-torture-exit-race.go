// Two exits at once under $GORTCPUPROFILE: main returns while another
// goroutine calls os.Exit(4). Go 1.19 exits 0 or 4, whichever comes
// first; either way the profile must be whole (profcheck.py: the trailer
// at its end). Every exit waits for the profile's writer (once, the
// second exit ended the process during the first one's flush: an empty
// profile).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.prof %exitcode timeout 30 %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.prof
package main

import "os"

// CHECK: busy 832040
// CHECK-NEXT: exit status {{[04]}}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("busy", fib(30))
	go func() {
		os.Exit(4)
	}()
	for i := 0; i < 1000; i++ {
		fib(i % 10)
	}
}
