// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Index expressions of arrays, slices and strings, as go/types' index.go:
// constant indices out of bounds or negative, a string's byte is not
// assignable, untyped and non-integer indices, types that cannot be indexed;
// comparison of slices (only with nil).
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func f(a int, b ...int) {}
func g(a, b int)        {}
func two() (int, int)   { return 1, 2 }
func arr() [3]int       { var a [3]int; return a }

func main() {
	var s, t []int
	var ts []string
	var str string
	var a [3]int
	var i int
	var ch chan int
	var bs []byte
	_, _, _, _, _, _, _, _ = s, t, ts, str, a, i, ch, bs
	// CHECK: sema-slices-index.go:[[@LINE+1]]:6: error: invalid operation: s == t (slice can only be compared to nil)
	_ = s == t
	_ = s == nil
	_ = nil == s
	// CHECK: sema-slices-index.go:[[@LINE+1]]:2: error: cannot assign to str[0] (value of type byte)
	str[0] = 'x'
	// CHECK: sema-slices-index.go:[[@LINE+1]]:8: error: invalid argument: index 5 out of bounds [0:3]
	_ = a[5]
	// CHECK: sema-slices-index.go:[[@LINE+1]]:10: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = str[-1]
	// CHECK: sema-slices-index.go:[[@LINE+1]]:12: error: invalid argument: index 3 out of bounds [0:3]
	_ = "abc"[3]
	// CHECK: sema-slices-index.go:[[@LINE+1]]:8: error: cannot convert "x" (untyped string constant) to int
	_ = s["x"]
	// CHECK: sema-slices-index.go:[[@LINE+1]]:8: error: 1 << 70 (untyped int constant 1180591620717411303424) overflows int
	_ = a[1<<70]
	s[0]++
	const c = "abc"
	_ = c[2]
}
// CHECK-NOT: error
