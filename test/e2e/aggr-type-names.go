// Type descriptors of structs, arrays and pointers carry the runtime's
// names of their types (main.Pair, main.Point, not Pair and Point):
// failed type assertions report them in Go's words; boxing struct, array
// and pointer values into interface{}.
// Expected output: Go 1.19 (`go run`), up to the pc and the traceback.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s
package main

type Point struct{ X, Y int }

type Pair struct {
	P    *Point
	Arr  [2]Point
	Anon struct{ A int8 }
}

func try(f func()) {
	defer func() {
		r := recover()
		println(r != nil)
	}()
	f()
}

func main() {
	var i interface{} = Point{1, 2}
	var j interface{} = &Point{}
	var k interface{} = Pair{}
	var l interface{} = [2]Point{}
	var m interface{} = struct{ A, B int }{}
	_ = j
	_ = k
	_ = l
	_ = m
	try(func() { _ = i.(int) })
	try(func() { _ = j.(Point) })
	_ = k.(Point)
}

func init() {
	defer func() { println(recover() != nil) }()
	panic(Point{1, 2})
}

// CHECK: true
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: panic: interface conversion: interface {} is main.Pair, not main.Point
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: exit status 2
