// A deadlock under $GORTCPUPROFILE: Go 1.19 prints "fatal error: all
// goroutines are asleep - deadlock!" and exits 2; so must a profiled run,
// and its profile is whole. (The fatal error comes with the scheduler's
// lock held: the exit's end of the profile must not take it again, which
// hung the process.)
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: %exitcode timeout 30 %run %t > %t.plain 2>&1
// RUN: FileCheck %s < %t.plain
// RUN: env GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.prof %exitcode timeout 30 %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.prof
package main

// CHECK: busy 832040
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK: exit status 2

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("busy", fib(30))
	<-make(chan int)
}
