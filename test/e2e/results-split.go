// Results of every shape returned across stack segment boundaries
// (lessstack), which must keep every register LLVM returns a value in:
// three words (rax rdx rcx on amd64, eax edx ecx on 386, r0-r2 on arm),
// four words (sret on amd64 and 386, where the callee pops the hidden
// pointer with `ret $4`; r0-r3 on arm), slices, strings, four float64s
// (xmm0 xmm1 and x87 st0 st1 on amd64; sret on 386; d0-d3 on arm),
// float32s with float64s, ints with floats and strings (rax xmm0 rdx rcx;
// eax st0 edx ecx), and a struct (memory the caller provides).
// Deep recursion crosses many boundaries: the deepest return takes
// lessstack's hot path (the segment goes back to the empty hot-segment
// slot), the others its slow path (oldstack). Then each function is called
// a few frames deep below a padding recursion of every depth up to 600, so
// that some boundary falls inside it each way: a split that takes the hot
// segment and a return that gives it back, without leaving the goroutine.
// Each function rotates its results, so that every value passes through
// every result register, and changes them, so that a lost one shows.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type five struct{ a, b, c, d, e int }

var words = []string{"zero", "one", "two", "three", "four", "five", "six"}

func ints3(n int) (int, int, int) {
	if n == 0 {
		return 1, 2, 3
	}
	a, b, c := ints3(n - 1)
	return b, c, a + 1
}

func ints4(n int) (int, int, int, int) {
	if n == 0 {
		return 1, 2, 3, 4
	}
	a, b, c, d := ints4(n - 1)
	return b, c, d, a + 1
}

// Each level moves the slice's pointer, its length or its capacity.
func slice(n int, s []int) []int {
	if n == 0 {
		return s
	}
	r := slice(n-1, s)
	switch n % 3 {
	case 0:
		return r[1:]
	case 1:
		return r[:len(r)-1]
	}
	return r[:len(r) : cap(r)-1]
}

func strint(n int) (string, int) {
	if n == 0 {
		return "", 0
	}
	s, k := strint(n - 1)
	return words[(k+len(s))%len(words)], k + len(s)
}

func strs(n int) (string, string) {
	if n == 0 {
		return "a", "b"
	}
	x, y := strs(n - 1)
	return y, words[(len(x)+n)%len(words)]
}

func floats4(n int) (float64, float64, float64, float64) {
	if n == 0 {
		return 1, 2, 3, 4
	}
	a, b, c, d := floats4(n - 1)
	return b, c, d, a + 0.5
}

func floats32(n int) (float32, float32, float64, float64) {
	if n == 0 {
		return 1, 2, 3, 4
	}
	a, b, c, d := floats32(n - 1)
	return b, float32(c), d, float64(a) + 0.25
}

func mixed(n int) (int, float64, string) {
	if n == 0 {
		return 0, 0.5, ""
	}
	i, x, s := mixed(n - 1)
	return i + len(s), x + float64(i%3), words[(i+n)%len(words)]
}

func big(n int) five {
	if n == 0 {
		return five{1, 2, 3, 4, 5}
	}
	f := big(n - 1)
	return five{f.b, f.c, f.d, f.e, f.a + 1}
}

// sum accumulates the hot phase's results.
var sum int
var fsum float64

func hot(k int, which int) {
	switch which {
	case 0:
		a, b, c := ints3(k)
		sum += a + 2*b + 3*c
	case 1:
		a, b, c, d := ints4(k)
		sum += a + 2*b + 3*c + 4*d
	case 2:
		buf := make([]int, 10, 12)
		buf[2] = 7
		r := slice(k, buf)
		sum += len(r) + 2*cap(r) + 3*r[0]
	case 3:
		s, i := strint(k)
		sum += len(s) + 2*i
	case 4:
		s, t := strs(k)
		sum += len(s) + 2*len(t)
	case 5:
		a, b, c, d := floats4(k)
		fsum += a + 2*b + 3*c + 4*d
	case 6:
		a, b, c, d := floats32(k)
		fsum += float64(a) + 2*float64(b) + 3*c + 4*d
	case 7:
		i, x, s := mixed(k)
		sum += i + len(s)
		fsum += x
	case 8:
		f := big(k)
		sum += f.a + 2*f.b + 3*f.c + 4*f.d + 5*f.e
	}
}

// pad puts d frames below hot.
func pad(d int, k int, which int) int {
	if d == 0 {
		hot(k, which)
		return 0
	}
	return pad(d-1, k, which) + 1
}

func main() {
	for n := 10; n <= 100000; n *= 100 {
		a, b, c := ints3(n)
		println("ints3", n, a, b, c)
		a, b, c, d := ints4(n + 1)
		println("ints4", n, a, b, c, d)
		buf := make([]int, n+10, n+20)
		for i := range buf {
			buf[i] = i
		}
		r := slice(n, buf)
		println("slice", n, len(r), cap(r), r[0], r[len(r)-1])
		s, k := strint(n)
		println("strint", n, s, k)
		s, t := strs(n + 1)
		println("strs", n, s, t)
		x, y, z, w := floats4(n + 2)
		println("floats4", n, x, y, z, w)
		f1, f2, x, y := floats32(n + 3)
		println("floats32", n, f1, f2, x, y)
		k, x, s = mixed(n)
		println("mixed", n, k, x, s)
		f := big(n + 4)
		println("big", n, f.a, f.b, f.c, f.d, f.e)
	}
	for which := 0; which < 9; which++ {
		sum, fsum = 0, 0
		for d := 0; d < 600; d++ {
			pad(d, 4, which)
		}
		println("hot", which, sum, fsum)
	}
}

// CHECK: ints3 10 5 6 5{{$}}
// CHECK-NEXT: ints4 10 6 4 5 6{{$}}
// CHECK-NEXT: slice 10 13 24 3 15{{$}}
// CHECK-NEXT: strint 10 four 32{{$}}
// CHECK-NEXT: strs 10 zero one{{$}}
// CHECK-NEXT: floats4 10 +2.500000e+000 +3.500000e+000 +4.500000e+000 +5.500000e+000{{$}}
// CHECK-NEXT: floats32 10 +2.750000e+000 +3.750000e+000 +4.750000e+000 +2.000000e+000{{$}}
// CHECK-NEXT: mixed 10 31 +4.500000e+000 three{{$}}
// CHECK-NEXT: big 10 7 4 5 6 7{{$}}
// CHECK-NEXT: ints3 1000 335 336 335{{$}}
// CHECK-NEXT: ints4 1000 252 253 254 252{{$}}
// CHECK-NEXT: slice 1000 343 354 333 675{{$}}
// CHECK-NEXT: strint 1000 four 3497{{$}}
// CHECK-NEXT: strs 1000 two three{{$}}
// CHECK-NEXT: floats4 1000 +1.280000e+002 +1.290000e+002 +1.265000e+002 +1.275000e+002{{$}}
// CHECK-NEXT: floats32 1000 +6.650000e+001 +6.375000e+001 +6.475000e+001 +6.575000e+001{{$}}
// CHECK-NEXT: mixed 1000 3661 +9.945000e+002 three{{$}}
// CHECK-NEXT: big 1000 205 202 203 204 205{{$}}
// CHECK-NEXT: ints3 100000 33335 33336 33335{{$}}
// CHECK-NEXT: ints4 100000 25002 25003 25004 25002{{$}}
// CHECK-NEXT: slice 100000 33343 33354 33333 66675{{$}}
// CHECK-NEXT: strint 100000 four 349997{{$}}
// CHECK-NEXT: strs 100000 two two{{$}}
// CHECK-NEXT: floats4 100000 +1.250300e+004 +1.250400e+004 +1.250150e+004 +1.250250e+004{{$}}
// CHECK-NEXT: floats32 100000 +6.254000e+003 +6.251250e+003 +6.252250e+003 +6.253250e+003{{$}}
// CHECK-NEXT: mixed 100000 366661 +9.999450e+004 three{{$}}
// CHECK-NEXT: big 100000 20005 20002 20003 20004 20005{{$}}
// CHECK-NEXT: hot 0 12000 +0.000000e+000{{$}}
// CHECK-NEXT: hot 1 24000 +0.000000e+000{{$}}
// CHECK-NEXT: hot 2 16200 +0.000000e+000{{$}}
// CHECK-NEXT: hot 3 15600 +0.000000e+000{{$}}
// CHECK-NEXT: hot 4 5400 +0.000000e+000{{$}}
// CHECK-NEXT: hot 5 0 +2.100000e+004{{$}}
// CHECK-NEXT: hot 6 0 +1.950000e+004{{$}}
// CHECK-NEXT: hot 7 8400 +3.000000e+002{{$}}
// CHECK-NEXT: hot 8 35400 +0.000000e+000{{$}}
// CHECK-NOT: {{.}}

