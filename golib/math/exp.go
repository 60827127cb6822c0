package math

// ln 2 in two parts, the first with trailing zero bits so that k·ln2Hi is
// exact for the k that occur.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// Exp returns e^x: +Inf past ~709.78, 0 below ~-745.13 (or for -Inf), NaN
// for NaN. On amd64 it is Go's assembly algorithm (expAMD64).
func Exp(x float64) float64 {
	if goarch() == archAMD64 {
		return expAMD64(x)
	}
	const (
		log2e    = 1.44269504088896338700e+00
		overflow = 7.09782712893383973096e+02
		underflw = -7.45133219101941108420e+02
		nearZero = 1.0 / (1 << 28)
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflw:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	// x = k·ln2 + r, |r| <= ln2/2, k rounded half away from zero.
	var k int
	switch {
	case x < 0:
		k = int(log2e*x - 0.5)
	case x > 0:
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	return expReduced(hi, lo, k)
}

// Exp2 returns 2^x, the special cases as Exp's.
func Exp2(x float64) float64 {
	const (
		overflow = 1.0239999999999999e+03
		underflw = -1.0740e+03
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflw:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expReduced(hi, lo, k)
}

// expReduced returns e^(hi-lo)·2^k for a small hi-lo: a rational
// approximation of e^r on [-ln2/2, ln2/2] (the Remez polynomial of
// FreeBSD's e_exp.c).
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// expAMD64 is Go 1.19's Exp on amd64 (after Shibata's SLEEF): x = k·ln2 +
// r with k rounded to even, a Taylor series of e^(r/16)-1, squared four
// times back up, then scaled by 2^k. With AVX and FMA the reductions and
// the series' steps are fused multiply-adds.
func expAMD64(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2Up    = 0.69314718055966295651160180568695068359375
		ln2Down  = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	b := Float64bits(x)
	if b&^signBit >= infBits {
		if b == signBit|infBits {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	kf := RoundToEven(log2e * x) // CVTSD2SL: to nearest, even
	if kf < -1<<31 {
		kf = -1 << 31 // out of range: the "integer indefinite"
	}
	k := int32(kf)
	kf = float64(k)
	fma := x86HasFMA()
	if fma {
		x = fmaAMD64(-kf, ln2Up, x)
		x = fmaAMD64(-kf, ln2Down, x)
	} else {
		x -= ln2Up * kf
		x -= ln2Down * kf
	}
	x *= 0.0625
	coef := [...]float64{2.4801587301587301587e-5, 1.9841269841269841270e-4,
		1.3888888888888888889e-3, 8.3333333333333333333e-3,
		4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0}
	p := coef[0]
	for _, c := range coef[1:] {
		if fma {
			p = fmaAMD64(p, x, c)
		} else {
			p = p*x + c
		}
	}
	x *= p // e^r - 1 for r/16; then (y+1)² - 1 = y·(y+2), four times
	for i := 0; i < 3; i++ {
		x *= x + 2
	}
	if fma {
		x = fmaAMD64(x, x+2, 1)
	} else {
		x *= x + 2
		x += 1
	}
	// x·2^k, in two steps for a subnormal result.
	biased := k + 0x3FF
	switch {
	case biased <= 0:
		if biased < -52 {
			return 0
		}
		x *= Float64frombits(uint64(biased+0x3FE) << 52)
		biased = 1
	case biased >= 0x7FF:
		return Inf(1)
	}
	return x * Float64frombits(uint64(biased)<<52)
}
