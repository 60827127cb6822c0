// Differential test of golib/unicode against Go 1.19's: every predicate,
// case mapping and SimpleFold on every code point, plus invalid runes
// around the limits; the constants.
package main

import (
	"fmt"
	"unicode"

	"golibtest/diff"
	myunicode "golibtest/unicode"
)

// preds pairs each predicate with Go's.
var preds = []struct {
	name   string
	mine   func(rune) bool
	theirs func(rune) bool
}{
	{"IsLetter", myunicode.IsLetter, unicode.IsLetter},
	{"IsDigit", myunicode.IsDigit, unicode.IsDigit},
	{"IsNumber", myunicode.IsNumber, unicode.IsNumber},
	{"IsSpace", myunicode.IsSpace, unicode.IsSpace},
	{"IsUpper", myunicode.IsUpper, unicode.IsUpper},
	{"IsLower", myunicode.IsLower, unicode.IsLower},
	{"IsTitle", myunicode.IsTitle, unicode.IsTitle},
	{"IsPunct", myunicode.IsPunct, unicode.IsPunct},
	{"IsControl", myunicode.IsControl, unicode.IsControl},
	{"IsGraphic", myunicode.IsGraphic, unicode.IsGraphic},
	{"IsPrint", myunicode.IsPrint, unicode.IsPrint},
	{"IsMark", myunicode.IsMark, unicode.IsMark},
	{"IsSymbol", myunicode.IsSymbol, unicode.IsSymbol},
}

var maps = []struct {
	name   string
	mine   func(rune) rune
	theirs func(rune) rune
}{
	{"ToUpper", myunicode.ToUpper, unicode.ToUpper},
	{"ToLower", myunicode.ToLower, unicode.ToLower},
	{"ToTitle", myunicode.ToTitle, unicode.ToTitle},
	{"SimpleFold", myunicode.SimpleFold, unicode.SimpleFold},
}

func rune1(r rune) {
	for _, p := range preds {
		if got, want := p.mine(r), p.theirs(r); got != want {
			diff.Eq(fmt.Sprintf("%s(%#x)", p.name, r), got, want)
		} else {
			diff.Checks++
		}
	}
	for _, m := range maps {
		if got, want := m.mine(r), m.theirs(r); got != want {
			diff.Eq(fmt.Sprintf("%s(%#x)", m.name, r), got, want)
		} else {
			diff.Checks++
		}
	}
	for c := -1; c <= 3; c++ {
		if got, want := myunicode.To(c, r), unicode.To(c, r); got != want {
			diff.Eq(fmt.Sprintf("To(%d, %#x)", c, r), got, want)
		} else {
			diff.Checks++
		}
	}
}

func main() {
	diff.Eq("MaxRune", myunicode.MaxRune, unicode.MaxRune)
	diff.Eq("ReplacementChar", myunicode.ReplacementChar, unicode.ReplacementChar)
	diff.Eq("MaxASCII", myunicode.MaxASCII, unicode.MaxASCII)
	diff.Eq("MaxLatin1", myunicode.MaxLatin1, unicode.MaxLatin1)
	diff.Eq("UpperCase", myunicode.UpperCase, unicode.UpperCase)
	diff.Eq("LowerCase", myunicode.LowerCase, unicode.LowerCase)
	diff.Eq("TitleCase", myunicode.TitleCase, unicode.TitleCase)
	diff.Eq("MaxCase", myunicode.MaxCase, unicode.MaxCase)
	diff.Eq("UpperLower", myunicode.UpperLower, unicode.UpperLower)
	diff.Eq("Version", myunicode.Version, unicode.Version)
	for r := rune(-1000); r <= unicode.MaxRune+1000; r++ {
		rune1(r)
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, -0x41, 0x100041, 0x1000041} {
		rune1(r)
	}
	diff.Done("unicode")
}
