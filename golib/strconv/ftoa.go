package strconv

import "math"

// floatFormat describes an IEEE 754 binary format: a value is
// mant·2^e with mant below 2^(mantBits+1).
type floatFormat struct {
	mantBits uint
	expBits  uint
	minExp   int // the exponent of the leading bit of the smallest normal
}

var float32Format = floatFormat{23, 8, -126}
var float64Format = floatFormat{52, 11, -1022}

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

// cmpDigits compares two decimals (x may be zero, y is not).
func cmpDigits(x, y decNum) int {
	if len(x.d) == 0 {
		return -1
	}
	if x.dp != y.dp {
		if x.dp < y.dp {
			return -1
		}
		return 1
	}
	for i := 0; i < len(x.d) || i < len(y.d); i++ {
		a, b := byte('0'), byte('0')
		if i < len(x.d) {
			a = x.d[i]
		}
		if i < len(y.d) {
			b = y.d[i]
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	return 0
}

// shortest returns the fewest leading digits of x (= mant·2^e) that still
// read back as the same float: for n = 0, 1, ... digits, x cut to n digits
// or that plus one unit, whichever lies strictly between the midpoints to
// the neighbouring floats (or on one, when mant is even and so ties read
// back to it); if both do, x rounded to n digits.
func (f *floatFormat) shortest(x decNum, mant uint64, e int) decNum {
	if mant == 0 {
		return x
	}
	upper := exactDigits(2*mant+1, e-1)
	var lower decNum
	if mant > 1<<f.mantBits || e == f.minExp-int(f.mantBits) {
		lower = exactDigits(2*mant-1, e-1)
	} else { // a power of two: the float below is half as far
		lower = exactDigits(4*mant-1, e-2)
	}
	ties := mant%2 == 0
	for n := 0; n < len(x.d); n++ {
		down, up := x.truncAt(n), x.roundUpAt(n)
		c := cmpDigits(down, lower)
		okDown := c > 0 || ties && c == 0
		c = cmpDigits(up, upper)
		okUp := c < 0 || ties && c == 0
		switch {
		case okDown && okUp:
			return x.roundAt(n)
		case okDown:
			return down
		case okUp:
			return up
		}
	}
	return x
}

// FormatFloat spells f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X') with precision prec (-1: the fewest digits that read back as f),
// as a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(nil, f, fmt, prec, bitSize))
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
	x := exactDigits(mant, e)
	shortest := prec < 0
	if shortest {
		x = ff.shortest(x, mant, e)
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
		switch fmt {
		case 'e', 'E':
			x = x.roundAt(prec + 1)
		case 'f':
			x = x.roundAt(x.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			x = x.roundAt(prec)
		}
	}
	return appendDigits(dst, neg, x, fmt, prec, shortest)
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
