// print and println of constants; a recursive function.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("hello", 42, true, fib(20))
	print("x\n")
}

// CHECK: hello 42 true 6765
// CHECK-NEXT: x
// CHECK-NOT: {{.}}
