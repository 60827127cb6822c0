// Frames of methods (value receiver main.T.Val, pointer receiver
// main.(*T).Ptr, an unnamed receiver and parameter main.T.Anon), of a
// closure in a method (main.T.Val.func1) and of a function with results
// only: a receiver is an argument, as in Go; a function without receiver
// and parameters prints as f() (gort prints (...) for the others, whose
// words it does not know). The same from a stripped binary and a -g0
// build: the pc table survives both. At -O2 gort inlines all but main.main
// (inlined calls: (...) and no offset, as Go's).
// Expected output: Go 1.19 (`go run`), but for the arguments' words.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,O0
// RUN: llvm-strip -o %t.stripped %t.O0
// RUN: %exitcode %run %t.stripped 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,O0
// RUN: %gort build --target=%target -O0 -g0 -o %t.g0 %s
// RUN: %exitcode %run %t.g0 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,O0
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s --check-prefixes=CHECK,O2
package main

type T struct{ n int }

//go:noinline
func (t T) Val() int {
	f := func() {
		panic("closure")
	}
	run(f)
	return t.n
}

//go:noinline
func run(f func()) {
	f()
}

//go:noinline
func (t *T) Ptr() {
	t.Val()
}

//go:noinline
func results() (int, string) {
	var t T
	t.Ptr()
	return 1, ""
}

//go:noinline
func (T) Anon(int) {
	results()
}

func main() {
	var t T
	t.Anon(1)
}

// CHECK: panic: closure
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// O0-NEXT: main.T.Val.func1(){{$}}
// O2-NEXT: main.T.Val.func1({{(\.\.\.)?}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:26 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:26{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: main.run({{.+}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:34 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:34{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: main.T.Val({{.+}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:28 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:28{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: main.(*T).Ptr({{.+}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:39 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:39{{($| [+]0x[0-9a-f]+$)}}
// O0-NEXT: main.results(){{$}}
// O2-NEXT: main.results({{(\.\.\.)?}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:45 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:45{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: main.T.Anon({{.+}}){{$}}
// O0-NEXT: {{^}}	[[FILE]]:51 +0x{{[0-9a-f]+$}}
// O2-NEXT: {{^}}	[[FILE]]:51{{($| [+]0x[0-9a-f]+$)}}
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:56 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2
