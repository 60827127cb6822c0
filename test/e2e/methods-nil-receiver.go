// A nil pointer as receiver: a pointer method may take it; a value
// method through it panics (recoverable) even when it never reads its
// receiver, in a call, a method value, a method expression (*T).M and a
// deferred call (at the defer statement).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Count int

func (c Count) Seven() int { return 7 } // never reads its receiver
func (c *Count) Ptr() int  { return 1 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		println(name, "panicked:", r != nil)
	}()
	f()
}

func main() {
	var p *Count
	println(p.Ptr()) // a pointer method may take a nil receiver
	try("call", func() { println(p.Seven()) })
	try("method value", func() {
		f := p.Seven
		println("not reached", f())
	})
	try("method expression", func() {
		g := (*Count).Seven
		println("not reached", g(p))
	})
	try("deferred call", func() {
		defer p.Seven()
		println("deferring")
	})
	var n Count = 3
	p2 := n.Ptr
	println(p2(), Count.Seven(n))
}

// CHECK: 1
// CHECK-NEXT: call panicked: true
// CHECK-NEXT: method value panicked: true
// CHECK-NEXT: method expression panicked: true
// CHECK-NEXT: deferred call panicked: true
// CHECK-NEXT: 1 7
// CHECK-NOT: {{.}}
