// Slices: make, nil slices, len and cap, index expressions as values and
// operands of assignments and op=, ++, slices sharing an array, slices of
// strings and of slices, append (one value, several, s..., of another
// append), copy (overlapping, from a string), println of a slice.
// Expected output: Go 1.19 (`go run`); W-<target> lines where the word size
// matters (386 and arm from GOARCH=arm GOARM=7 under qemu-arm).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --check-prefixes=CHECK,W-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --check-prefixes=CHECK,W-%target %s < %t.O2.out
package main

// A slice of strings and a slice of slices share their arrays.
var global []string

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	show("nil", s)
	s = make([]int, 3)
	s[0], s[1], s[2] = 10, 20, 30
	show("make", s)
	s = make([]int, 2, 10)
	show("make cap", s)
	s = fill(5)
	show("fill", s)
	s[2] += 100
	s[3]++
	s[4] -= 2
	s[1] <<= 3
	show("ops", s)
	t := s
	t[0] = -1
	println("shared:", s[0], t == nil)
	s = nil
	println("nil again:", s == nil, nil != s, len(s))

	// Strings and slices of slices as elements.
	words := make([]string, 0, 2)
	words = append(words, "alpha")
	words = append(words, "beta", "gamma")
	words[1] += "!"
	for i, w := range words {
		println(i, w, len(w))
	}
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	for _, row := range grid {
		show("row", row)
	}
	grid[2][1] = 99
	show("grid[2]", grid[2])
	global = words
	global[0] = "ALPHA"
	println(words[0], len(global))

	// append: single, several, a slice, another append's result.
	a := []int(nil)
	a = append(a, 1)
	a = append(a, 2, 3)
	a = append(a, a...)
	a = append(a[:2], append(a[4:], 7)...)
	show("append", a)
	b := append([]int(nil), a...)
	b[0] = 42
	println("copy on append:", a[0], b[0])
	println(len(append(a)), len(append(b, b...)))

	// copy: count, overlap, from a string.
	c := fill(6)
	n := copy(c[1:], c)
	println("copied", n)
	show("overlap", c)
	n = copy(c, []int(nil))
	println("empty copy", n)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	println("from string", n, string(bs))

	// Printing a slice: [len/cap] and the address of its array.
	println(s, len(words))
	var bools []bool
	bools = append(bools, true, false, true)
	println(bools[0], bools[1], bools[2], len(bools))
}

// CHECK: true 0 0
// CHECK-NEXT: nil len=0 cap=0:
// CHECK-NEXT: make len=3 cap=3: 10 20 30
// CHECK-NEXT: make cap len=2 cap=10: 0 0
// CHECK-NEXT: fill len=5 cap=5: 0 1 4 9 16
// CHECK-NEXT: ops len=5 cap=5: 0 8 104 10 14
// CHECK-NEXT: shared: -1 false
// CHECK-NEXT: nil again: true false 0
// CHECK-NEXT: 0 alpha 5
// CHECK-NEXT: 1 beta! 5
// CHECK-NEXT: 2 gamma 5
// CHECK-NEXT: row len=1 cap=1: 0
// CHECK-NEXT: row len=2 cap=2: 10 11
// CHECK-NEXT: row len=3 cap=3: 20 21 22
// CHECK-NEXT: grid[2] len=3 cap=3: 20 99 22
// CHECK-NEXT: ALPHA 3
// W-amd64-NEXT: append len=5 cap=6: 1 2 2 3 7
// W-386-NEXT: append len=5 cap=8: 1 2 2 3 7
// W-arm-NEXT: append len=5 cap=8: 1 2 2 3 7
// CHECK-NEXT: copy on append: 1 42
// CHECK-NEXT: 5 10
// CHECK-NEXT: copied 5
// CHECK-NEXT: overlap len=6 cap=6: 0 0 1 4 9 16
// CHECK-NEXT: empty copy 0
// CHECK-NEXT: from string 3 hel
// CHECK-NEXT: [0/0]0x0 3
// CHECK-NEXT: true false true 3
