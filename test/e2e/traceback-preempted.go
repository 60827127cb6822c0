// A goroutine stopped by asynchronous preemption (SIGURG, asyncPreempt)
// in a loop without calls, whose one instruction is its function's
// first: the traceback goes from asyncPreempt's signal frame into the
// loop's function at the interrupted pc itself, not at the pc before it
// (a return address's call), which lies in another function. GOMAXPROCS=1:
// main runs again only once the spinner has been preempted. Expected
// output: Go 1.19 (`go run`), but for the argument words and the offset
// (gort inlines spin into the go statement's wrapper, so it prints the
// frame as Go prints an inlined call).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: env GOMAXPROCS=1 GOTRACEBACK=all %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 GOTRACEBACK=all %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
package main

import "time"

func spin() {
	for {
	}
}

func main() {
	go spin()
	time.Sleep(100 * time.Millisecond)
	panic("boom")
}

// CHECK: panic: boom
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^}}	[[FILE]]:27 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [runnable]:
// CHECK-NEXT: main.spin({{(\.\.\.)?}})
// CHECK-NEXT: {{^}}	[[FILE]]:20{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:25 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2
