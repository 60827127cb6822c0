// GOTRACEBACK as Go 1.19 reads it, on a panic while another goroutine
// waits: none prints no goroutines; single (the default) the panicking
// one; all (or a number: 1) every goroutine, oldest first; system adds
// the runtime's frames, each with fp, sp and pc; crash is system, then
// SIGABRT (no core file: %exitcode). GOMAXPROCS=1: the goroutine has
// parked when main panics.
// Expected output: Go 1.19 (`go run`), but for the goroutines' numbers,
// the arguments' words, the runtime's frames (Go's runtime.gopark and
// runtime.main; gort's runtime.mcall and runtime.mainstart) and Go's own
// goroutines (system, crash).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 GOTRACEBACK=none %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env GOMAXPROCS=1 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,SINGLE
// RUN: env GOMAXPROCS=1 GOTRACEBACK=single %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,SINGLE
// RUN: env GOMAXPROCS=1 GOTRACEBACK=all %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,ALL
// RUN: env GOMAXPROCS=1 GOTRACEBACK=1 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,ALL
// RUN: env GOMAXPROCS=1 GOTRACEBACK=system %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=SYSTEM,EXIT2
// RUN: env GOMAXPROCS=1 GOTRACEBACK=crash %exitcode timeout 60 %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=SYSTEM,CRASH
package main

func block(c chan int, started chan bool) {
	started <- true
	<-c
}

func crash(n int) {
	if n == 0 {
		panic("boom")
	}
	crash(n - 1)
}

func main() {
	c := make(chan int)
	started := make(chan bool)
	go block(c, started)
	<-started
	crash(2)
}

// NONE: panic: boom
// NONE-NEXT: exit status 2

// CHECK: panic: boom
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.crash(
// CHECK-NEXT: {{^}}	[[FILE]]:29 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.crash(
// CHECK-NEXT: {{^}}	[[FILE]]:31 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.crash(
// CHECK-NEXT: {{^}}	[[FILE]]:31 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main({{(\.\.\.)?}})
// CHECK-NEXT: {{^}}	[[FILE]]:39 +0x{{[0-9a-f]+$}}
// SINGLE-NEXT: exit status 2
// ALL-EMPTY:
// ALL-NEXT: goroutine {{[0-9]+}} [chan receive]:
// ALL-NEXT: main.block(
// ALL-NEXT: {{^}}	[[FILE]]:24{{( \+0x[0-9a-f]+)?$}}
// ALL-NEXT: created by main.main
// ALL-NEXT: {{^}}	[[FILE]]:37 +0x{{[0-9a-f]+$}}
// ALL-NEXT: exit status 2

// SYSTEM: panic: boom
// SYSTEM-EMPTY:
// SYSTEM-NEXT: goroutine 1 [running]:
// SYSTEM-NEXT: panic(
// SYSTEM-NEXT: {{^}}	{{.*}}:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM-NEXT: main.crash(
// SYSTEM-NEXT: {{^}}	[[FILE]]:29 +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM-NEXT: main.crash(
// SYSTEM-NEXT: {{^}}	[[FILE]]:31 +0x{{[0-9a-f]+}} fp=
// SYSTEM-NEXT: main.crash(
// SYSTEM-NEXT: {{^}}	[[FILE]]:31 +0x{{[0-9a-f]+}} fp=
// SYSTEM-NEXT: main.main({{(\.\.\.)?}})
// SYSTEM-NEXT: {{^}}	[[FILE]]:39 +0x{{[0-9a-f]+}} fp=
// SYSTEM: runtime.goexit(
// SYSTEM: goroutine {{[0-9]+}} [chan receive]:
// SYSTEM: runtime.chanrecv(
// SYSTEM: main.block(
// SYSTEM-NEXT: {{^}}	[[FILE]]:24{{( \+0x[0-9a-f]+ fp=.*)?$}}
// SYSTEM: runtime.goexit(
// SYSTEM-NEXT: {{^}}	{{.*}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM-NEXT: created by main.main
// SYSTEM-NEXT: {{^}}	[[FILE]]:37 +0x{{[0-9a-f]+$}}
// EXIT2-NEXT: exit status 2
// CRASH: exit status -6
