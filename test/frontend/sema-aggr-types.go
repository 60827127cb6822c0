// RUN: %gort build -emit=types -o - %s | FileCheck %s
// What Sema records for tier 2's aggregates: field selectors with their
// paths through embedded fields (and whether they dereference), the
// conservative escape analysis (a local whose address is taken escapes;
// one that is only copied does not), the types of composite literals (an
// elided &T{} is recorded as *T), the length of [...]T, and len of an
// array as a constant unless its operand calls a function.
package main

type Inner struct{ D int }

type Mid struct {
	Inner
	L int
}

type Outer struct {
	*Mid
	N int
}

type P struct{ X, Y int }

func arr() [4]int { return [4]int{} }

func main() {
	o := Outer{Mid: &Mid{}}
	_ = o.D
	_ = o.Mid.Inner.D
	a := 1
	b := 2
	p := &a
	q := P{}
	r := &q.X
	_, _, _ = b, p, r
	ps := [...]*P{{1, 2}, 3: {}}
	_ = len(ps)
	_ = len(arr())
}

// CHECK: 27:2 def var o Outer{{$}}
// CHECK: 27:18 value &(Mid literal) : *Mid
// CHECK: 28:7 field o.D path 0.0.0 indirect
// CHECK: 29:7 field o.Mid path 0{{$}}
// CHECK: 29:11 field o.Mid.Inner path 0 indirect
// CHECK: 29:17 field o.Mid.Inner.D path 0{{$}}
// CHECK: 30:2 def var a int escapes
// CHECK: 31:2 def var b int{{$}}
// CHECK: 32:2 def var p *int{{$}}
// CHECK: 33:2 def var q P escapes
// CHECK: 34:2 def var r *int{{$}}
// CHECK: 34:9 field q.X path 0{{$}}
// CHECK: 36:2 def var ps [4]*P{{$}}
// CHECK: 36:15 value ([...]*P literal) : [4]*P
// CHECK: 36:16 value ( literal) : *P
// CHECK: 36:27 value ( literal) : *P
// CHECK: 37:9 const len(ps) : int = 4
// CHECK: 38:9 value len(arr()) : int{{$}}
