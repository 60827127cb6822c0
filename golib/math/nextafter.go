package math

// Nextafter returns the float64 after x in the direction of y (x if they
// are equal, NaN if either is).
func Nextafter(x, y float64) float64 {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0): // away from zero: the next significand
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the float32 after x in the direction of y.
func Nextafter32(x, y float32) float32 {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Sincos returns Sin(x) and Cos(x) (a NaN argument gives NaN()).
func Sincos(x float64) (sin, cos float64) {
	if x != x {
		return NaN(), NaN()
	}
	return Sin(x), Cos(x)
}

// Pow10 returns 10^n: a product of two exact table entries for
// -323 <= n <= 308, else 0 or +Inf.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return pow10By32[uint(n)/32] * pow10Small[uint(n)%32]
	case -323 <= n && n <= 0:
		return pow10By32Neg[uint(-n)/32] / pow10Small[uint(-n)%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}

var pow10Small = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10By32 = [10]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10By32Neg = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}
