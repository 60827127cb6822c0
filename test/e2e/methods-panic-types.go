// Type descriptors name types as gc does, also inside pointer and func
// types (`*main.Count`, `func(main.Count) *main.Count`): the values of
// panics that are neither basic nor named basic print as (T) address.
// Expected output: Go 1.19 (`go run`; the last address varies).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Count int

type Op func(Count, int) (Count, bool)

func (c *Count) Panic() { panic(c) }

func main() {
	var op Op
	var f func(Count) *Count
	defer func() {
		r := recover()
		println(r != nil)
		defer func() {
			println(recover() != nil)
			var c Count
			c.Panic()
		}()
		panic(f)
	}()
	panic(op)
}

// CHECK: true
// CHECK-NEXT: true
// CHECK-NEXT: panic: (main.Op) 0x0 [recovered]
// CHECK-NEXT: {{^}}	panic: (func(main.Count) *main.Count) 0x0 [recovered]
// CHECK-NEXT: {{^}}	panic: (*main.Count) 0x{{[0-9a-f]+$}}
// CHECK: exit status 2
