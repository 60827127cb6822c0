// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Variadic calls and append, as go/types' arguments: ... to a
// non-variadic function or with a multi-valued call, have/want lines with
// ...T, the ... parameter's element type, append's first argument and its
// ... form (append([]byte, string...)).
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
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:2: error: cannot use ... in call to non-variadic g
	g(1, s...)
	// CHECK: sema-slices-variadic.go:[[@LINE+3]]:10: error: too many arguments in call to f
	// CHECK-NEXT: have (number, number, []int){{$}}
	// CHECK-NEXT: want (int, ...int){{$}}
	f(1, 2, s...)
	// CHECK: sema-slices-variadic.go:[[@LINE+3]]:4: error: not enough arguments in call to f
	// CHECK-NEXT: have ([]int){{$}}
	// CHECK-NEXT: want (int, ...int){{$}}
	f(s...)
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:7: error: cannot use "x" (untyped string constant) as int value in argument to f
	f(1, "x")
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:7: error: cannot use ts (variable of type []string) as type []int in argument to f
	f(1, ts...)
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:2: error: cannot use ... with 2-valued two()
	f(two()...)
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:13: error: first argument to append must be a slice; have 1 (untyped int constant)
	_ = append(1, 2)
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:13: error: first argument to append must be a slice; have untyped nil
	_ = append(nil, 1)
	// CHECK: sema-slices-variadic.go:[[@LINE+1]]:16: error: cannot use "x" (untyped string constant) as int value in argument to append
	_ = append(s, "x")
	f(1)
	f(two())
	_ = append(bs, str...)
}
// CHECK-NOT: error
