// Package unicode/utf8 from golib: encoding, decoding from either end,
// counting and validating, on well-formed and ill-formed input; a
// checksum over every rune and every two-byte sequence.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "unicode/utf8"

var sum uint32

func mix(v int) {
	sum = sum*31 + uint32(v)
}

func show(s string) {
	r, n := utf8.DecodeRuneInString(s)
	lr, ln := utf8.DecodeLastRune([]byte(s))
	println(len(s), r, n, lr, ln, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
}

func main() {
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, s := range []string{"", "a", "é", "€", "𐍈", "héllo, 世界", "\xff", "\xe2\x82", "\xe2\x82\xac\xac",
		"\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "a\xf0\x9f\x98"} {
		show(s)
	}
	for _, r := range []rune{0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1} {
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, b[0], b[n-1], len(utf8.AppendRune([]byte("ab"), r)))
	}
	for r := rune(-4); r <= utf8.MaxRune+4; r++ {
		for _, c := range utf8.AppendRune(nil, r) {
			mix(int(c))
		}
	}
	println("encode", sum)
	sum = 0
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			p := []byte{byte(a), byte(b), 0x80}
			r, n := utf8.DecodeRune(p)
			lr, ln := utf8.DecodeLastRune(p[:2])
			mix(int(r) + n + int(lr) + ln + utf8.RuneCount(p))
			if utf8.Valid(p[:2]) {
				mix(1)
			}
			if utf8.FullRune(p[:2]) {
				mix(2)
			}
			if utf8.RuneStart(byte(a)) {
				mix(3)
			}
		}
	}
	println("decode", sum)
	defer func() { println("short buffer panics:", recover() != nil) }()
	utf8.EncodeRune(make([]byte, 2), 0x20AC)
}

// CHECK: 65533 128 1114111 4
// CHECK-NEXT: 0 65533 0 65533 0 0 true false
// CHECK-NEXT: 1 97 1 97 1 1 true true
// CHECK-NEXT: 2 233 2 233 2 1 true true
// CHECK-NEXT: 3 8364 3 8364 3 1 true true
// CHECK-NEXT: 4 66376 4 66376 4 1 true true
// CHECK-NEXT: 14 104 1 30028 3 9 true true
// CHECK-NEXT: 1 65533 1 65533 1 1 false true
// CHECK-NEXT: 2 65533 1 65533 1 2 false false
// CHECK-NEXT: 4 8364 3 65533 1 2 false true
// CHECK-NEXT: 3 65533 1 65533 1 3 false true
// CHECK-NEXT: 2 65533 1 65533 1 2 false true
// CHECK-NEXT: 4 65533 1 65533 1 4 false true
// CHECK-NEXT: 4 97 1 65533 1 4 false true
// CHECK-NEXT: 0 1 true 1 0 0 3
// CHECK-NEXT: 127 1 true 1 127 127 3
// CHECK-NEXT: 128 2 true 2 194 128 4
// CHECK-NEXT: 2047 2 true 2 223 191 4
// CHECK-NEXT: 2048 3 true 3 224 128 5
// CHECK-NEXT: 55295 3 true 3 237 191 5
// CHECK-NEXT: 55296 -1 false 3 239 189 5
// CHECK-NEXT: 65535 3 true 3 239 191 5
// CHECK-NEXT: 65536 4 true 4 240 128 6
// CHECK-NEXT: 1114111 4 true 4 244 191 6
// CHECK-NEXT: 1114112 -1 false 3 239 189 5
// CHECK-NEXT: -1 -1 false 3 239 189 5
// CHECK-NEXT: encode 3760979008
// CHECK-NEXT: decode 2989502656
// CHECK-NEXT: short buffer panics: true
// CHECK-NOT: {{.}}
