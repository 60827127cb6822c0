// Stacks that exhaust the address space end with Go's out of memory, not
// a signal: endless recursion under a limit below the stack limit (Go
// 1.19 too says out of memory there: its stack copy fails), and a
// goroutine per loop turn, each blocked for ever. On amd64 the address
// space is limited (RLIMIT_AS, %exitcode --as). 386 and arm have no such
// case: under qemu-user each segment's guard is an mprotect, and
// vm.max_map_count's limit (its own fatal error, runtime/stack-guard-
// maps.c) comes first in any guest space the runtime starts in (1 GB,
// qemu-i386 -R; qemu-arm aborts with -R, an assertion on its commpage).
// Without a limit the recursion ends at
// the stack limit (test/e2e/stack-overflow.go). Go 1.19's output: at
// `ulimit -v 1000000` (it needs some 700 MB to start).
// REQUIRES: split
// Not under the sanitizers or -race: ASan and TSan map their shadow
// memory at start-up, which no address-space limit leaves room for.
// UNSUPPORTED: sanitize, race-suite
// RUN: %gort build --target=%target -o %t %s
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t recurse 2>&1 | FileCheck %s %}
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t goroutines 2>&1 | FileCheck %s %}
package main

import "os"

func loop(n int) int {
	if n < 0 {
		return n
	}
	return loop(n+1) + 1
}

func block(c chan int) { <-c }

func main() {
	println("start")
	switch os.Args[1] {
	case "recurse":
		println(loop(0))
	case "goroutines":
		c := make(chan int)
		for {
			go block(c)
		}
	}
}

// CHECK: start
// CHECK-NEXT: runtime: out of memory: cannot allocate {{[0-9]+}}-byte block ({{[0-9]+}} in use)
// CHECK-NEXT: fatal error: out of memory
// CHECK-EMPTY:
// CHECK-NEXT: runtime stack:
// CHECK-NOT: SIG
// CHECK: exit status 2
