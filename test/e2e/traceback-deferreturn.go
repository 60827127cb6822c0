// A deferred call that panics after its function returned normally: Go
// 1.19 shows the deferring frame at the line of the return statement that
// ran (its deferred calls run there), or at the closing brace when the
// function ran off its end. gort gives each return of a function that
// defers its own call of runtime.deferreturn, with the return's line.
// Expected output: Go 1.19 (`go run`), but for the arguments' words.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s --check-prefix=END
// RUN: %exitcode %run %t.O0 a 2>&1 | FileCheck %s -DFILE=%s --check-prefix=LAST
// RUN: %exitcode %run %t.O0 aa 2>&1 | FileCheck %s -DFILE=%s --check-prefix=EARLY
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s --check-prefix=END
// RUN: %exitcode %run %t.O2 a 2>&1 | FileCheck %s -DFILE=%s --check-prefix=LAST
// RUN: %exitcode %run %t.O2 aa 2>&1 | FileCheck %s -DFILE=%s --check-prefix=EARLY
package main

import "os"

//go:noinline
func cleanup() {
	panic("in defer")
}

//go:noinline
func early(n int) int {
	defer cleanup()
	if n > 1 {
		return 2
	}
	println("late")
	return 3
}

//go:noinline
func fall() {
	defer cleanup()
	println("fall")
}

func main() {
	if len(os.Args) > 1 {
		early(len(os.Args[1]))
	}
	fall()
}

// END: fall
// END-NEXT: panic: in defer
// END-EMPTY:
// END-NEXT: goroutine 1 [running]:
// END-NEXT: main.cleanup({{(\.\.\.)?}}){{$}}
// END-NEXT: {{^}}	[[FILE]]:22{{($| [+]0x[0-9a-f]+$)}}
// END-NEXT: main.fall(){{$}}
// END-NEXT: {{^}}	[[FILE]]:39 +0x{{[0-9a-f]+$}}
// END-NEXT: main.main(){{$}}
// END-NEXT: {{^}}	[[FILE]]:45 +0x{{[0-9a-f]+$}}
// END-NEXT: exit status 2

// LAST: late
// LAST-NEXT: panic: in defer
// LAST-EMPTY:
// LAST-NEXT: goroutine 1 [running]:
// LAST-NEXT: main.cleanup({{(\.\.\.)?}}){{$}}
// LAST-NEXT: {{^}}	[[FILE]]:22{{($| [+]0x[0-9a-f]+$)}}
// LAST-NEXT: main.early({{.+}}){{$}}
// LAST-NEXT: {{^}}	[[FILE]]:32 +0x{{[0-9a-f]+$}}
// LAST-NEXT: main.main(){{$}}
// LAST-NEXT: {{^}}	[[FILE]]:43 +0x{{[0-9a-f]+$}}
// LAST-NEXT: exit status 2

// EARLY: panic: in defer
// EARLY-EMPTY:
// EARLY-NEXT: goroutine 1 [running]:
// EARLY-NEXT: main.cleanup({{(\.\.\.)?}}){{$}}
// EARLY-NEXT: {{^}}	[[FILE]]:22{{($| [+]0x[0-9a-f]+$)}}
// EARLY-NEXT: main.early({{.+}}){{$}}
// EARLY-NEXT: {{^}}	[[FILE]]:29 +0x{{[0-9a-f]+$}}
// EARLY-NEXT: main.main(){{$}}
// EARLY-NEXT: {{^}}	[[FILE]]:43 +0x{{[0-9a-f]+$}}
// EARLY-NEXT: exit status 2
