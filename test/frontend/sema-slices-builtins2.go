// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// len and cap of what has none, ... with a built-in other than append,
// conversions between strings and slices that do not exist, range over a
// non-sequence, range variables of the wrong type.
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
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:10: error: invalid argument: str (variable of type string) for cap
	_ = cap(str)
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:6: error: invalid operation: invalid use of ... with built-in len
	_ = len(s...)
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:13: error: cannot convert s (variable of type []int) to type string
	_ = string(s)
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:13: error: cannot convert i (variable of type int) to type []byte
	_ = []byte(i)
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:12: error: cannot range over i (variable of type int)
	for range i {
	}
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:9: error: range over ch (variable of type chan int) permits only one iteration variable
	for i, v := range ch {
		_, _ = i, v
	}
	var r rune
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:9: error: cannot use r (value of type int) as type rune in assignment
	for i, r = range s {
	}
	var k string
	// CHECK: sema-slices-builtins2.go:[[@LINE+1]]:6: error: cannot use k (value of type int) as type string in assignment
	for k = range s {
	}
	_, _ = k, r
	_ = len(a) + len(arr()) + cap(bs) + len(str) + len("abc") + copy(bs, str)
}
// CHECK-NOT: error
