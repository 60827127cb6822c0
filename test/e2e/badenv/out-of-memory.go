// A program that exhausts memory or address space ends with Go's words
// and status 2, never a signal: the heap's last failed growth (runtime:
// out of memory: cannot allocate N-byte block (M in use)), then fatal
// error: out of memory and the traceback of a throw. On amd64 the address
// space is limited (RLIMIT_AS, %exitcode --as) so that the end comes
// quickly: gort's heap then reserves what the limit leaves it (Go 1.0's
// memlimit). On 386 and arm (qemu-user, whose guest space is a 4 GB
// reservation of its own, so a ulimit below that stops qemu itself) the
// 32-bit address space runs out by itself: 64 MB blocks, never written,
// cost no memory. Go 1.19 needs some 700 MB of address space to start:
// its output below was taken at `ulimit -v 1000000` (amd64) and without a
// limit under qemu-arm (its 386 build does not run under qemu-i386).
// Cases that write all they allocate (small objects, an appended slice)
// run on amd64 only, where the limit keeps them small.
// REQUIRES: split
// Not under the sanitizers or -race: ASan and TSan map their shadow
// memory at start-up, which no address-space limit leaves room for.
// UNSUPPORTED: sanitize, race-suite
// RUN: %gort build --target=%target -o %t %s
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t blocks 2>&1 | FileCheck %s --check-prefixes=CHECK,ANY %} %else %{ %exitcode timeout 120 %run %t blocks 2>&1 | FileCheck %s --check-prefixes=CHECK,ANY %}
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t small 2>&1 | FileCheck %s --check-prefixes=CHECK,ANY %}
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t append 2>&1 | FileCheck %s --check-prefixes=CHECK,ANY %}
// RUN: %if amd64 %{ %exitcode --as=200000000 %run %t huge 2>&1 | FileCheck %s --check-prefixes=CHECK,HUGE %}
// RUN: %if amd64 %{ %exitcode %run %t huge 2>&1 | FileCheck %s --check-prefixes=CHECK,HUGE %}
package main

import "os"

var sink [][]byte

func main() {
	println("start")
	switch os.Args[1] {
	case "blocks": // kept, never written
		for {
			sink = append(sink, make([]byte, 64<<20))
		}
	case "small": // kept and written: the heap's small objects
		for {
			sink = append(sink, make([]byte, 64))
		}
	case "append": // one slice that grows, its old arrays garbage
		var s []int
		for {
			s = append(s, 1)
		}
	case "huge": // 1 TB at once, with or without a limit
		n := 1 << 20
		b := make([]byte, n<<20)
		println(len(b))
	}
}

// CHECK: start
// ANY-NEXT: runtime: out of memory: cannot allocate {{[0-9]+}}-byte block ({{[0-9]+}} in use)
// HUGE-NEXT: runtime: out of memory: cannot allocate 1099511627776-byte block ({{[0-9]+}} in use)
// CHECK-NEXT: fatal error: out of memory
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: SIG
// CHECK: exit status 2
