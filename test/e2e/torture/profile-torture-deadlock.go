// A deadlock under $GORTCPUPROFILE: Go 1.19 prints "fatal error: all
// goroutines are asleep - deadlock!" and exits 2; so must a profiled run.
// XFAIL: *
// Known bug (runtime/runtime.cpp, dopanic): the deadlock's fatal comes
// from nextgandunlock with sched.lock held; dopanic calls cpuprofexit,
// whose SetCPUProfileRate(0) -> setcpuprofilerate takes sched.lock again:
// the process hangs forever (here: timeout's exit status 124). Remove the
// XFAIL once fixed.
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: %exitcode timeout 30 %run %t > %t.plain 2>&1
// RUN: FileCheck %s < %t.plain
// RUN: env GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.prof %exitcode timeout 30 %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
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
