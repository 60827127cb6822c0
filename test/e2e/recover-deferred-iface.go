// recover in a method deferred through an interface (defer i.M()): the
// itab's ifn jumps to the method (a copy of its body), so the method is
// the deferred call and recover stops the panic. Not on 386, where the
// runtime calls the ifn itself with stack arguments and the ifn's call
// cannot be a jump (docs/ABI.md).
// Expected output: Go 1.19 (`go run`).
// UNSUPPORTED: 386
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T struct{ name string }

func (t T) M()  { println(t.name, recover() != nil) }
func (t *T) P() { println(t.name, recover() != nil) }

type I interface{ M() }
type PI interface{ P() }

func viaIface() {
	var i I = T{"iface"}
	defer i.M()
	panic(1)
}

func viaIfacePtr() {
	var i PI = &T{"iface ptr"}
	defer i.P()
	panic(1)
}

func main() {
	viaIface()
	viaIfacePtr()
}

// CHECK: iface true
// CHECK-NEXT: iface ptr true
