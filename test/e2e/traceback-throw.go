// A throw (the runtime's own fatal error: here the stack limit, from
// newstack on the scheduler's stack) prints as Go 1.19's: the runtime's
// frames too, each with fp, sp and pc, whatever GOTRACEBACK says, first
// "runtime stack:" (g0's), then the goroutine that overflowed (at most
// 100 frames, then "...additional frames elided...") and every other one.
// Expected output: Go 1.19 (`go run`), but for the goroutines' numbers,
// the arguments' words, the runtime's frames (Go's runtime.morestack,
// runtime.gopark), the first frame's line (the split's call in the
// prologue here, the function's line in Go) and Go's own goroutines.
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: %exitcode timeout 120 %run %t 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOTRACEBACK=single %exitcode timeout 120 %run %t 2>&1 | FileCheck %s -DFILE=%s
package main

func loop(n int) int {
	if n < 0 {
		return n
	}
	return loop(n + 1)
}

func main() {
	c := make(chan int)
	go func() { <-c }()
	println("start")
	println(loop(0))
}

// CHECK: start
// CHECK-NEXT: runtime: goroutine stack exceeds {{[0-9]+}}-byte limit
// CHECK-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: runtime stack:
// CHECK-NEXT: runtime.throw(
// CHECK-NEXT: {{^}}	{{.*}}:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// CHECK-NEXT: runtime.newstack(
// CHECK-NEXT: {{^}}	{{.*}}:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// CHECK: {{^}}goroutine 1 [running]:
// CHECK-NEXT: main.loop(
// CHECK-NEXT: {{^}}	[[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// CHECK-COUNT-99: main.loop({{.*}}{{[[:space:]]}}	[[FILE]]:20 +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// CHECK-NEXT: ...additional frames elided...
// CHECK-EMPTY:
// CHECK: goroutine {{[0-9]+}} [chan receive]:
// CHECK-NOT: goroutine
// CHECK: main.main.func1(
// CHECK-NEXT: {{^}}	[[FILE]]:25{{( \+0x[0-9a-f]+ fp=.*)?$}}
// CHECK-NOT: goroutine
// CHECK: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:25 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2

