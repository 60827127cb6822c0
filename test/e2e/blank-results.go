// Blank result names: the results are still variables, so a bare return
// returns their zero values (also when a deferred call sets the others).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 2>&1 | FileCheck %s
package main

func k() (_ int) { return }

func two() (_ int, b bool) {
	b = true
	return
}

func deferred() (_ int, err int) {
	defer func() { err = 7 }()
	return
}

func set() (_, _ int) { return 3, 4 }

func main() {
	println(k())
	println(two())
	println(deferred())
	println(set())
}

// CHECK: 0
// CHECK-NEXT: 0 true
// CHECK-NEXT: 0 7
// CHECK-NEXT: 3 4
