// Panics in deferred calls. A deferred call that panics on a normal
// return shows below it the deferring function at its closing brace, where
// deferred calls run. One run by a panic runs on a segment of its own
// (reflectcall): the walk crosses it to the first panic (`panic(...)`,
// Go 1.19's name for gopanic) and the function that panicked.
// Expected output: Go 1.19 (`go run`), but for the arguments' words
// (traceback-deferreturn.go checks the line of each kind of normal
// return).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s --check-prefix=RET
// RUN: %exitcode %run %t.O0 panic 2>&1 | FileCheck %s -DFILE=%s --check-prefix=PANIC
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s --check-prefix=RET
// RUN: %exitcode %run %t.O2 panic 2>&1 | FileCheck %s -DFILE=%s --check-prefix=PANIC
package main

import "os"

func cleanup() {
	panic("in defer")
}

func f(first bool) {
	defer cleanup()
	if first {
		panic("first")
	}
	println("f")
}

func main() {
	f(len(os.Args) > 1)
}

// RET: f
// RET-NEXT: panic: in defer
// RET-EMPTY:
// RET-NEXT: goroutine 1 [running]:
// RET-NEXT: main.cleanup({{(\.\.\.)?}}){{$}}
// RET-NEXT: {{^}}	[[FILE]]:21{{($| [+]0x)}}
// RET-NEXT: main.f({{.+}}){{$}}
// RET-NEXT: {{^}}	[[FILE]]:30 +0x
// RET-NEXT: main.main(){{$}}
// RET-NEXT: {{^}}	[[FILE]]:33 +0x
// RET-NEXT: exit status 2

// PANIC: panic: first
// PANIC-NEXT: {{^}}	panic: in defer
// PANIC-EMPTY:
// PANIC-NEXT: goroutine 1 [running]:
// PANIC-NEXT: main.cleanup({{(\.\.\.)?}}){{$}}
// PANIC-NEXT: {{^}}	[[FILE]]:21{{($| [+]0x)}}
// PANIC-NEXT: panic(
// PANIC-NEXT: {{^}}	{{.*}}panic.{{go|cpp}}:{{[0-9]+}} +0x
// PANIC-NEXT: main.f({{.+}}){{$}}
// PANIC-NEXT: {{^}}	[[FILE]]:27 +0x
// PANIC-NEXT: main.main(){{$}}
// PANIC-NEXT: {{^}}	[[FILE]]:33 +0x
// PANIC-NEXT: exit status 2
