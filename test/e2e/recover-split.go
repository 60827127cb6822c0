// recover in a deferred closure at every stack depth from 0 to 2000: at
// some depths gorecover itself found no room on the segment and split,
// and then took its own new segment for its caller's, which no panic had
// marked, and returned nil (the panic went on and killed the program).
// Go's recover cannot split (textflag 7); neither can gort's.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 2>&1 | FileCheck %s
package main

type T struct{ n int }

func (t *T) cut(n int) {
	if n < 0 {
		panic("negative")
	}
	t.n = n
}

func try(f func()) (ok bool) {
	defer func() { _, ok = recover().(string) }()
	f()
	return false
}

func at1(depth int) bool {
	if depth > 0 {
		return at2(depth - 1)
	}
	var g T
	return try(func() { g.cut(-1) })
}

// Another frame size, so that the depths cover more offsets.
func at2(depth int) bool {
	var pad [3]int
	pad[depth%3] = depth
	if depth > 0 {
		return at1(depth-1) && pad[0] >= 0
	}
	var g T
	return try(func() { g.cut(-1) })
}

func main() {
	for d := 0; d < 2000; d++ {
		if !at1(d) {
			println("not recovered at depth", d)
		}
	}
	println("done")
}

// CHECK-NOT: not recovered
// CHECK: done
