// RUN: not %gort build -o /dev/null %s 2>&1 | FileCheck %s
// A line directive with a bad line or column number is an error at that
// number, reported in the terms of the directive before it; syntax errors
// after a directive are reported in its terms too. Expected output: Go 1.19
// (go tool compile).
package main

//line a.go:100:1
var x = 1
//line b.go:x
//line b.go:0
/*line b.go:1:0*/
//line b.go:99999999999999999999
//line c.go:5:7
var y = )

// CHECK:      {{^}}a.go:101:13: error: invalid line number: x
// CHECK-NEXT: {{^}}a.go:102:13: error: invalid line number: 0
// CHECK-NEXT: {{^}}a.go:103:15: error: invalid column number: 0
// CHECK-NEXT: {{^}}a.go:104:13: error: invalid line number: 99999999999999999999
// CHECK-NEXT: {{^}}c.go:5:15: error: syntax error: unexpected ), expecting expression
// CHECK-NOT:  error
