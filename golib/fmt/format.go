package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

// flags are a verb's flags, width and precision.
type flags struct {
	minus, plus, sharp, space, zero bool
	plusV, sharpV                   bool // %+v and %#v
	widPresent, precPresent         bool
	wid, prec                       int
}

// The formatting of one operand into p.buf, honouring p.fl.

func (p *pp) writeRune(r rune) {
	if r < utf8.RuneSelf {
		p.buf = append(p.buf, byte(r))
		return
	}
	p.buf = utf8.AppendRune(p.buf, r)
}

// writePadding writes n bytes of padding: zeros with the 0 flag.
func (p *pp) writePadding(n int) {
	c := byte(' ')
	if p.fl.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// pad writes b padded to the width, on the left or (with -) the right.
func (p *pp) pad(b []byte) {
	if !p.fl.widPresent || p.fl.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.fl.wid - utf8.RuneCount(b)
	if !p.fl.minus {
		p.writePadding(n)
		p.buf = append(p.buf, b...)
	} else {
		p.buf = append(p.buf, b...)
		p.writePadding(n)
	}
}

func (p *pp) padString(s string) {
	if !p.fl.widPresent || p.fl.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.fl.wid - utf8.RuneCountInString(s)
	if !p.fl.minus {
		p.writePadding(n)
		p.buf = append(p.buf, s...)
	} else {
		p.buf = append(p.buf, s...)
		p.writePadding(n)
	}
}

// padNoZero pads with spaces even under the 0 flag.
func (p *pp) padNoZero(b []byte) {
	z := p.fl.zero
	p.fl.zero = false
	p.pad(b)
	p.fl.zero = z
}

func (p *pp) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtInteger formats u (an int64's bits if signed) in base 2, 8, 10 or 16.
func (p *pp) fmtInteger(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	var small [68]byte
	buf := small[:]
	if p.fl.widPresent || p.fl.precPresent {
		if n := 3 + p.fl.wid + p.fl.prec; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	// The minimum number of digits: the precision, or with 0 the width
	// less the sign.
	prec := 0
	if p.fl.precPresent {
		prec = p.fl.prec
		if prec == 0 && u == 0 {
			z := p.fl.zero
			p.fl.zero = false
			p.writePadding(p.fl.wid)
			p.fl.zero = z
			return
		}
	} else if p.fl.zero && p.fl.widPresent {
		prec = p.fl.wid
		if neg || p.fl.plus || p.fl.space {
			prec--
		}
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digits[u%b]
		u /= b
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if p.fl.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	if neg {
		i--
		buf[i] = '-'
	} else if p.fl.plus {
		i--
		buf[i] = '+'
	} else if p.fl.space {
		i--
		buf[i] = ' '
	}
	p.padNoZero(buf[i:])
}

// fmtUnicode formats u as U+0078, or with # U+0078 'x'.
func (p *pp) fmtUnicode(u uint64) {
	var small [68]byte
	buf := small[:]
	prec := 4
	if p.fl.precPresent && p.fl.prec > 4 {
		prec = p.fl.prec
		if n := 2 + prec + 2 + utf8.UTFMax + 1; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	i := len(buf)
	if p.fl.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = upperDigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = upperDigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	p.padNoZero(buf[i:])
}

// truncate cuts s to the precision, counted in runes.
func (p *pp) truncate(s string) string {
	if p.fl.precPresent {
		n := p.fl.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *pp) fmtS(s string) { p.padString(p.truncate(s)) }

func (p *pp) fmtBs(b []byte) {
	if p.fl.precPresent {
		n := p.fl.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				b = b[:i]
				break
			}
			_, w := utf8.DecodeRune(b[i:])
			i += w
		}
	}
	p.pad(b)
}

// fmtHex formats the bytes of s, or of b if not nil, in hexadecimal (%x
// %X), with # and space meaning 0x prefixes and separating spaces.
func (p *pp) fmtHex(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if p.fl.precPresent && p.fl.prec < n {
		n = p.fl.prec
	}
	width := 2 * n
	if width <= 0 {
		if p.fl.widPresent {
			p.writePadding(p.fl.wid)
		}
		return
	}
	if p.fl.space {
		if p.fl.sharp {
			width *= 2
		}
		width += n - 1
	} else if p.fl.sharp {
		width += 2
	}
	if p.fl.widPresent && p.fl.wid > width && !p.fl.minus {
		p.writePadding(p.fl.wid - width)
	}
	if p.fl.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if p.fl.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.fl.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.fl.widPresent && p.fl.wid > width && p.fl.minus {
		p.writePadding(p.fl.wid - width)
	}
}

// fmtQ formats s as a quoted string (with # a raw one if possible, with
// + in ASCII).
func (p *pp) fmtQ(s string) {
	s = p.truncate(s)
	if p.fl.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.fl.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

func toRune(c uint64) rune {
	if c > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(c)
}

// fmtC formats c as the character.
func (p *pp) fmtC(c uint64) {
	p.pad(utf8.AppendRune(nil, toRune(c)))
}

// fmtQc formats c as a quoted character.
func (p *pp) fmtQc(c uint64) {
	if p.fl.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, toRune(c)))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, toRune(c)))
	}
}

// fmtFloatVerb formats v (of size 32 or 64 bits) with strconv's verb and
// precision (-1: the shortest), then applies the flags.
func (p *pp) fmtFloatVerb(v float64, size int, verb rune, prec int) {
	if p.fl.precPresent {
		prec = p.fl.prec
	}
	num := appendFloat([]byte{0}, v, byte(verb), prec, size)
	// num[0] holds the sign: always one, dropped below if not wanted.
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.fl.space && num[0] == '+' && !p.fl.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !p.fl.space && !p.fl.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.fl.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if p.fl.plus || num[0] != '+' {
		if p.fl.zero && p.fl.widPresent && p.fl.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.fl.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies %#: always a decimal point, and %#g keeps its
// trailing zeros up to the precision.
func sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	var tail []byte
	point, nonzero := false, false
scan:
	for i := 1; i < len(num); i++ {
		switch num[i] {
		case '.':
			point = true
		case 'p', 'P':
			tail = append(tail, num[i:]...)
			num = num[:i]
			break scan
		case 'e', 'E':
			if verb != 'x' && verb != 'X' {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break scan
			}
			if num[i] != '0' {
				nonzero = true
			}
			if nonzero {
				digits--
			}
		default:
			if num[i] != '0' {
				nonzero = true
			}
			if nonzero {
				digits--
			}
		}
	}
	if !point {
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for ; digits > 0; digits-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}

// clearFlags resets the flags for the next verb; like Go's, it leaves
// the last width and precision values (not their presence), which a
// Formatter's State and %.0d of zero still see.
func (p *pp) clearFlags() {
	p.fl = flags{wid: p.fl.wid, prec: p.fl.prec}
}
