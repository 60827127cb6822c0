// Memory the collector has freed and hands out again is as good as new:
// garbage full of non-zero bytes (small and large objects) is dropped and
// collected, then append's growth, []byte(s), []rune(s), string(b) and
// string concatenation allocate from it. Every byte past a slice's length
// up to its capacity reads zero (growslice and the conversions clear the
// tail they do not fill, and only that: the runtime skips zeroing what
// the copy overwrites), and the copied contents are right. In the gc
// variants GODEBUG=clobberfree=1 fills freed objects with a pattern.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t0 %s
// RUN: %run %t0 > %t0.out 2>&1
// RUN: FileCheck %s < %t0.out
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 > %t2.out 2>&1
// RUN: FileCheck %s < %t2.out
package main

import "runtime"

var sink [][]byte

// dirty fills the heap with non-zero objects of many sizes, then drops
// them and collects.
func dirty() {
	for round := 0; round < 4; round++ {
		sink = nil
		for n := 1; n < 100000; n = n*3/2 + 1 {
			b := make([]byte, n)
			for i := range b {
				b[i] = 0xA5
			}
			sink = append(sink, b)
		}
	}
	sink = nil
	runtime.GC()
}

// tailZero reports whether b[len(b):cap(b)] is all zero.
func tailZero(b []byte) bool {
	t := b[len(b):cap(b)]
	for _, c := range t {
		if c != 0 {
			return false
		}
	}
	return true
}

func runesTailZero(r []rune) bool {
	t := r[len(r):cap(r)]
	for _, c := range t {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	bad := 0
	for n := 1; n < 70000; n = n*5/4 + 1 {
		dirty()
		var b []byte
		for i := 0; i < n; i++ {
			b = append(b, byte(i%251+1))
		}
		if !tailZero(b) {
			bad++
			println("append tail not zero at", n)
		}
		for i := range b {
			if b[i] != byte(i%251+1) {
				bad++
				println("append lost byte", i, "at", n)
				break
			}
		}
		s := string(b)
		c := []byte(s)
		if !tailZero(c) || string(c) != s {
			bad++
			println("[]byte(s) wrong at", n)
		}
		r := []rune(s[:n/2] + "é世")
		if !runesTailZero(r) || len(r) != n/2+2 || r[len(r)-1] != '世' {
			bad++
			println("[]rune(s) wrong at", n)
		}
		w := append([]int64(nil), int64(n), int64(-n))
		w = append(w, 7)
		for _, x := range w[len(w):cap(w)] {
			if x != 0 {
				bad++
				println("[]int64 tail not zero at", n)
				break
			}
		}
	}
	println("bad", bad)
}

// CHECK-NOT: wrong
// CHECK-NOT: not zero
// CHECK-NOT: lost
// CHECK: bad 0
