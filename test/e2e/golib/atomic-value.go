// Package sync/atomic's Value: Load before and after Store, Swap and
// CompareAndSwap (before the first store, with the old value, with
// another), concurrent Stores and Loads from goroutines that each see one
// whole value, and the panics of a nil or inconsistently typed value and
// of an uncomparable one in CompareAndSwap. The //go:noescape functions on
// a local counter.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	fmt.Println(v.CompareAndSwap(1, 2), v.Load())
	fmt.Println(v.CompareAndSwap(nil, 2), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.Load())
	fmt.Println(v.CompareAndSwap(2, 3), v.Load())
	fmt.Println(v.Swap(4), v.Load())
	v.Store(5)
	fmt.Println(v.Load().(int) + 1)

	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("x") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("x") })
	try("cas nil", func() { v.CompareAndSwap(5, nil) })
	try("cas types", func() { v.CompareAndSwap("a", 1) })
	try("cas string", func() { v.CompareAndSwap(nil, "x") })
	var s atomic.Value
	s.Store([]int{1})
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })

	// Goroutines store whole configs; readers never see a torn one.
	var c atomic.Value
	c.Store(config{"c0", 0})
	var wg sync.WaitGroup
	bad := int32(0)
	for g := 1; g <= 4; g++ {
		wg.Add(2)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.Store(config{fmt.Sprint("c", g*1000+i), g*1000 + i})
			}
		}(g)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				x := c.Load().(config)
				if x.name != fmt.Sprint("c", x.limit) {
					atomic.AddInt32(&bad, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("torn:", atomic.LoadInt32(&bad))

	var n int64
	for i := 0; i < 10; i++ {
		atomic.AddInt64(&n, int64(i))
	}
	fmt.Println(atomic.LoadInt64(&n), atomic.CompareAndSwapInt64(&n, 45, 1), n)
}

// CHECK: <nil>
// CHECK-NEXT: false <nil>
// CHECK-NEXT: true 2
// CHECK-NEXT: false 2
// CHECK-NEXT: true 3
// CHECK-NEXT: 3 4
// CHECK-NEXT: 6
// CHECK-NEXT: store nil: sync/atomic: store of nil value into Value
// CHECK-NEXT: store string: sync/atomic: store of inconsistently typed value into Value
// CHECK-NEXT: swap nil: sync/atomic: swap of nil value into Value
// CHECK-NEXT: swap string: sync/atomic: swap of inconsistently typed value into Value
// CHECK-NEXT: cas nil: sync/atomic: compare and swap of nil value into Value
// CHECK-NEXT: cas types: sync/atomic: compare and swap of inconsistently typed values
// CHECK-NEXT: cas string: sync/atomic: compare and swap of inconsistently typed value into Value
// CHECK-NEXT: cas uncomparable: runtime error: comparing uncomparable type []int
// CHECK-NEXT: torn: 0
// CHECK-NEXT: 45 true 1
