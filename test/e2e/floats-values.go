// Floats as values: channels of float64 and float32, go statements with
// float arguments (function literals, function values, many arguments
// that spill to the stack, floats mixed with integers and strings),
// closures capturing floats, defer with float arguments (direct, function
// values, built-ins, a discarded float result, recover in a deferred
// function value), and interface{} holding floats: == compares values
// (NaN != NaN, +0 == -0), type assertions.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

// Buffered: the deferred calls of these functions signal too.
var done = make(chan bool, 8)

func sum(a float64, b float32, n int, c float64, d float32) float64 {
	return a + float64(b) + float64(n) + c + float64(d)
}

func worker(in chan float64, out chan float32, scale float32) {
	for v := range in {
		out <- float32(v) * scale
	}
	close(out)
}

func show(tag string, a float64, b float32) { println(tag, a, b) }

func many(a, b, c, d, e, f, g, h, i, j float64, k float32, l int) {
	println(a+b+c+d+e+f+g+h+i+j, k, l)
	done <- true
}

func many32(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r float32) {
	println(a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r)
	done <- true
}

func mixed(s string, x float64, i int64, y float32, b bool, z float64) {
	println(s, x, i, y, b, z)
	done <- true
}

func half(x float64) float64 { return x / 2 }

func deferred() (r float64) {
	x := 1.5
	defer show("defer", x, 2.5)
	defer func(v float64) { r = v * 2 }(x)
	fv := show
	defer fv("defer fv", 0.25, -0.5)
	h := half
	defer h(3) // result discarded
	defer println("defer println", x, float32(x))
	defer many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	m := many
	defer m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, -1)
	m32 := many32
	defer m32(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
	mx := mixed
	defer mx("mixed", 1.25, -3, 0.75, true, 1e10)
	x = 100
	return x
}

// recover in a deferred function value taking floats (on 386 the runtime
// calls it with its float arguments on the stack: deferprocstk).
func panicky() {
	r := func(x float64, y float32) {
		if r := recover(); r != nil {
			println("recovered", x, y, r.(string))
		}
	}
	defer r(2.5, 0.5)
	panic("boom")
}

func main() {
	panicky()
	var two float64 = 2
	println(two*half(3), half(two))
	// Channels of floats.
	in := make(chan float64, 3)
	out := make(chan float32)
	go worker(in, out, 0.5)
	in <- 3
	in <- -1e10
	in <- 1e-3
	close(in)
	for v := range out {
		println("recv", v)
	}
	// go with float arguments, direct and through a function value.
	res := make(chan float64)
	go func(a float64, b float32) { res <- a * float64(b) }(1.5, 4)
	println("go lit", <-res)
	f := sum
	go func() { res <- f(0.5, 0.25, 2, 1e3, -0.125) }()
	println("go fv", <-res)
	g := many
	go g(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, 7)
	<-done
	go mixed("go mixed", 2.5, 9, -0.5, false, -1e-10)
	<-done
	go many32(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
	<-done
	// Closures capturing floats.
	acc := 0.0
	var w float32 = 1
	add := func(d float64) float64 {
		acc += d
		w *= 1.5
		return acc
	}
	add(0.5)
	add(0.25)
	r := add(1)
	println("closure", acc, r, w)
	println("deferred", deferred(), len(done))
	// interface{}: boxing compares by value (NaN != NaN, +0 == -0).
	var e1, e2 interface{} = 1.5, 1.5
	var e3 interface{} = float32(1.5)
	zero := 0.0
	var en interface{} = zero / zero
	var ez, enz interface{} = zero, -zero
	println(e1 == e2, e1 == e3, en == en, ez == enz, e1 == interface{}(1.5), e3 == interface{}(float32(1.5)))
	x, ok := e1.(float64)
	y, ok2 := e3.(float64)
	z := e3.(float32)
	println(x, ok, y, ok2, z)
	var big interface{} = 1e300
	println(big.(float64) == 1e300, big != e1)
}

// CHECK: recovered +2.500000e+000 +5.000000e-001 boom{{$}}
// CHECK-NEXT: +3.000000e+000 +1.000000e+000{{$}}
// CHECK-NEXT: recv +1.500000e+000{{$}}
// CHECK-NEXT: recv -5.000000e+009{{$}}
// CHECK-NEXT: recv +5.000000e-004{{$}}
// CHECK-NEXT: go lit +6.000000e+000{{$}}
// CHECK-NEXT: go fv +1.002625e+003{{$}}
// CHECK-NEXT: +5.500000e+001 +5.000000e-001 7{{$}}
// CHECK-NEXT: go mixed +2.500000e+000 9 -5.000000e-001 false -1.000000e-010{{$}}
// CHECK-NEXT: +1.710000e+002{{$}}
// CHECK-NEXT: closure +1.750000e+000 +1.750000e+000 +3.375000e+000{{$}}
// CHECK-NEXT: mixed +1.250000e+000 -3 +7.500000e-001 true +1.000000e+010{{$}}
// CHECK-NEXT: +1.710000e+002{{$}}
// CHECK-NEXT: +5.500000e+001 +5.000000e-001 -1{{$}}
// CHECK-NEXT: +5.500000e+001 +1.100000e+001 12{{$}}
// CHECK-NEXT: defer println +1.500000e+000 +1.500000e+000{{$}}
// CHECK-NEXT: defer fv +2.500000e-001 -5.000000e-001{{$}}
// CHECK-NEXT: defer +1.500000e+000 +2.500000e+000{{$}}
// CHECK-NEXT: deferred +3.000000e+000 4{{$}}
// CHECK-NEXT: true false false true true true{{$}}
// CHECK-NEXT: +1.500000e+000 true +0.000000e+000 false +1.500000e+000{{$}}
// CHECK-NEXT: true true{{$}}
