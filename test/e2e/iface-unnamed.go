// Unnamed struct types with promoted methods satisfy interfaces: their
// itabs are made at compile time (conversions) and at run time (an
// assertion from interface{}, which needs the type's method table), for
// value and pointer receivers of embedded named types and an embedded
// interface. Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type S string
type P int

func (s S) val() int  { return len(s) }
func (p *P) val() int { return int(*p) * 10 }

type Val interface{ val() int }

func val(v Val) int { return v.val() }

func main() {
	p := P(4)
	zs := struct{ S }{"abc"}
	zp := struct{ *P }{&p}
	var zv struct{ Val }
	zv.Val = zs
	println(val(zs), val(zp), val(&zs), val(zv))
	var e interface{} = zp
	v, ok := e.(Val)
	println(v.val(), ok)
	e = struct{ x int }{1}
	_, ok = e.(Val)
	println(ok)
}

// CHECK: 3 40 3 3
// CHECK-NEXT: 40 true
// CHECK-NEXT: false
