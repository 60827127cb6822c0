// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Index expressions that cannot be: a negative constant slice index, a
// constant string's bound, non-integer indices, a non-indexable operand;
// slices are not ordered.
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
	// CHECK: sema-slices-index2.go:[[@LINE+1]]:8: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = s[-1:]
	// CHECK: sema-slices-index2.go:[[@LINE+1]]:14: error: invalid argument: index 5 out of bounds [0:4]
	_ = "abc"[1:5]
	// CHECK: sema-slices-index2.go:[[@LINE+1]]:8: error: invalid argument: index str (variable of type string) must be integer
	_ = s[str]
	// CHECK: sema-slices-index2.go:[[@LINE+1]]:7: error: invalid operation: cannot index i (variable of type int)
	_ = i[0]
	// CHECK: sema-slices-index2.go:[[@LINE+1]]:6: error: invalid operation: s < t (operator < not defined on slice)
	_ = s < t
	_ = str[i:]
	_ = bs[i]
}
// CHECK-NOT: error
