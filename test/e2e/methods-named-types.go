// Named types whose underlying type code generation has (int, string,
// bool, uint8, chan, func): constants of a named type, conversions between
// a named type and its underlying type, println of their values, boxing
// and type assertions, and type descriptors named as gc names them
// (`main.Count`): a panic prints `panic: main.Count(5)`.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Count int
type Name string
type Flag bool
type U8 uint8
type Ints chan int
type Op func(int, int) int

const Ten Count = 10
const Hi Name = "hi"

func main() {
	var c Count = Ten + 5
	n := int(c) * 2
	println(c, n, Count(n)+Ten)
	println(Hi, Name("x"), string(Hi))
	var f Flag = c > 3
	println(f, !f)
	var u U8 = 255
	u++
	println(u)
	ch := make(Ints, 1)
	var raw chan int = ch
	raw <- 3
	println(<-ch)
	var add Op = func(a, b int) int { return a + b }
	plain := (func(int, int) int)(add)
	println(add(1, 2), plain(3, 4), Op(plain)(5, 6))
	var e interface{} = c
	println(e == interface{}(Count(15)), e == interface{}(15))
	v, ok := e.(Count)
	println(v, ok)
	_, ok = e.(int)
	println(ok)
	defer func() {
		r := recover()
		println(r != nil)
		panic(Hi)
	}()
	panic(Count(5))
}

// CHECK: 15 30 40
// CHECK-NEXT: hi x hi
// CHECK-NEXT: true false
// CHECK-NEXT: 0
// CHECK-NEXT: 3
// CHECK-NEXT: 3 7 11
// CHECK-NEXT: true false
// CHECK-NEXT: 15 true
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: panic: main.Count(5) [recovered]
// CHECK-NEXT: {{^}}	panic: main.Name("hi")
// CHECK: exit status 2
