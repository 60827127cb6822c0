// Package strconv converts between strings and values of basic types, as
// Go 1.19's package strconv does: integers, floats, booleans and quoted
// strings.
//
// Not provided: ParseComplex, FormatComplex (gort has no complex types).
package strconv

import "errors"

// ErrRange says a value does not fit in the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax says a string does not spell a value of the requested type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion: the function (ParseInt, Atoi,
// ...), its input and why it failed (ErrRange, ErrSyntax or another error).
type NumError struct {
	Func string // the failing function
	Num  string // its input
	Err  error  // the reason
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so errors.Is(err, ErrRange) works.
func (e *NumError) Unwrap() error {
	return e.Err
}

func syntaxError(fn, s string) *NumError {
	return &NumError{fn, s, ErrSyntax}
}

func rangeError(fn, s string) *NumError {
	return &NumError{fn, s, ErrRange}
}

func baseError(fn, s string, base int) *NumError {
	return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, s string, bitSize int) *NumError {
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

// IntSize is the size in bits of int and uint: 64 when a uint's top bit
// is bit 63, else 32.
const IntSize = 32 << (^uint(0) >> 63)

// digitValue returns the value of c as a digit of bases up to 36 (0-9,
// then a-z or A-Z), or 36 if it is none.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		return uint64(c|0x20-'a') + 10
	}
	return 36
}

// prefixBase reads the base prefix that base 0 allows (0b, 0o, 0x, or a
// bare leading 0 for octal) and returns the base and the digits after it.
func prefixBase(s string) (int, string) {
	if s[0] != '0' {
		return 10, s
	}
	if len(s) >= 3 {
		switch s[1] | 0x20 {
		case 'b':
			return 2, s[2:]
		case 'o':
			return 8, s[2:]
		case 'x':
			return 16, s[2:]
		}
	}
	return 8, s[1:]
}

// ParseUint is ParseInt for unsigned numbers: no sign is accepted. A value
// past the bit size's maximum returns that maximum with ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	whole := s
	prefixed := base == 0
	switch {
	case prefixed:
		base, s = prefixBase(s)
	case base < 2 || base > 36:
		return 0, baseError(fn, whole, base)
	}
	switch {
	case bitSize == 0:
		bitSize = IntSize
	case bitSize < 0 || bitSize > 64:
		return 0, bitSizeError(fn, whole, bitSize)
	}
	max := uint64(1)<<uint(bitSize) - 1
	// Above limit, n*base overflows 64 bits.
	limit := ^uint64(0)/uint64(base) + 1
	var n uint64
	sawUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		}
		d := digitValue(c)
		if d >= uint64(base) {
			return 0, syntaxError(fn, whole)
		}
		if n >= limit {
			return max, rangeError(fn, whole)
		}
		next := n*uint64(base) + d
		if next < n*uint64(base) || next > max {
			return max, rangeError(fn, whole)
		}
		n = next
	}
	if sawUnderscore && !underscoresOK(whole) {
		return 0, syntaxError(fn, whole)
	}
	return n, nil
}

// underscoresOK reports whether the underscores of a base-0 literal s
// (sign allowed) only separate digits: each follows a digit or the base
// prefix and precedes a digit.
func underscoresOK(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	i, hex := 0, false
	// afterDigit: the last byte was a digit (or the prefix); afterUnder:
	// it was an underscore.
	afterDigit, afterUnder := false, false
	if len(s) >= 2 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'b', 'o', 'x':
			i, afterDigit, hex = 2, true, s[1]|0x20 == 'x'
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		isDigit := '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f'
		switch {
		case isDigit:
			afterDigit, afterUnder = true, false
		case c == '_':
			if !afterDigit {
				return false
			}
			afterDigit, afterUnder = false, true
		case afterUnder:
			return false
		default:
			afterDigit = false
		}
	}
	return !afterUnder
}

// ParseInt interprets s, an optional sign then digits, in the given base
// (2 to 36; 0 reads a prefix as Go literals do and allows underscores
// between digits) and returns the value if it fits in bitSize bits (0
// means int). Errors are *NumError; out of range, the result is the
// nearest limit.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	whole, neg := s, false
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	u, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func, ne.Num = fn, whole
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	// The magnitude of the most negative value; the most positive is one
	// less.
	edge := uint64(1) << uint(bitSize-1)
	switch {
	case !neg && u >= edge:
		return int64(edge - 1), rangeError(fn, whole)
	case neg && u > edge:
		return -int64(edge), rangeError(fn, whole)
	case neg:
		return -int64(u), nil
	}
	return int64(u), nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, with errors naming Atoi.
func Atoi(s string) (int, error) {
	n, err := ParseInt(s, 10, 0)
	if ne, ok := err.(*NumError); ok {
		ne.Func = "Atoi"
	}
	return int(n), err
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and
// False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}
