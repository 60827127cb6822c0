// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Argument and result count mismatches, with gc's have and want lines
// (types2's typesSummary): an untyped numeric constant is a "number", other
// untyped operands lose "untyped "; a single call's results are unpacked
// whatever the count wanted. A missing value is reported at the last one,
// an extra one at the first extra, a bare return at the return.
// Expected output: Go 1.19 (`go build`).
package main

func g() (int, int) { return 1, 2 }
func h()            {}
func p(a, b, c int) {}

func r1() (int, bool, string) {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:12: error: not enough return values
	return 1, 'a'
	// CHECK-NEXT: {{^}}	have (number, number){{$}}
	// CHECK-NEXT: {{^}}	want (int, bool, string){{$}}
}

func r2() int {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:9: error: too many return values
	return g()
	// CHECK-NEXT: {{^}}	have (int, int){{$}}
	// CHECK-NEXT: {{^}}	want (int){{$}}
}

func r3() {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:9: error: too many return values
	return g()
	// CHECK-NEXT: {{^}}	have (int, int){{$}}
	// CHECK-NEXT: {{^}}	want (){{$}}
}

func r4() (int, string) {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:2: error: not enough return values
	return
	// CHECK-NEXT: {{^}}	have (){{$}}
	// CHECK-NEXT: {{^}}	want (int, string){{$}}
}

func r5() (int, int, int) {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:9: error: not enough return values
	return g()
	// CHECK-NEXT: {{^}}	have (int, int){{$}}
	// CHECK-NEXT: {{^}}	want (int, int, int){{$}}
}

func main() {
	// CHECK: sema-error-counts.go:[[@LINE+1]]:4: error: too many arguments in call to h
	h(nil, 'a', 1 == 1, "s")
	// CHECK-NEXT: {{^}}	have (nil, number, bool, string){{$}}
	// CHECK-NEXT: {{^}}	want (){{$}}
	const k int8 = 1
	var s string
	f := func(int, string) {}
	// CHECK: sema-error-counts.go:[[@LINE+1]]:10: error: too many arguments in call to f
	f(k, s, s)
	// CHECK-NEXT: {{^}}	have (int8, string, string){{$}}
	// CHECK-NEXT: {{^}}	want (int, string){{$}}
	// CHECK: sema-error-counts.go:[[@LINE+1]]:4: error: not enough arguments in call to p
	p(g())
	// CHECK-NEXT: {{^}}	have (int, int){{$}}
	// CHECK-NEXT: {{^}}	want (int, int, int){{$}}
}
// CHECK-NOT: error
