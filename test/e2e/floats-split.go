// Float results returned through deep recursion, so that returns cross
// stack segment boundaries (lessstack): two float64 results (x87 st0 and
// st1 on 386, xmm0/xmm1 on amd64, d0/d1 on arm), and float32, float64 and
// int results together.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func pair(n int, x float64) (float64, float64) {
	if n == 0 {
		return x, -x
	}
	a, b := pair(n-1, x+1)
	return a + 0.5, b - 0.5
}

func triple(n int) (float32, float64, int) {
	if n == 0 {
		return 1.5, 2.5, 3
	}
	a, b, c := triple(n - 1)
	return a + 1, b + 1, c + 1
}

func main() {
	for n := 10; n <= 100000; n *= 100 {
		a, b := pair(n, 0)
		c, d, e := triple(n)
		println(n, a, b, c, d, e)
	}
}

// CHECK: 10 +1.500000e+001 -1.500000e+001 +1.150000e+001 +1.250000e+001 13{{$}}
// CHECK-NEXT: 1000 +1.500000e+003 -1.500000e+003 +1.001500e+003 +1.002500e+003 1003{{$}}
// CHECK-NEXT: 100000 +1.500000e+005 -1.500000e+005 +1.000015e+005 +1.000025e+005 100003{{$}}

