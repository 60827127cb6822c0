// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// gc reports an error once per line: one equal to the error just reported
// on the same line is dropped (and not counted towards the ten).
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	// CHECK: sema-error-sameline.go:[[@LINE+1]]:13: error: constant shift overflow
	const k = 1<<600 - 1<<600
	// CHECK-NOT: sema-error-sameline.go:[[@LINE-1]]:23
	// CHECK: sema-error-sameline.go:[[@LINE+1]]:6: error: undefined: u
	_ = u + u + u + u + u + u + u + u + u + u + u
	// CHECK-NEXT: sema-error-sameline.go:[[@LINE+1]]:6: error: undefined: v
	_ = v
}
// CHECK-NOT: error
