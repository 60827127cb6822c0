// Differential test of golib/math against Go 1.19's: every function on
// special values (zeros, infinities, NaNs, subnormals, powers of two,
// integers and halves, the functions' thresholds) and random bit patterns
// and random moderate values (fixed seed), comparing result bits (NaNs
// included). Run under GOARCH=386 and arm too (difftest.sh) for those
// targets' variants.
package main

import (
	"fmt"
	"math"
	"math/rand"

	"golibtest/diff"
	mymath "golibtest/math"
)

var rng = rand.New(rand.NewSource(1))

type f1 struct {
	name      string
	mine, std func(float64) float64
}

type f2 struct {
	name      string
	mine, std func(float64, float64) float64
}

var unary = []f1{
	{"Abs", mymath.Abs, math.Abs}, {"Sqrt", mymath.Sqrt, math.Sqrt},
	// Direct calls: amd64's Go makes them ROUNDSD, not its assembly.
	{"Floor", mymath.Floor, func(x float64) float64 { return math.Floor(x) }},
	{"Ceil", mymath.Ceil, func(x float64) float64 { return math.Ceil(x) }},
	{"Trunc", mymath.Trunc, func(x float64) float64 { return math.Trunc(x) }},
	{"Round", mymath.Round, math.Round},
	{"RoundToEven", mymath.RoundToEven, func(x float64) float64 { return math.RoundToEven(x) }}, {"Cbrt", mymath.Cbrt, math.Cbrt},
	{"Exp", mymath.Exp, math.Exp}, {"Exp2", mymath.Exp2, math.Exp2}, {"Expm1", mymath.Expm1, math.Expm1},
	{"Log", mymath.Log, math.Log}, {"Log2", mymath.Log2, math.Log2}, {"Log10", mymath.Log10, math.Log10},
	{"Log1p", mymath.Log1p, math.Log1p}, {"Sin", mymath.Sin, math.Sin}, {"Cos", mymath.Cos, math.Cos},
	{"Tan", mymath.Tan, math.Tan}, {"Asin", mymath.Asin, math.Asin}, {"Acos", mymath.Acos, math.Acos},
	{"Atan", mymath.Atan, math.Atan}, {"Sinh", mymath.Sinh, math.Sinh}, {"Cosh", mymath.Cosh, math.Cosh},
	{"Tanh", mymath.Tanh, math.Tanh}, {"Asinh", mymath.Asinh, math.Asinh},
	{"Acosh", mymath.Acosh, math.Acosh}, {"Atanh", mymath.Atanh, math.Atanh}, {"Logb", mymath.Logb, math.Logb},
	{"Ilogb", func(x float64) float64 { return float64(mymath.Ilogb(x)) }, func(x float64) float64 { return float64(math.Ilogb(x)) }},
	{"Sincos.sin", func(x float64) float64 { s, _ := mymath.Sincos(x); return s }, func(x float64) float64 { s, _ := math.Sincos(x); return s }},
	{"Sincos.cos", func(x float64) float64 { _, c := mymath.Sincos(x); return c }, func(x float64) float64 { _, c := math.Sincos(x); return c }},
	{"Pow10", func(x float64) float64 { return mymath.Pow10(int(x) % 1000) }, func(x float64) float64 { return math.Pow10(int(x) % 1000) }},
	{"Modf.int", func(x float64) float64 { i, _ := mymath.Modf(x); return i }, func(x float64) float64 { i, _ := math.Modf(x); return i }},
	{"Modf.frac", func(x float64) float64 { _, f := mymath.Modf(x); return f }, func(x float64) float64 { _, f := math.Modf(x); return f }},
	{"Frexp.frac", func(x float64) float64 { f, _ := mymath.Frexp(x); return f }, func(x float64) float64 { f, _ := math.Frexp(x); return f }},
	{"Frexp.exp", func(x float64) float64 { _, e := mymath.Frexp(x); return float64(e) }, func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }},
}

var binary = []f2{
	{"Copysign", mymath.Copysign, math.Copysign}, {"Mod", mymath.Mod, math.Mod},
	{"Max", mymath.Max, math.Max}, {"Min", mymath.Min, math.Min}, {"Dim", mymath.Dim, math.Dim},
	{"Hypot", mymath.Hypot, math.Hypot}, {"Nextafter", mymath.Nextafter, math.Nextafter}, {"Remainder", mymath.Remainder, math.Remainder},
	{"Nextafter32", func(x, y float64) float64 { return float64(mymath.Nextafter32(float32(x), float32(y))) },
		func(x, y float64) float64 { return float64(math.Nextafter32(float32(x), float32(y))) }}, {"Pow", mymath.Pow, math.Pow}, {"Atan2", mymath.Atan2, math.Atan2},
	{"Ldexp", func(x, y float64) float64 { return mymath.Ldexp(x, int(y)) }, func(x, y float64) float64 { return math.Ldexp(x, int(y)) }},
}

func check1(f f1, x float64) {
	diff.Eq(fmt.Sprintf("%s(%v=%#x)", f.name, x, math.Float64bits(x)),
		math.Float64bits(f.mine(x)), math.Float64bits(f.std(x)))
}

func check2(f f2, x, y float64) {
	diff.Eq(fmt.Sprintf("%s(%v, %v)", f.name, x, y),
		math.Float64bits(f.mine(x, y)), math.Float64bits(f.std(x, y)))
}

func specials() []float64 {
	v := []float64{0, 1, 2, 3, 0.5, 1.5, 2.5, -0.5, 0.1, 0.7, 0.66, 0.625, 21, 22, 44, 0.75, 1e-300, 1e300,
		math.Pi, math.Pi / 2, math.Pi / 4, math.E, math.Ln2, 709.78, 709.8, 710, -745.1, -745.2, 1023.9, 1024, -1074, -1075,
		1 << 29, 1<<29 + 1, 1e10, 1e20, 1e22, 1 << 52, 1 << 53, 1<<53 + 2, 1 << 63, 1 << 64, 4.5e15,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
		math.Sqrt2 / 2, math.Sqrt2, 0.7071067811865476, 0.7071067811865475, 3.8816242111356937e+01, 0.34657359027997264,
		1.0397207708399179, 1e-20, 3.725290298461914e-09, 1.862645149230957e-09, 5.551115123125783e-17,
		math.Inf(1), math.NaN(), math.Float64frombits(0x7ff0000000000001), math.Float64frombits(0x7ff4000000000000),
		math.Float64frombits(0xfff8000000000000), math.Float64frombits(0x7ff8000000000000), 0.4142135623730950, -0.2928932188134524}
	out := []float64{}
	for _, x := range v {
		out = append(out, x, -x, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)))
	}
	for e := -1080; e <= 1030; e += 7 {
		out = append(out, math.Ldexp(1, e), math.Ldexp(1.75, e))
	}
	return out
}

func randFloat() float64 {
	switch rng.Intn(4) {
	case 0:
		return math.Float64frombits(rng.Uint64())
	case 1:
		return (rng.Float64() - 0.5) * 40
	case 2:
		return rng.NormFloat64() * 1e6
	}
	return math.Ldexp(rng.Float64(), rng.Intn(2200)-1100) * float64(1-2*rng.Intn(2))
}

func main() {
	sp := specials()
	for _, f := range unary {
		for _, x := range sp {
			check1(f, x)
		}
		for i := 0; i < 30000; i++ {
			check1(f, randFloat())
		}
	}
	small := []float64{0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1.5, math.Inf(1), math.Inf(-1), math.NaN(), 1e308, 1e-308, 5e-324, 1 << 63, -(1 << 63), 1 << 64, 0.3, 10, -10, 1025, -1100}
	for _, f := range binary {
		for _, x := range small {
			for _, y := range small {
				check2(f, x, y)
			}
		}
		for _, x := range sp {
			check2(f, x, 2)
			check2(f, 2, x)
			check2(f, x, 0.5)
			check2(f, x, -3)
		}
		for i := 0; i < 20000; i++ {
			x, y := randFloat(), randFloat()
			check2(f, x, y)
			check2(f, x, float64(rng.Intn(200)-100)/4)
			check2(f, (rng.Float64()-0.5)*8, (rng.Float64()-0.5)*100)
		}
	}
	diff.Eq("bits", mymath.Float32bits(1.5), math.Float32bits(1.5))
	diff.Eq("frombits", math.Float32bits(mymath.Float32frombits(0x7f800001)), math.Float32bits(math.Float32frombits(0x7f800001)))
	diff.Eq("consts", []float64{mymath.E, mymath.Pi, mymath.Phi, mymath.Sqrt2, mymath.SqrtE, mymath.SqrtPi, mymath.SqrtPhi,
		mymath.Ln2, mymath.Log2E, mymath.Ln10, mymath.Log10E, mymath.MaxFloat64, mymath.SmallestNonzeroFloat64,
		mymath.MaxFloat32, mymath.SmallestNonzeroFloat32},
		[]float64{math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi,
			math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.MaxFloat64, math.SmallestNonzeroFloat64,
			math.MaxFloat32, math.SmallestNonzeroFloat32})
	diff.Eq("ints", []int64{mymath.MaxInt8, mymath.MinInt8, mymath.MaxInt16, mymath.MinInt16, mymath.MaxInt32, mymath.MinInt32,
		mymath.MaxInt64, mymath.MinInt64, mymath.MaxUint8, mymath.MaxUint16, mymath.MaxUint32, mymath.MaxInt, mymath.MinInt},
		[]int64{math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
			math.MaxInt64, math.MinInt64, math.MaxUint8, math.MaxUint16, math.MaxUint32, math.MaxInt, math.MinInt})
	diff.Eq("uints", []uint64{mymath.MaxUint64, mymath.MaxUint}, []uint64{math.MaxUint64, math.MaxUint})
	for _, s := range []int{-2, -1, 0, 1, 2} {
		for _, x := range sp[:40] {
			diff.Eq(fmt.Sprint("IsInf", x, s), mymath.IsInf(x, s), math.IsInf(x, s))
		}
		diff.Eq(fmt.Sprint("Inf", s), math.Float64bits(mymath.Inf(s)), math.Float64bits(math.Inf(s)))
	}
	for _, x := range sp {
		diff.Eq(fmt.Sprint("IsNaN", x), mymath.IsNaN(x), math.IsNaN(x))
		diff.Eq(fmt.Sprint("Signbit", x), mymath.Signbit(x), math.Signbit(x))
	}
	diff.Eq("NaN", math.Float64bits(mymath.NaN()), math.Float64bits(math.NaN()))
	diff.Done("math")
}
