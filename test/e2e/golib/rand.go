// Package math/rand from golib: Go 1.19's value stream for the shared
// source (seeded with 1 until Seed) and for sources of other seeds
// (negative, 0, beyond 2^31), each method (Int's low 31 bits: an int
// has 32 on 386 and arm) of Rand, a Source without
// Uint64, Read's carried bytes, and the panics of bad arguments.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "math/rand"

// A Source with no Uint64: Rand builds one from two Int63s.
type counter struct{ n int64 }

func (c *counter) Int63() int64     { c.n += 0x123456789abcdef; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func tryIntn(n int) {
	defer func() {
		if e := recover(); e != nil {
			println("panic:", e.(string))
		}
	}()
	println(rand.Intn(n))
}

func main() {
	println(rand.Int()&0x7fffffff, rand.Intn(100), rand.Int63(), rand.Int31())
	println(rand.Uint32(), rand.Uint64(), rand.Int31n(1000), rand.Int63n(1e15))
	println(rand.Float64(), rand.Float32())
	for _, v := range rand.Perm(10) {
		print(v, " ")
	}
	println()
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	for _, v := range s {
		print(v, " ")
	}
	println()
	b := make([]byte, 5)
	rand.Read(b)
	for _, v := range b {
		print(v, " ")
	}
	rand.Read(b)
	for _, v := range b {
		print(v, " ")
	}
	println()
	rand.Seed(7)
	println(rand.Intn(1000), rand.Intn(1000), rand.Int63n(1<<40))
	for _, seed := range []int64{0, -5, 1 << 40, 42, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		println(seed, r.Int63(), r.Uint64(), r.Intn(6), r.Float64())
	}
	r := rand.New(&counter{})
	println(r.Uint64(), r.Int()&0x7fffffff, r.Intn(7))
	r.Seed(3)
	println(r.Int63())
	tryIntn(0)
	tryIntn(-1)
	// Many draws: the 10000th value of seed 99.
	r = rand.New(rand.NewSource(99))
	var x int64
	for i := 0; i < 10000; i++ {
		x = r.Int63()
	}
	println(x)
}

// CHECK: 134020434 87 6129484611666145821 939984059
// CHECK-NEXT: 1823804162 6334824724549167320 425 635317331776148
// CHECK-NEXT: +9.696952e-002 +3.009119e-001
// CHECK-NEXT: 6 3 8 4 1 7 9 0 5 2 
// CHECK-NEXT: 9 7 0 8 5 1 6 4 3 2 
// CHECK-NEXT: 219 217 104 176 247 23 46 216 87 148 
// CHECK-NEXT: 886 870 743472712662
// CHECK-NEXT: 0 8717895732742165505 2259404117704393152 1 +5.434384e-002
// CHECK-NEXT: -5 1811683815564572222 4427849682616757295 3 +4.033896e-001
// CHECK-NEXT: 1099511627776 5470237361722394362 6322525149314491254 3 +1.697364e-001
// CHECK-NEXT: 42 3440579354231278675 9832119173398632219 2 +2.088187e-001
// CHECK-NEXT: 2147483647 8717895732742165505 2259404117704393152 1 +5.434384e-002
// CHECK-NEXT: 1393753987517680335 486762957 3
// CHECK-NEXT: 81985529216486898
// CHECK-NEXT: panic: invalid argument to Intn
// CHECK-NEXT: panic: invalid argument to Intn
// CHECK-NEXT: 8130970048560504592
