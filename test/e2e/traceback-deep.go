// A panic 10,000 frames deep, across many stack segments: Go 1.19 walks at
// most 100 frames. By default the first of them (the panic's own) is
// hidden, so 99 of main.deep are printed and no more; GOTRACEBACK=system
// prints that one too, 100 frames, then "...additional frames elided...".
// Expected output: Go 1.19 (`go run`), but for the arguments' words and
// the runtime's file and line.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOTRACEBACK=system %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SYSTEM
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOTRACEBACK=system %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SYSTEM
package main

// big's frame is large (4 or 8 KB), so that the 99 frames printed lie
// on many stack segments.
func deep(n int) int {
	var big [1024]int
	big[n%1024] = n
	if n == 0 {
		panic("deep")
	}
	return deep(n-1) + big[(n+1)%1024]
}

func main() {
	println(deep(10000))
}

// CHECK: panic: deep
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.deep(
// CHECK-NEXT: {{^}}	[[FILE]]:22 +0x
// CHECK-COUNT-98: main.deep({{.*}}{{[[:space:]]}}	[[FILE]]:24 +0x
// CHECK-NEXT: exit status 2

// SYSTEM: panic: deep
// SYSTEM-EMPTY:
// SYSTEM-NEXT: goroutine 1 [running]:
// SYSTEM-NEXT: panic(
// SYSTEM-NEXT: {{^}}	{{.*}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM-NEXT: main.deep(
// SYSTEM-NEXT: {{^}}	[[FILE]]:22 +0x{{[0-9a-f]+}} fp=
// SYSTEM-COUNT-98: main.deep({{.*}}{{[[:space:]]}}	[[FILE]]:24 +0x
// SYSTEM-NEXT: ...additional frames elided...
// SYSTEM-NOT: main.main
