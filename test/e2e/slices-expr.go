// Slice expressions s[i:j] and s[i:j:k] on slices, arrays and strings
// (defaults, empty results, sharing the array, extending within the
// capacity, append to a full 3-index slice copies), index expressions of
// strings (bytes) and constants, index operands of every integer type, of
// a named []byte, of an array value that is not a variable; index operands
// in x op= y and x++ evaluated once, left to right.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

var calls int

func idx(i int) int {
	calls++
	print("idx", i, " ")
	return i
}

type Bytes []byte

func main() {
	s := make([]int, 6, 8)
	for i := range s {
		s[i] = i + 1
	}
	show("s[:]", s[:])
	show("s[2:]", s[2:])
	show("s[:3]", s[:3])
	show("s[2:4]", s[2:4])
	show("s[2:4:5]", s[2:4:5])
	show("s[:0]", s[:0])
	show("s[6:]", s[6:])
	show("s[8:]", s[:8][8:])
	show("s[:8]", s[:8])
	show("s[1:2:2]", s[1:2:2])
	// Sub-slices share the array; extending within capacity.
	t := s[1:3]
	t[0] = 100
	t = t[:4]
	t[3] = 400
	show("s", s)
	u := s[2:3:3]
	u = append(u, -1)
	u[0] = -3
	show("s after append to full slice", s)
	show("u", u)

	// Arrays: slicing an array variable aliases it.
	var a [5]int
	for i := range a {
		a[i] = 10 * i
	}
	as := a[1:4]
	as[0] = 7
	println(a[1], len(as), cap(as), len(a[:]), cap(a[2:3]))
	as = append(as, 8)
	println(a[4], as[3])
	as = append(as, 9, 9)
	as[0] = 1
	println(a[1], len(as))

	// Strings.
	str := "hello, world"
	println(str[7:], str[:5], str[3:9], len(str[12:]), str[:0] == "")
	println(str[0], str[len(str)-1], "abc"[1])
	const c = "constant"
	println(c[2:5], c[3])
	var b Bytes = Bytes(str)
	b2 := b[7:]
	b2[0] = 'W'
	println(string(b), string(b2), len(b2))

	// Unsigned and other-width indices.
	var i8 int8 = 2
	var u16 uint16 = 3
	var i64 int64 = 4
	var un uint = 1
	println(s[i8], s[u16], s[i64], s[un], str[u16], len(s[i8:u16]))

	// Index operands are evaluated left to right, once.
	s[idx(1)] += s[idx(2)]
	println(s[1], calls)
	s[idx(3)]++
	println(s[3], calls)
	println(len(s[idx(1):idx(3)]), calls)

	// Index of an array value that is not a variable.
	println(arr()[2], len(arr()))
}

func arr() [3]int {
	var a [3]int
	a[2] = 42
	return a
}

// CHECK: s[:] len=6 cap=8: 1 2 3 4 5 6
// CHECK-NEXT: s[2:] len=4 cap=6: 3 4 5 6
// CHECK-NEXT: s[:3] len=3 cap=8: 1 2 3
// CHECK-NEXT: s[2:4] len=2 cap=6: 3 4
// CHECK-NEXT: s[2:4:5] len=2 cap=3: 3 4
// CHECK-NEXT: s[:0] len=0 cap=8:
// CHECK-NEXT: s[6:] len=0 cap=2:
// CHECK-NEXT: s[8:] len=0 cap=0:
// CHECK-NEXT: s[:8] len=8 cap=8: 1 2 3 4 5 6 0 0
// CHECK-NEXT: s[1:2:2] len=1 cap=1: 2
// CHECK-NEXT: s len=6 cap=8: 1 100 3 4 400 6
// CHECK-NEXT: s after append to full slice len=6 cap=8: 1 100 3 4 400 6
// CHECK-NEXT: u len=2 cap=2: -3 -1
// CHECK-NEXT: 7 3 4 5 3
// CHECK-NEXT: 8 8
// CHECK-NEXT: 7 6
// CHECK-NEXT: world hello lo, wo 0 true
// CHECK-NEXT: 104 100 98
// CHECK-NEXT: nst 115
// CHECK-NEXT: hello, World World 5
// CHECK-NEXT: 3 4 400 100 108 1
// CHECK-NEXT: idx1 idx2 103 2
// CHECK-NEXT: idx3 5 3
// CHECK-NEXT: idx1 idx3 2 5
// CHECK-NEXT: 42 3
