// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Package-level initialization cycles, each reported once at its first
// variable that depends on itself, with gc's lines naming the chain of
// references (through functions too) back to it.
// Expected output: Go 1.19 (`go build`).
package main

// CHECK: sema-error-init.go:[[@LINE+5]]:5: error: initialization loop for a
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+4]]:5: a refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+4]]:5: b refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+5]]:6: f refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+1]]:5: a{{$}}
var a = b
var b = f()

func f() int { return a }

// CHECK: sema-error-init.go:[[@LINE+4]]:7: error: initialization loop for c1
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+3]]:7: c1 refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+3]]:7: c2 refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+1]]:7: c1{{$}}
const c1 = c2
const c2 = c1

// CHECK: sema-error-init.go:[[@LINE+3]]:5: error: initialization loop for v
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+2]]:5: v refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+1]]:5: v{{$}}
var v = func() int { return v }()

// Only n depends on itself.
// CHECK: sema-error-init.go:[[@LINE+4]]:8: error: initialization loop for n
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+3]]:8: n refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+4]]:6: k refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-init.go:[[@LINE+1]]:8: n{{$}}
var m, n = k()

func k() (int, int) { return n, 1 }

func main() {}
// CHECK-NOT: error
