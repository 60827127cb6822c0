// A deferred function value whose results are floats: recover in it
// recovers on every target (on 386 the runtime calls it with its stack
// arguments, runtime.deferprocstk, and drops what it leaves on the x87
// stack: st0, or st0 and st1), and its results, which nobody takes, do not
// pile up on 386's x87 stack when deferred calls run at return either
// (after eight, a float returned in st0 would read as NaN).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func run(fv func(float64) float64) {
	defer fv(2.5)
	panic("one float64")
}

func run32(fv func(float32, int) float32) {
	defer fv(1.25, 7)
	panic("one float32")
}

func run2(fv func(int) (float64, float64)) {
	defer fv(3)
	panic("two float64s")
}

// Deep in a recursion, so that the panic's deferred call runs on a later
// stack segment than main's.
func deep(n int, fv func(float64) float64) int {
	if n == 0 {
		run(fv)
		return 0
	}
	return deep(n-1, fv) + 1
}

// fv runs when normal returns, its result dropped.
func normal(fv func(float64) float64, x float64) float64 {
	defer fv(x)
	return x * 2
}

func main() {
	base := 0.5
	run(func(x float64) float64 {
		r := recover()
		println("recovered:", r.(string), x+base)
		return x * 2
	})
	run32(func(x float32, i int) float32 {
		println("recovered:", recover().(string), x, i)
		return x + 1
	})
	run2(func(i int) (float64, float64) {
		println("recovered:", recover().(string), i)
		return 1.5, 2.5
	})
	println("deep:", deep(10000, func(x float64) float64 {
		println("recovered deep:", recover().(string), x)
		return x
	}))
	total := 0.0
	calls := 0
	for i := 0; i < 20; i++ {
		total += normal(func(x float64) float64 { calls++; return x + 1 }, float64(i))
	}
	println("normal:", total, calls)
	var g func(float64) float64 = func(x float64) float64 {
		println("not deferred:", recover() == nil)
		return x
	}
	println(g(1.5))
}

// CHECK: recovered: one float64 +3.000000e+000{{$}}
// CHECK-NEXT: recovered: one float32 +1.250000e+000 7{{$}}
// CHECK-NEXT: recovered: two float64s 3{{$}}
// CHECK-NEXT: recovered deep: one float64 +2.500000e+000{{$}}
// CHECK-NEXT: deep: 10000{{$}}
// CHECK-NEXT: normal: +3.800000e+002 20{{$}}
// CHECK-NEXT: not deferred: true{{$}}
// CHECK-NEXT: +1.500000e+000{{$}}
// CHECK-NOT: {{.}}
