// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Names and values of const and var specs that do not pair up, in gc's
// words: the missing name, the extra value (or, for a repeated const
// spec, where it is); a variable without value or type is not also
// "declared but not used".
// Expected output: Go 1.19 (`go build`).
package main

// CHECK: sema-error-arity.go:[[@LINE+1]]:10: error: missing init expr for b
const a, b = 1

// CHECK: sema-error-arity.go:[[@LINE+1]]:14: error: extra init expr 2
const c = 1, 2

const (
	d, e = 1, 2
	// CHECK: sema-error-arity.go:[[@LINE+1]]:8: error: missing init expr for h
	f, g, h
	// CHECK: sema-error-arity.go:[[@LINE+1]]:2: error: extra init expr at {{.*}}sema-error-arity.go:[[@LINE-3]]:12
	i
)

// CHECK: sema-error-arity.go:[[@LINE+1]]:16: error: extra init expr 2
var l int = 1, 2

func main() {
	// CHECK: sema-error-arity.go:[[@LINE+1]]:8: error: missing init expr for z
	const z
	// CHECK: sema-error-arity.go:[[@LINE+1]]:12: error: missing init expr for w
	var u, v, w = 1, 2
	// CHECK: sema-error-arity.go:[[@LINE+1]]:19: error: extra init expr "x"
	var x, y = 1, 2, "x"
	_, _, _, _, _ = u, v, x, y, z
}
// CHECK-NOT: error
