// Comparison with nil on either side, for every type that has nil: a
// slice, a map, a func, a pointer, a channel, interface{} and error, nil
// and not. `nil == a` for a non-nil slice once gave true (the nil
// operand, a zero slice constant, was the one tested).
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t0 %s
// RUN: %run %t0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

func main() {
	a := []int{1}
	var b []int
	var m map[int]int
	var f func()
	var p *int
	var c chan int
	println(nil == a, a == nil, nil != a, a != nil)
	println(nil == b, b == nil, nil != b, b != nil)
	println(nil == m, m == nil, nil == f, f == nil, nil == p, nil == c)
	m = map[int]int{}
	f = func() {}
	x := 1
	p = &x
	c = make(chan int)
	println(nil == m, m == nil, nil == f, f == nil, nil == p, nil == c, nil != c)
	var e interface{}
	println(nil == e, e == nil)
	e = 1
	println(nil == e, e == nil, nil != e)
	var err error
	println(nil == err, err == nil)
}

// CHECK: false false true true
// CHECK-NEXT: true true false false
// CHECK-NEXT: true true true true true true
// CHECK-NEXT: false false false false false false true
// CHECK-NEXT: true true
// CHECK-NEXT: false false true
// CHECK-NEXT: true true
