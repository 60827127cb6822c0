// Package sync/atomic from golib: each function on each integer type
// (with wrap-around at the limits), the atomic types' methods, and
// counters that 8 goroutines add to 10000 times each, which come out
// exact only if the additions are atomic (GOMAXPROCS is the cpus).
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"sync"
	"sync/atomic"
)

type counters struct {
	flag bool
	n32  int32
	n64  int64
	u64  atomic.Uint64
	hits atomic.Int32
}

func main() {
	var i32 int32 = 2147483647
	println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32))
	var i64 int64 = -9223372036854775808
	println(atomic.AddInt64(&i64, -1), atomic.SwapInt64(&i64, 5), i64)
	var u32 uint32
	println(atomic.AddUint32(&u32, ^uint32(0)), atomic.CompareAndSwapUint32(&u32, 4294967295, 7), u32)
	println(atomic.CompareAndSwapUint32(&u32, 4294967295, 8), u32)
	var u64 uint64 = 1 << 63
	atomic.StoreUint64(&u64, atomic.LoadUint64(&u64)+1)
	println(u64)
	println(atomic.AddUint64(&u64, ^uint64(0)), atomic.SwapUint64(&u64, 0), u64)
	var up uintptr = 10
	println(atomic.AddUintptr(&up, 5), atomic.CompareAndSwapUintptr(&up, 15, 1), atomic.LoadUintptr(&up))
	atomic.StoreInt32(&i32, -3)
	println(atomic.SwapInt32(&i32, 4), atomic.CompareAndSwapInt64(&i64, 0, 1), atomic.CompareAndSwapInt64(&i64, 5, 6), i64)

	var b atomic.Bool
	println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	var x atomic.Int64
	x.Store(40)
	println(x.Add(2), x.Swap(7), x.CompareAndSwap(7, 8), x.Load())
	var y atomic.Uint32
	println(y.Add(3), y.CompareAndSwap(3, 1), y.Swap(9), y.Load())
	var z atomic.Uintptr
	var w atomic.Int32
	println(z.Add(1), w.Add(-1), w.Load())

	var c counters
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				atomic.AddInt32(&c.n32, 1)
				atomic.AddInt64(&c.n64, 3)
				c.u64.Add(1 << 33)
				for {
					old := c.hits.Load()
					if c.hits.CompareAndSwap(old, old+2) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	println(c.n32, c.n64, c.u64.Load(), c.hits.Load())
}

// CHECK: -2147483648 -2147483648
// CHECK-NEXT: 9223372036854775807 9223372036854775807 5
// CHECK-NEXT: 4294967295 true 7
// CHECK-NEXT: false 7
// CHECK-NEXT: 9223372036854775809
// CHECK-NEXT: 9223372036854775808 9223372036854775808 0
// CHECK-NEXT: 15 true 1
// CHECK-NEXT: -3 false true 6
// CHECK-NEXT: false false true false true false
// CHECK-NEXT: 42 42 true 8
// CHECK-NEXT: 3 true 1 9
// CHECK-NEXT: 1 -1 -1
// CHECK-NEXT: 80000 240000 687194767360000 160000
