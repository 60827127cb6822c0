// Values of package sync's types as arrays and structs like any other:
// a Mutex passed by value and locked there (a copy), a WaitGroup
// returned with a struct holding a Mutex, a Mutex sent on a channel, a
// struct with a Mutex in an interface{} and asserted back.
// Expected output: Go 1.19 (`go run`; go vet warns of the copied locks).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "sync"

type S struct {
	mu sync.Mutex
	n  int
}

func f(m sync.Mutex, s S) int { m.Lock(); return s.n }

func g() (sync.WaitGroup, S) { var w sync.WaitGroup; return w, S{n: 4} }

func main() {
	var m sync.Mutex
	s := S{n: 3}
	println(f(m, s))
	w, t := g()
	w.Add(1)
	w.Done()
	w.Wait()
	println(t.n)
	ch := make(chan sync.Mutex, 1)
	ch <- m
	<-ch
	var i interface{} = s
	println(i.(S).n)
}
// CHECK: 3{{$}}
// CHECK-NEXT: 4{{$}}
// CHECK-NEXT: 3{{$}}
