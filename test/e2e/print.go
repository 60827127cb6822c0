// println's formats: bytes and runes as integers, channels and funcs as\npointers, interface{} as (type,data), print without spaces.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func f() {}

func main() {
	c := make(chan int)
	var nc chan int
	var b byte = 200
	var r rune = 'x'
	var u uintptr = 7
	var e interface{} = 5
	var ne interface{}
	var fn func() = f
	println(b, r, u, true, false, -3, int8(-128), uint64(1<<64-1))
	println(c, nc, fn)
	println(e, ne)
	print(1, 2, "x", true, "\n")
	println()
	println("tab\tand \"quotes\"", `raw\n`)
}

// CHECK: 200 120 7 true false -3 -128 18446744073709551615
// CHECK-NEXT: {{0x[0-9a-f]+}} 0x0 {{0x[0-9a-f]+}}
// CHECK-NEXT: ({{0x[0-9a-f]+}},{{0x[0-9a-f]+}}) (0x0,0x0)
// CHECK-NEXT: 12xtrue
// CHECK-EMPTY:
// CHECK-NEXT: tab	and "quotes" raw\n
// CHECK-NOT: {{.}}
