// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// print and println refuse arrays and structs as gc's back end does, at the
// call's parenthesis and naming print; pointers are printed (addresses).
package main

type P struct{ X int }

func main() {
	var p P
	var a [2]int
	// CHECK: sema-error-aggr-print.go:[[@LINE+2]]:9: error: illegal types for operand: print{{$}}
	// CHECK-NEXT: {{^}}	P{{$}}
	println(p)
	// CHECK-NEXT: sema-error-aggr-print.go:[[@LINE+2]]:7: error: illegal types for operand: print{{$}}
	// CHECK-NEXT: {{^}}	[2]int{{$}}
	print(&p, a)
}
// CHECK-NOT: error
