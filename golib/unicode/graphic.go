package unicode

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inRuns(digitRuns, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	return inRuns(numberRuns, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	return inRuns(punctRuns, r)
}

// IsSpace reports whether r is white space: in Latin-1 '\t', '\n', '\v',
// '\f', '\r', ' ', U+0085 (NEL) and U+00A0 (NBSP); beyond it, the runes
// with property White_Space.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inRuns(spaceRuns, r)
}

// IsControl reports whether r is a C0 or C1 control character. Other
// runes of category C (surrogates, private use) are not.
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || 0x7F <= r && r <= 0x9F
}

// IsGraphic reports whether r is graphic: a letter, mark, number,
// punctuation, symbol or space separator (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ' ' <= r && r <= '~'
	}
	return inRuns(graphicRuns, r)
}

// IsPrint reports whether r is printable as Go defines it: graphic, but of
// the space separators only U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ' ' <= r && r <= '~'
	}
	return inRuns(graphicRuns, r) && !inRuns(spaceSepRuns, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool {
	return inRuns(markRuns, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	return inRuns(symbolRuns, r)
}
