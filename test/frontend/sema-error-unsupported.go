// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Valid Go of tiers 2 and 3 is rejected by name, and nothing else is
// reported about it (no "undefined", no "declared but not used").
package main

// CHECK: sema-error-unsupported.go:[[@LINE+1]]:8: error: package fmt is not supported yet
import "fmt"

// Type declarations and slices are tier 2, which Sema has.
type T int

// CHECK: sema-error-unsupported.go:[[@LINE+1]]:10: error: methods are not supported yet
func (T) M() {}

func main() {
	var s []int
	// CHECK: sema-error-unsupported.go:[[@LINE+1]]:18: error: composite literals are not supported yet
	m := map[int]int{}
	// CHECK: sema-error-unsupported.go:[[@LINE+1]]:7: error: floating-point numbers are not supported yet
	f := 1.5
	fmt.Println(s, m, f)
	var i interface{} = 1
	// CHECK: sema-error-unsupported.go:[[@LINE+1]]:2: error: type switches are not supported yet
	switch i.(type) {
	}
	// CHECK: sema-error-unsupported.go:[[@LINE+1]]:6: error: pointers are not supported yet
	_ = &i
}
// CHECK-NOT: error
