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
// RUN: %exitcode %run %t.O0 method 2>&1 | FileCheck %s -DFILE=%s --check-prefix=METHOD
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
// RUN: %exitcode %run %t.O2 again 2>&1 | FileCheck %s -DFILE=%s --check-prefix=AGAIN
// RUN: %exitcode %run %t.O2 method 2>&1 | FileCheck %s -DFILE=%s --check-prefix=METHOD
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
	if len(os.Args) > 1 && os.Args[1] == "again" {
		again()
	}
	if len(os.Args) > 1 {
		method()
	}
	first()
}

type T struct{ n int }

// A method value's deferred call (gort runs a copy of the body, which
// calls recover: Go's main.T.M-fm wrapper is hidden, the method shown).
func (t T) M() {
	recover()
	panic("again")
}

//go:noinline
func method() {
	var t T
	f := t.M
	defer f()
	panic("first")
}

// CHECK: panic: first
// CHECK-NEXT: {{^}}	panic: second
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.second({{(\.\.\.)?}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:25{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: panic({{.+}}){{$}}
// CHECK-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.first(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:31 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:50 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2

// AGAIN: panic: first [recovered]
// AGAIN-NEXT: {{^}}	panic: again
// AGAIN-EMPTY:
// AGAIN-NEXT: goroutine 1 [running]:
// AGAIN-NEXT: main.again.func1(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:38 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: panic({{.+}}){{$}}
// AGAIN-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: main.again(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:40 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: main.main(){{$}}
// AGAIN-NEXT: {{^}}	[[FILE]]:45 +0x{{[0-9a-f]+$}}
// AGAIN-NEXT: exit status 2

// METHOD: panic: first [recovered]
// METHOD-NEXT: {{^}}	panic: again
// METHOD-EMPTY:
// METHOD-NEXT: goroutine 1 [running]:
// METHOD-NEXT: main.T.M({{.+}}){{$}}
// METHOD-NEXT: {{^}}	[[FILE]]:59 +0x{{[0-9a-f]+$}}
// METHOD-NEXT: panic({{.+}}){{$}}
// METHOD-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// METHOD-NEXT: main.method(){{$}}
// METHOD-NEXT: {{^}}	[[FILE]]:67 +0x{{[0-9a-f]+$}}
// METHOD-NEXT: main.main(){{$}}
// METHOD-NEXT: {{^}}	[[FILE]]:48 +0x{{[0-9a-f]+$}}
// METHOD-NEXT: exit status 2
