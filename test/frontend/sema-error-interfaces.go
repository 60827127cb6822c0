// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Interfaces (gc's messages): duplicate methods (an embedded interface
// may repeat one of identical type), a type that does not implement an
// interface in assignments, conversions and assertions (missing method,
// pointer receiver, wrong type with have/want lines), untyped constants
// and interface{} assigned to a non-empty interface.
package main

type I interface {
	M()
	N(int) string
}

type J interface {
	I
	M()
}

type K interface {
	M()
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:2: error: duplicate method M
// CHECK-NEXT: {{^}}	{{.*}}sema-error-interfaces.go:{{[0-9]+}}:2: other declaration of M{{$}}
	M()
}

type T struct{}

func (T) M()               {}
func (*T) N(x int) string { return "" }

type U struct{}

func (U) M()         {}
func (U) N() string { return "" }

type V int

func main() {
	var t T
	var u U
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:12: error: cannot use t (variable of type T) as type I in variable declaration:
// CHECK-NEXT: {{^}}	T does not implement I (N method has pointer receiver){{$}}
	var i I = t
// CHECK: sema-error-interfaces.go:[[@LINE+4]]:12: error: cannot use u (variable of type U) as type I in variable declaration:
// CHECK-NEXT: {{^}}	U does not implement I (wrong type for N method){{$}}
// CHECK-NEXT: {{^}}		have N() string{{$}}
// CHECK-NEXT: {{^}}		want N(int) string{{$}}
	var j I = u
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:12: error: cannot use V(1) (constant 1 of type V) as type I in variable declaration:
// CHECK-NEXT: {{^}}	V does not implement I (missing M method){{$}}
	var k I = V(1)
	i = &t
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:8: error: cannot convert t (variable of type T) to type I:
// CHECK-NEXT: {{^}}	T does not implement I (N method has pointer receiver){{$}}
	_ = I(t)
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:6: error: impossible type assertion: i.(T)
// CHECK-NEXT: {{^}}	T does not implement I (N method has pointer receiver){{$}}
	_ = i.(T)
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:6: error: impossible type assertion: i.(V)
// CHECK-NEXT: {{^}}	V does not implement I (missing M method){{$}}
	_ = i.(V)
	var e interface{} = 1
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:6: error: cannot use 1 (constant of type int) as type I in assignment:
// CHECK-NEXT: {{^}}	int does not implement I (missing M method){{$}}
	i = 1
// CHECK: sema-error-interfaces.go:[[@LINE+2]]:12: error: cannot use e (variable of type interface{}) as type I in variable declaration:
// CHECK-NEXT: {{^}}	interface{} does not implement I (missing M method){{$}}
	var l I = e
	_, _, _ = j, k, l
}
// CHECK-NOT: error
