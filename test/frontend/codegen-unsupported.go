// RUN: not %gort build -o %t %s 2>&1 | FileCheck %s
// Sema accepts tier 2's types before the code generator has them all; the
// first use of a type code generation lacks is reported, once, cleanly
// (issue 12 removes this gate as each kind of type arrives).
package main

// CHECK: codegen-unsupported.go:[[@LINE+1]]:6: error: slices are not supported yet
type T []int

func main() {
	var n int
	var t T
	_, _ = n, t
}
// CHECK-NOT: error
