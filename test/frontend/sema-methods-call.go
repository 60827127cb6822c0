// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Selectors of methods: a pointer method of a value that is not
// addressable (also in a method expression T.M), an undefined method or
// method expression, calls of methods checked as calls (arguments, no
// value), the methods of package sync.
// Expected output: Go 1.19 (`go build`).
package main

import "sync"

type T int

func (t *T) P()   {}
func (T) Get() int { return 1 }

func main() {
	var mu sync.Mutex
	var t T
	// CHECK: sema-methods-call.go:[[@LINE+1]]:11: error: cannot call pointer method P on T
	_ = T(1).P
	// CHECK: sema-methods-call.go:[[@LINE+1]]:8: error: cannot call pointer method P on T
	_ = T.P
	// CHECK: sema-methods-call.go:[[@LINE+1]]:17: error: cannot call pointer method Lock on sync.Mutex
	_ = sync.Mutex.Lock
	// CHECK: sema-methods-call.go:[[@LINE+1]]:7: error: mu.Lock() (no value) used as value
	x := mu.Lock()
	var wg sync.WaitGroup
	// CHECK: sema-methods-call.go:[[@LINE+1]]:9: error: cannot use "x" (untyped string constant) as int value in argument to wg.Add
	wg.Add("x")
	// CHECK: sema-methods-call.go:[[@LINE+1]]:8: error: T.Foo undefined (type T has no field or method Foo)
	_ = T.Foo
	// CHECK: sema-methods-call.go:[[@LINE+1]]:9: error: mu.Foo undefined (type sync.Mutex has no field or method Foo)
	_ = mu.Foo
	// CHECK: sema-methods-call.go:[[@LINE+3]]:8: error: too many arguments in call to t.Get{{$}}
	// CHECK-NEXT: {{^}}	have (number){{$}}
	// CHECK-NEXT: {{^}}	want (){{$}}
	t.Get(1)
	// CHECK: sema-methods-call.go:[[@LINE+3]]:2: error: not enough arguments in call to T.Get{{$}}
	// CHECK-NEXT: {{^}}	have (){{$}}
	// CHECK-NEXT: {{^}}	want (T){{$}}
	T.Get()
	_ = x
}

// CHECK-NOT: error
