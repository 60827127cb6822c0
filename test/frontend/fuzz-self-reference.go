// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Found by gort-fuzz (docs/TESTING.md, "Fuzzing"): declarations used
// inside their own types crashed the checker (len of a type, or a field
// of one, with no underlying type yet) or were accepted silently (a
// function or method called in its own signature, whose type was null:
// gort then generated invalid IR). gc's errors: types2 takes the function
// for a func() until its signature is known.
package main

// CHECK: fuzz-self-reference.go:[[@LINE+1]]:15: error: f() (no value) used as value{{$}}
func f() [len(f())]int { return [0]int{} }

// CHECK: fuzz-self-reference.go:[[@LINE+1]]:30: error: I.m undefined (type I has no field or method m){{$}}
type I interface{ m() [len(I.m(nil))]int }

type S struct{ a int }

// gc: "S{}.m() (no value) used as value"; gort prints literals as gc's
// older "(T literal)".
// CHECK: fuzz-self-reference.go:[[@LINE+1]]:19: error: {{.*}}.m() (no value) used as value{{$}}
func (S) m() [len(S{}.m())]int { return [0]int{} }

// gc: "array length len(*new(T)) (value of type int) must be constant".
// CHECK: fuzz-self-reference.go:[[@LINE+1]]:9: error: {{.*}}len(*new(T)){{.*}}
type T [len(*new(T))]int

// CHECK-NOT: error
func main() {}
