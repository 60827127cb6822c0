// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Package-level initialization cycles.
package main

// CHECK: sema-error-init.go:[[@LINE+1]]:5: error: initialization loop for a
var a = b
var b = f()

func f() int { return a }

// CHECK: sema-error-init.go:[[@LINE+1]]:7: error: initialization loop for c1
const c1 = c2
const c2 = c1

func main() {}
// CHECK-NOT: error
