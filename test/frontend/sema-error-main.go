// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// A package-level var main is gc's one error; "function main is
// undeclared" comes from gc's linker, which a program with errors never
// reaches.
// Expected output: Go 1.19 (`go build`).
package main

// CHECK-NOT: undeclared
// CHECK: sema-error-main.go:[[@LINE+1]]:5: error: cannot declare main - must be func
var main = 1
// CHECK-NOT: error
