// RUN: %gort build -emit=types -o - %s | FileCheck %s
// What index and slice expressions and the slice built-ins denote, as
// go/types records them: elements of slices and array variables are
// variables, of strings (bytes) and array values values; len of an array
// is a constant unless its operand calls a function; slicing gives a
// slice (of an array: its elements), a string of a string (an untyped
// constant becomes a string); range over a string gives int and rune.
package main

func f() [3]int { var a [3]int; return a }

func main() {
	var s []int
	var a [3]int
	str := "héllo"
	_ = s[1]
	_ = a[2]
	_ = str[0]
	_ = f()[1]
	_ = len(a)
	_ = len(f())
	_ = len("abc")
	_ = cap(s)
	_ = s[1:2]
	_ = a[:]
	_ = str[1:]
	_ = "const"[1:3]
	_ = append(s, 1)
	_ = copy(s, s[1:])
	for i, r := range str {
		_, _ = i, r
	}
}

// CHECK: 16:6 var s : []int
// CHECK: 16:7 var s[1] : int
// CHECK: 16:8 const 1 : int = 1
// CHECK: 17:6 var a : [3]int
// CHECK: 17:7 var a[2] : int
// CHECK: 17:8 const 2 : int = 2
// CHECK: 18:6 var str : string
// CHECK: 18:9 value str[0] : byte
// CHECK: 18:10 const 0 : int = 0
// CHECK: 19:6 value f : func() [3]int
// CHECK: 19:7 value f() : [3]int
// CHECK: 19:9 value f()[1] : int
// CHECK: 19:10 const 1 : int = 1
// CHECK: 20:9 const len(a) : int = 3
// CHECK: 20:10 var a : [3]int
// CHECK: 21:9 value len(f()) : int
// CHECK: 21:10 value f : func() [3]int
// CHECK: 21:11 value f() : [3]int
// CHECK: 22:9 const len("abc") : int = 3
// CHECK: 22:10 const "abc" : string = "abc"
// CHECK: 23:9 value cap(s) : int
// CHECK: 23:10 var s : []int
// CHECK: 24:6 var s : []int
// CHECK: 24:7 value s[1:2] : []int
// CHECK: 24:8 const 1 : int = 1
// CHECK: 24:10 const 2 : int = 2
// CHECK: 25:6 var a : [3]int
// CHECK: 25:7 value a[:] : []int
// CHECK: 26:6 var str : string
// CHECK: 26:9 value str[1:] : string
// CHECK: 26:10 const 1 : int = 1
// CHECK: 27:6 const "const" : string = "const"
// CHECK: 27:13 value "const"[1:3] : string
// CHECK: 27:14 const 1 : int = 1
// CHECK: 27:16 const 3 : int = 3
// CHECK: 28:12 value append(s, 1) : []int
// CHECK: 28:13 var s : []int
// CHECK: 28:16 const 1 : int = 1
// CHECK: 29:10 value copy(s, s[1:]) : int
// CHECK: 29:11 var s : []int
// CHECK: 29:14 var s : []int
// CHECK: 29:15 value s[1:] : []int
// CHECK: 29:16 const 1 : int = 1
// CHECK: 30:6 def var i int
// CHECK: 30:9 def var r rune
// CHECK: 30:20 var str : string
// CHECK: 31:10 var i : int
// CHECK: 31:13 var r : rune
