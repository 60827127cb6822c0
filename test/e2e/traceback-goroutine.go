// A run-time error in a goroutine: its frames end with the frame of the
// go statement that created it ("created by"); the panicking goroutine
// alone is printed (GOTRACEBACK=single).
// Expected output: Go 1.19 (`go run`), but for the arguments' words and
// the goroutine's number. Go inlines main.get (no offset); gort inlines
// it at -O2, worker too: inlined frames come from the DWARF's inlined
// subroutines.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
package main

var a []int

func get(i int) int {
	return a[i]
}

func worker(done chan bool) {
	println(get(5))
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
}

// CHECK: panic: runtime error: index out of range [5] with length 0
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK-NEXT: main.get(
// CHECK-NEXT: {{^}}	[[FILE]]:18{{($| )}}
// CHECK-NEXT: main.worker(
// CHECK-NEXT: {{^}}	[[FILE]]:22{{($| )}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:28 +0x
// CHECK-NEXT: exit status 2
