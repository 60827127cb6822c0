// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Type switches and interface selectors (gc's messages): the bound
// variable unused in every clause, duplicate cases (types and nil),
// impossible cases, error's method set, a method of a pointer to an
// interface, a switch on a non-interface, fallthrough.
package main

type I interface {
	M()
	N(int) string
}

type J interface {
	I
	M()
}

type K interface {
	M()
// CHECK: sema-error-typeswitch.go:[[@LINE+2]]:2: error: duplicate method M
// CHECK-NEXT: {{^}}	{{.*}}sema-error-typeswitch.go:{{[0-9]+}}:2: other declaration of M{{$}}
	M()
}

type T struct{}

func (T) M()               {}
func (*T) N(x int) string { return "" }

type U struct{}

func (U) M()         {}
func (U) N() string { return "" }

type V int

func main() {
	var t T
	var i I = &t
	var e interface{} = 1
// CHECK: sema-error-typeswitch.go:[[@LINE+1]]:9: error: x declared but not used
	switch x := e.(type) {
	case int, string:
	}
	switch e.(type) {
// CHECK: sema-error-typeswitch.go:[[@LINE+2]]:12: error: duplicate case int in type switch
// CHECK-NEXT: {{^}}	{{.*}}sema-error-typeswitch.go:{{[0-9]+}}:7: previous case{{$}}
	case int, int:
// CHECK: sema-error-typeswitch.go:[[@LINE+2]]:12: error: duplicate case nil in type switch
// CHECK-NEXT: {{^}}	{{.*}}sema-error-typeswitch.go:{{[0-9]+}}:7: previous case{{$}}
	case nil, nil:
	}
	switch y := i.(type) {
// CHECK: sema-error-typeswitch.go:[[@LINE+2]]:7: error: impossible type switch case: V
// CHECK-NEXT: {{^}}	i (variable of type I) cannot have dynamic type V (missing M method){{$}}
	case V:
	case *T:
		_ = y
	}
// CHECK: sema-error-typeswitch.go:[[@LINE+2]]:18: error: cannot use t (variable of type T) as type error in variable declaration:
// CHECK-NEXT: {{^}}	T does not implement error (missing Error method){{$}}
	var err error = t
	var p *I
// CHECK: sema-error-typeswitch.go:[[@LINE+1]]:4: error: p.M undefined (type *I is pointer to interface, not interface)
	p.M()
// CHECK: sema-error-typeswitch.go:[[@LINE+1]]:17: error: z (variable of type int) is not an interface
	switch z := 3; z.(type) {
	}
	switch e.(type) {
	case int:
// CHECK: sema-error-typeswitch.go:[[@LINE+1]]:3: error: cannot fallthrough in type switch
		fallthrough
	case string:
	}
	_, _ = err, i
}

// CHECK-NOT: error
