// Arrays (representation until aggr's lands: LLVM arrays as SSA values):
// copies on assignment, as arguments and results, index expressions of
// array variables, package-level arrays, arrays of arrays (element
// addresses), slices of arrays aliasing them, arrays of bools and bytes,
// constant len and cap, arrays captured by closures, slices of arrays.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var grid [3][4]int

var table [5]string

func total(a [4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	a[0] = 1000 // a copy: the caller's array is unchanged
	return t
}

func make4(x int) [4]int {
	var a [4]int
	for i := range a {
		a[i] = x + i
	}
	return a
}

func main() {
	// Arrays are values: assignment and passing copy them.
	var a [4]int
	a[0], a[3] = 1, 4
	b := a
	b[0] = 100
	println(a[0], b[0], len(a), cap(b))
	println(total(a), a[0])
	c := make4(10)
	println(c[0], c[3], make4(5)[2], total(make4(1)))

	// Arrays of arrays, package-level arrays.
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	grid[1][2] += 100
	row := grid[1]
	row[0] = -1
	println(grid[1][0], grid[1][2], row[0], len(grid), len(grid[0]))
	sl := grid[2][1:3]
	sl[0] = 77
	println(grid[2][1], len(sl), cap(sl))
	table[2] = "two"
	table[4] = table[2] + "!"
	for i, s := range table {
		if s != "" {
			println(i, s)
		}
	}

	// Arrays of bools and bytes; constant len and cap.
	var flags [3]bool
	flags[1] = true
	println(flags[0], flags[1], !flags[2])
	var buf [8]byte
	n := copy(buf[:], "hi there")
	println(n, string(buf[:2]), string(buf[3:]))
	const L = len(buf)
	println(L, cap(buf))

	// Arrays captured by closures, slices of arrays.
	var counts [3]int
	inc := func(i int) { counts[i]++ }
	inc(0)
	inc(2)
	inc(2)
	println(counts[0], counts[1], counts[2])
	s := counts[:]
	s[1] = 9
	println(counts[1])

	// Slices of arrays of slices.
	parts := make([][2]string, 2)
	parts[0][1] = "b"
	parts[1][0] = "c"
	for _, p := range parts {
		println(p[0] + "|" + p[1])
	}
}

// CHECK: 1 100 4 4
// CHECK-NEXT: 5 1
// CHECK-NEXT: 10 13 7 10
// CHECK-NEXT: 10 112 -1 3 4
// CHECK-NEXT: 77 2 3
// CHECK-NEXT: 2 two
// CHECK-NEXT: 4 two!
// CHECK-NEXT: false true true
// CHECK-NEXT: 8 hi there
// CHECK-NEXT: 8 8
// CHECK-NEXT: 1 0 2
// CHECK-NEXT: 9
// CHECK-NEXT: |b
// CHECK-NEXT: c|
