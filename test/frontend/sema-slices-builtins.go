// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// make, len, cap and copy of slices and strings, as go/types' builtins.go:
// make's count of arguments and its sizes, len and cap of what has none,
// ... with a built-in other than append, copy's argument types.
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
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:18: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make([]int, -1)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:18: error: invalid argument: length and capacity swapped
	_ = make([]int, 5, 2)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:6: error: invalid operation: make([]int) expects 2 or 3 arguments; found 1
	_ = make([]int)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:6: error: invalid operation: make([]int, 1, 2, 3) expects 2 or 3 arguments; found 4
	_ = make([]int, 1, 2, 3)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:18: error: invalid argument: index str (variable of type string) must be integer
	_ = make([]int, str)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:11: error: invalid argument: copy expects slice arguments; found s (variable of type []int) and 1 (untyped int constant)
	_ = copy(s, 1)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:11: error: invalid argument: arguments to copy s (variable of type []int) and ts (variable of type []string) have different element types int and string
	_ = copy(s, ts)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:11: error: invalid argument: copy expects slice arguments; found str (variable of type string) and s (variable of type []int)
	_ = copy(str, s)
	// CHECK: sema-slices-builtins.go:[[@LINE+1]]:10: error: invalid argument: i (variable of type int) for len
	_ = len(i)
}
// CHECK-NOT: error
