// Profiling torture at 1000 Hz: the ways a program ends while goroutines
// still run (spinning, blocked, sleeping): main returns; os.Exit(3) from
// main; os.Exit(4) from another goroutine; an unrecovered panic in
// another goroutine (exit 2). Each time the exit status and output are
// those of the plain run, nothing hangs, and the profile is written whole
// (the trailer at its end) and read by go tool pprof. Expected output: Go
// 1.19 (`go run`, with each argument).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=2 %exitcode timeout 120 %run %t return > %t.r.plain 2>&1
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.r.prof %exitcode timeout 120 %run %t return > %t.r.out 2>&1
// RUN: FileCheck %s --match-full-lines --check-prefix=RETURN < %t.r.plain
// RUN: diff %t.r.plain %t.r.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.r.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOMAXPROCS=2 %exitcode timeout 120 %run %t exit > %t.e.plain 2>&1
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.e.prof %exitcode timeout 120 %run %t exit > %t.e.out 2>&1
// RUN: FileCheck %s --match-full-lines --check-prefix=EXIT < %t.e.plain
// RUN: diff %t.e.plain %t.e.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.e.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOMAXPROCS=2 %exitcode timeout 120 %run %t goexit > %t.g.plain 2>&1
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.g.prof %exitcode timeout 120 %run %t goexit > %t.g.out 2>&1
// RUN: FileCheck %s --match-full-lines --check-prefix=GOEXIT < %t.g.plain
// RUN: diff %t.g.plain %t.g.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.g.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.p.prof %exitcode timeout 120 %run %t panic > %t.p.out 2>&1
// RUN: FileCheck %s --check-prefix=PANIC < %t.p.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.p.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

import (
	"os"
	"strconv"
	"time"
)

// RETURN: busy 9227465
// RETURN-NEXT: exit status 0
// EXIT: busy 9227465
// EXIT-NEXT: exit status 3
// GOEXIT: busy 9227465
// GOEXIT-NEXT: exit status 4
// PANIC: busy 9227465
// PANIC-NEXT: panic: torture: goroutine panics
// PANIC: exit status 2

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func spin(stop *int) {
	for *stop == 0 {
		select {
		default:
		}
	}
}

func main() {
	// Company: a spinner, a goroutine blocked forever, a sleeper.
	stop := 0
	go spin(&stop)
	never := make(chan int)
	go func() { <-never }()
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	// One write, not println: a print statement preempted midway can
	// lose its operands (print-preempted.go), and a spinner runs here.
	os.Stdout.WriteString("busy " + strconv.Itoa(fib(35)) + "\n")
	done := make(chan bool)
	switch os.Args[1] {
	case "exit":
		os.Exit(3)
	case "goexit":
		go func() {
			fib(20)
			os.Exit(4)
		}()
		<-done
	case "panic":
		go func() {
			fib(20)
			panic("torture: goroutine panics")
		}()
		<-done
	}
}
