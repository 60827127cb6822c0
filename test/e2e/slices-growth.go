// append's growth: the capacities of Go's growslice (doubling, then 1.25x
// from 256 elements, rounded up to the size classes) for 1-, 4/8-, 16- and
// 24-byte elements (int is 4 bytes on 386 and arm), an append of more than
// double, append([]byte, string...), and []byte(s) and []rune(s) of a
// constant (gc: exactly the string's length).
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

// The capacities append gives are Go's: growslice's doubling (then 1.25x
// from 256 elements), rounded up to the allocator's size classes, for
// elements of 1, 4 or 8, 16 and 24 bytes (int, string, []int), and when
// one append adds more than double.
func bytes() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			print(last, " ")
		}
	}
	println()
	println(b[255], b[2999], len(b))
}

func ints() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(sum)
}

func strs() {
	var s []string
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, "x")
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
}

func slices() {
	var s [][]int
	last := -1
	for i := 0; i < 300; i++ {
		s = append(s, nil)
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
}

func big() {
	s := make([]int, 3, 3)
	t := make([]int, 10)
	s = append(s, t...)
	println(len(s), cap(s))
	u := make([]int32, 5)
	u = append(u, 1)
	println(len(u), cap(u))
	b := append([]byte("hello"), " world, how are you"...)
	println(len(b), cap(b), string(b))
	r := []rune("héllo")
	println(len(r), cap(r))
	bb := []byte("héllo wörld and more text here")
	println(len(bb), cap(bb))
	var e []int
	e = append(e, make([]int, 0)...)
	println(e == nil, len(e), cap(e))
}

func main() {
	bytes()
	ints()
	strs()
	slices()
	big()
}

// CHECK: 8 16 32 64 128 256 512 896 1408 2048 3072 
// CHECK-NEXT: 255 183 3000
// W-amd64-NEXT: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 
// W-386-NEXT: 2 4 8 16 32 64 128 256 512 864 1344 2048 
// W-arm-NEXT: 2 4 8 16 32 64 128 256 512 864 1344 2048 
// CHECK-NEXT: 1999000
// CHECK-NEXT: 1 2 4 8 16 32 64 128 256 512 848 
// CHECK-NEXT: 1 2 4 8 16 32 64 128 256 512 
// W-amd64-NEXT: 13 14
// W-386-NEXT: 13 16
// W-arm-NEXT: 13 16
// CHECK-NEXT: 6 12
// CHECK-NEXT: 24 24 hello world, how are you
// CHECK-NEXT: 5 5
// CHECK-NEXT: 32 32
// CHECK-NEXT: true 0 0
