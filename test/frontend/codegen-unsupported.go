// RUN: not %gort build -o %t %s 2>&1 | FileCheck %s
// Constructs that Sema accepts but code generation does not support yet
// (tier 2: strings as values) are reported at their position; nothing is
// built.
package main

func main() {
	x := 65
	println(string(rune(x)))
	// CHECK: codegen-unsupported.go:[[@LINE-1]]:16: error: conversion to string is not supported yet
	s := "a"
	println(s == "b")
	// CHECK: codegen-unsupported.go:[[@LINE-1]]:12: error: string comparison is not supported yet
}
