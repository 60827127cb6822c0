// RUN: %gort build -emit=types -o - %s | FileCheck %s
// Type switches: each clause's variable has the clause's type when it
// lists one type, the switched value's type otherwise (nil, default); a
// clause variable a closure captures is captured in that clause only.
// Interface types print as types2 spells them.
package main

type I interface {
	M() int
	N(s string) (int, bool)
}

type A int

func (A) M() int                 { return 1 }
func (A) N(string) (int, bool) { return 0, false }

func main() {
	var i I = A(1)
	switch v := i.(type) {
	// CHECK: [[@LINE+1]]:2 implicit v A{{$}}
	case A:
		_ = v
	// CHECK: [[@LINE+1]]:2 implicit v I{{$}}
	case nil:
		_ = v
	// CHECK: [[@LINE+1]]:2 implicit v interface{M() int} captured{{$}}
	case interface{ M() int }:
		_ = func() { _ = v }
	// CHECK: [[@LINE+1]]:2 implicit v I{{$}}
	default:
		_ = v
	}
	var e interface{} = i
	switch w := e.(type) {
	// CHECK: [[@LINE+1]]:2 implicit w I captured{{$}}
	case I:
		_ = func() int { return w.M() }
	}
}
