// RUN: %gort build -emit=llvm -O2 -g0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// Go never eliminates tail calls (recover, tracebacks and the stack limit
// rely on every frame): every function says "disable-tail-calls", so that
// at -O2 a tail-recursive function still calls itself, and a call in tail
// position stays a call. Only the wrappers that must be invisible to
// recover jump: the thunk of a deferred function value and the wrapper
// that makes a package function a value.
package main

// CHECK-LABEL: @main.loop(i64 %n)
// CHECK-SAME: #[[GO:[0-9]+]]
// CHECK-NOT: tailrecurse
// CHECK: call i64 @main.loop(
func loop(n int) int {
	if n < 0 {
		return n
	}
	return loop(n + 1)
}

// CHECK-LABEL: @main.last(i64 %n)
// CHECK-SAME: #[[GO]]
// CHECK-NEXT: entry:
// CHECK-NEXT: {{%[0-9]+}} = call i64 @main.loop(
func last(n int) int {
	return loop(n)
}

func direct() {
	println(recover() != nil)
}

func run(fv func()) {
	defer fv()
	panic(1)
}

func main() {
	println(loop(0), last(1))
	run(direct)
}

// CHECK-LABEL: @main.run.deferwrap1(
// CHECK-SAME: #[[JUMP:[0-9]+]]
// CHECK: tail call void %{{[0-9]+}}(
// CHECK-LABEL: @"main.direct\C2\B7fw"(
// CHECK-SAME: #[[JUMP]]
// CHECK-NEXT: entry:
// CHECK-NEXT: tail call void @main.direct()
// CHECK: attributes #[[GO]] = { {{.*}}"disable-tail-calls"="true"
// CHECK: attributes #[[JUMP]] = { {{.*}}"disable-tail-calls"="false"
