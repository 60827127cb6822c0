// A preempted goroutine's registers survive: two workers keep integer,
// floating-point and vector (vectorized loops) values live across loops
// without calls while they are preempted many times at any instruction and
// the other runs in between with other values in the same registers. The
// sums must be what a run without preemption (GODEBUG=asyncpreemptoff=1)
// and Go 1.19 give; with preemption, main runs before the workers finish.
// Optimized code only: it is where values live in registers.
// Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2, and with
// GODEBUG=asyncpreemptoff=1).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,PRE
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,PRE
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 timeout 120 %run %t 2>&1 | FileCheck %s
package main

import "time"

const n = 64

type result struct {
	id             int
	sa             float64
	sc             int32
	s0, s1, s2, s3 float64
	i0, i1, i2, i3 int64
}

func work(id int, rounds int, out chan result) {
	a := make([]float64, n)
	b := make([]float64, n)
	c := make([]int32, n)
	for i := range a {
		a[i] = float64(i+id*7) * 0.25
		b[i] = float64(id*13-i) * 0.5
		c[i] = int32(i*id + 1)
	}
	s0, s1, s2, s3 := 1.5*float64(id), 0.25, -3.0, float64(id)
	var i0, i1, i2, i3 = int64(id), int64(7*id), int64(-id), int64(12345)
	for r := 0; r < rounds; r++ {
		b = b[:len(a)]
		c = c[:len(a)]
		for i := range a {
			a[i] = a[i] + b[i]
		}
		for i := range c {
			c[i] = c[i]*3 + int32(r)
		}
		x := a[r%n]
		s0 = s0 + x*0.5
		s1 = s1*0.75 + s0*0.125
		s2 = s2 - s1 + float64(r%7)
		s3 = s3*0.25 + s2*0.001
		i0 = i0*31 + int64(r)
		i1 ^= i0 >> 3
		i2 += i1 & 255
		i3 = (i3*17 + i2) % 1000003
	}
	var sa float64
	var sc int32
	for i := range a {
		sa += a[i]
		sc ^= c[i]
	}
	out <- result{id, sa, sc, s0, s1, s2, s3, i0, i1, i2, i3}
}

func main() {
	out := make(chan result)
	go work(0, 2000000, out)
	go work(1, 2000000, out)
	time.Sleep(5 * time.Millisecond)
	early := true
	got := 0
	var res [2]result
	select {
	case r := <-out:
		res[r.id] = r
		early = false
		got++
	default:
	}
	println("main ran before the workers finished:", early)
	for ; got < 2; got++ {
		r := <-out
		res[r.id] = r
	}
	for _, r := range res {
		println("worker", r.id, r.sa, r.sc, r.s0, r.s1, r.s2, r.s3, r.i0, r.i1, r.i2, r.i3)
	}
}

// PRE:        main ran before the workers finished: true
// CHECK:      worker 0 -2.015999e+009 0 -1.575017e+013 -7.875040e+012 +5.249980e+018 +6.999970e+015 -7100431179078516160 -670304301630049080 221493416 763794
// CHECK-NEXT: worker 1 -1.183999e+009 643727552 -9.250166e+012 -4.625048e+012 +3.083319e+018 +4.111090e+015 3531701227531350593 -116325539310721569 250748423 808899
// CHECK-NOT: {{.}}
