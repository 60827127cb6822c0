// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// An interface that embeds itself, directly or through another, is an
// invalid recursive type (gc's message, with the cycle); one whose
// methods mention it is fine.
package main

// CHECK: sema-error-iface-cycle.go:[[@LINE+4]]:6: error: invalid recursive type I
// CHECK-NEXT: {{^}}	{{.*}}sema-error-iface-cycle.go:[[@LINE+3]]:6: I refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-iface-cycle.go:[[@LINE+2]]:6: I{{$}}
// CHECK-NOT: error
type I interface{ I }

// CHECK: sema-error-iface-cycle.go:[[@LINE+4]]:6: error: invalid recursive type A
// CHECK-NEXT: {{^}}	{{.*}}sema-error-iface-cycle.go:[[@LINE+3]]:6: A refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-iface-cycle.go:[[@LINE+3]]:6: B refers to{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-iface-cycle.go:[[@LINE+1]]:6: A{{$}}
type A interface{ B }
type B interface{ A }

type J interface{ M(J) J }

func main() {
	var j J
	_ = j
}
// CHECK-NOT: error
