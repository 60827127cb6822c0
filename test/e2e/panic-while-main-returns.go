// A goroutine whose panic is under way when main returns ends the program
// with status 2, never 0 (Go 1.19's runtime.main; runtime/runtime.cpp,
// mainexit): main gives deferred calls that are running for a panic a
// while to finish, and waits for a fatal error that has begun to print.
// At GOMAXPROCS=1 main returns while the deferred call has yielded; at 2
// and 3 the two race, so the program runs 30 times and must fail each time.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s
// RUN: %python -c "import os, subprocess, sys; r = [subprocess.run(sys.argv[1:], env=dict(os.environ, GOMAXPROCS=n), capture_output=True, timeout=60).returncode for n in '23' for i in range(30)]; print(len(r), 'runs, exit statuses', sorted(set(r)))" %run %t | FileCheck %s --check-prefix=RACE
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() {
		defer func() {
			c <- 1
			runtime.Gosched()
			println("deferred call done")
		}()
		panic("while main returns")
	}()
	<-c
	println("main returns")
}

// CHECK: main returns
// CHECK-NEXT: deferred call done
// CHECK-NEXT: panic: while main returns
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK: exit status 2

// RACE: 60 runs, exit statuses [2]
