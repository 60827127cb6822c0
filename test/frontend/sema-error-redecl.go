// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Declarations that clash with another, with gc's continuation line at the
// other one: an import (at the start of its spec: its name, if any) and a
// package-level name, two imports, a result parameter hidden at a bare
// return (described as the result, at the inner declaration).
// Expected output: Go 1.19 (`go build`).
package main

import o "os"
import (
	"time"
)
import time "runtime"

var o = 1

func time() {}

func r() (a, b int) {
	{
		const a = 1
		b := 2
		_ = b
		return
	}
}

func main() {}

// CHECK: {{^}}{{.*}}sema-error-redecl.go:9:8: error: imported and not used: "os" as o{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:11:2: error: imported and not used: "time"{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:13:8: error: time redeclared in this block{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-redecl.go:11:2: other declaration of time{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:13:8: error: imported and not used: "runtime" as time{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:15:5: error: o already declared through import of package os ("os"){{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-redecl.go:9:8: other declaration of o{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:17:6: error: time already declared through import of package time ("time"){{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-redecl.go:11:2: other declaration of time{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:24:3: error: result parameter a not in scope at return{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-redecl.go:21:9: inner declaration of var a int{{$}}
// CHECK-NEXT: {{^}}{{.*}}sema-error-redecl.go:24:3: error: result parameter b not in scope at return{{$}}
// CHECK-NEXT: {{^}}	{{.*}}sema-error-redecl.go:22:3: inner declaration of var b int{{$}}
// CHECK-NOT: {{.}}
