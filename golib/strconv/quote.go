package strconv

import (
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// quoteMode says which runes a quoting function may keep as they are.
type quoteMode int

const (
	keepPrint   quoteMode = iota // IsPrint runes
	keepASCII                    // printable ASCII only
	keepGraphic                  // IsGraphic runes
)

// keeps reports whether r may appear unescaped under mode.
func (mode quoteMode) keeps(r rune) bool {
	switch mode {
	case keepASCII:
		return r < utf8.RuneSelf && IsPrint(r)
	case keepGraphic:
		return IsGraphic(r)
	}
	return IsPrint(r)
}

// appendHex appends the n low hex digits of v.
func appendHex(dst []byte, v uint32, n int) []byte {
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[v>>uint(shift)&0xF])
	}
	return dst
}

// appendRune appends r, escaped as a Go literal quoted with quote needs.
func appendRune(dst []byte, r rune, quote byte, mode quoteMode) []byte {
	if r == rune(quote) || r == '\\' {
		dst = append(dst, '\\')
		return utf8.AppendRune(dst, r)
	}
	if mode.keeps(r) {
		return utf8.AppendRune(dst, r)
	}
	switch r {
	case '\a':
		return append(dst, `\a`...)
	case '\b':
		return append(dst, `\b`...)
	case '\f':
		return append(dst, `\f`...)
	case '\n':
		return append(dst, `\n`...)
	case '\r':
		return append(dst, `\r`...)
	case '\t':
		return append(dst, `\t`...)
	case '\v':
		return append(dst, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7F:
		return appendHex(append(dst, `\x`...), uint32(r), 2)
	case !utf8.ValidRune(r):
		return appendHex(append(dst, `\u`...), utf8.RuneError, 4)
	case r < 0x10000:
		return appendHex(append(dst, `\u`...), uint32(r), 4)
	}
	return appendHex(append(dst, `\U`...), uint32(r), 8)
}

// appendQuoted appends s as a Go literal in quotes; bytes that are not
// UTF-8 become \x escapes.
func appendQuoted(dst []byte, s string, quote byte, mode quoteMode) []byte {
	dst = append(dst, quote)
	for len(s) > 0 {
		r, width := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			dst = appendHex(append(dst, `\x`...), uint32(s[0]), 2)
		} else {
			dst = appendRune(dst, r, quote, mode)
		}
		s = s[width:]
	}
	return append(dst, quote)
}

// appendQuotedRune appends r as a Go character literal; an invalid rune
// is quoted as RuneError.
func appendQuotedRune(dst []byte, r rune, mode quoteMode) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, '\'')
	dst = appendRune(dst, r, '\'', mode)
	return append(dst, '\'')
}

// Quote returns s as a double-quoted Go string literal: non-printable
// runes and ill-formed bytes escaped (\t, \n, \xFF, \u0100, ...).
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', keepPrint))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepPrint)
}

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', keepASCII))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepASCII)
}

// QuoteToGraphic is Quote keeping every graphic rune (spaces such as
// U+00A0 included) as it is.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', keepGraphic))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns r as a single-quoted Go character literal.
func QuoteRune(r rune) string {
	return string(appendQuotedRune(nil, r, keepPrint))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepPrint)
}

// QuoteRuneToASCII is QuoteRune escaping every non-ASCII rune.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(nil, r, keepASCII))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepASCII)
}

// QuoteRuneToGraphic is QuoteRune keeping every graphic rune.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(nil, r, keepGraphic))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepGraphic)
}

// CanBackquote reports whether s can be written as a raw string literal
// unchanged: valid UTF-8 with no control characters but tab, no backquote
// and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		switch {
		case width > 1:
			if r == '\uFEFF' {
				return false
			}
		case r == utf8.RuneError, r < ' ' && r != '\t', r == '`', r == 0x7F:
			return false
		}
	}
	return true
}

// IsPrint reports whether r is printable as Go defines it, as
// unicode.IsPrint does: letters, marks, numbers, punctuation, symbols and
// the ASCII space.
func IsPrint(r rune) bool {
	return unicode.IsPrint(r)
}

// IsGraphic reports whether r is graphic, as unicode.IsGraphic does:
// IsPrint's runes and the other space separators.
func IsGraphic(r rune) bool {
	return unicode.IsGraphic(r)
}

// unhex returns the value of the hex digit c.
func unhex(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return rune(c|0x20-'a') + 10, true
	}
	return 0, false
}

// simpleEscapes maps the letter of a one-letter escape to its value.
func simpleEscape(c byte) (rune, bool) {
	switch c {
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// body of a literal quoted with quote (an unescaped quote is an error for
// ' and "). It returns the value, whether it needs UTF-8 to be written
// (a rune past ASCII, rather than a byte from \x or an octal escape), and
// the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c, rest := s[1], s[2:]
	if v, ok := simpleEscape(c); ok {
		return v, false, rest, nil
	}
	switch c {
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(rest) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for i := 0; i < n; i++ {
			d, ok := unhex(rest[i])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | d
		}
		if c == 'x' {
			// A byte, which need not be UTF-8.
			return v, false, rest[n:], nil
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, rest[n:], nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// Exactly three octal digits, at most 0377.
		if len(rest) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(c - '0')
		for i := 0; i < 2; i++ {
			d := rest[i]
			if d < '0' || d > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | rune(d-'0')
		}
		if v > 0xFF {
			return 0, false, "", ErrSyntax
		}
		return v, false, rest[2:], nil
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(c), false, rest, nil
	}
	return 0, false, "", ErrSyntax
}

// Unquote interprets s as a Go string or character literal (double,
// single or back quoted) and returns its value.
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if rest != "" {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal that s begins with.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// indexByte is the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquote reads the literal s begins with and returns its value (or, if
// !unescape, its text) and what follows it. On error, rest is s whole.
func unquote(s string, unescape bool) (out, rest string, err error) {
	if len(s) < 2 {
		return "", s, ErrSyntax
	}
	quote := s[0]
	if quote != '"' && quote != '\'' && quote != '`' {
		return "", s, ErrSyntax
	}
	// end is just past the first closing quote byte, the literal's end
	// unless escapes intervene.
	end := indexByte(s[1:], quote) + 2
	if end < 2 {
		return "", s, ErrSyntax
	}
	if quote == '`' {
		return rawLiteral(s[:end], unescape), s[end:], nil
	}
	lit := s[:end]
	if indexByte(lit, '\\') < 0 && indexByte(lit, '\n') < 0 && plainOK(lit) {
		if unescape {
			return lit[1 : end-1], s[end:], nil
		}
		return lit, s[end:], nil
	}
	return escapedLiteral(s, unescape)
}

// rawLiteral is the value of a back-quoted literal lit (carriage returns
// dropped) or, if !unescape, lit itself. Its UTF-8 is not checked.
func rawLiteral(lit string, unescape bool) string {
	if !unescape {
		return lit
	}
	body := lit[1 : len(lit)-1]
	if indexByte(body, '\r') < 0 {
		return body
	}
	buf := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		if body[i] != '\r' {
			buf = append(buf, body[i])
		}
	}
	return string(buf)
}

// plainOK reports whether lit, a quoted literal without escapes or
// newlines, is well formed: valid UTF-8 in a string, exactly one rune (or
// none) in a character literal.
func plainOK(lit string) bool {
	body := lit[1 : len(lit)-1]
	if lit[0] == '"' {
		return utf8.ValidString(body)
	}
	r, n := utf8.DecodeRuneInString(body)
	return n == len(body) && (r != utf8.RuneError || n != 1)
}

// escapedLiteral decodes the literal quoted by s[0] at the start of s
// character by character.
func escapedLiteral(s string, unescape bool) (out, rest string, err error) {
	quote := s[0]
	in := s[1:]
	var buf []byte
	for in != "" && in[0] != quote {
		if in[0] == '\n' {
			return "", s, ErrSyntax
		}
		r, multibyte, tail, err := UnquoteChar(in, quote)
		if err != nil {
			return "", s, ErrSyntax
		}
		in = tail
		if unescape {
			if r < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(r))
			} else {
				buf = utf8.AppendRune(buf, r)
			}
		}
		if quote == '\'' {
			break
		}
	}
	if in == "" || in[0] != quote {
		return "", s, ErrSyntax
	}
	in = in[1:]
	if unescape {
		return string(buf), in, nil
	}
	return s[:len(s)-len(in)], in, nil
}
