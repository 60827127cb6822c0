// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Operand errors in gc's words and at gc's positions: an untyped operand
// that could mix with the other's type but does not convert; comparison
// of nil with nil (at the second operand); an operator not defined on a
// kind; x.(type) outside a type switch (gc 1.19's words).
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	var t bool
	ch := make(chan int)
	// CHECK: sema-error-operators.go:[[@LINE+1]]:12: error: cannot convert 1 (untyped int constant) to chan int
	_ = ch == 1
	// CHECK: sema-error-operators.go:[[@LINE+1]]:13: error: invalid operation: nil == nil (operator == not defined on untyped nil)
	_ = nil == nil
	// CHECK: sema-error-operators.go:[[@LINE+1]]:6: error: invalid operation: t < t (operator < not defined on bool)
	_ = t < t
	// CHECK: sema-error-operators.go:[[@LINE+1]]:6: error: invalid operation: ch < ch (operator < not defined on chan)
	_ = ch < ch
	// CHECK: sema-error-operators.go:[[@LINE+1]]:6: error: e declared but not used
	var e interface{}
	// CHECK: sema-error-operators.go:[[@LINE+1]]:6: error: invalid AST: use of .(type) outside type switch
	_ = e.(type)
}
// CHECK-NOT: error
