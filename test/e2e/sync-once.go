// sync.Once: Do from ten goroutines runs f once; f a function literal, a
// package function or a method value; a panicking f panics Do and leaves
// the Once done; Do inside another Once's Do.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"runtime"
	"sync"
)

var setups int

func setup() { setups++ }

type Counter int

func (c *Counter) Show() { println("show", c.Get()) }
func (c Counter) Get() int { return int(c) }

func main() {
	runtime.GOMAXPROCS(4)
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	println("closure calls:", calls)

	// A package function as the func value.
	var once2 sync.Once
	once2.Do(setup)
	once2.Do(setup)
	println("setups:", setups)

	// A method value as the func value.
	var c Counter
	var once3 sync.Once
	for i := 0; i < 3; i++ {
		once3.Do(c.Show)
	}

	// If f panics, Do panics too, and the Once is done.
	var once4 sync.Once
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		once4.Do(func() { panic("in f") })
	}()
	once4.Do(func() { println("not reached") })
	println("after the panic: done")

	// Do in Do of another Once.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { println("inner") })
		println("outer")
	})
}

// CHECK: closure calls: 1
// CHECK-NEXT: setups: 1
// CHECK-NEXT: show 0
// CHECK-NEXT: recovered: in f
// CHECK-NEXT: after the panic: done
// CHECK-NEXT: inner
// CHECK-NEXT: outer
// CHECK-NOT: {{.}}
