// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Slice expressions, as go/types' sliceExpr: constant indices out of
// bounds, unordered constant indices (one error), 3-index slices of strings,
// unaddressable arrays, types that cannot be sliced or indexed.
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
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:10: error: invalid argument: index 4 out of bounds [0:4]
	_ = a[1:4]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:10: error: invalid slice indices: 1 < 2
	_ = a[2:1]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:10: error: invalid slice indices: 2 < 3
	_ = s[3:2]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:14: error: invalid operation: 3-index slice of string
	_ = str[1:2:3]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:6: error: invalid operation: arr() (value of type [3]int) (slice of unaddressable value)
	_ = arr()[1:2]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:6: error: invalid operation: cannot slice i (variable of type int)
	_ = i[1:2]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:9: error: invalid argument: index 5 out of bounds [0:4]
	_ = a[:5:2]
	_ = a[1:2:3]
	// CHECK: sema-slices-slice.go:[[@LINE+1]]:12: error: invalid slice indices: 1 < 2
	_ = s[1:2:1]
}
// CHECK-NOT: error
