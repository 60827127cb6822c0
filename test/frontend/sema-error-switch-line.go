// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// The previous case of a duplicate case after a //line directive: its
// continuation line gives the presumed position and, where it differs, the
// physical one in brackets (gc's syntax.Pos String).
// Expected output: Go 1.19 (`go build`).
package main

func main() {
	var r rune
	switch r {
	case 1:
//line sw.go:100:3
	case 1:
	}
	switch r {
	case 2:
	case 2:
	}
}
// CHECK: {{^}}sw.go:100:9: error: duplicate case 1 (constant of type rune) in expression switch
// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch-line.go:11:7: previous case{{$}}
// CHECK-NEXT: {{^}}sw.go:104:7: error: duplicate case 2 (constant of type rune) in expression switch
// CHECK-NEXT: {{^}}	sw.go:103:7[{{.*}}sema-error-switch-line.go:16:7]: previous case{{$}}
// CHECK-NOT: error
