// Package errors from golib: New, Error, Unwrap and Is along a chain of
// wrapped errors, with an Is method, comparable and uncomparable types.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "errors"

type wrapped struct {
	msg   string
	inner error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.inner.Error() }
func (w *wrapped) Unwrap() error { return w.inner }

type code int

func (c code) Error() string { return "code" }

type codes []int

func (c codes) Error() string { return "codes" }

// anyCode is every code at or above its own.
type anyCode int

func (a anyCode) Error() string { return "anyCode" }
func (a anyCode) Is(t error) bool {
	c, ok := t.(code)
	return ok && int(c) >= int(a)
}

func main() {
	base := errors.New("base")
	w1 := &wrapped{"one", base}
	w2 := &wrapped{"two", w1}
	println(base.Error(), "|", w2.Error())
	println(base == errors.New("base"), errors.New("") != nil)
	println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base) == nil, errors.Unwrap(nil) == nil)
	all := []error{nil, base, w1, w2, code(1), code(2), anyCode(2),
		codes{1}, &wrapped{"c", codes{1}}, &wrapped{"a", anyCode(1)}}
	for i, e := range all {
		line := ""
		for _, t := range all {
			if errors.Is(e, t) {
				line += "1"
			} else {
				line += "0"
			}
		}
		println(i, line)
	}
}

// CHECK: base | two: one: base
// CHECK-NEXT: false true
// CHECK-NEXT: true true true true
// CHECK-NEXT: 0 1000000000
// CHECK-NEXT: 1 0100000000
// CHECK-NEXT: 2 0110000000
// CHECK-NEXT: 3 0111000000
// CHECK-NEXT: 4 0000100000
// CHECK-NEXT: 5 0000010000
// CHECK-NEXT: 6 0000011000
// CHECK-NEXT: 7 0000000000
// CHECK-NEXT: 8 0000000010
// CHECK-NEXT: 9 0000110001
// CHECK-NOT: {{.}}
