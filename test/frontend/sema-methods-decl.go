// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Method declarations: gc's checks of the receiver (a type of this package
// or a pointer to one, whose underlying type is no pointer or interface),
// a method declared twice for a type (T and *T share one method set), a
// struct's field and method of one name, and the receiver in the scope of
// the parameters.
// Expected output: Go 1.19 (`go build`).
package main

import "time"

type T int
type P *int
type I interface{}
type S struct{ f int }

func (t T) M() {}

// CHECK: sema-methods-decl.go:[[@LINE+2]]:12: error: T.M redeclared in this block
// CHECK-NEXT: {{^}}	{{.*}}sema-methods-decl.go:[[@LINE-3]]:12: other declaration of M{{$}}
func (t T) M() {}

// CHECK: sema-methods-decl.go:[[@LINE+2]]:13: error: T.M redeclared in this block
// CHECK-NEXT: {{^}}	{{.*}}sema-methods-decl.go:[[@LINE-7]]:12: other declaration of M{{$}}
func (t *T) M() {}

// CHECK: sema-methods-decl.go:[[@LINE+1]]:7: error: invalid receiver type P (pointer or interface type)
func (p P) X() {}

// CHECK: sema-methods-decl.go:[[@LINE+1]]:7: error: invalid receiver type I (pointer or interface type)
func (i I) Y() {}

// CHECK: sema-methods-decl.go:[[@LINE+1]]:7: error: cannot define new methods on non-local type int
func (x int) Z() {}

// CHECK: sema-methods-decl.go:[[@LINE+1]]:7: error: cannot define new methods on non-local type time.Duration
func (d *time.Duration) D() {}

// CHECK: sema-methods-decl.go:[[@LINE+2]]:12: error: field and method with the same name f
// CHECK-NEXT: {{^}}	{{.*}}sema-methods-decl.go:15:16: other declaration of f{{$}}
func (s S) f() {}

// CHECK: sema-methods-decl.go:[[@LINE+1]]:7: error: invalid receiver type **T
func (t **T) U() {}

// CHECK: sema-methods-decl.go:[[@LINE+2]]:14: error: t redeclared in this block
// CHECK-NEXT: {{^}}	{{.*}}sema-methods-decl.go:[[@LINE+1]]:7: other declaration of t{{$}}
func (t T) N(t int) {}

func main() {}

// CHECK-NOT: error
