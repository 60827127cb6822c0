// range over slices, arrays and strings: every form (key, key and value,
// blank, none, = and :=), the range expression and the length evaluated
// once, an array value ranged over as a copy (and not evaluated when only
// the key is used and it has no calls), strings by rune with invalid UTF-8
// as U+FFFD, break/continue with labels, one iteration variable per loop
// (Go 1.19) captured by closures, nil slices.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var evals int

func seq() []int {
	evals++
	s := make([]int, 4)
	for i := range s {
		s[i] = i * 10
	}
	return s
}

func arr() [3]string {
	evals++
	var a [3]string
	a[0], a[1], a[2] = "x", "y", "z"
	return a
}

var grid [3][4]int

var picks int

func pick() int {
	picks++
	return 1
}

func main() {
	s := seq()
	for i := range s {
		print(i, " ")
	}
	println()
	for i, v := range s {
		print(i, "=", v, " ")
	}
	println()
	for _, v := range s {
		print(v, " ")
	}
	println()
	n := 0
	for range s {
		n++
	}
	println("n", n)
	var i, v int
	for i, v = range s {
	}
	println("last", i, v)
	for i = range s {
	}
	println("last key", i)

	// The range expression is evaluated once; the length too.
	evals = 0
	for i, v := range seq() {
		print(i, ":", v, " ")
	}
	println("evals", evals)
	t := seq()
	for i := range t {
		t = append(t, i)
	}
	println("len after", len(t))
	for i, v := range t[:3] {
		t[i+1] = 99
		print(v, " ")
	}
	println()

	// Ranging over an array value ranges over a copy.
	var a [4]int
	for i := range a {
		a[i] = i + 1
	}
	for i, v := range a {
		a[3] = 100
		print(i, "=", v, " ")
	}
	println(a[3])
	for i := range a {
		a[i] *= 2
	}
	println(a[0], a[3])
	evals = 0
	for i, v := range arr() {
		print(i, v, " ")
	}
	for i := range arr() {
		print(i)
	}
	println(" evals", evals)
	// Only the key and len(x) constant: x is not evaluated (no bounds
	// check of grid[k]); with a call in x, it is.
	k5 := 5
	for i := range grid[k5] {
		print(i)
	}
	for i := range grid[pick()] {
		print(i)
	}
	println(" picks", picks)

	// Strings by rune; invalid UTF-8 gives U+FFFD and one byte.
	str := "aé世\U0001F600"
	for i, r := range str {
		print(i, ":", r, " ")
	}
	println()
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80\xf4\x90\x80\x80\xc0\xafz"
	for i, r := range bad {
		print(i, ":", r, " ")
	}
	println()
	cnt := 0
	for range "héllo" {
		cnt++
	}
	println("runes", cnt)
	var k int
	var r rune
	for k, r = range "xyz" {
	}
	println(k, r)
	for k = range "" {
		println("never")
	}

	// break, continue, labels; closures capture the loop variable (one
	// per loop in Go 1.19).
	var fs []func() int
outer:
	for i, v := range s {
		for j := range s {
			if j > i {
				continue outer
			}
			if v > 20 {
				break outer
			}
			print(i, j, " ")
		}
		fs = append(fs, func() int { return v })
	}
	println()
	for _, v := range s {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// Range over a slice of strings and of slices.
	words := make([]string, 0)
	words = append(words, "go", "range", "")
	for i, w := range words {
		println(i, w, len(w))
	}
	grid := make([][]int, 2)
	grid[1] = append(grid[1], 5, 6)
	for i, row := range grid {
		println(i, len(row), row == nil)
	}
	var nilS []int
	for range nilS {
		println("never")
	}
}

// CHECK: 0 1 2 3 
// CHECK-NEXT: 0=0 1=10 2=20 3=30 
// CHECK-NEXT: 0 10 20 30 
// CHECK-NEXT: n 4
// CHECK-NEXT: last 3 30
// CHECK-NEXT: last key 3
// CHECK-NEXT: 0:0 1:10 2:20 3:30 evals 1
// CHECK-NEXT: len after 8
// CHECK-NEXT: 0 99 99 
// CHECK-NEXT: 0=1 1=2 2=3 3=4 100
// CHECK-NEXT: 2 200
// CHECK-NEXT: 0x 1y 2z 012 evals 2
// CHECK-NEXT: 01230123 picks 1
// CHECK-NEXT: 0:97 1:233 3:19990 6:128512 
// CHECK-NEXT: 0:97 1:65533 2:98 3:65533 4:65533 5:99 6:65533 7:65533 8:65533 9:65533 10:65533 11:65533 12:65533 13:65533 14:65533 15:122 
// CHECK-NEXT: runes 5
// CHECK-NEXT: 2 122
// CHECK-NEXT: 00 10 11 20 21 22 
// CHECK-NEXT: 30 30 30 30 
// CHECK-NEXT: 0 go 2
// CHECK-NEXT: 1 range 5
// CHECK-NEXT: 2  0
// CHECK-NEXT: 0 0 true
// CHECK-NEXT: 1 2 false
