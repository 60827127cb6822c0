// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Typed float constants are not assignable to integer types (even with
// integer values), untyped integer constants overflow float32, and
// duplicate float cases in a switch, in gc's words.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

const c float64 = 2
const d = 1 << 200

func main() {
	// CHECK: sema-floats-typed.go:[[@LINE+1]]:18: error: cannot use 1 << 200 (untyped int constant 1606938044258990275541962092341162602522202993782792835301376) as float32 value in variable declaration (overflows)
	var f float32 = 1 << 200
	var g float64 = d
	var h float32 = 'a'
	i := int(c)
	// CHECK: sema-floats-typed.go:[[@LINE+1]]:14: error: cannot use c (constant 2 of type float64) as type int in variable declaration
	var j int = c
	// CHECK: sema-floats-typed.go:[[@LINE+1]]:16: error: cannot use c * 100 (constant 200 of type float64) as type uint8 in variable declaration
	var k uint8 = c * 100
	// CHECK: sema-floats-typed.go:[[@LINE+1]]:18: error: cannot use -1e39 (untyped float constant -1e+39) as float32 value in variable declaration (overflows)
	var l float32 = -1e39
	var m = float32(1e-50)
	switch 1.5 {
	// CHECK: sema-floats-typed.go:[[@LINE+2]]:12: error: duplicate case 1.5 (constant of type float64) in expression switch
	// CHECK-NEXT: {{^}}	{{.*}}sema-floats-typed.go:[[@LINE+1]]:7: previous case{{$}}
	case 1.5, 1.5:
	}
	println(f, g, h, i, j, k, l, m)
}
// CHECK-NOT: error
