package math

// Cbrt returns the cube root of x: a 5-bit first guess from the bits, a
// rational step to 23 bits, rounding to 22 bits, one Newton step.
// ±0, ±Inf and NaN come back as they are.
func Cbrt(x float64) float64 {
	const (
		guessBias    = 715094163 // (682-0.03306235651)·2^20
		guessBiasSub = 696219795 // (664-0.03306235651)·2^20, for subnormals
		c19_35       = 5.42857142857142815906e-01
		cm864_1225   = -7.05306122448979611050e-01
		c99_70       = 1.41428571428571436819e+00
		c45_28       = 1.60714285714285720630e+00
		c5_14        = 3.57142857142857150787e-01
	)
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	t := Float64frombits(Float64bits(x)/3 + guessBias<<32)
	if x < 0x1p-1022 {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + guessBiasSub<<32)
	}
	r := t * t / x
	s := c19_35 + r*t
	t *= c5_14 + c45_28/(s+c99_70+cm864_1225/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}
