package math

// isOddInt reports whether x is an odd integer (as an int64).
func isOddInt(x float64) bool {
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x^y, with IEEE 754's special cases: the integer part of y by
// repeated squaring of x's fraction (exponents kept apart), the
// fractional part, if any, as Exp(yf·Log(x)).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		case y > 0:
			if isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // as Pow(-0, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// y is an even integer too large for the loop: only |x|
		// against 1 matters.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}
	// The result is a·2^ae.
	a := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a = Exp(yf * Log(x))
	}
	xf, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent will overflow or underflow whatever the
			// fraction: let Ldexp say which.
			ae += xe
			break
		}
		if i&1 == 1 {
			a *= xf
			ae += xe
		}
		xf *= xf
		xe <<= 1
		if xf < .5 {
			xf += xf
			xe--
		}
	}
	if y < 0 {
		a = 1 / a
		ae = -ae
	}
	return Ldexp(a, ae)
}
