package math

// Sin, Cos and Tan (Cephes' sin.c and tan.c): x is reduced to z in
// [-π/4, π/4] and an octant j; a polynomial in z, chosen and signed by j.

// The coefficients of sin(z) ≈ z + z³·S(z²) and cos(z) ≈ 1 - z²/2 +
// z⁴·C(z²).
var sinCoef = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// reduce splits x >= 0 into an octant j (0-7) and z = x - j·π/4 (j made
// even, so z may be negative): below 2^29 with π/4 in three parts, beyond
// with Payne-Hanek (reduceLarge).
func reduce(x float64) (j uint64, z float64) {
	const (
		pi4A = 7.85398125648498535156e-1 // π/4 = pi4A + pi4B + pi4C
		pi4B = 3.77489470793079817668e-8
		pi4C = 2.69515142907905952645e-15
	)
	if x >= 1<<29 {
		return reduceLarge(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*pi4A) - y*pi4B) - y*pi4C
}

func sinPoly(z, zz float64) float64 {
	s := sinCoef
	return z + z*zz*((((((s[0]*zz)+s[1])*zz+s[2])*zz+s[3])*zz+s[4])*zz+s[5])
}

func cosPoly(zz float64) float64 {
	c := cosCoef
	return 1.0 - 0.5*zz + zz*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

// Sin returns the sine of x (radians); ±0 and NaN come back, ±Inf gives NaN.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := reduce(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of x (radians); ±Inf and NaN give NaN.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	j, z := reduce(Abs(x))
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Tan returns the tangent of x (radians); ±0 and NaN come back, ±Inf
// gives NaN.
func Tan(x float64) float64 {
	p := [...]float64{
		-1.30936939181383777646e4,
		1.15351664838587416140e6,
		-1.79565251976484877988e7,
	}
	q := [...]float64{
		1.36812963470692954678e4,
		-1.32089234440210967447e6,
		2.50083801823357915839e7,
		-5.38695755929454629881e7,
	}
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := reduce(x)
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((p[0]*zz)+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// reduceLarge is Payne-Hanek reduction for x >= 2^29: x·4/π with x's
// 53-bit significand times the bits of 4/π that matter at its exponent
// (192 of them), the integer part's low 3 bits the octant, the fraction
// back to a float.
func reduceLarge(x float64) (j uint64, z float64) {
	if x < Pi/4 {
		return 0, x
	}
	b := Float64bits(x)
	exp := int(b>>expShift&expMask) - expBias - expShift
	m := b&fracMask | 1<<expShift
	word, shift := uint(exp+61)/64, uint(exp+61)%64
	w0 := (fourOverPi[word] << shift) | (fourOverPi[word+1] >> (64 - shift))
	w1 := (fourOverPi[word+1] << shift) | (fourOverPi[word+2] >> (64 - shift))
	w2 := (fourOverPi[word+2] << shift) | (fourOverPi[word+3] >> (64 - shift))
	// The 128 bits of m·(w0:w1:w2) at the point, modulo 8.
	w2hi, _ := mul64(w2, m)
	w1hi, w1lo := mul64(w1, m)
	lo := w1lo + w2hi
	carry := uint64(0)
	if lo < w1lo {
		carry = 1
	}
	hi := w0*m + w1hi + carry
	j = hi >> 61
	hi = hi<<3 | lo>>61
	// Normalize the fraction into a float64 in [0, 1).
	lz := uint(leadingZeros64(hi))
	e := uint64(expBias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - expShift
	hi |= e << expShift
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const low32 = 1<<32 - 1
	x0, x1 := x&low32, x>>32
	y0, y1 := y&low32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&low32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

func leadingZeros64(x uint64) int {
	n := 64
	for x != 0 {
		x >>= 1
		n--
	}
	return n
}

// fourOverPi holds the binary digits of 4/π, 64 to a word, from the
// units bit on (the first word's last bit).
var fourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
