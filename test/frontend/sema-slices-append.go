// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// append's arguments: of the element type, a slice of another element
// type, a string to a []byte without ..., none, too many with ....
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
	// CHECK: sema-slices-append.go:[[@LINE+1]]:16: error: cannot use s (variable of type []int) as type int in argument to append
	_ = append(s, s)
	// CHECK: sema-slices-append.go:[[@LINE+1]]:16: error: cannot use ts (variable of type []string) as type []int in argument to append
	_ = append(s, ts...)
	// CHECK: sema-slices-append.go:[[@LINE+1]]:17: error: cannot use str (variable of type string) as type byte in argument to append
	_ = append(bs, str)
	// CHECK: sema-slices-append.go:[[@LINE+1]]:6: error: invalid operation: not enough arguments for append() (expected 1, found 0)
	_ = append()
	// CHECK: sema-slices-append.go:[[@LINE+3]]:19: error: too many arguments in call to append
	// CHECK-NEXT: have ([]int, []int, []int){{$}}
	// CHECK-NEXT: want ([]int, ...int){{$}}
	_ = append(s, s, s...)
	_ = append(s)
	_ = append(s, 1, 2, i)
}
// CHECK-NOT: error
