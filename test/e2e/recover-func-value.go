// A deferred function value (not known statically) whose body calls
// recover recovers: its thunk reaches it with a tail call on amd64 and
// ARM; on 386 the runtime calls it with its stack arguments
// (runtime.deferprocstk; CodeGen.cpp, emitDeferStk386).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// A deferred function value whose body calls recover: the thunk jumps to
// it (on 386 the runtime calls it), so it is called directly by the panic
// and recovers.
func run(fv func(int)) {
	defer fv(3)
	panic("from run")
}

func main() {
	base := 10
	run(func(i int) {
		r := recover()
		println("recovered by a function value:", r.(string), i+base)
	})
	var g func(int) = func(i int) { println("not deferred:", recover() == nil, i) }
	g(1)
	println("done")
}

// CHECK: recovered by a function value: from run 13
// CHECK-NEXT: not deferred: true 1
// CHECK-NEXT: done
// CHECK-NOT: {{.}}
