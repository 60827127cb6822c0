package strconv

import "math"

// maxDigits bounds the significant decimal digits a parse keeps: the
// midpoint between two floats has at most 767, so a dropped tail only
// matters as "something nonzero follows" (trunc).
const maxDigits = 800

// number is a float's text, read: decimal digits (dec) scaled by 10^exp,
// or a hex significand scaled by 2^exp; trunc if nonzero digits past
// what was kept were dropped.
type number struct {
	neg, hex, trunc bool
	dec             []byte // decimal significant digits, no leading zeros
	mant            uint64 // hex significand
	exp             int
}

// lowerASCII folds an ASCII letter to lower case.
func lowerASCII(c byte) byte {
	return c | 0x20
}

// hasPrefixFold reports how many bytes of s match word (lower case),
// ignoring case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lowerASCII(s[n]) == word[n] {
		n++
	}
	return n
}

// readSpecial reads an infinity (inf or infinity, with an optional sign)
// or nan at the start of s, ignoring case; n is its length (0: none).
func readSpecial(s string) (f float64, n int) {
	sign, rest := 1, s
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		rest = s[1:]
	}
	if k := prefixFold(rest, "infinity"); k == 8 || k >= 3 {
		if k != 8 {
			k = 3
		}
		return math.Inf(sign), len(s) - len(rest) + k
	}
	if len(rest) == len(s) && prefixFold(s, "nan") == 3 {
		return math.NaN(), 3
	}
	return 0, 0
}

// readNumber reads a decimal or hex float at the start of s, as Go's
// literals spell them (underscores between digits), and returns it with
// the length read; ok is false if s does not start with one.
func readNumber(s string) (x number, n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		x.neg = s[i] == '-'
		i++
	}
	base, expChar := 10, byte('e')
	if i+2 < len(s) && s[i] == '0' && lowerASCII(s[i+1]) == 'x' {
		base, expChar, x.hex = 16, 'p', true
		i += 2
	}
	// all counts every significant digit, kept those in dec or mant; dp is
	// where the point is, in digits from the first significant one.
	all, kept, dp := 0, 0, 0
	sawDot, sawDigits, sawUnderscore := false, false, false
scan:
	for ; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_':
			sawUnderscore = true
			continue
		case c == '.':
			if sawDot {
				break scan
			}
			sawDot, dp = true, all
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case base == 16 && 'a' <= lowerASCII(c) && lowerASCII(c) <= 'f':
			d = lowerASCII(c) - 'a' + 10
		default:
			break scan
		}
		sawDigits = true
		if d == 0 && all == 0 { // a leading zero
			dp--
			continue
		}
		all++
		switch {
		case base == 16 && kept < 16:
			x.mant = x.mant<<4 | uint64(d)
			kept++
		case base == 10 && kept < maxDigits:
			x.dec = append(x.dec, c)
			kept++
		case d != 0:
			x.trunc = true
		}
	}
	if !sawDigits {
		return x, i, false
	}
	if !sawDot {
		dp = all
	}
	if x.hex { // the point moves by bits
		dp, kept = 4*dp, 4*kept
	}
	if i < len(s) && lowerASCII(s[i]) == expChar {
		i++
		esign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return x, i, false
		}
		// Past 10000 the exponent stops growing (Go's reading does
		// the same): such a number is 0 or infinite anyway.
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				sawUnderscore = true
			} else if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += esign * e
	} else if x.hex {
		return x, i, false // a hex float needs its exponent
	}
	if sawUnderscore && !underscoresOK(s[:i]) {
		return x, i, false
	}
	if x.mant != 0 || !x.hex {
		x.exp = dp - kept
	}
	return x, i, true
}

// round returns the bits (sign clear) of the float nearest (q + ε)·2^e,
// where ε is a nonzero amount below one if sticky, else zero; ties go to
// the even significand. overflow reports a result too large, returned as
// infinity. A sticky q must have more bits than the significand, plus two.
func (f *floatFormat) round(q uint64, e int, sticky bool) (bits uint64, overflow bool) {
	if q == 0 {
		return 0, false
	}
	top := e - 1 // the exponent of q's leading bit
	for t := q; t != 0; t >>= 1 {
		top++
	}
	if top < f.minExp {
		top = f.minExp // subnormal
	}
	lsb := top - int(f.mantBits) // the exponent of the result's last bit
	var m uint64
	switch drop := lsb - e; {
	case drop <= 0:
		m = q << uint(-drop)
	case drop > 64: // below half the smallest subnormal
		m = 0
	default:
		m = q >> uint(drop)
		rest, half := q&(1<<uint(drop)-1), uint64(1)<<uint(drop-1)
		if rest > half || rest == half && (sticky || m&1 == 1) {
			m++
		}
	}
	if m == 1<<(f.mantBits+1) {
		m >>= 1
		lsb++
	}
	if m < 1<<f.mantBits {
		return m, false // subnormal or zero
	}
	biased := uint64(lsb + int(f.mantBits) - f.minExp + 1)
	if biased >= 1<<f.expBits-1 {
		return (1<<f.expBits - 1) << f.mantBits, true
	}
	return biased<<f.mantBits | m&(1<<f.mantBits-1), false
}

// decimalBits converts decimal digits d × 10^exp (trunc: a nonzero tail
// was dropped) to the nearest float: an exact quotient num/den·2^e with
// 61 or 62 bits and a sticky remainder, then rounded.
func (f *floatFormat) decimalBits(d []byte, exp int, trunc bool) (uint64, bool) {
	for len(d) > 0 && d[len(d)-1] == '0' {
		d = d[:len(d)-1]
		exp++
	}
	if len(d) == 0 {
		return 0, false
	}
	// Far outside the formats' range (10^310 or 10^-330): no arithmetic.
	if dp := len(d) + exp; dp > 310 {
		return f.round(1, 1<<f.expBits, false)
	} else if dp < -330 {
		return 0, false
	}
	num, den := natOfDigits(d), nat{1}
	if exp >= 0 {
		num = num.mulPow5(exp)
	} else {
		den = den.mulPow5(-exp)
	}
	s := 61 - (num.bitLen() - den.bitLen())
	if s > 0 {
		num = num.shl(uint(s))
	} else if s < 0 {
		den = den.shl(uint(-s))
	}
	q, inexact := num.quo(den)
	return f.round(q, exp-s, inexact || trunc)
}

// parse converts a whole number (not a special) to format f.
func (f *floatFormat) parse(x number) (bits uint64, overflow bool) {
	if x.hex {
		bits, overflow = f.round(x.mant, x.exp, x.trunc)
	} else {
		bits, overflow = f.decimalBits(x.dec, x.exp, x.trunc)
	}
	if x.neg {
		bits |= 1 << (f.mantBits + f.expBits)
	}
	return bits, overflow
}

// parsePrefix reads the float at the start of s; n is how much it read.
func parsePrefix(s string, bitSize int) (v float64, n int, err error) {
	const fn = "ParseFloat"
	if v, n := readSpecial(s); n > 0 {
		if bitSize == 32 {
			v = float64(float32(v))
		}
		return v, n, nil
	}
	x, n, ok := readNumber(s)
	if !ok {
		return 0, n, syntaxError(fn, s)
	}
	var overflow bool
	if bitSize == 32 {
		var bits uint64
		bits, overflow = float32Format.parse(x)
		v = float64(math.Float32frombits(uint32(bits)))
	} else {
		var bits uint64
		bits, overflow = float64Format.parse(x)
		v = math.Float64frombits(bits)
	}
	if overflow {
		err = rangeError(fn, s)
	}
	return v, n, err
}

// ParseFloat reads s, a Go floating-point literal (decimal or hex,
// underscores between digits, optional sign) or inf, infinity or nan in
// any case, and returns the nearest float64, or float32 if bitSize is 32
// (ties to even). Errors are *NumError: ErrSyntax (and 0), or ErrRange
// with ±Inf for a number beyond the largest float.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, n, err := parsePrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return v, err
}
