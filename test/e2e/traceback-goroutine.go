// A run-time error in a goroutine: its frames end with the frame of the
// go statement that created it ("created by"); the panicking goroutine
// alone is printed (GOTRACEBACK=single).
// Expected output: Go 1.19 (`go run`), but for the arguments' words and
// the goroutine's number; Go inlines main.get (no offset), gort need not.
// At -O0 only: the table has no inlined frames yet, and at -O2 LLVM
// inlines both functions into the go statement's wrapper.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
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
// CHECK-NEXT: {{^}}	[[FILE]]:16{{$| }}
// CHECK-NEXT: main.worker(
// CHECK-NEXT: {{^}}	[[FILE]]:20 +0x
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:26 +0x
// CHECK-NEXT: exit status 2
