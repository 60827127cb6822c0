// Scanning one operand: booleans, integers (with base prefixes and
// underscores for %v), runes (%c), floats (decimal, hexadecimal, and
// Go's mantissa-p-exponent), strings (%s, %q, %x) and byte slices, of
// basic types directly and of named ones through reflect.

package fmt

import (
	"errors"
	"io"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

var boolError = errors.New("syntax error scanning boolean")

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"

	floatVerbs = "beEfFgGv"

	intBits     = 32 << (^uint(0) >> 63)
	uintptrBits = 32 << (^uintptr(0) >> 63)
)

// okVerb ends the scan unless verb is one of okVerbs.
func (s *ss) okVerb(verb rune, okVerbs, typ string) {
	if indexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	}
}

// scanOne scans one operand by verb: through its Scan method, as a
// pointer to a basic type, or through reflect.
func (s *ss) scanOne(verb rune, arg interface{}) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, intBits))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, intBits))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, uintptrBits))
	case *float32:
		// Parsed as a float32, so that the range error is float32's.
		s.okVerb(verb, floatVerbs, "float32")
		s.SkipSpace()
		s.notEOF()
		*v = float32(s.convertFloat(s.floatToken(), 32))
	case *float64:
		s.okVerb(verb, floatVerbs, "float64")
		s.SkipSpace()
		s.notEOF()
		*v = s.convertFloat(s.floatToken(), 64)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanValue(verb, reflect.ValueOf(arg))
	}
}

// scanValue scans into what ptr, a pointer to a named basic type (or
// to a byte slice type), points to.
func (s *ss) scanValue(verb rune, ptr reflect.Value) {
	if ptr.Kind() != reflect.Pointer {
		s.errorString("type not a pointer: " + ptr.Type().String())
	}
	switch v := ptr.Elem(); v.Kind() {
	case reflect.Bool:
		v.SetBool(s.scanBool(verb))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(s.scanInt(verb, v.Type().Bits()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(s.scanUint(verb, v.Type().Bits()))
	case reflect.String:
		v.SetString(s.convertString(verb))
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			s.errorString("can't scan type: " + ptr.Type().String())
		}
		v.SetBytes([]byte(s.convertString(verb)))
	case reflect.Float32, reflect.Float64:
		// As Go does, any verb: no okVerb here.
		s.SkipSpace()
		s.notEOF()
		v.SetFloat(s.convertFloat(s.floatToken(), v.Type().Bits()))
	default:
		s.errorString("can't scan type: " + ptr.Type().String())
	}
}

// scanBool scans 0, 1, t, true, f, false (in any case mix).
func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "tv", "boolean")
	switch s.getRune() {
	case '1':
		return true
	case 't', 'T':
		// "t" alone is true; "tr" must go on to "true".
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
	}
	return false
}

// getBase returns the base of an integer verb and its digits.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber reads a run of digits into s.buf (at least one unless
// haveDigits) and returns s.buf.
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads a rune for %c; it must fit bitSize signed bits.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	if shift := uint(64 - bitSize); r<<shift>>shift != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

// scanBasePrefix reads %v's base prefix (0b, 0o, 0x, or a leading 0 for
// octal): base 0 for strconv and the digits that may follow; found says
// a 0 was read, which is a number by itself.
func (s *ss) scanBasePrefix() (base int, digits string, found bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanInt scans a signed integer that must fit bitSize bits.
func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		s.scanUnicodePrefix()
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	if shift := uint(64 - bitSize); i<<shift>>shift != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

// scanUint scans an unsigned integer that must fit bitSize bits.
func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		s.scanUnicodePrefix()
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	if shift := uint(64 - bitSize); i<<shift>>shift != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// scanUnicodePrefix reads %U's "U+" (a wrong rune is dropped, not kept).
func (s *ss) scanUnicodePrefix() {
	if !s.consume("U", false) || !s.consume("+", false) {
		s.errorString("bad unicode format ")
	}
}

// floatToken reads what may be a float into s.buf: NaN, a signed Inf, or
// digits, point, digits and exponent, decimal or 0x-hexadecimal, with
// underscores; strconv judges the syntax.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := decimalDigits+"_", exponent
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexadecimalDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses a float token of n bits; a decimal mantissa with a
// binary exponent ("1.5p3") is Go's own and done here.
func (s *ss) convertFloat(str string, n int) float64 {
	p := indexRune(str, 'p')
	if p < 0 || hasX(str) {
		f, err := strconv.ParseFloat(str, n)
		if err != nil {
			s.error(err)
		}
		return f
	}
	f, err := strconv.ParseFloat(str[:p], n)
	if err != nil {
		s.error(withNum(err, str))
	}
	e, err := strconv.Atoi(str[p+1:])
	if err != nil {
		s.error(withNum(err, str))
	}
	return math.Ldexp(f, e)
}

// withNum puts the whole token into a strconv error.
func withNum(err error, str string) error {
	if ne, ok := err.(*strconv.NumError); ok {
		ne.Num = str
	}
	return err
}

// convertString scans a string: a word for %s and %v, a quoted string
// for %q, hexadecimal bytes for %x and %X.
func (s *ss) convertString(verb rune) string {
	s.okVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString scans a back-quoted or double-quoted Go string literal.
func (s *ss) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		// Find the closing quote and let strconv.Unquote do the escapes:
		// the rune after a backslash is never the end.
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return str
	}
	s.errorString("expected quoted string")
	return ""
}

// hexDigit returns the value of a hexadecimal digit.
func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(d-'a') + 10, true
	case 'A' <= d && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

// hexByte reads two hexadecimal digits; ok is false, nothing read, if the
// first is not one, and a second that is not one is an error.
func (s *ss) hexByte() (b byte, ok bool) {
	r := s.getRune()
	if r == eof {
		return 0, false
	}
	hi, ok := hexDigit(r)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	lo, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
	}
	return byte(hi<<4 | lo), true
}

// hexString scans bytes spelled as pairs of hexadecimal digits.
func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}
