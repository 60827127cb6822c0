// RUN: %gort build -emit=llvm -O0 -g0 -o - %s | FileCheck %s
// Escape analysis (SemaComposite.cpp): an array sliced into a slice that
// outlives the expression lives on the heap; one that string(...) copies
// at once stays in the frame; so does a variable a runtime method (sync)
// is called on, while a program's pointer method may keep its receiver.
package main

import "sync"

type T struct{ n int }

var keep *T

func (p *T) register() { keep = p }

// CHECK-LABEL: define {{.*}}@main.copied(
// CHECK-NOT: @runtime.mallocgc
// CHECK: ret
func copied() string {
	var buf [4]byte
	buf[0] = 'a'
	return string(buf[1:])
}

// CHECK-LABEL: define {{.*}}@main.shared(
// CHECK: call {{.*}}@runtime.mallocgc(
// CHECK: ret
func shared() []byte {
	var buf [4]byte
	return buf[1:]
}

// CHECK-LABEL: define {{.*}}@main.locked(
// CHECK-NOT: @runtime.mallocgc
// CHECK: ret
func locked() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
}

// CHECK-LABEL: define {{.*}}@main.kept(
// CHECK: call {{.*}}@runtime.mallocgc(
// CHECK: ret
func kept() {
	var t T
	t.register()
}

func main() {
	println(copied(), len(shared()))
	locked()
	kept()
}
