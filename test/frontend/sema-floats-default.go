// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// An untyped float constant given its default type float64 (:=, var
// without a type, an interface{} argument or variable, println) must fit
// it; hexadecimal float literals are constants too.
// Expected output: Go 1.19 (`go build -gcflags=-e`).
package main

func f(x interface{}) {}

func main() {
	// CHECK: sema-floats-default.go:[[@LINE+1]]:7: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in assignment (overflows)
	x := 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:10: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	var y = 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:4: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in argument to f (overflows)
	f(1e400)
	// CHECK: sema-floats-default.go:[[@LINE+1]]:22: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	var e interface{} = 1e400
	// CHECK: sema-floats-default.go:[[@LINE+1]]:19: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in argument to println (overflows)
	println(x, y, e, 1e400)
	_ = 0x1p-2 + 0x1.8p1
}
// CHECK-NOT: error
