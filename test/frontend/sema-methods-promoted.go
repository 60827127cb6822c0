// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Methods of embedded fields are promoted (breadth-first: the shallowest
// wins; two at one depth are ambiguous); a pointer method promoted
// through embedded values needs an addressable operand, through an
// embedded pointer it does not.
// Expected output: Go 1.19 (`go build`).
package main

type A int

func (A) M() int  { return 1 }
func (*A) P() int { return 2 }

type B int

func (B) M() int { return 3 }
func (B) N() int { return 4 }

type S struct {
	A
	B
}

type V struct{ *A }

type W struct{ S }

// D's own N (a string) hides the one of its embedded B (an int).
type D struct{ B }

func (D) N() string { return "5" }

func mk() (s S)  { return }
func mkv() (v V) { return }

func main() {
	var s S
	var w W
	var d D
	// CHECK: sema-methods-promoted.go:[[@LINE+1]]:8: error: ambiguous selector s.M
	_ = s.M()
	_ = s.P() + s.N() + w.P() + w.N() + mkv().P()
	_ = d.N() + "x"
	// CHECK: sema-methods-promoted.go:[[@LINE+1]]:11: error: cannot call pointer method P on S
	_ = mk().P()
	// CHECK: sema-methods-promoted.go:[[@LINE+1]]:8: error: cannot call pointer method P on S
	_ = S.P
	_, _ = (*S).P, V.P
}

// CHECK-NOT: error
