// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Names: undefined, unused variables and imports, :=, redeclaration.
package main

// CHECK: sema-error-decl.go:[[@LINE+1]]:8: error: imported and not used: "os"
import "os"

// CHECK: sema-error-decl.go:[[@LINE+1]]:8: error: imported and not used: "runtime"
import "runtime"

// CHECK: sema-error-decl.go:[[@LINE+1]]:8: error: y redeclared in this block
var y, y int
// CHECK-NEXT: {{^}}	{{.*}}sema-error-decl.go:[[@LINE-1]]:5: other declaration of y{{$}}

func main() {
	// CHECK: sema-error-decl.go:[[@LINE+1]]:2: error: x declared but not used
	x := 1
	a := 2
	// CHECK: sema-error-decl.go:[[@LINE+1]]:4: error: no new variables on left side of :=
	a := 3
	// CHECK: sema-error-decl.go:[[@LINE+1]]:6: error: undefined: nope
	_ = nope + a
	// CHECK: sema-error-decl.go:[[@LINE+1]]:6: error: use of package runtime not in selector
	_ = runtime
	{
		// CHECK: sema-error-decl.go:[[@LINE+1]]:3: error: x declared but not used
		x := 5
	}
	// CHECK: sema-error-decl.go:[[@LINE+1]]:10: error: cannot use _ as value or type
	var c = _
	_ = c
}
// CHECK-NOT: error
