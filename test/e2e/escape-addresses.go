// Escape analysis keeps a local variable alive past its frame wherever its
// address does: a pointer method that stores its receiver (also on a
// field of a local struct), an array sliced and returned, the address of
// a field returned. Another call then reuses the stack; the values must
// still be there.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type T struct{ v [8]int }

var keep *T

// register keeps its receiver: a variable it is called on must outlive
// the call.
func (p *T) register() { keep = p }

func set() {
	var t T
	t.v[0] = 42
	t.register()
}

// The slice shares the local array, which must outlive f.
func f() []int {
	var a [3]int
	a[0] = 7
	return a[:]
}

func g() *int {
	var s struct{ x, y int }
	s.y = 9
	return &s.y
}

type Box struct{ inner T }

func nested() {
	var b Box
	b.inner.v[1] = 5
	b.inner.register()
}

// clobber reuses the stack where set's, f's and g's frames were.
func clobber() int {
	var a [64]int
	for i := range a {
		a[i] = i
	}
	return a[3]
}

func main() {
	set()
	s := f()
	p := g()
	clobber()
	println(keep.v[0], s[0], *p)
	nested()
	clobber()
	println(keep.v[1])
}
// CHECK: 42 7 9{{$}}
// CHECK-NEXT: 5{{$}}
