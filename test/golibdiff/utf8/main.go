// Differential test of golib/unicode/utf8 against Go 1.19's: every rune
// (and invalid ones around the limits) through the encoders, every byte
// sequence of up to two bytes, every three-byte sequence from a lead byte,
// and random byte strings with a fixed seed through the decoders, in both
// []byte and string forms.
package main

import (
	"fmt"
	"math/rand"
	"unicode/utf8"

	"golibtest/diff"
	myutf8 "golibtest/unicode/utf8"
)

type decoded struct {
	R    rune
	Size int
}

// decoders compares every decoding function on p.
func decoders(p []byte) {
	s := string(p)
	what := fmt.Sprintf("%q", p)
	var r1, r2 decoded
	r1.R, r1.Size = myutf8.DecodeRune(p)
	r2.R, r2.Size = utf8.DecodeRune(p)
	diff.Eq("DecodeRune "+what, r1, r2)
	r1.R, r1.Size = myutf8.DecodeRuneInString(s)
	r2.R, r2.Size = utf8.DecodeRuneInString(s)
	diff.Eq("DecodeRuneInString "+what, r1, r2)
	r1.R, r1.Size = myutf8.DecodeLastRune(p)
	r2.R, r2.Size = utf8.DecodeLastRune(p)
	diff.Eq("DecodeLastRune "+what, r1, r2)
	r1.R, r1.Size = myutf8.DecodeLastRuneInString(s)
	r2.R, r2.Size = utf8.DecodeLastRuneInString(s)
	diff.Eq("DecodeLastRuneInString "+what, r1, r2)
	diff.Eq("FullRune "+what, myutf8.FullRune(p), utf8.FullRune(p))
	diff.Eq("FullRuneInString "+what, myutf8.FullRuneInString(s), utf8.FullRuneInString(s))
	diff.Eq("RuneCount "+what, myutf8.RuneCount(p), utf8.RuneCount(p))
	diff.Eq("RuneCountInString "+what, myutf8.RuneCountInString(s), utf8.RuneCountInString(s))
	diff.Eq("Valid "+what, myutf8.Valid(p), utf8.Valid(p))
	diff.Eq("ValidString "+what, myutf8.ValidString(s), utf8.ValidString(s))
}

// encoders compares every encoding function on r, with room and without.
func encoders(r rune) {
	what := fmt.Sprintf("%#x", r)
	diff.Eq("RuneLen "+what, myutf8.RuneLen(r), utf8.RuneLen(r))
	diff.Eq("ValidRune "+what, myutf8.ValidRune(r), utf8.ValidRune(r))
	var b1, b2 [8]byte
	n1, n2 := myutf8.EncodeRune(b1[:], r), utf8.EncodeRune(b2[:], r)
	diff.Eq("EncodeRune "+what, b1[:n1], b2[:n2])
	diff.Eq("AppendRune "+what, myutf8.AppendRune([]byte("x"), r), utf8.AppendRune([]byte("x"), r))
	diff.Eq("AppendRune nil "+what, myutf8.AppendRune(nil, r), utf8.AppendRune(nil, r))
	diff.Eq("RuneStart "+what, myutf8.RuneStart(byte(r)), utf8.RuneStart(byte(r)))
}

// shortEncode compares the panics of EncodeRune into too short buffers.
func shortEncode(r rune) {
	for n := 0; n < 4; n++ {
		b1, b2 := make([]byte, n), make([]byte, n)
		p1 := diff.Panics(func() { myutf8.EncodeRune(b1, r) })
		p2 := diff.Panics(func() { utf8.EncodeRune(b2, r) })
		diff.Eq(fmt.Sprintf("EncodeRune panic %#x %d", r, n), p1, p2)
		diff.Eq(fmt.Sprintf("EncodeRune short %#x %d", r, n), b1, b2)
	}
}

func main() {
	diff.Eq("RuneError", myutf8.RuneError, utf8.RuneError)
	diff.Eq("RuneSelf", myutf8.RuneSelf, utf8.RuneSelf)
	diff.Eq("MaxRune", myutf8.MaxRune, utf8.MaxRune)
	diff.Eq("UTFMax", myutf8.UTFMax, utf8.UTFMax)
	for r := rune(-300); r <= utf8.MaxRune+300; r++ {
		encoders(r)
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, 0x7FFFFFFF, -0xD800, 0x1D800, 0x11D800} {
		encoders(r)
	}
	for _, r := range []rune{0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1} {
		shortEncode(r)
	}
	decoders(nil)
	for a := 0; a < 256; a++ {
		decoders([]byte{byte(a)})
		for b := 0; b < 256; b++ {
			decoders([]byte{byte(a), byte(b)})
		}
	}
	for a := 0xC0; a < 256; a++ {
		for b := 0x70; b < 0xD0; b++ {
			for _, c := range []byte{0, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xF0, 0xFF} {
				decoders([]byte{byte(a), byte(b), c})
				decoders([]byte{byte(a), byte(b), c, 0x80})
				decoders([]byte{0x80, byte(a), byte(b), c, 0xBF})
			}
		}
	}
	rng := rand.New(rand.NewSource(16))
	alphabet := []byte{0, 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}
	for i := 0; i < 200000; i++ {
		p := make([]byte, rng.Intn(12))
		for j := range p {
			if rng.Intn(2) == 0 {
				p[j] = alphabet[rng.Intn(len(alphabet))]
			} else {
				p[j] = byte(rng.Intn(256))
			}
		}
		decoders(p)
	}
	for i := 0; i < 20000; i++ {
		var p []byte
		for j := rng.Intn(8); j > 0; j-- {
			p = utf8.AppendRune(p, rune(rng.Intn(utf8.MaxRune+1)))
		}
		decoders(p)
		if len(p) > 0 {
			decoders(p[:len(p)-1])
			decoders(p[1:])
		}
	}
	diff.Done("utf8")
}
