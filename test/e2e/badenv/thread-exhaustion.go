// OS threads that exhaust the address space (each of gort's ms is a
// pthread with the default 8 MB stack) end with Go 1.19's words for a
// thread it cannot create (newosproc: runtime: failed to create new OS
// thread (have N already; errno=E), then fatal error: newosproc) and
// status 2, not libcgo's message and SIGABRT. Each goroutine blocks in
// open(2) of a FIFO no one writes, so each needs an m of its own. Go
// 1.19's threads are smaller (16 KB stacks): at the same limit it would
// run into its 10000-thread limit instead, which gort does not have; the
// expected words are those of Go's newosproc (os_linux.go). What runs out
// first is a thread's stack almost always, but a small allocation that
// needs new address space (a collection's work buffers under GOGC=1) may
// come first: Go's out of memory words are as good. amd64 only:
// qemu-user's guest space cannot be limited this way (out-of-memory.go).
// REQUIRES: split, amd64
// Not under the sanitizers or -race: ASan and TSan map their shadow
// memory at start-up, which no address-space limit leaves room for.
// UNSUPPORTED: sanitize, race-suite
// RUN: %gort build --target=%target -o %t %s
// RUN: rm -f %t.fifo
// RUN: mkfifo %t.fifo
// RUN: %exitcode --as=200000000 %run %t %t.fifo 2>&1 | FileCheck %s
package main

import "os"

func main() {
	println("start")
	for i := 0; i < 1000; i++ {
		go func() { os.Open(os.Args[1]) }()
	}
	select {}
}

// CHECK: start
// CHECK-NEXT: {{^runtime: failed to create new OS thread \(have [0-9]+ already; errno=[0-9]+\)|^runtime: out of memory: cannot allocate [0-9]+-byte block|^fatal error: runtime: cannot allocate memory}}
// CHECK: fatal error: {{newosproc|out of memory|runtime: cannot allocate memory}}
// CHECK-NOT: SIG
// CHECK: exit status 2
