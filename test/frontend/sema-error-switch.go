// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Switch and select clauses: a second (and third) default names the first;
// duplicate integer and string cases are reported with the value's operand
// description (booleans never are: see e2e/switch-cases.go) and a line naming
// the previous case at its node position (the operator of a binary
// expression; sema-error-switch-line.go: after a //line directive).
// Expected output: Go 1.19 (`go build`).
package main

const one = 1

func main() {
	x := 1
	switch x {
	default:
	case 2:
	// CHECK: sema-error-switch.go:[[@LINE+1]]:2: error: multiple defaults (first at {{.*}}sema-error-switch.go:[[@LINE-2]]:2)
	default:
	}
	switch {
	default:
	// CHECK: sema-error-switch.go:[[@LINE+1]]:2: error: multiple defaults (first at {{.*}}sema-error-switch.go:[[@LINE-1]]:2)
	default:
	// CHECK: sema-error-switch.go:[[@LINE+1]]:2: error: multiple defaults (first at {{.*}}sema-error-switch.go:[[@LINE-3]]:2)
	default:
	}
	c := make(chan int)
	select {
	default:
	case <-c:
	// CHECK: sema-error-switch.go:[[@LINE+1]]:2: error: multiple defaults (first at {{.*}}sema-error-switch.go:[[@LINE-2]]:2)
	default:
	}
	switch x {
	// CHECK: sema-error-switch.go:[[@LINE+1]]:10: error: duplicate case 1 (constant of type int) in expression switch
	case 1, 1:
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch.go:[[@LINE-1]]:7: previous case{{$}}
	// CHECK: sema-error-switch.go:[[@LINE+1]]:7: error: duplicate case one (constant 1 of type int) in expression switch
	case one:
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch.go:[[@LINE-4]]:7: previous case{{$}}
	case 1 + 1:
	// CHECK: sema-error-switch.go:[[@LINE+1]]:7: error: duplicate case 2 (constant of type int) in expression switch
	case 2:
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch.go:[[@LINE-3]]:9: previous case{{$}}
	}
	switch "a" {
	// CHECK: sema-error-switch.go:[[@LINE+1]]:12: error: duplicate case "a" (constant of type string) in expression switch
	case "a", "a":
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch.go:[[@LINE-1]]:7: previous case{{$}}
	}
	var r rune
	switch r {
	// CHECK: sema-error-switch.go:[[@LINE+1]]:11: error: duplicate case 'a' (constant 97 of type rune) in expression switch
	case 97, 'a':
	// CHECK-NEXT: {{^}}	{{.*}}sema-error-switch.go:[[@LINE-1]]:7: previous case{{$}}
	}
}
// CHECK-NOT: error
