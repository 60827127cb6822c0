// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Built-ins of go/types' statement kind (copy, whose count is dropped)
// may stand as statements; the others' values must be used. Expected:
// gc's messages (go build -gcflags=-e).
package main

func main() {
	a, b := []int{1, 2}, []int{3}
	copy(a, b)
	(copy(a, b))
	// CHECK: sema-error-builtin-stmt.go:[[@LINE+1]]:2: error: len(a) (value of type int) is not used{{$}}
	len(a)
	// CHECK-NEXT: sema-error-builtin-stmt.go:[[@LINE+1]]:2: error: append(a, 1) (value of type []int) is not used{{$}}
	append(a, 1)
	// CHECK-NEXT: sema-error-builtin-stmt.go:[[@LINE+1]]:2: error: cap(a) (value of type int) is not used{{$}}
	cap(a)
	println(a[0])
}
// CHECK-NOT: error
