package strconv

// Shortest formatting without big integers: Ulf Adams's Ryū ("Ryū: fast
// float-to-string conversion", PLDI 2018). The value mant·2^e and the
// midpoints to its neighbours are multiplied by a 125-bit power of five
// (pow5.go) and cut to 64 bits; the digits are then removed from all
// three together while the interval still holds a shorter number. It gives
// the digits shortest (ftoa.go) gives, with no allocation.

// mul64 returns the 128-bit product of a and b.
func mul64(a, b uint64) (hi, lo uint64) {
	const mask = 1<<32 - 1
	a0, a1 := a&mask, a>>32
	b0, b1 := b&mask, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1, w2 := t&mask, t>>32
	w1 += a0 * b1
	return a1*b1 + w2 + w1>>32, a * b
}

// mulShift returns m·mul >> j for a 125-bit mul (low word first) and
// j >= 64, keeping the 128-bit sum of the partial products.
func mulShift(m uint64, mul *[2]uint64, j int) uint64 {
	h0, _ := mul64(m, mul[0])
	h2, l2 := mul64(m, mul[1])
	lo := l2 + h0
	hi := h2
	if lo < l2 {
		hi++
	}
	s := uint(j - 64)
	return hi<<(64-s) | lo>>s
}

// pow5bits is the bit length of 5^e (1 for e = 0), for 0 <= e <= 3528.
func pow5bits(e int) int { return int(uint32(e)*1217359>>19) + 1 }

// log10Pow2 is floor(log10(2^e)), for 0 <= e <= 1650.
func log10Pow2(e int) int { return int(uint32(e) * 78913 >> 18) }

// log10Pow5 is floor(log10(5^e)), for 0 <= e <= 2620.
func log10Pow5(e int) int { return int(uint32(e) * 732923 >> 20) }

// pow5Factor is the number of times 5 divides v (v > 0).
func pow5Factor(v uint64) int {
	n := 0
	for v%5 == 0 {
		v /= 5
		n++
	}
	return n
}

// ryuShortest returns the shortest decimal digits·10^exp that reads back
// as mant·2^e (mant > 0) of format f, the closest such when several are.
func (f *floatFormat) ryuShortest(mant uint64, e int) (digits uint64, exp int) {
	// mv is the value and mp, mm the midpoints to its neighbours, all
	// times 4 so that they are integers: value·4·2^e2.
	e2 := e - 2
	mv := 4 * mant
	mmShift := uint64(1)
	if mant == 1<<f.mantBits && e != f.minExp-int(f.mantBits) {
		mmShift = 0 // a power of two: the float below is half as far
	}
	ties := mant%2 == 0
	var vr, vp, vm uint64
	var e10 int
	vmZeros, vrZeros := false, false // the cut-off digits were all zero
	if e2 >= 0 {
		q := log10Pow2(e2)
		if e2 > 3 {
			q--
		}
		e10 = q
		i := -e2 + q + pow5Bits + pow5bits(q) - 1
		mul := &pow5InvSplit[q]
		vr = mulShift(mv, mul, i)
		vp = mulShift(mv+2, mul, i)
		vm = mulShift(mv-1-mmShift, mul, i)
		if q <= 21 { // the products may be exact: only one of three a multiple of 5
			switch {
			case mv%5 == 0:
				vrZeros = pow5Factor(mv) >= q
			case ties:
				vmZeros = pow5Factor(mv-1-mmShift) >= q
			case pow5Factor(mv+2) >= q:
				vp--
			}
		}
	} else {
		q := log10Pow5(-e2)
		if -e2 > 1 {
			q--
		}
		e10 = q + e2
		i := -e2 - q
		j := q - (pow5bits(i) - pow5Bits)
		mul := &pow5Split[i]
		vr = mulShift(mv, mul, j)
		vp = mulShift(mv+2, mul, j)
		vm = mulShift(mv-1-mmShift, mul, j)
		switch {
		case q <= 1: // mv has two trailing zero bits, mp one, mm one iff mmShift
			vrZeros = true
			if ties {
				vmZeros = mmShift == 1
			} else {
				vp--
			}
		case q < 63:
			vrZeros = mv&(1<<uint(q)-1) == 0
		}
	}
	removed := 0
	last := uint64(0) // the last digit removed from vr
	if vmZeros || vrZeros {
		for vp/10 > vm/10 {
			vmZeros = vmZeros && vm%10 == 0
			vrZeros = vrZeros && last == 0
			last = vr % 10
			vr, vp, vm = vr/10, vp/10, vm/10
			removed++
		}
		if vmZeros {
			for vm%10 == 0 {
				vrZeros = vrZeros && last == 0
				last = vr % 10
				vr, vp, vm = vr/10, vp/10, vm/10
				removed++
			}
		}
		if vrZeros && last == 5 && vr%2 == 0 {
			last = 4 // exactly halfway: to even
		}
		if vr == vm && (!ties || !vmZeros) || last >= 5 {
			vr++
		}
	} else {
		up := false
		for vp/10 > vm/10 {
			up = vr%10 >= 5
			vr, vp, vm = vr/10, vp/10, vm/10
			removed++
		}
		if vr == vm || up {
			vr++
		}
	}
	return vr, e10 + removed
}

// shortestDigits returns ryuShortest's digits as a decNum.
func (f *floatFormat) shortestDigits(mant uint64, e int) decNum {
	if mant == 0 {
		return decNum{}
	}
	v, exp := f.ryuShortest(mant, e)
	for v%10 == 0 {
		v /= 10
		exp++
	}
	d := make([]byte, 20)
	i := len(d)
	for v > 0 {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return decNum{d[i:], 20 - i + exp}
}

// roundShortest rounds x, the shortest digits of a float, to n digits as
// the float's exact value would round, or reports that it cannot tell.
// A decimal of at most len(x.d) digits lying between x and the exact value
// would have been shorter or closer, so x rounds as the value does unless
// x is itself the halfway point (its digit n a final 5). More digits than
// x has are zeros up to the format's padDigits.
func roundShortest(x decNum, n, pad int) (decNum, bool) {
	switch {
	case n >= len(x.d):
		return x, n <= pad
	case n >= 0 && n+1 == len(x.d) && x.d[n] == '5':
		return x, false
	}
	return x.roundAt(n), true
}
