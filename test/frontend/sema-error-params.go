// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Parameters and results of a function declaration share one scope: a name
// given twice is redeclared, as in a function literal, with gc's line naming
// the other declaration; `_` may repeat.
// Expected output: Go 1.19 (`go build`).
package main

// CHECK: sema-error-params.go:[[@LINE+1]]:15: error: a redeclared in this block
func f(a int, a bool) {}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-params.go:[[@LINE-1]]:8: other declaration of a{{$}}

// CHECK: sema-error-params.go:[[@LINE+1]]:16: error: a redeclared in this block
func g(a int) (a int) { return 1 }
// CHECK-NEXT: {{^}}	{{.*}}sema-error-params.go:[[@LINE-1]]:8: other declaration of a{{$}}

// CHECK: sema-error-params.go:[[@LINE+1]]:14: error: b redeclared in this block
func h() (b, b int) { return 1, 2 }
// CHECK-NEXT: {{^}}	{{.*}}sema-error-params.go:[[@LINE-1]]:11: other declaration of b{{$}}

func k(_, _ int) {}

// The body is that scope too; the second a is in no scope, so not unused.
// CHECK: sema-error-params.go:[[@LINE+1]]:29: error: a redeclared in this block
func l(a int) (b int) { var a int; return a }
// CHECK-NEXT: {{^}}	{{.*}}sema-error-params.go:[[@LINE-1]]:8: other declaration of a{{$}}

func main() {
	// CHECK: sema-error-params.go:[[@LINE+1]]:18: error: c redeclared in this block
	_ = func(c int, c int) {}
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-params.go:[[@LINE-1]]:11: other declaration of c{{$}}
}
// CHECK-NOT: error
