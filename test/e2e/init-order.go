// Package variables are initialized in dependency order, then the init\nfunctions run in source order, then main.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

var total = sum(first, second)
var first, second = pair()
var base = 20
var unset int

func pair() (int, int) { println("pair"); return base, base + 1 }

func sum(a, b int) int { println("sum"); return a + b }

func init() { println("init 1", total, unset); unset = 5 }

func init() { println("init 2", unset) }

func main() { println("main", total, first, second) }

// CHECK: pair
// CHECK-NEXT: sum
// CHECK-NEXT: init 1 41 0
// CHECK-NEXT: init 2 5
// CHECK-NEXT: main 41 20 21
// CHECK-NOT: {{.}}
