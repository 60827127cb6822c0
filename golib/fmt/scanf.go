// Scanf's format: literal text and spaces matched against the input, and
// verbs with widths that scan the operands.

package fmt

import "unicode/utf8"

// matchSpace matches a run of the format's spaces against the input:
// newlines of them, and trailing says spaces followed the last newline
// (or there was none). Each newline takes the input's spaces up to a
// newline or the end; spaces after a newline take the input's spaces;
// spaces with no newline must find at least one space (not a newline)
// or the end, and take the spaces.
func (s *ss) matchSpace(newlines int, trailing bool) {
	for i := 0; i < newlines; i++ {
		r := s.getRune()
		for isSpace(r) && r != '\n' {
			r = s.getRune()
		}
		if r != '\n' && r != eof {
			s.errorString("newline in format does not match input")
		}
	}
	if !trailing {
		return
	}
	r := s.getRune()
	if newlines == 0 {
		if !isSpace(r) && r != eof {
			s.errorString("expected space in input to match format")
		}
		if r == '\n' {
			s.errorString("newline in input does not match format")
		}
	}
	for isSpace(r) && r != '\n' {
		r = s.getRune()
	}
	if r != eof {
		s.UnreadRune()
	}
}

// advance matches the format's text up to its next verb against the
// input: the bytes of format matched (0 at a verb or the end of the
// input), or -1 when a literal rune of the format does not match (the
// rune is left unread). %% is text.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			newlines, trailing := 0, false
			for ; i < len(format) && isSpace(c); c, w = utf8.DecodeRuneInString(format[i:]) {
				if c == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
			}
			s.matchSpace(newlines, trailing)
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return
			}
			i += w // the first %; the second is matched as text
		}
		if r := s.mustReadRune(); r != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// doScanf scans the operands by format.
func (s *ss) doScanf(format string, a []interface{}) (n int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// The text did not match, or the input ended (then the
			// operands left say so below).
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++

		// The width; the format's last byte is always the verb.
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw

		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.scanPercent()
			continue
		}
		// The width counts the runes after the spaces.
		s.argLimit = s.limit
		if lim := s.count + s.maxWid; lim < s.argLimit {
			s.argLimit = lim
		}
		if n >= len(a) {
			s.errorString("too few operands for format '%" + format[i-vw:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.argLimit = s.limit
	}
	if n < len(a) {
		s.errorString("too many operands")
	}
	return
}

// scanPercent matches a literal % (a %% verb after a width).
func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}
