package math

// The inverse hyperbolic functions (FreeBSD's s_asinh.c, e_acosh.c,
// e_atanh.c): logarithms of the defining formulas, rearranged per range
// to keep precision.

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x > 1<<28:
		y = Log(x) + Ln2
	case x > 2:
		y = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < 1.0/(1<<28):
		y = x
	default:
		y = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		y = -y
	}
	return y
}

// Acosh returns the inverse hyperbolic cosine of x: NaN below 1.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || x != x:
		return NaN()
	case x == 1:
		return 0
	case x >= 1<<28:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x: ±Inf at ±1, NaN
// beyond.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || x != x:
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x < 1.0/(1<<28):
		y = x
	case x < 0.5:
		y = x + x
		y = 0.5 * Log1p(y+y*x/(1-x))
	default:
		y = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		y = -y
	}
	return y
}

// Logb returns x's binary exponent: -Inf for ±0, +Inf for ±Inf.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case x != x:
		return x
	}
	return float64(exponent(x))
}

// Ilogb returns x's binary exponent as an int: MinInt32 for ±0, MaxInt32
// for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x || IsInf(x, 0):
		return MaxInt32
	}
	return exponent(x)
}

// exponent returns the binary exponent of finite nonzero x.
func exponent(x float64) int {
	x, e := scaleSubnormal(x)
	return int(Float64bits(x)>>expShift&expMask) - expBias + e
}
