package strconv

import "math"

// floatFormat describes an IEEE 754 binary format: a value is
// mant·2^e with mant below 2^(mantBits+1).
type floatFormat struct {
	mantBits uint
	expBits  uint
	minExp   int // the exponent of the leading bit of the smallest normal

	// padDigits is the most digits to which a float's shortest digits,
	// padded with zeros, are also its exact value rounded: half a unit of
	// the last of them, 10^-n/2, exceeds the float's relative half-spacing
	// 2^-(mantBits+1).
	padDigits int
}

var float32Format = floatFormat{23, 8, -126, 6}
var float64Format = floatFormat{52, 11, -1022, 15}

// split returns the sign, the integer significand and the exponent of its
// lowest bit of the finite float with the given bits; special is set for
// infinities and NaNs.
func (f *floatFormat) split(bits uint64) (neg bool, mant uint64, e int, special bool) {
	neg = bits>>(f.expBits+f.mantBits) != 0
	biased := int(bits>>f.mantBits) & (1<<f.expBits - 1)
	mant = bits & (1<<f.mantBits - 1)
	switch biased {
	case 1<<f.expBits - 1:
		return neg, mant, 0, true
	case 0: // subnormal: the smallest exponent, no implicit bit
		biased = 1
	default:
		mant |= 1 << f.mantBits
	}
	return neg, mant, biased - 1 + f.minExp - int(f.mantBits), false
}

// decNum is a positive decimal 0.d₁d₂...dₙ × 10^dp, d without trailing
// zeros (zero: no decNum).
type decNum struct {
	d  []byte
	dp int
}

// exactDigits returns mant·2^e in decimal, exactly: the digits of the
// integer mant·2^e or, for e < 0, of mant·5^-e, which is the value times
// 10^-e.
func exactDigits(mant uint64, e int) decNum {
	n := natOf(mant)
	scale := 0
	if e >= 0 {
		n = n.shl(uint(e))
	} else {
		n = n.mulPow5(-e)
		scale = e
	}
	d := n.decimal()
	r := decNum{d, len(d) + scale}
	r.trim()
	return r
}

func (x *decNum) trim() {
	n := len(x.d)
	for n > 0 && x.d[n-1] == '0' {
		n--
	}
	x.d = x.d[:n]
	if n == 0 {
		x.dp = 0
	}
}

// roundUpAt returns x's first n digits plus one unit of the last of them.
func (x decNum) roundUpAt(n int) decNum {
	d := append([]byte(nil), x.d[:n]...)
	for i := n - 1; i >= 0; i-- {
		if d[i] < '9' {
			d[i]++
			return decNum{d[:i+1], x.dp}
		}
	}
	return decNum{[]byte{'1'}, x.dp + 1} // all nines, or no digits
}

// truncAt returns x's first n digits.
func (x decNum) truncAt(n int) decNum {
	r := decNum{x.d[:n], x.dp}
	r.trim()
	return r
}

// roundAt rounds x to n digits, halfway cases to even; nothing happens if
// n is negative or x has no more than n digits.
func (x decNum) roundAt(n int) decNum {
	if n < 0 || n >= len(x.d) {
		return x
	}
	up := x.d[n] > '5' || x.d[n] == '5' && (n+1 < len(x.d) || n > 0 && (x.d[n-1]-'0')%2 == 1)
	if up {
		return x.roundUpAt(n)
	}
	return x.truncAt(n)
}

// FormatFloat spells f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X') with precision prec (-1: the fewest digits that read back as f),
// as a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat's text to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var ff *floatFormat
	switch bitSize {
	case 32:
		bits, ff = uint64(math.Float32bits(float32(f))), &float32Format
	case 64:
		bits, ff = math.Float64bits(f), &float64Format
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg, mant, e, special := ff.split(bits)
	if special {
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	switch fmt {
	case 'b':
		return appendBinary(dst, neg, mant, e)
	case 'x', 'X':
		return ff.appendHex(dst, neg, mant, e, fmt, prec)
	}
	shortest := prec < 0
	x := ff.shortestDigits(mant, e)
	if shortest {
		switch fmt {
		case 'e', 'E':
			prec = len(x.d) - 1
			if prec < 0 {
				prec = 0
			}
		case 'f':
			prec = len(x.d) - x.dp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = len(x.d)
		}
	} else {
		if (fmt == 'g' || fmt == 'G') && prec == 0 {
			prec = 1
		}
		n := digitsFor(x, fmt, prec)
		ok := false
		pad := ff.padDigits
		if mant < 1<<ff.mantBits {
			pad = 0 // subnormal: the spacing is wider than mantBits+1 bits
		}
		if x, ok = roundShortest(x, n, pad); !ok {
			x = exactDigits(mant, e)
			x = x.roundAt(digitsFor(x, fmt, prec))
		}
	}
	return appendDigits(dst, neg, x, fmt, prec, shortest)
}

// digitsFor is how many significant digits of x format fmt shows with
// precision prec ('g': prec is at least 1).
func digitsFor(x decNum, fmt byte, prec int) int {
	switch fmt {
	case 'e', 'E':
		return prec + 1
	case 'f':
		return x.dp + prec
	}
	return prec
}

// appendDigits writes rounded digits x in format fmt.
func appendDigits(dst []byte, neg bool, x decNum, fmt byte, prec int, shortest bool) []byte {
	switch fmt {
	case 'e', 'E':
		return appendExp(dst, neg, x, prec, fmt)
	case 'f':
		return appendFixed(dst, neg, x, prec)
	case 'g', 'G':
		// The exponent form when the exponent is below -4 or not below
		// the precision (6 for the shortest form), which counts only the
		// digits there are when they are all in the integer part.
		limit := prec
		if limit > len(x.d) && len(x.d) >= x.dp {
			limit = len(x.d)
		}
		if shortest {
			limit = 6
		}
		if exp := x.dp - 1; exp < -4 || exp >= limit {
			if prec > len(x.d) {
				prec = len(x.d)
			}
			return appendExp(dst, neg, x, prec-1, fmt+'e'-'g')
		}
		if prec > x.dp {
			prec = len(x.d)
		}
		frac := prec - x.dp
		if frac < 0 {
			frac = 0
		}
		return appendFixed(dst, neg, x, frac)
	}
	return append(dst, '%', fmt)
}

// digitAt returns x's i-th digit, '0' past either end.
func (x decNum) digitAt(i int) byte {
	if i >= 0 && i < len(x.d) {
		return x.d[i]
	}
	return '0'
}

// appendExp writes -d.ddde±dd with prec digits after the point.
func appendExp(dst []byte, neg bool, x decNum, prec int, e byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, x.digitAt(0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, x.digitAt(i))
		}
	}
	exp := x.dp - 1
	if len(x.d) == 0 {
		exp = 0
	}
	sign := byte('+')
	if exp < 0 {
		sign, exp = '-', -exp
	}
	dst = append(dst, e, sign)
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}

// appendFixed writes -ddd.ddd with prec digits after the point.
func appendFixed(dst []byte, neg bool, x decNum, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if x.dp <= 0 {
		dst = append(dst, '0')
	}
	for i := 0; i < x.dp; i++ {
		dst = append(dst, x.digitAt(i))
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, x.digitAt(x.dp+i))
		}
	}
	return dst
}

// appendBinary writes -mantp±e, the significand as an integer.
func appendBinary(dst []byte, neg bool, mant uint64, e int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if e >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(e), 10)
}

// appendHex writes -0x1.hhhp±dd: the significand normalized to a leading
// 1 (0x0p+00 for zero), rounded to prec hex digits (ties to even) when
// prec is below 15, else all of it (prec < 0) or zero-padded.
func (f *floatFormat) appendHex(dst []byte, neg bool, mant uint64, e int, fmt byte, prec int) []byte {
	// m holds the significand with its leading bit at bit 60.
	exp := e + int(f.mantBits)
	if mant == 0 {
		exp = 0
	}
	m := mant << (60 - f.mantBits)
	for m != 0 && m&(1<<60) == 0 {
		m <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		drop := uint(60 - 4*prec)
		rest := m & (1<<drop - 1)
		m >>= drop
		if half := uint64(1) << (drop - 1); rest > half || rest == half && m&1 == 1 {
			m++
		}
		m <<= drop
		if m&(1<<61) != 0 { // rounded up to 2
			m >>= 1
			exp++
		}
	}
	hex := "0123456789abcdef"
	p := byte('p')
	if fmt == 'X' {
		hex, p = "0123456789ABCDEF", 'P'
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, byte('0'+m>>60&1))
	m <<= 4
	n := prec
	if prec < 0 {
		n = 0
		for t := m; t != 0; t <<= 4 {
			n++
		}
	}
	if n > 0 {
		dst = append(dst, '.')
		for ; n > 0; n-- {
			dst = append(dst, hex[m>>60&15])
			m <<= 4
		}
	}
	sign := byte('+')
	if exp < 0 {
		sign, exp = '-', -exp
	}
	dst = append(dst, p, sign)
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}
