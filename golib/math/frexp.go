package math

// Frexp splits f into a fraction in [0.5, 1) and a power of two:
// f = frac × 2^exp. ±0, ±Inf and NaN come back as they are, exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = scaleSubnormal(f)
	b := Float64bits(f)
	exp += int(b>>expShift&expMask) - expBias + 1
	b = b&^(expMask<<expShift) | (expBias-1)<<expShift
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2^exp, rounded (to a subnormal or ±0) or
// overflowing to ±Inf.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := scaleSubnormal(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>expShift&expMask) - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	// A subnormal result: build it 2^53 too large, then let the
	// multiplication round it.
	scale := 1.0
	if exp < -1022 {
		exp += 53
		scale = 1.0 / (1 << 53)
	}
	b = b&^(expMask<<expShift) | uint64(exp+expBias)<<expShift
	return scale * Float64frombits(b)
}

// Mod returns the remainder of x/y with x's sign (fmod): y's multiples
// are subtracted from |x| largest first, each subtraction exact.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r = r - Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 remainder of x/y: x - n·y with n the
// integer nearest x/y (ties to even), from Mod by 2y then at most two
// subtractions of y.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 0x1p-1021 // below it, y/2 would lose a bit
		halfMax = MaxFloat64 / 2
	)
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}
