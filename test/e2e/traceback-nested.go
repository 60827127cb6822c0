// Nested panics: a deferred call that panics while a panic runs it. The
// header lists both panics, the first one "[recovered]" when a deferred
// call recovered it before panicking again; the frames are the deferred
// function's (Go's name for a deferred function literal: main.again.func1,
// though gort runs a copy of its body, which calls recover), then
// `panic(...)` (Go 1.19 prints gopanic's argument words,
// `panic({0x..., 0x...})`, which gort does not know), then the frame that
// panicked first.
// Expected output: Go 1.19 (`go run`), but for the arguments' words.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: %exitcode %run %t.O0 again 2>&1 | FileCheck %s -DFILE=%s --check-prefix=AGAIN
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
// RUN: %exitcode %run %t.O2 again 2>&1 | FileCheck %s -DFILE=%s --check-prefix=AGAIN
package main

import "os"

//go:noinline
func second() {
	panic("second")
}

//go:noinline
func first() {
	defer second()
	panic("first")
}

//go:noinline
func again() {
	defer func() {
		recover()
		panic("again")
	}()
	panic("first")
}

func main() {
	if len(os.Args) > 1 {
		again()
	}
	first()
}

// CHECK: panic: first
// CHECK-NEXT: {{^}}	panic: second
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.second({{(\.\.\.)?}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:23{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: panic({{.+}}){{$}}
// CHECK-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.first(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:29 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:45 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2

// AGAIN: panic: first [recovered]
// AGAIN-NEXT: {{^}}	panic: again
// AGAIN-EMPTY:
// AGAIN-NEXT: goroutine 1 [running]:
// AGAIN-NEXT: main.again.func1(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:36 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: panic({{.+}}){{$}}
// AGAIN-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: main.again(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:38 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: main.main(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:43 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: exit status 2
