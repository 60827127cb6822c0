// Variadic functions: calls with no, one and several arguments for the ...
// parameter (packed into a new slice, nil for none), f(s...) passing s
// itself (the callee shares its array), f(nil...), f(g()) with g's
// results, elements of several types (bytes, strings, interface{}, slices),
// function values and literals, go and defer of variadic calls.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(name string, xs ...int) {
	println(name, len(xs), cap(xs), xs == nil)
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func set(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func pair() (int, int) { return 3, 4 }

func many(xs ...byte) int { return len(xs) }

func anyCount(xs ...interface{}) int { return len(xs) }

func nested(xs ...[]int) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	info("none")
	info("three", 1, 2, 3)
	s := make([]int, 2, 5)
	s[0], s[1] = 5, 6
	println(sum(s...), sum(s[:1]...))
	info("spread", s...)
	info("nil", nil...)
	set(s...)
	println("callee sees the caller's array:", s[0])
	set(1, 2)
	println(join(", "), join(", ", "a"), join(", ", "a", "b", "c"))
	parts := make([]string, 0)
	parts = append(parts, "x", "y")
	println(join("-", parts...))
	println(sum(pair()))
	println(many('a', 'b', 300-299), anyCount(1, "two", nil), anyCount())
	println(nested(s, nil, s[:1]))
	f := sum
	println(f(4, 5))
	g := func(prefix string, xs ...int) int { return len(prefix) + len(xs) }
	println(g("ab", 1, 2, 3))
	defer info("deferred", 7, 8)
	done := make(chan bool)
	go func(xs ...int) {
		println("goroutine", sum(xs...))
		done <- true
	}(1, 2, 3, 4)
	<-done
}

// CHECK: 0 1 6
// CHECK-NEXT: none 0 0 true
// CHECK-NEXT: three 3 3 false
// CHECK-NEXT: 11 5
// CHECK-NEXT: spread 2 5 false
// CHECK-NEXT: nil 0 0 true
// CHECK-NEXT: callee sees the caller's array: -1
// CHECK-NEXT:  a a, b, c
// CHECK-NEXT: x-y
// CHECK-NEXT: 7
// CHECK-NEXT: 3 3 0
// CHECK-NEXT: 3
// CHECK-NEXT: 9
// CHECK-NEXT: 5
// CHECK-NEXT: goroutine 10
// CHECK-NEXT: deferred 2 2 false
