// Embedded fields: promoted fields at any depth, through an embedded
// pointer (auto-dereferenced, and a nil one panics as a nil dereference,
// with Go's [signal] line, also when the panic repeats in a deferred call),
// a shallower field shadowing a deeper one, explicit paths (d.Base.ID),
// anonymous struct types, struct{} values.
// Expected output: Go 1.19 (`go run`), up to the pc and the traceback.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s
package main

type Base struct {
	ID   int
	Name string
}

type Named struct {
	Name string
}

type Inner struct {
	Depth int
}

type Mid struct {
	Inner
	Level int
}

type Derived struct {
	Base
	*Mid
	Extra int
}

type Shadow struct {
	Base
	Named
	ID int // shallower than Base.ID
}


func main() {
	d := Derived{Base: Base{1, "base"}, Mid: &Mid{Inner{3}, 2}, Extra: 4}
	println(d.ID, d.Name, d.Level, d.Depth, d.Extra, d.Base.ID, d.Mid.Inner.Depth)
	d.ID = 10
	d.Depth = 30
	pd := &d
	pd.Level = 20
	println(d.Base.ID, d.Mid.Level, pd.Depth, pd.Mid.Depth)
	s := Shadow{Base{1, "b"}, Named{"n"}, 5}
	println(s.ID, s.Base.ID, s.Base.Name, s.Named.Name)
	e := Derived{}
	println(e.ID, e.Mid == nil)
	pt := struct {
		A int
		B struct{ C string }
	}{A: 1}
	pt.B.C = "anon"
	println(pt.A, pt.B.C)
	var x struct{}
	var y struct{}
	println(x == y)
	defer func() {
		println("recovered:", recover() != nil)
		println(e.Depth)
	}()
	e.Depth = 1
}

// CHECK: 1 base 2 3 4 1 3
// CHECK-NEXT: 10 20 30 30
// CHECK-NEXT: 5 1 b n
// CHECK-NEXT: 0 true
// CHECK-NEXT: 1 anon
// CHECK-NEXT: true
// CHECK-NEXT: recovered: true
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// CHECK-NEXT: {{^}}	panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: exit status 2
