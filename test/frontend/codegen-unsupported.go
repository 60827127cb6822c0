// RUN: not %gort build -o %t %s 2>&1 | FileCheck %s
// Tier-1 constructs that Sema accepts but code generation does not support
// yet are reported at their position; nothing is built.
package main

func main() {
	defer println("bye")
	// CHECK: codegen-unsupported.go:[[@LINE-1]]:2: error: defer is not supported yet
	_ = recover()
	// CHECK: codegen-unsupported.go:[[@LINE-1]]:13: error: recover is not supported yet
}
