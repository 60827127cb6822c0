package math

// The coefficients of the Remez polynomial for log(1+f) (FreeBSD's
// e_log.c), shared by Log and Log1p.
const (
	lg1 = 6.666666666666735130e-01
	lg2 = 3.999999999940941908e-01
	lg3 = 2.857142874366239149e-01
	lg4 = 2.222219843214978396e-01
	lg5 = 1.818357216161805012e-01
	lg6 = 1.531383769920937332e-01
	lg7 = 1.479819860511658591e-01
)

// Log returns the natural logarithm of x: x = 2^k·(1+f), 1+f in
// [√2/2, √2), log(1+f) from s = f/(2+f). Log(+Inf) = +Inf, Log(0) = -Inf,
// NaN for x < 0 and NaN. On amd64 it is Go's assembly (logAMD64).
func Log(x float64) float64 {
	if goarch() == archAMD64 {
		return logAMD64(x)
	}
	switch {
	case x != x || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	f1, ki := Frexp(x)
	if f1 < Sqrt2/2 {
		f1 *= 2
		ki--
	}
	return logSeries(f1-1, float64(ki))
}

// logSeries returns log(1+f) + k·ln2.
func logSeries(f, k float64) float64 {
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (lg1 + s4*(lg3+s4*(lg5+s4*lg7)))
	t2 := s4 * (lg2 + s4*(lg4+s4*lg6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// logAMD64 is Go 1.19's Log on amd64: the same series, but the split
// takes the bits as they are (no scaling of subnormals), moves 1+f down
// at √2/2 itself too, and every NaN with the sign bit set gives NaN().
func logAMD64(x float64) float64 {
	b := Float64bits(x)
	switch {
	case b&^signBit == 0:
		return Inf(-1)
	case b&signBit != 0:
		return NaN()
	case b >= infBits:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32(b>>expShift&expMask) - 0x3FE)
	if f1 <= 7.07106781186547524401e-01 {
		k -= 1
		f1 *= 2
	} else {
		f1 *= 1
	}
	return logSeries(f1-1, k)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x, exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns log(1+x), accurate for x near 0 (FreeBSD's s_log1p.c):
// 1+x = 2^k·(1+f) with a correction c for the rounding of 1+x.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01
		sqrt2HalfM1 = -2.928932188134524755992e-01
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	var f, c float64
	var iu uint64
	k := 1
	if absx < sqrt2M1 {
		if absx < small {
			if absx < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 { // 1+x in (√2/2, √2): f = x, no k
			k, f, iu = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if absx < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= fracMask
		if iu < 0x0006a09e667f3bcd { // below √2's significand
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if iu == 0 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return fk*ln2Hi - ((R - (fk*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lg1 + z*(lg2+z*(lg3+z*(lg4+z*(lg5+z*(lg6+z*lg7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+R) + (fk*ln2Lo + c))) - f)
}

// Expm1 returns e^x - 1, accurate for x near 0 (FreeBSD's s_expm1.c):
// x = k·ln2 + r, a rational approximation of e^r - 1, then scaled.
func Expm1(x float64) float64 {
	const (
		othreshold = 7.09782712893383973096e+02
		ln2X56     = 3.88162421113569373274e+01
		ln2HalfX3  = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		invLn2     = 1.44269504088896338700e+00
		tiny       = 1.0 / (1 << 54)
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	switch {
	case IsInf(x, 1) || x != x:
		return x
	case IsInf(x, -1):
		return -1
	}
	absx, neg := x, false
	if x < 0 {
		absx, neg = -x, true
	}
	if absx >= ln2X56 {
		if neg {
			return -1
		}
		if absx >= othreshold {
			return Inf(1)
		}
	}
	var c float64
	var k int
	switch {
	case absx > ln2Half:
		var hi, lo float64
		if absx < ln2HalfX3 {
			if !neg {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			} else {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			}
		} else {
			if !neg {
				k = int(invLn2*x + 0.5)
			} else {
				k = int(invLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case absx < tiny:
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = (x*(e-c) - c)
	e -= hxs
	// addExp adds k to y's exponent.
	addExp := func(y float64) float64 {
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return addExp(1-(e-x)) - 1
	case k < 20:
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2^-k
		return addExp(t - (e - x))
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2^-k
	y := x - (e + t)
	y++
	return addExp(y)
}
