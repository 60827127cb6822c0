package math

// Floor, Ceil, Trunc and RoundToEven are exact, so every implementation
// agrees on numbers; NaNs differ: on amd64 Go makes them the ROUNDSD
// instruction and on 386 Floor, Ceil and Trunc are x87 assembly, which
// quiet a signaling NaN (payload kept); elsewhere NaNs come back as they
// are. quietNaN does that where the target's Go does.
func quietNaN(x float64, on386 bool) float64 {
	if a := goarch(); a == archAMD64 || a == arch386 && on386 {
		return Float64frombits(Float64bits(x) | 1<<51) // the quiet bit
	}
	return x
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	if x != x {
		return quietNaN(x, true)
	}
	if x == 0 || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		ip, fp := Modf(-x)
		if fp != 0 {
			ip = ip + 1
		}
		return -ip
	}
	ip, _ := Modf(x)
	return ip
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Trunc returns the integer value of x (rounded toward zero).
func Trunc(x float64) float64 {
	if x != x {
		return quietNaN(x, true)
	}
	if x == 0 || IsInf(x, 0) {
		return x
	}
	ip, _ := Modf(x)
	return ip
}

// Round returns the nearest integer, halfway cases away from zero: add
// half a unit at the point, then clear the fraction bits.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>expShift) & expMask
	switch {
	case e < expBias: // |x| < 1
		b &= signBit
		if e == expBias-1 { // |x| >= 0.5
			b |= expBias << expShift // ±1
		}
	case e < expBias+expShift: // has fraction bits
		e -= expBias
		b += (1 << (expShift - 1)) >> e
		b &^= fracMask >> e
	}
	return Float64frombits(b)
}

// RoundToEven returns the nearest integer, halfway cases to even (the
// ROUNDSD instruction on amd64).
func RoundToEven(x float64) float64 {
	if x != x {
		return quietNaN(x, false)
	}
	b := Float64bits(x)
	e := uint(b>>expShift) & expMask
	switch {
	case e >= expBias:
		// Add half a unit less one ulp, plus the last integer bit (so a
		// tie rounds up only from odd), then clear the fraction.
		e -= expBias
		b += ((1<<(expShift-1) - 1) + (b>>(expShift-e))&1) >> e
		b &^= fracMask >> e
	case e == expBias-1 && b&fracMask != 0: // 0.5 < |x| < 1
		b = b&signBit | expBias<<expShift
	default:
		b &= signBit
	}
	return Float64frombits(b)
}

// Modf splits f into an integer and a fractional part, both with f's sign.
func Modf(f float64) (ip float64, fp float64) {
	if f < 1 {
		switch {
		case f < 0:
			ip, fp = Modf(-f)
			return -ip, -fp
		case f == 0:
			return f, f // -0 gives -0, -0
		}
		return 0, f
	}
	b := Float64bits(f)
	// Clear the bits below the point: those past the 12 sign and
	// exponent bits and e integer bits.
	if e := uint(b>>expShift)&expMask - expBias; e < 64-12 {
		b &^= 1<<(64-12-e) - 1
	}
	ip = Float64frombits(b)
	return ip, f - ip
}
