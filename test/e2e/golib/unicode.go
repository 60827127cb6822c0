// Package unicode from golib: the predicates and case mappings on chosen
// runes, and per predicate the count and a checksum of its runes over
// every code point.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "unicode"

var preds = []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber,
	unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle,
	unicode.IsPunct, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint,
	unicode.IsMark, unicode.IsSymbol}

func bits(r rune) string {
	s := ""
	for _, p := range preds {
		if p(r) {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func main() {
	println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase)
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 0x85, 0xA0, '!', 0x7F, 'é', 'ǅ', 'ß', 'K', 'k', 0x212A,
		'٣', 'Ⅻ', '½', 0x2028, 0x3000, '世', 0x1F600, 0xE000, 0xD800, -1, 0x110000} {
		println(r, bits(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	r := rune('k')
	for i := 0; i < 4; i++ {
		print(r, " ")
		r = unicode.SimpleFold(r)
	}
	println()
	names := []string{"letter", "digit", "number", "space", "upper", "lower", "title", "punct", "control", "graphic", "print", "mark", "symbol"}
	for i := range names {
		count, sum := 0, uint32(0)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if preds[i](r) {
				count++
				sum = sum*31 + uint32(r)
			}
		}
		println(names[i], count, sum)
	}
	var sum uint32
	for r := rune(0); r <= unicode.MaxRune; r++ {
		sum = sum*31 + uint32(unicode.ToUpper(r))
		sum = sum*31 + uint32(unicode.ToLower(r))
		sum = sum*31 + uint32(unicode.ToTitle(r))
		sum = sum*31 + uint32(unicode.SimpleFold(r))
	}
	println("case", sum)
}

// CHECK: 1114111 65533 127 255
// CHECK-NEXT: 0 1 2
// CHECK-NEXT: 97 1000010001100 65 97 65 65
// CHECK-NEXT: 90 1000100001100 90 122 90 122
// CHECK-NEXT: 53 0110000001100 53 53 53 53
// CHECK-NEXT: 32 0001000001100 32 32 32 32
// CHECK-NEXT: 10 0001000010000 10 10 10 10
// CHECK-NEXT: 133 0001000010000 133 133 133 133
// CHECK-NEXT: 160 0001000001000 160 160 160 160
// CHECK-NEXT: 33 0000000101100 33 33 33 33
// CHECK-NEXT: 127 0000000010000 127 127 127 127
// CHECK-NEXT: 233 1000010001100 201 233 201 201
// CHECK-NEXT: 453 1000001001100 452 454 453 454
// CHECK-NEXT: 223 1000010001100 223 223 223 7838
// CHECK-NEXT: 75 1000100001100 75 107 75 107
// CHECK-NEXT: 107 1000010001100 75 107 75 8490
// CHECK-NEXT: 8490 1000100001100 8490 107 8490 75
// CHECK-NEXT: 1635 0110000001100 1635 1635 1635 1635
// CHECK-NEXT: 8555 0010000001100 8555 8571 8555 8571
// CHECK-NEXT: 189 0010000001100 189 189 189 189
// CHECK-NEXT: 8232 0001000000000 8232 8232 8232 8232
// CHECK-NEXT: 12288 0001000001000 12288 12288 12288 12288
// CHECK-NEXT: 19990 1000000001100 19990 19990 19990 19990
// CHECK-NEXT: 128512 0000000001101 128512 128512 128512 128512
// CHECK-NEXT: 57344 0000000000000 57344 57344 57344 57344
// CHECK-NEXT: 55296 0000000000000 55296 55296 55296 55296
// CHECK-NEXT: -1 0000000000000 -1 -1 -1 -1
// CHECK-NEXT: 1114112 0000000000000 1114112 1114112 1114112 1114112
// CHECK-NEXT: 107 8490 75 107
// CHECK-NEXT: letter 131241 4144254671
// CHECK-NEXT: digit 650 3930010181
// CHECK-NEXT: number 1781 2574231276
// CHECK-NEXT: space 25 3245078362
// CHECK-NEXT: upper 1791 3783400541
// CHECK-NEXT: lower 2155 2696020574
// CHECK-NEXT: title 31 1431062326
// CHECK-NEXT: punct 798 574187195
// CHECK-NEXT: control 65 1440712319
// CHECK-NEXT: graphic 143696 3574713073
// CHECK-NEXT: print 143680 368149684
// CHECK-NEXT: mark 2295 649977587
// CHECK-NEXT: symbol 7564 250449303
// CHECK-NEXT: case 2712772315
// CHECK-NOT: {{.}}
