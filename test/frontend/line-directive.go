// RUN: not %gort build -o /dev/null %s 2>&1 | FileCheck %s
// //line directives set the file, line and column that diagnostics report,
// as gc does: `//line FILE:LINE` at the start of a line (the column is then
// unknown, and gc leaves it out), `//line FILE:LINE:COL` (an empty FILE
// keeps the current one) and `/*line FILE:LINE:COL*/` anywhere, counting on
// from the directive. Indented, without a colon, or with a space after /*,
// it is a comment. Expected output: Go 1.19 (go tool compile); gc orders
// errors in different files by its position table, so the order is not
// checked.
package main

func main() {
//line foo.go:10
	x := 1
/*line bar.go:20:5*/ y := 2
	z := 3
//line :30:3
	w := 4
//line nofile
	v := 5
  //line indented.go:50
	u := 6
	/* line notadirective.go:7 */ t := 7
}

// CHECK-DAG: {{^}}foo.go:10: error: x declared but not used
// CHECK-DAG: {{^}}bar.go:20:6: error: y declared but not used
// CHECK-DAG: {{^}}bar.go:21:2: error: z declared but not used
// CHECK-DAG: {{^}}bar.go:30:4: error: w declared but not used
// CHECK-DAG: {{^}}bar.go:32:2: error: v declared but not used
// CHECK-DAG: {{^}}bar.go:34:2: error: u declared but not used
// CHECK-DAG: {{^}}bar.go:35:32: error: t declared but not used
// CHECK-NOT: error
