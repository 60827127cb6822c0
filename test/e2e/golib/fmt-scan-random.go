// Package fmt from golib: 1500 random scans (Sscan, Sscanln, Sscanf) of
// random inputs made of number, word, space and newline pieces, by random
// formats, into random kinds of operands; a fixed seed.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"fmt"
	"reflect"
)

const cases = 1500

var seed uint32 = 20221204

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int((seed >> 8) % uint32(n))
}

type (
	MyInt    int16
	MyUint   uint8
	MyFloat  float32
	MyString string
	MyBytes  []byte
	MyBool   bool
)

func newDest(k int) interface{} {
	switch k {
	case 0:
		return new(int)
	case 1:
		return new(int8)
	case 2:
		return new(uint16)
	case 3:
		return new(int64)
	case 4:
		return new(uint64)
	case 5:
		return new(float32)
	case 6:
		return new(float64)
	case 7:
		return new(string)
	case 8:
		return new([]byte)
	case 9:
		return new(bool)
	case 10:
		return new(rune)
	case 11:
		return new(MyInt)
	case 12:
		return new(MyUint)
	case 13:
		return new(MyFloat)
	case 14:
		return new(MyString)
	case 15:
		return new(MyBytes)
	case 16:
		return new(MyBool)
	}
	return new(uintptr)
}

const kinds = 18

var inputPieces = []string{
	"0", "1", "7", "9", "12", "255", "65536", "99999999999", "-", "+",
	"0x", "0b", "0o", "_", ".", "e", "p", "P", "x", "X", "a", "f", "F",
	"t", "T", "true", "false", "nan", "Inf", "é", "€", " ", " ", "  ",
	"\t", "\n", "\n", "\r\n", "\r", "%", `"`, "`", `\`, "U+", "1e", ",",
	"=", "(", ")", "ab", "1.5", "-3", "0x1p4", "\u00a0", "\xff",
}

var formatPieces = []string{
	"%v", "%v", "%d", "%s", "%c", "%x", "%q", "%t", "%f", "%3d", "%2s",
	"%1c", "%5v", "%b", "%o", "%X", "%U", "%e", "%g", "%%", " ", " ",
	"\n", ",", "=", "x", "%2x", "%z", "%1v", "%10s", "é", " \n", "\n ",
	"\t", "%0d", "%2%",
}

func main() {
	for i := 0; i < cases; i++ {
		in := ""
		for j := rnd(8); j > 0; j-- {
			in += inputPieces[rnd(len(inputPieces))]
		}
		a := make([]interface{}, rnd(4))
		for j := range a {
			a[j] = newDest(rnd(kinds))
		}
		var n int
		var err error
		format := ""
		switch mode := rnd(3); mode {
		case 0:
			n, err = fmt.Sscan(in, a...)
		case 1:
			n, err = fmt.Sscanln(in, a...)
		default:
			for j := rnd(5); j > 0; j-- {
				format += formatPieces[rnd(len(formatPieces))]
			}
			if rnd(20) == 0 {
				format += "%"
			}
			n, err = fmt.Sscanf(in, format, a...)
		}
		out := ""
		for _, p := range a {
			v := reflect.ValueOf(p).Elem()
			out += fmt.Sprintf(" %s=%#v", v.Type(), v.Interface())
		}
		fmt.Printf("%d %q %q: %d %v;%s\n", i, in, format, n, err, out)
	}
}

// CHECK: 0 "fx`255\r\n" "%5v%U%b%1v": 0 expected integer; int8=0
// CHECK-NEXT: 1 "(false0x1p40€\n" "": 0 too many operands; float64=0
// CHECK-NEXT: 2 "" "": 0 EOF; float32=0
// CHECK-NEXT: 3 "71ea" "": 0 expected newline;
// CHECK-NEXT: 4 "TInftrue" "%x%f=%g": 0 expected integer; int8=0 int=0 float32=0
// CHECK-NEXT: 5 "nan\n  `.1X" "%3d": 1 <nil>; main.MyFloat=NaN
// CHECK-NEXT: 6 " " "": 0 EOF; uintptr=0x0
// CHECK-NEXT: 7 "f\"nanInf" "": 1 EOF; []uint8=[]byte{0x66, 0x22, 0x6e, 0x61, 0x6e, 0x49, 0x6e, 0x66} int8=0
// CHECK-NEXT: 8 "`T" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyString="" bool=false
// CHECK-NEXT: 9 "" "": 0 EOF; int32=0 string=""
// CHECK-NEXT: 10 "" "%10s%0d%c%X": 0 EOF; main.MyUint=0x0 int8=0 uint64=0x0
// CHECK-NEXT: 11 "  ab" "%f%c \n%t": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyBool=false
// CHECK-NEXT: 12 "712Inf+ " "%10s=%2s\t": 0 bad verb '%s' for integer; int32=0 uint16=0x0
// CHECK-NEXT: 13 "99999999999f1e0o)" "": 1 EOF; string="99999999999f1e0o)" int64=0
// CHECK-NEXT: 14 "-\r\n.0xéInf" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 15 "65536%1eé€\r" "": 1 expected newline; float32=65536
// CHECK-NEXT: 16 "true\n1.5  0x" "": 0 <nil>;
// CHECK-NEXT: 17 "65536)" "": 2 EOF; float32=65536 main.MyBytes=main.MyBytes{0x29} uint64=0x0
// CHECK-NEXT: 18 "9`(1_\"=" "": 1 expected integer; int64=9 int64=0
// CHECK-NEXT: 19 "0)" "": 1 strconv.ParseFloat: parsing "": invalid syntax; float64=0 float32=0 main.MyInt=0
// CHECK-NEXT: 20 "255tfalseX\n_" "": 1 expected integer; int64=255 uint64=0x0
// CHECK-NEXT: 21 "1" "": 1 EOF; main.MyBool=true uint64=0x0
// CHECK-NEXT: 22 "%0b1xf" "": 0 expected integer; main.MyUint=0x0 []uint8=[]byte(nil) float32=0
// CHECK-NEXT: 23 "f+(\t\n\n" "": 0 expected newline;
// CHECK-NEXT: 24 "" "": 0 EOF; []uint8=[]byte(nil) string=""
// CHECK-NEXT: 25 "7\u00a0true+" "%5v%U%d%x": 0 too few operands for format '%v%U%d%x';
// CHECK-NEXT: 26 "-p" "": 0 expected newline;
// CHECK-NEXT: 27 "\n9=Inf2550" "%1c%s": 1 too few operands for format '%s'; main.MyUint=0xa
// CHECK-NEXT: 28 "" "": 0 EOF; uint16=0x0 main.MyFloat=0
// CHECK-NEXT: 29 " \n=\n=12\n" " \n": 0 <nil>;
// CHECK-NEXT: 30 "255\r\nU+\t0x1p4\n" "": 1 <nil>; float64=255
// CHECK-NEXT: 31 "\nff0o" "": 0 unexpected newline; float64=0 int8=0 main.MyInt=0
// CHECK-NEXT: 32 "1e0x1p4 0of255`" "": 1 expected integer; int64=1 uint16=0x0
// CHECK-NEXT: 33 "\\  \u00a065536255€" "": 0 expected integer; main.MyInt=0 float32=0
// CHECK-NEXT: 34 "" "": 0 EOF; bool=false uint16=0x0 main.MyBool=false
// CHECK-NEXT: 35 "655361.50+P" "%5v,%e%2x": 1 input does not match format; main.MyFloat=65536 main.MyFloat=0
// CHECK-NEXT: 36 "1.5e99999999999" "": 1 EOF; string="1.5e99999999999" bool=false string=""
// CHECK-NEXT: 37 "7255)+  \r\ne" "": 1 unexpected newline; string="7255)+" int64=0
// CHECK-NEXT: 38 "" "": 0 EOF; uintptr=0x0 uintptr=0x0 bool=false
// CHECK-NEXT: 39 "0b+ `\n  " "": 0 strconv.ParseInt: parsing "0b": invalid syntax; int32=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 40 "0x1p40o91P.\n" "": 1 <nil>; int32=1
// CHECK-NEXT: 41 "+9999999999912" "": 2 EOF; main.MyBool=false string="9999999999912" int8=0
// CHECK-NEXT: 42 "Xtp" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 string="" float32=0
// CHECK-NEXT: 43 "1.5)PU+ " "%z%3d%v%x": 0 bad verb '%z' for boolean; main.MyBool=false
// CHECK-NEXT: 44 ",é7t" "": 0 expected integer; main.MyUint=0x0 main.MyString="" main.MyInt=0
// CHECK-NEXT: 45 "9,0x1p4999999999999  " "": 1 EOF; []uint8=[]byte{0x39, 0x2c, 0x30, 0x78, 0x31, 0x70, 0x34, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39} int32=0 uint16=0x0
// CHECK-NEXT: 46 "0b9etrueeP_" "": 0 strconv.ParseInt: parsing "0b": invalid syntax; main.MyInt=0 main.MyBytes=main.MyBytes(nil) int=0
// CHECK-NEXT: 47 "\té.1.5x1.5" "": 0 expected integer; int=0
// CHECK-NEXT: 48 ",U+-xt1.5255" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 int64=0 main.MyInt=0
// CHECK-NEXT: 49 "P0U+" "%x%x%10s": 0 expected integer; uint64=0x0
// CHECK-NEXT: 50 "é-" "": 2 EOF; bool=false bool=false int8=0
// CHECK-NEXT: 51 "1e\r\n-3" "": 0 strconv.ParseFloat: parsing "1e": invalid syntax; float64=0
// CHECK-NEXT: 52 "%é99999999999xU+99999999999a" "": 0 expected integer; int32=0
// CHECK-NEXT: 53 "   120" "": 1 EOF; int8=120 uintptr=0x0 uintptr=0x0
// CHECK-NEXT: 54 "71.5Infx7" "": 0 too many operands; main.MyBytes=main.MyBytes(nil) string="" main.MyFloat=0
// CHECK-NEXT: 55 "TU+\r255\\" "": 1 expected newline; []uint8=[]byte{0x54, 0x55, 0x2b}
// CHECK-NEXT: 56 "_120120b12a" "": 0 expected newline;
// CHECK-NEXT: 57 "0x1p4`abX" "": 1 expected newline; main.MyUint=0x1
// CHECK-NEXT: 58 "0o" "é": 0 input does not match format; []uint8=[]byte(nil) main.MyUint=0x0 bool=false
// CHECK-NEXT: 59 "-" "": 1 EOF; bool=false float32=0
// CHECK-NEXT: 60 "" "": 0 EOF; int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 61 "999999999990o0x1p4truee" "%5v%U": 1 bad unicode format ; uint64=0x1869f int=0 bool=false
// CHECK-NEXT: 62 "\u00a0a\xff" "": 0 expected integer; int=0 string=""
// CHECK-NEXT: 63 "`\n0" "": 0 <nil>;
// CHECK-NEXT: 64 "" "": 0 <nil>;
// CHECK-NEXT: 65 "-3é%tInf " "": 1 expected integer; main.MyFloat=-3 main.MyInt=0
// CHECK-NEXT: 66 "" "": 0 EOF; main.MyUint=0x0 float64=0 uintptr=0x0
// CHECK-NEXT: 67 "0\t" "": 1 <nil>; float64=0
// CHECK-NEXT: 68 ".\r\n99999999999)  " "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 69 "65536255\\nanF_255" "": 0 <nil>;
// CHECK-NEXT: 70 " f-3T)\r" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 71 "" "%e,": 0 bad verb '%e' for string; string="" []uint8=[]byte(nil)
// CHECK-NEXT: 72 "-" "": 0 strconv.ParseFloat: parsing "-": invalid syntax; float32=0 main.MyBool=false int=0
// CHECK-NEXT: 73 "" "": 0 EOF; float64=0
// CHECK-NEXT: 74 "\u00a0" "": 0 <nil>;
// CHECK-NEXT: 75 "0" "": 0 expected newline;
// CHECK-NEXT: 76 "p((" "": 0 strconv.ParseFloat: parsing "p": invalid syntax; main.MyFloat=0 main.MyUint=0x0 int=0
// CHECK-NEXT: 77 "f €a" "": 0 <nil>;
// CHECK-NEXT: 78 "0be" "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float32=0
// CHECK-NEXT: 79 "65536 0oa\u00a09e" "": 2 expected newline; main.MyBool=false int32=5536
// CHECK-NEXT: 80 "" "": 0 EOF; []uint8=[]byte(nil) int32=0
// CHECK-NEXT: 81 "Infx_" "": 1 expected integer; main.MyBool=false uint64=0x0
// CHECK-NEXT: 82 "€FF" "": 0 expected integer; main.MyUint=0x0 int=0
// CHECK-NEXT: 83 "ffalsee7" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 string="" main.MyFloat=0
// CHECK-NEXT: 84 "9" "": 1 EOF; uint64=0x9 main.MyString=""
// CHECK-NEXT: 85 "" ",%f %U": 0 unexpected EOF; bool=false
// CHECK-NEXT: 86 "a1P0x1p4255F" "%q%1c": 0 too few operands for format '%q%1c';
// CHECK-NEXT: 87 "e%falset65536" "": 1 expected newline; main.MyBool=false
// CHECK-NEXT: 88 "e`\"\n\r\n" "": 0 expected newline;
// CHECK-NEXT: 89 ")12  1.50o" "": 0 <nil>;
// CHECK-NEXT: 90 "" "%U": 0 EOF; main.MyUint=0x0 int32=0
// CHECK-NEXT: 91 "Infp`  Inf" "": 0 expected integer; uint64=0x0 uintptr=0x0
// CHECK-NEXT: 92 "\" 1" "%v": 0 expected integer; int8=0 float64=0
// CHECK-NEXT: 93 "(  255999999999990x" "": 0 expected integer; int8=0
// CHECK-NEXT: 94 "é" "": 0 expected integer; int8=0 main.MyBytes=main.MyBytes(nil) main.MyBool=false
// CHECK-NEXT: 95 "" "": 0 <nil>;
// CHECK-NEXT: 96 "e0b\t1.5_" "": 0 expected integer; uint64=0x0 uint16=0x0 uint16=0x0
// CHECK-NEXT: 97 " " "": 0 EOF; []uint8=[]byte(nil) main.MyUint=0x0 uint16=0x0
// CHECK-NEXT: 98 "9+1255" "": 1 EOF; main.MyBytes=main.MyBytes{0x39, 0x2b, 0x31, 0x32, 0x35, 0x35} main.MyString="" main.MyString=""
// CHECK-NEXT: 99 "f12" "%v%d\t": 0 too few operands for format '%v%d	';
// CHECK-NEXT: 100 "" "%x%1v": 0 EOF; main.MyFloat=0
// CHECK-NEXT: 101 "255\xff255nanF" "%f%2s%e": 0 bad verb '%f' for integer; int32=0
// CHECK-NEXT: 102 "0o " "%10s%cé%s": 0 bad verb '%s' for boolean; main.MyBool=false int=0
// CHECK-NEXT: 103 "" "": 0 EOF; int32=0
// CHECK-NEXT: 104 "nan255" "x%x ": 0 input does not match format; main.MyUint=0x0
// CHECK-NEXT: 105 "€t255.1%" "": 1 expected newline; main.MyBool=false
// CHECK-NEXT: 106 "" "%2%%f%d": 0 EOF; main.MyInt=0 uint16=0x0 main.MyInt=0
// CHECK-NEXT: 107 "P0b1t" "": 1 expected newline; bool=false
// CHECK-NEXT: 108 "U+2550b.\xffPtrue" "": 0 expected integer; int32=0 main.MyInt=0 main.MyString=""
// CHECK-NEXT: 109 "T12 \"0btnan" "%10s%%=": 1 missing literal %; string="T12" string="" float32=0
// CHECK-NEXT: 110 "12" "": 2 <nil>; main.MyBool=true uint64=0x2
// CHECK-NEXT: 111 "f-30" "": 0 expected integer; int32=0
// CHECK-NEXT: 112 "xp\u00a0" "": 1 <nil>; main.MyBytes=main.MyBytes{0x78, 0x70}
// CHECK-NEXT: 113 ".0o 0x-3=" "": 1 strconv.ParseUint: parsing "0x": invalid syntax; string=".0o" uintptr=0x0 int=0
// CHECK-NEXT: 114 "Infe" "": 0 expected newline;
// CHECK-NEXT: 115 "+_ tInfInf" "%d": 0 bad verb '%d' for float32; float32=0 int8=0 float32=0
// CHECK-NEXT: 116 "9F%0o=1.5" "": 1 <nil>; main.MyBytes=main.MyBytes{0x39, 0x46, 0x25, 0x30, 0x6f, 0x3d, 0x31, 0x2e, 0x35}
// CHECK-NEXT: 117 "99999999999nanU+\r\\" "": 0 <nil>;
// CHECK-NEXT: 118 "Tp7" "": 0 expected integer; int32=0 int32=0 main.MyString=""
// CHECK-NEXT: 119 "99999999999ab1e )255" "": 1 <nil>; string="99999999999ab1e"
// CHECK-NEXT: 120 "p9255)" "": 0 expected integer; int32=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 121 "false\ta,`F" "": 1 expected newline; []uint8=[]byte{0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 122 "1.5t_0xé0" "": 1 <nil>; int8=1
// CHECK-NEXT: 123 "é0x+=\u00a0255" "": 0 expected integer; int=0
// CHECK-NEXT: 124 "f0x\"" "": 0 expected integer; int8=0 int32=0 float32=0
// CHECK-NEXT: 125 ".Inf(0b7true" "": 0 expected newline;
// CHECK-NEXT: 126 "\n0o" "": 0 unexpected newline; main.MyString="" main.MyInt=0 float64=0
// CHECK-NEXT: 127 "" " \n%2x%3d%1v": 0 too few operands for format '%x%3d%1v';
// CHECK-NEXT: 128 "\u00a0" "": 0 EOF; float64=0 float32=0
// CHECK-NEXT: 129 "12x1e" "": 1 EOF; main.MyBytes=main.MyBytes{0x31, 0x32, 0x78, 0x31, 0x65} int32=0
// CHECK-NEXT: 130 "xU+0o" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyBool=false
// CHECK-NEXT: 131 "nanabF" "": 0 expected integer; int64=0 uint64=0x0 main.MyUint=0x0
// CHECK-NEXT: 132 "X9" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 133 "fF" "": 0 expected integer; int8=0
// CHECK-NEXT: 134 "" "": 0 EOF; bool=false main.MyString=""
// CHECK-NEXT: 135 "=99999999999)f" "": 1 <nil>; main.MyString="=99999999999)f"
// CHECK-NEXT: 136 "_99999999999)9" "": 0 <nil>;
// CHECK-NEXT: 137 "" "": 0 EOF; uint64=0x0
// CHECK-NEXT: 138 "\n\nTff1" "": 0 <nil>;
// CHECK-NEXT: 139 ") " "": 0 expected integer; int32=0 main.MyUint=0x0
// CHECK-NEXT: 140 "" "%c": 0 EOF; main.MyUint=0x0 main.MyUint=0x0
// CHECK-NEXT: 141 "\u00a0" "%q%f": 0 EOF; int64=0
// CHECK-NEXT: 142 "P0o_€" "": 0 <nil>;
// CHECK-NEXT: 143 "0x1p4" "": 1 expected integer; uint64=0x1 int32=0
// CHECK-NEXT: 144 "1e\\\xff " "": 1 EOF; []uint8=[]byte{0x31, 0x65, 0x5c, 0xef, 0xbf, 0xbd} int=0 main.MyBool=false
// CHECK-NEXT: 145 "99999999999\r65536InfInf" "": 1 expected newline; main.MyBytes=main.MyBytes{0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39}
// CHECK-NEXT: 146 "12.255\u00a0" "": 0 <nil>;
// CHECK-NEXT: 147 "a f_65536U+" "": 2 <nil>; bool=false []uint8=[]byte{0x66, 0x5f, 0x36, 0x35, 0x35, 0x33, 0x36, 0x55, 0x2b}
// CHECK-NEXT: 148 "" "": 0 EOF; []uint8=[]byte(nil)
// CHECK-NEXT: 149 "" "%2%%v": 0 EOF; int64=0 string=""
// CHECK-NEXT: 150 "" "": 0 <nil>;
// CHECK-NEXT: 151 "\n1eP)" "": 0 strconv.ParseFloat: parsing "1e": invalid syntax; float32=0 main.MyFloat=0
// CHECK-NEXT: 152 "  " "%5v ": 0 EOF; int8=0 main.MyBool=false int32=0
// CHECK-NEXT: 153 "U+79false(Fab" "": 1 <nil>; main.MyString="U+79false(Fab"
// CHECK-NEXT: 154 "T_" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 uint16=0x0 main.MyFloat=0
// CHECK-NEXT: 155 "-3\u00a0  25500x0" "%z%d%1c": 0 bad verb '%z' for integer; uint16=0x0
// CHECK-NEXT: 156 "" "": 0 <nil>;
// CHECK-NEXT: 157 " \\ " "": 0 expected newline;
// CHECK-NEXT: 158 "Inf0o-3péx7" "": 0 expected integer; int64=0 int8=0
// CHECK-NEXT: 159 "" "%2x": 0 EOF; int32=0 uintptr=0x0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 160 "" "": 0 EOF; int32=0 uintptr=0x0 main.MyUint=0x0
// CHECK-NEXT: 161 "" "": 0 EOF; int8=0 uint64=0x0 string=""
// CHECK-NEXT: 162 "" "": 0 <nil>;
// CHECK-NEXT: 163 "\xff+1e" "%2x%1c": 0 too few operands for format '%x%1c';
// CHECK-NEXT: 164 "U+\t=" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 main.MyString="" uint16=0x0
// CHECK-NEXT: 165 "1.5+p" "": 3 expected newline; uint64=0x1 main.MyBool=false main.MyFloat=5
// CHECK-NEXT: 166 "1e" "": 1 expected integer; main.MyUint=0x1 uint64=0x0
// CHECK-NEXT: 167 "0b70o0x)  7" " \n\t%s": 0 newline in format does not match input; main.MyBool=false main.MyBytes=main.MyBytes(nil) int32=0
// CHECK-NEXT: 168 "nanf0x1e)12%" "": 1 expected integer; main.MyFloat=NaN main.MyUint=0x0
// CHECK-NEXT: 169 "F" "%x": 0 bad verb '%x' for boolean; main.MyBool=false []uint8=[]byte(nil) uintptr=0x0
// CHECK-NEXT: 170 "Inf.a" "": 0 expected integer; int64=0 float64=0 int32=0
// CHECK-NEXT: 171 "  t0bT_1.5" "": 0 too many operands; float64=0
// CHECK-NEXT: 172 "+€€ -" "%d%X%b%c": 0 bad verb '%d' for float32; float32=0
// CHECK-NEXT: 173 "x" "": 0 expected integer; int32=0
// CHECK-NEXT: 174 "_0o  T" "": 0 <nil>;
// CHECK-NEXT: 175 "F6553665536tfalse" "%2%%5v": 0 missing literal %; uintptr=0x0 main.MyFloat=0 main.MyInt=0
// CHECK-NEXT: 176 "+\u00a0)1e255true" "": 0 too many operands; main.MyFloat=0
// CHECK-NEXT: 177 "\xff" "": 1 EOF; string="�" int64=0
// CHECK-NEXT: 178 "99999999999\r\n0x),\"" "": 0 expected newline;
// CHECK-NEXT: 179 "0x" "%1c": 1 <nil>; int32=48
// CHECK-NEXT: 180 "0x`.__ " "": 0 strconv.ParseUint: parsing "0x": invalid syntax; uint16=0x0 int32=0 main.MyUint=0x0
// CHECK-NEXT: 181 "1\"0\xff€F" "": 0 <nil>;
// CHECK-NEXT: 182 " \"-0x" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 main.MyUint=0x0 int=0
// CHECK-NEXT: 183 ")0bInfxa-" "%g%f": 0 too few operands for format '%g%f';
// CHECK-NEXT: 184 "_" "": 0 strconv.ParseFloat: parsing "_": invalid syntax; float32=0
// CHECK-NEXT: 185 "0bInf99999999999" "": 0 strconv.ParseUint: parsing "0b": invalid syntax; main.MyUint=0x0
// CHECK-NEXT: 186 "falsefalse-" "": 1 <nil>; []uint8=[]byte{0x66, 0x61, 0x6c, 0x73, 0x65, 0x66, 0x61, 0x6c, 0x73, 0x65, 0x2d}
// CHECK-NEXT: 187 "" "": 0 <nil>;
// CHECK-NEXT: 188 "12ab" "": 1 expected newline; uint64=0xc
// CHECK-NEXT: 189 "0b éé\xffX" "%f": 0 bad verb '%f' for string; string="" main.MyInt=0
// CHECK-NEXT: 190 "e)€-" "%U\n ": 0 bad unicode format ; int32=0 bool=false main.MyString=""
// CHECK-NEXT: 191 "1e€7ab\t" "é%cé": 0 input does not match format; main.MyString=""
// CHECK-NEXT: 192 "F\xffFx\\)Inf" "%t%o%2%": 0 bad verb '%t' for integer; int=0 float32=0
// CHECK-NEXT: 193 "pX\r65536\xffx)" "": 0 <nil>;
// CHECK-NEXT: 194 "" "": 0 EOF; main.MyUint=0x0 main.MyInt=0
// CHECK-NEXT: 195 "0x" "": 0 strconv.ParseUint: parsing "0x": invalid syntax; main.MyUint=0x0 main.MyString=""
// CHECK-NEXT: 196 "FInf %_€0x1p4" "\n%2%,": 0 newline in format does not match input;
// CHECK-NEXT: 197 "x Inf" "": 0 <nil>;
// CHECK-NEXT: 198 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil) float64=0
// CHECK-NEXT: 199 "%99999999999\n" "": 0 expected newline;
// CHECK-NEXT: 200 "" "": 0 too many operands; int=0 uint64=0x0
// CHECK-NEXT: 201 "255\\\t0\u00a099999999999" "%f%s%2%": 0 too few operands for format '%f%s%2%';
// CHECK-NEXT: 202 "é" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 203 " p\n=65536" "%": 0 missing verb: % at end of format string; int8=0
// CHECK-NEXT: 204 "=((" "": 0 expected integer; int=0 int=0 main.MyBool=false
// CHECK-NEXT: 205 "`\u00a0fa1e" "": 0 expected newline;
// CHECK-NEXT: 206 "% é\r\n\n1" "%g%z%2s%10s": 0 too few operands for format '%g%z%2s%10s';
// CHECK-NEXT: 207 "1.5x  e" "%U%b\t": 0 bad unicode format ; int8=0 main.MyFloat=0
// CHECK-NEXT: 208 "7p_" "": 0 <nil>;
// CHECK-NEXT: 209 "f   -3X" "": 1 expected integer; main.MyString="f" main.MyUint=0x0
// CHECK-NEXT: 210 "T\u00a099999999999%1.5" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 211 "pT-3`." "": 0 too many operands; main.MyFloat=0 []uint8=[]byte(nil)
// CHECK-NEXT: 212 "=)\r" "%t=é": 0 bad verb '%t' for float32; float32=0
// CHECK-NEXT: 213 "e%true255" "": 0 <nil>;
// CHECK-NEXT: 214 "" "": 0 EOF; int=0 []uint8=[]byte(nil) main.MyUint=0x0
// CHECK-NEXT: 215 " xab" "": 0 expected integer; uint16=0x0 int=0
// CHECK-NEXT: 216 "a0x1p4" "": 0 expected integer; main.MyInt=0 main.MyFloat=0
// CHECK-NEXT: 217 "U+0oT  " "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 218 "a-0o fnan" "": 0 <nil>;
// CHECK-NEXT: 219 "\r\n=%\\p0F" "": 1 <nil>; main.MyString="=%\\p0F"
// CHECK-NEXT: 220 "\u00a0\nT00onan" "": 0 expected integer; int=0 string="" []uint8=[]byte(nil)
// CHECK-NEXT: 221 "\r\n\né" "": 0 expected integer; int32=0 uintptr=0x0 float32=0
// CHECK-NEXT: 222 "0x1p4U+éefalseX\n" "": 1 expected newline; uint64=0x1
// CHECK-NEXT: 223 "_7999999999999nan" "": 1 <nil>; main.MyBytes=main.MyBytes{0x5f, 0x37, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x6e, 0x61, 0x6e}
// CHECK-NEXT: 224 "0" "": 0 <nil>;
// CHECK-NEXT: 225 "€ab" "": 1 expected newline; bool=false
// CHECK-NEXT: 226 "te1.5éfalseT0b" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 227 "é7e" "": 0 <nil>;
// CHECK-NEXT: 228 "0" "": 1 EOF; int8=0 int=0 int8=0
// CHECK-NEXT: 229 "€P7" "": 0 expected integer; int=0 main.MyInt=0
// CHECK-NEXT: 230 "0x1p465536" "": 0 too many operands; uintptr=0x0 main.MyFloat=0 string=""
// CHECK-NEXT: 231 "," "": 0 expected integer; int=0
// CHECK-NEXT: 232 "U+ \")\xff" ",\n%5v": 0 input does not match format; float64=0
// CHECK-NEXT: 233 "%-3_P0  \n" "": 0 expected integer; int=0
// CHECK-NEXT: 234 "=1etrue" "%d%v": 0 too few operands for format '%d%v';
// CHECK-NEXT: 235 "\r\nt0b255.nan€" "": 0 <nil>;
// CHECK-NEXT: 236 "" "": 0 EOF; int64=0 main.MyBytes=main.MyBytes(nil) int64=0
// CHECK-NEXT: 237 "\u00a0255" "": 1 EOF; uint16=0xff int32=0
// CHECK-NEXT: 238 "255tfe\"P\t" "": 1 <nil>; int64=255
// CHECK-NEXT: 239 "\xff" "": 0 expected integer; main.MyInt=0 int8=0
// CHECK-NEXT: 240 "true90x1p4nan0x99999999999" "": 1 <nil>; []uint8=[]byte{0x74, 0x72, 0x75, 0x65, 0x39, 0x30, 0x78, 0x31, 0x70, 0x34, 0x6e, 0x61, 0x6e, 0x30, 0x78, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39}
// CHECK-NEXT: 241 "€12.te`" "": 0 too many operands; main.MyInt=0
// CHECK-NEXT: 242 "99999999999\\" "": 1 <nil>; main.MyString="99999999999\\"
// CHECK-NEXT: 243 "x0b" "": 1 EOF; main.MyBytes=main.MyBytes{0x78, 0x30, 0x62} int64=0 uint16=0x0
// CHECK-NEXT: 244 "%1e\r\nx,,\xff" "%x%2s": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float32=0
// CHECK-NEXT: 245 "\r =965536P" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 int=0 main.MyFloat=0
// CHECK-NEXT: 246 "-t(" "%0d%x%e%x": 0 too few operands for format '%d%x%e%x';
// CHECK-NEXT: 247 "é7" "": 0 expected integer; int32=0 float64=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 248 "nanTfU+99999999999P" "%0d%U%3d": 0 too few operands for format '%d%U%3d';
// CHECK-NEXT: 249 "U+-3p\u00a0" "%5v%fé": 0 too few operands for format '%v%fé';
// CHECK-NEXT: 250 "x" "": 0 expected integer; main.MyUint=0x0 main.MyString=""
// CHECK-NEXT: 251 "f+eP65536ab" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 252 "+121" "": 0 <nil>;
// CHECK-NEXT: 253 "" "%f%t": 0 EOF; int=0
// CHECK-NEXT: 254 "0o12" ",%10s\n": 0 input does not match format;
// CHECK-NEXT: 255 "1-\u00a0\r\n0\"\t" "": 0 expected newline;
// CHECK-NEXT: 256 "ptrue999999999990o\"" "": 1 EOF; []uint8=[]byte{0x70, 0x74, 0x72, 0x75, 0x65, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x30, 0x6f, 0x22} main.MyInt=0 main.MyBool=false
// CHECK-NEXT: 257 "-false" "%2x%0d%5v": 0 expected integer; uintptr=0x0 uint64=0x0 int8=0
// CHECK-NEXT: 258 " )p€T0b" "\n": 0 newline in format does not match input;
// CHECK-NEXT: 259 "" "": 0 EOF; main.MyBool=false
// CHECK-NEXT: 260 "0x1p4" "%1v%x": 1 too few operands for format '%x'; main.MyUint=0x0
// CHECK-NEXT: 261 " \u00a0true0b\r1.5\r\n" "": 0 expected integer; int8=0 main.MyInt=0 float32=0
// CHECK-NEXT: 262 "\"F\u00a01false255true" "": 0 expected integer; int8=0 uintptr=0x0
// CHECK-NEXT: 263 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil) main.MyInt=0 int8=0
// CHECK-NEXT: 264 "\xff ab7xInf" "": 2 <nil>; []uint8=[]byte{0xef, 0xbf, 0xbd} bool=false
// CHECK-NEXT: 265 "0x\\7InfT655369" "": 0 strconv.ParseUint: parsing "0x": invalid syntax; uint16=0x0
// CHECK-NEXT: 266 "\n\u00a0X" "%e%2x\n  \n": 0 unexpected newline; main.MyString="" string="" string=""
// CHECK-NEXT: 267 "U+U+e65536-3x." "%z%10s%v%x": 0 bad verb '%z' for boolean; bool=false uint16=0x0
// CHECK-NEXT: 268 "€\\  1" "": 0 expected integer; int=0 uint16=0x0 bool=false
// CHECK-NEXT: 269 "999999999991(U+_=" "": 2 EOF; main.MyBool=false main.MyString="99999999991(U+_=" int32=0
// CHECK-NEXT: 270 "Fp,\n_éfalse" "": 0 expected integer; main.MyInt=0 main.MyBytes=main.MyBytes(nil) uint64=0x0
// CHECK-NEXT: 271 "0x1p4\\0b,\n\xff" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 272 "\\éU+peX9" "": 1 expected integer; bool=false int8=0 uintptr=0x0
// CHECK-NEXT: 273 "pab\r" " %xx": 0 expected space in input to match format; []uint8=[]byte(nil)
// CHECK-NEXT: 274 "1e\n" "%%%10s%2%": 0 missing literal %; int8=0 main.MyBytes=main.MyBytes(nil) int8=0
// CHECK-NEXT: 275 "  (é1e\n" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 float32=0 int64=0
// CHECK-NEXT: 276 "-é( 65536xab" " \n%3d%f": 0 newline in format does not match input; bool=false int64=0 int8=0
// CHECK-NEXT: 277 "-Pp=+" "": 0 strconv.ParseFloat: parsing "-P": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 278 "p\r" "\n %x%2%%s": 0 newline in format does not match input; []uint8=[]byte(nil)
// CHECK-NEXT: 279 " U+TT255" "": 0 expected integer; uintptr=0x0 string=""
// CHECK-NEXT: 280 "\t-3_0b,255" "%3d%d\t": 0 bad verb '%d' for string; main.MyBytes=main.MyBytes(nil) uint64=0x0 main.MyString=""
// CHECK-NEXT: 281 "Xnan" "": 1 expected integer; main.MyBool=false int32=0 main.MyInt=0
// CHECK-NEXT: 282 "65536" "": 0 integer overflow on token 65536; main.MyInt=0 int8=0
// CHECK-NEXT: 283 "XF" "": 0 <nil>;
// CHECK-NEXT: 284 "" "%v": 0 too few operands for format '%v';
// CHECK-NEXT: 285 "_ " "": 1 <nil>; bool=false
// CHECK-NEXT: 286 "t\xfffx" "": 0 expected newline;
// CHECK-NEXT: 287 "pInft€Pf" "": 0 strconv.ParseFloat: parsing "p": invalid syntax; float32=0 bool=false
// CHECK-NEXT: 288 "" "%c": 0 EOF; main.MyBool=false []uint8=[]byte(nil) uintptr=0x0
// CHECK-NEXT: 289 "\\,)1," "": 0 expected integer; int=0 uint64=0x0
// CHECK-NEXT: 290 "1.5T)P" "": 3 expected newline; int8=1 main.MyBool=false int8=5
// CHECK-NEXT: 291 "0o\n2557" "": 0 strconv.ParseInt: parsing "0o": invalid syntax; int=0
// CHECK-NEXT: 292 "e " "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 293 ")" "=%b": 0 input does not match format; main.MyFloat=0
// CHECK-NEXT: 294 ".0t" "": 0 expected integer; int32=0 main.MyFloat=0 int32=0
// CHECK-NEXT: 295 "a" "": 0 <nil>;
// CHECK-NEXT: 296 "true" "": 0 expected newline;
// CHECK-NEXT: 297 "\u00a0 x" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 main.MyUint=0x0 float64=0
// CHECK-NEXT: 298 "é(\u00a01e" "": 0 <nil>;
// CHECK-NEXT: 299 "\nab" "": 0 expected integer; int64=0 main.MyInt=0
// CHECK-NEXT: 300 "falsetrue99999999999Tx\r\na" "%q%U": 0 bad verb '%q' for integer; main.MyUint=0x0 int32=0
// CHECK-NEXT: 301 "ab\\" " , \n": 0 expected space in input to match format; int=0
// CHECK-NEXT: 302 "" "": 0 EOF; int=0 main.MyString=""
// CHECK-NEXT: 303 "" "%d \n%X": 0 too few operands for format '%d
// CHECK-NEXT: %X';
// CHECK-NEXT: 304 "7\u00a012-3ab-3 " "%2%=\n %f": 0 missing literal %; int32=0 float32=0 int64=0
// CHECK-NEXT: 305 ")Inf€7a0x1p4" "%g%s%5v": 0 too few operands for format '%g%s%5v';
// CHECK-NEXT: 306 "f\r\n  tXa" "\n ": 0 newline in format does not match input; bool=false
// CHECK-NEXT: 307 "" "=%%%c": 0 unexpected EOF; main.MyInt=0 main.MyInt=0
// CHECK-NEXT: 308 "(_T0x1p40b+" "": 0 expected integer; main.MyUint=0x0 uint64=0x0 main.MyFloat=0
// CHECK-NEXT: 309 "" "": 0 too many operands; main.MyBool=false int64=0
// CHECK-NEXT: 310 "falseX\u00a0\\F" "": 3 <nil>; main.MyBool=false main.MyBytes=main.MyBytes{0x58} string="\\F"
// CHECK-NEXT: 311 "" "": 0 EOF; float32=0
// CHECK-NEXT: 312 "  " "": 0 EOF; float32=0
// CHECK-NEXT: 313 " " "": 0 EOF; int8=0 uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 314 "" "": 0 <nil>;
// CHECK-NEXT: 315 "+00x1p4t%" "": 1 EOF; []uint8=[]byte{0x2b, 0x30, 0x30, 0x78, 0x31, 0x70, 0x34, 0x74, 0x25} int32=0 uint16=0x0
// CHECK-NEXT: 316 "a" "": 1 EOF; []uint8=[]byte{0x61} float64=0 main.MyUint=0x0
// CHECK-NEXT: 317 "false€PU+" "": 0 too many operands; uintptr=0x0 main.MyUint=0x0 uint16=0x0
// CHECK-NEXT: 318 "F=0x,\u00a0" "": 1 <nil>; string="F=0x,"
// CHECK-NEXT: 319 ", %9é" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 320 "1eab2550bf\r\n" "": 0 <nil>;
// CHECK-NEXT: 321 ")" "": 0 too many operands; main.MyBytes=main.MyBytes(nil) uint64=0x0
// CHECK-NEXT: 322 "." "": 1 <nil>; []uint8=[]byte{0x2e}
// CHECK-NEXT: 323 "\n0x1p412" "%b\n \n": 0 unexpected newline; uintptr=0x0 int32=0
// CHECK-NEXT: 324 "\xff" "": 0 <nil>;
// CHECK-NEXT: 325 "`\n a1.50x" ",\t%2x": 0 input does not match format; main.MyBool=false
// CHECK-NEXT: 326 "f\xff" "": 0 <nil>;
// CHECK-NEXT: 327 "0b" "\t": 0 expected space in input to match format; float64=0 bool=false int32=0
// CHECK-NEXT: 328 "\\  x\u00a0X" "": 1 expected integer; string="\\" uint16=0x0 uintptr=0x0
// CHECK-NEXT: 329 "\r\n\r\n`X\rF\t" " \n%b%z=": 0 unexpected newline; int64=0 main.MyBytes=main.MyBytes(nil) uintptr=0x0
// CHECK-NEXT: 330 "65536" "": 0 unsigned integer overflow on token 65536; uint16=0x0 uint16=0x0
// CHECK-NEXT: 331 "€a0b" "": 1 <nil>; []uint8=[]byte{0xe2, 0x82, 0xac, 0x61, 0x30, 0x62}
// CHECK-NEXT: 332 "+=é" "": 1 <nil>; bool=false
// CHECK-NEXT: 333 "(_p(x\xff1e" "": 1 EOF; main.MyBytes=main.MyBytes{0x28, 0x5f, 0x70, 0x28, 0x78, 0xef, 0xbf, 0xbd, 0x31, 0x65} main.MyBytes=main.MyBytes(nil) []uint8=[]byte(nil)
// CHECK-NEXT: 334 "€Inf" "": 0 <nil>;
// CHECK-NEXT: 335 "  U+_f1.5€" "": 0 too many operands; int64=0 int8=0 main.MyInt=0
// CHECK-NEXT: 336 ".T0255-" "": 0 expected integer; main.MyUint=0x0 int8=0 main.MyFloat=0
// CHECK-NEXT: 337 "ab`1eaab" "": 0 <nil>;
// CHECK-NEXT: 338 "%tInf" "": 0 expected integer; uint64=0x0 main.MyString="" []uint8=[]byte(nil)
// CHECK-NEXT: 339 "FU+€t-\n" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 340 "\ta\r," "": 0 too many operands; uint16=0x0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 341 "a1.5_T" "": 1 <nil>; main.MyString="a1.5_T"
// CHECK-NEXT: 342 "0+é9999999999965536Inf" "": 1 expected newline; main.MyInt=0
// CHECK-NEXT: 343 "99999999999%9truexé" "": 1 expected newline; uint64=0x174876e7ff
// CHECK-NEXT: 344 "-)T" "%x%U%d%d": 0 bad verb '%x' for float32; float32=0 []uint8=[]byte(nil) string=""
// CHECK-NEXT: 345 "+\r\n=PX0x1p4" "": 1 unexpected newline; main.MyBytes=main.MyBytes{0x2b} int32=0
// CHECK-NEXT: 346 "" "": 0 <nil>;
// CHECK-NEXT: 347 "e255ab=" "": 0 strconv.ParseFloat: parsing "e255": invalid syntax; main.MyFloat=0 uintptr=0x0 main.MyUint=0x0
// CHECK-NEXT: 348 "\n70x1p4" "": 0 unexpected newline; string="" main.MyString="" int8=0
// CHECK-NEXT: 349 "U+0x1p47true." "%10s%t": 0 bad verb '%s' for boolean; main.MyBool=false float32=0 main.MyInt=0
// CHECK-NEXT: 350 "+1.5" "": 1 EOF; main.MyFloat=1.5 main.MyString=""
// CHECK-NEXT: 351 "( ab\r\n+" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 352 " Xtrue0xpf" "": 0 expected integer; main.MyUint=0x0 string="" int32=0
// CHECK-NEXT: 353 "ab0b_F" "": 0 expected newline;
// CHECK-NEXT: 354 "" "": 0 EOF; float64=0
// CHECK-NEXT: 355 "=99999999999`255f." "": 0 <nil>;
// CHECK-NEXT: 356 "ab," "": 0 expected integer; uint16=0x0 main.MyString=""
// CHECK-NEXT: 357 "" "%1v%3d": 0 EOF; int32=0 int=0
// CHECK-NEXT: 358 "\xff1.5" "": 0 expected integer; int8=0 main.MyBool=false int=0
// CHECK-NEXT: 359 "\\x€1.5" "%g%2x%o%1v": 0 too few operands for format '%g%2x%o%1v';
// CHECK-NEXT: 360 "0bt`-" "": 0 strconv.ParseUint: parsing "0b": invalid syntax; main.MyUint=0x0 main.MyBool=false uint16=0x0
// CHECK-NEXT: 361 "ax++`" "": 0 expected integer; int8=0
// CHECK-NEXT: 362 "-3truex\n" "": 0 expected newline;
// CHECK-NEXT: 363 "\rF\r\n x1.5" "": 1 unexpected newline; string="F" int=0
// CHECK-NEXT: 364 "" "": 0 EOF; uint16=0x0
// CHECK-NEXT: 365 "" "%X\t": 0 EOF; uintptr=0x0 int8=0
// CHECK-NEXT: 366 "" "": 0 <nil>;
// CHECK-NEXT: 367 "\xff112nan" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 int64=0
// CHECK-NEXT: 368 "12" "": 1 EOF; uintptr=0xc int32=0 main.MyBool=false
// CHECK-NEXT: 369 "X-30xnanP" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 main.MyInt=0 main.MyInt=0
// CHECK-NEXT: 370 "1" "": 0 <nil>;
// CHECK-NEXT: 371 "x0x." "": 1 EOF; main.MyBytes=main.MyBytes{0x78, 0x30, 0x78, 0x2e} uintptr=0x0 int8=0
// CHECK-NEXT: 372 ")T" "": 0 too many operands; uint64=0x0 int8=0 uint16=0x0
// CHECK-NEXT: 373 "\t+\n_\r\n1e" "": 0 <nil>;
// CHECK-NEXT: 374 "Inf" "%e,%X": 0 too few operands for format '%e,%X';
// CHECK-NEXT: 375 "Tfab1e\n(-" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 string=""
// CHECK-NEXT: 376 "false" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 377 "121Inf255+ab" "": 0 <nil>;
// CHECK-NEXT: 378 "\\255%0" "": 0 <nil>;
// CHECK-NEXT: 379 "\u00a0-" "": 1 EOF; []uint8=[]byte{0x2d} string="" main.MyString=""
// CHECK-NEXT: 380 "0b165536\xff" "": 0 expected newline;
// CHECK-NEXT: 381 "\n\r\nT" "%qx,%b": 0 unexpected newline;
// CHECK-NEXT: 382 "p.0x1p4f\r\n." "": 0 expected newline;
// CHECK-NEXT: 383 "X" "": 0 expected newline;
// CHECK-NEXT: 384 "x-712=a" "%e%z\t\t": 0 bad verb '%e' for integer; int8=0 string="" bool=false
// CHECK-NEXT: 385 " t=ab  " "": 0 too many operands; main.MyUint=0x0 int8=0
// CHECK-NEXT: 386 "\xff €1e," "%g=": 0 bad verb '%g' for integer; uint16=0x0
// CHECK-NEXT: 387 "\"eFf" "": 0 expected integer; int64=0 main.MyString=""
// CHECK-NEXT: 388 "\t6553699999999999`P" "": 1 <nil>; float32=6.5537e+15
// CHECK-NEXT: 389 "-T0x\\" "": 0 expected integer; main.MyInt=0 int8=0 int8=0
// CHECK-NEXT: 390 "%true-0o)(e" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 391 " a0x" "%v,": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 string="" int=0
// CHECK-NEXT: 392 "ftrue\\" "": 0 expected integer; main.MyInt=0 main.MyBytes=main.MyBytes(nil) main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 393 "0x65536" "%b é": 0 too few operands for format '%b é';
// CHECK-NEXT: 394 "1.5   false+" "": 1 expected integer; int8=1 int32=0
// CHECK-NEXT: 395 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil) bool=false
// CHECK-NEXT: 396 "10x1p4p`-3nan" "": 2 EOF; main.MyUint=0xa main.MyString="x1p4p`-3nan" int=0
// CHECK-NEXT: 397 "F\raU+p\n" "": 0 expected newline;
// CHECK-NEXT: 398 "\xff0x €" "%1c": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 main.MyString="" []uint8=[]byte(nil)
// CHECK-NEXT: 399 "fnan10xtInf\r\n" "": 0 <nil>;
// CHECK-NEXT: 400 "false" "": 1 <nil>; string="false"
// CHECK-NEXT: 401 "0x9false" "%U%o,%10s": 0 bad verb '%U' for string; main.MyString=""
// CHECK-NEXT: 402 "70oX" "": 1 expected integer; int64=70 int32=0
// CHECK-NEXT: 403 "" "": 0 too many operands; int=0 int8=0 main.MyFloat=0
// CHECK-NEXT: 404 "(0o f." "": 0 <nil>;
// CHECK-NEXT: 405 "\u00a0.255ab" "": 3 expected newline; main.MyBool=false bool=false uint16=0x37
// CHECK-NEXT: 406 "e)-365536\r\n" "": 0 <nil>;
// CHECK-NEXT: 407 "xt_F\u00a0\"é" "": 0 expected integer; main.MyUint=0x0 uintptr=0x0
// CHECK-NEXT: 408 "- €" "": 0 too many operands; main.MyBytes=main.MyBytes(nil) main.MyUint=0x0
// CHECK-NEXT: 409 "-3 0x1p4nan" "": 0 too many operands; uint64=0x0 main.MyString="" uint64=0x0
// CHECK-NEXT: 410 "X7\r1a1e12" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 411 " 9f,99999999999\r\n" "%q ": 0 bad verb '%q' for float64; float64=0 float64=0
// CHECK-NEXT: 412 "-3\xff," "": 0 too many operands; float32=0
// CHECK-NEXT: 413 "" "": 0 EOF; uintptr=0x0 int32=0
// CHECK-NEXT: 414 "1,nan" "éé%2s": 0 input does not match format;
// CHECK-NEXT: 415 "0x1p4\u00a0\u00a0" "%q%2%": 0 too few operands for format '%q%2%';
// CHECK-NEXT: 416 "0" "%3d": 0 too few operands for format '%d';
// CHECK-NEXT: 417 "1.5\r\n=Fxe" "": 0 expected newline;
// CHECK-NEXT: 418 "\r1eF-Inf%" "": 0 expected newline;
// CHECK-NEXT: 419 "false1.5" "": 0 expected integer; int32=0 int=0
// CHECK-NEXT: 420 "Inf-, é=1" "": 1 expected integer; float64=+Inf uint16=0x0 string=""
// CHECK-NEXT: 421 "(\n0_  97" "éx%v": 0 input does not match format; uint64=0x0 int=0 main.MyInt=0
// CHECK-NEXT: 422 "x" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 423 "7truea" "": 0 expected newline;
// CHECK-NEXT: 424 "0false9p\n" "%f%X": 0 bad verb '%f' for integer; int8=0
// CHECK-NEXT: 425 "false(Té" "": 0 expected integer; int32=0
// CHECK-NEXT: 426 "a=\u00a0abé" "": 0 expected integer; uintptr=0x0 main.MyBool=false
// CHECK-NEXT: 427 "false" "": 0 expected integer; uintptr=0x0 int8=0 main.MyBool=false
// CHECK-NEXT: 428 "-3  T\xff\\\xff=" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 429 "e.0x1p4" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 430 "-3false" "": 1 expected newline; main.MyInt=-3
// CHECK-NEXT: 431 "1e(1.5)\u00a0T  " "": 0 <nil>;
// CHECK-NEXT: 432 "65536false-false6553699999999999Inf" "": 0 integer overflow on token 65536; main.MyInt=0
// CHECK-NEXT: 433 "\r \n\\(+" "\t%2%\t%c%": 0 unexpected newline; main.MyString=""
// CHECK-NEXT: 434 "\rx99999999999Inf" "%10s%5v%%%5v": 0 bad verb '%s' for boolean; bool=false uintptr=0x0
// CHECK-NEXT: 435 "\tab0x\r\n" "": 1 <nil>; main.MyBytes=main.MyBytes{0x61, 0x62, 0x30, 0x78}
// CHECK-NEXT: 436 "  " "": 0 EOF; int8=0
// CHECK-NEXT: 437 "" "%v": 0 EOF; uint64=0x0 bool=false uintptr=0x0
// CHECK-NEXT: 438 "e\xff(+T" "": 0 strconv.ParseFloat: parsing "e": invalid syntax; float32=0
// CHECK-NEXT: 439 "7" "=%2x": 0 input does not match format;
// CHECK-NEXT: 440 "+0x1p4\ttXab" "": 1 expected integer; int32=1 main.MyInt=0
// CHECK-NEXT: 441 "" "": 0 EOF; string=""
// CHECK-NEXT: 442 "=065536" "": 0 expected newline;
// CHECK-NEXT: 443 "€TF" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyBool=false main.MyInt=0
// CHECK-NEXT: 444 "`€true" "": 0 expected integer; int=0 uintptr=0x0
// CHECK-NEXT: 445 "F65536" "": 0 expected integer; int8=0 string="" int8=0
// CHECK-NEXT: 446 ")%" "": 0 expected integer; int8=0 float64=0
// CHECK-NEXT: 447 "  12nan " "": 1 expected newline; int32=12
// CHECK-NEXT: 448 "Inf0.true+" "": 0 expected integer; int32=0 bool=false uintptr=0x0
// CHECK-NEXT: 449 "a=1.5F-30o" "": 0 expected integer; int32=0 main.MyString="" float32=0
// CHECK-NEXT: 450 "\xffF0-nannan" "\n ": 0 newline in format does not match input; main.MyBytes=main.MyBytes(nil) float64=0
// CHECK-NEXT: 451 "\xff\n\xff\t\",9" "": 0 expected integer; int32=0 uint16=0x0
// CHECK-NEXT: 452 "7te\n  f\\" "": 1 expected newline; int8=7
// CHECK-NEXT: 453 "\n" " \n%X": 0 EOF; int64=0 main.MyInt=0
// CHECK-NEXT: 454 "01.5255\xfff\nab" "\t \n%g": 0 newline in format does not match input; main.MyString="" string=""
// CHECK-NEXT: 455 "f1e" ",%o": 0 input does not match format;
// CHECK-NEXT: 456 "" "": 0 EOF; main.MyFloat=0 main.MyFloat=0 uint16=0x0
// CHECK-NEXT: 457 "\r\n+P\xffInf_0x" "": 0 too many operands; float32=0 int64=0
// CHECK-NEXT: 458 "7-399999999999_\nf" "%q%10s\n": 0 bad verb '%q' for integer; int8=0
// CHECK-NEXT: 459 "false`\u00a099999999999falseInf" "é%2%": 0 input does not match format; main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 460 "..9" "": 0 expected integer; uint16=0x0 main.MyInt=0 uint64=0x0
// CHECK-NEXT: 461 "" "": 0 EOF; int32=0
// CHECK-NEXT: 462 "-30" "\n \n%c=": 0 newline in format does not match input;
// CHECK-NEXT: 463 ",+t\n" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 uintptr=0x0
// CHECK-NEXT: 464 "ab1.59U+0oa" "%10s%x": 0 too few operands for format '%s%x';
// CHECK-NEXT: 465 ".-U+)nan" "": 0 expected integer; int32=0 string=""
// CHECK-NEXT: 466 "p99999999999\xff1.5=tF" "": 0 expected newline;
// CHECK-NEXT: 467 "" "=": 0 unexpected EOF; main.MyBytes=main.MyBytes(nil) uint16=0x0 uint16=0x0
// CHECK-NEXT: 468 "+x,f" "": 1 EOF; main.MyBytes=main.MyBytes{0x2b, 0x78, 0x2c, 0x66} int64=0
// CHECK-NEXT: 469 "\xfffF" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 int32=0
// CHECK-NEXT: 470 " 9" "%2s\n%f%v": 0 bad verb '%s' for integer; main.MyInt=0 []uint8=[]byte(nil) bool=false
// CHECK-NEXT: 471 "P\n f" "": 0 expected integer; uint16=0x0 int64=0
// CHECK-NEXT: 472 "\r\nfalse.\xffeT" "": 2 EOF; bool=false main.MyString=".�eT" main.MyFloat=0
// CHECK-NEXT: 473 "=é1eé" "": 0 expected integer; uint64=0x0 string=""
// CHECK-NEXT: 474 "U+1211.5" "": 0 too many operands; []uint8=[]byte(nil) string="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 475 "\xff_€0x1p4" "": 1 EOF; string="�_€0x1p4" main.MyBool=false int8=0
// CHECK-NEXT: 476 "12anan" "": 1 EOF; string="12anan" string=""
// CHECK-NEXT: 477 "Inf€  true)" "": 1 expected integer; main.MyBytes=main.MyBytes{0x49, 0x6e, 0x66, 0xe2, 0x82, 0xac} main.MyUint=0x0 main.MyBool=false
// CHECK-NEXT: 478 "\tab),nan255U+" "": 1 <nil>; main.MyBytes=main.MyBytes{0x61, 0x62, 0x29, 0x2c, 0x6e, 0x61, 0x6e, 0x32, 0x35, 0x35, 0x55, 0x2b}
// CHECK-NEXT: 479 "" "": 0 EOF; bool=false []uint8=[]byte(nil) main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 480 " %\n\r\nnan\r\n" "": 1 <nil>; main.MyString="%"
// CHECK-NEXT: 481 "+-30_" "%10s%c%v": 0 bad verb '%s' for integer; uint64=0x0 int8=0
// CHECK-NEXT: 482 "0b\r\n)+.T" "": 1 expected integer; main.MyBool=false main.MyInt=0 int=0
// CHECK-NEXT: 483 "" "": 0 <nil>;
// CHECK-NEXT: 484 "X1-3aba\"P" "": 0 expected newline;
// CHECK-NEXT: 485 "false\t" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 486 "ab0x1p40b\n1e " "%g%3d%q%3d": 0 bad verb '%g' for integer; int=0
// CHECK-NEXT: 487 "t655361299999999999)7+" "": 0 expected integer; int64=0
// CHECK-NEXT: 488 ",-3  `ab" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 489 "=Inf" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 490 "  \r\n=)99999999999\n_" "": 0 unexpected newline; int32=0 main.MyString="" uint64=0x0
// CHECK-NEXT: 491 "0bX1.5" "": 0 too many operands; uintptr=0x0 int32=0
// CHECK-NEXT: 492 "_T" "": 0 strconv.ParseUint: parsing "_": invalid syntax; uintptr=0x0 main.MyInt=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 493 "(0x1p4" "\t\t%2x": 0 expected space in input to match format;
// CHECK-NEXT: 494 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 495 "nanU+" "": 1 <nil>; main.MyString="nanU+"
// CHECK-NEXT: 496 "  truetrue\\\t(" "": 0 <nil>;
// CHECK-NEXT: 497 "P 12ab" "": 0 too many operands; int=0
// CHECK-NEXT: 498 "2550x1p4." "": 1 <nil>; int=2550
// CHECK-NEXT: 499 "`(Infnan\r\n X" "": 1 unexpected newline; main.MyBytes=main.MyBytes{0x60, 0x28, 0x49, 0x6e, 0x66, 0x6e, 0x61, 0x6e} float64=0
// CHECK-NEXT: 500 "€Ft€`" "%1v%5v": 0 expected integer; int=0 main.MyString="" bool=false
// CHECK-NEXT: 501 "))true" "": 0 expected integer; int32=0 main.MyInt=0
// CHECK-NEXT: 502 "\n99999999999false" "\n \n %2s": 0 newline in format does not match input;
// CHECK-NEXT: 503 "ttrue971\r\n\t" "": 1 expected integer; main.MyBool=true uintptr=0x0 float64=0
// CHECK-NEXT: 504 "true" "": 0 too many operands; main.MyUint=0x0 int64=0
// CHECK-NEXT: 505 "0x1p4-3255\r\n%" "": 1 <nil>; float64=16
// CHECK-NEXT: 506 "nan9255\xff-trueF" "": 0 <nil>;
// CHECK-NEXT: 507 "\n\n0x(0," "": 0 unexpected newline; main.MyInt=0
// CHECK-NEXT: 508 "" "%b%X%c%e%": 0 EOF; bool=false uint64=0x0
// CHECK-NEXT: 509 "+F(" "%U%v": 0 bad unicode format ; uint16=0x0 uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 510 "true" "": 0 expected newline;
// CHECK-NEXT: 511 "t\\+" "%X%z%1c%0d": 0 bad verb '%X' for boolean; bool=false uint64=0x0 main.MyString=""
// CHECK-NEXT: 512 "a" "%10s=": 1 unexpected EOF; []uint8=[]byte{0x61}
// CHECK-NEXT: 513 "255  =\n\xffab" "": 2 <nil>; main.MyBool=false float64=55
// CHECK-NEXT: 514 "" "": 0 EOF; []uint8=[]byte(nil) main.MyString=""
// CHECK-NEXT: 515 "=-false" "": 0 expected integer; main.MyUint=0x0 uint64=0x0
// CHECK-NEXT: 516 "fX0" "": 2 <nil>; main.MyBool=false main.MyString="X0"
// CHECK-NEXT: 517 "_X\"=" "%5v\n%v%g": 0 strconv.ParseInt: parsing "_": invalid syntax; int=0 main.MyFloat=0 int8=0
// CHECK-NEXT: 518 "" "": 0 too many operands; string=""
// CHECK-NEXT: 519 "  F1e7" "": 2 <nil>; bool=false string="1e7"
// CHECK-NEXT: 520 "T255" "": 1 EOF; []uint8=[]byte{0x54, 0x32, 0x35, 0x35} main.MyBool=false
// CHECK-NEXT: 521 "\xff+\xff0x" "\n x%g": 0 newline in format does not match input; uintptr=0x0 main.MyFloat=0 []uint8=[]byte(nil)
// CHECK-NEXT: 522 "\n\r0o\u00a0" "": 0 <nil>;
// CHECK-NEXT: 523 "" "": 0 <nil>;
// CHECK-NEXT: 524 "T0x1p41.5" "": 0 <nil>;
// CHECK-NEXT: 525 "éef" "": 1 expected integer; main.MyBool=false main.MyUint=0x0 uint64=0x0
// CHECK-NEXT: 526 "99999999999false" "": 0 integer overflow on token 99999999999; int8=0
// CHECK-NEXT: 527 "- (X+" "\n%x%3d%x": 0 newline in format does not match input; main.MyBool=false float64=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 528 "" "": 0 EOF; uintptr=0x0
// CHECK-NEXT: 529 ".\t12%99999999999\u00a0," "": 0 too many operands; uint16=0x0
// CHECK-NEXT: 530 "Inf0b7F\xff\r\n" "": 0 expected newline;
// CHECK-NEXT: 531 "abP\"1e" "": 0 expected integer; main.MyUint=0x0 int64=0
// CHECK-NEXT: 532 "  Xtrue_X7" "": 0 expected integer; main.MyInt=0 uintptr=0x0 uint64=0x0
// CHECK-NEXT: 533 "true0x0o" "": 0 <nil>;
// CHECK-NEXT: 534 "\r\n" "%U%Xé%3d%": 0 unexpected newline; uintptr=0x0
// CHECK-NEXT: 535 "1e65536 " "": 1 <nil>; bool=true
// CHECK-NEXT: 536 "\u00a0\n12" "": 0 <nil>;
// CHECK-NEXT: 537 ")\tt\xff\\a" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 538 "X65536" "%e%e": 0 bad verb '%e' for integer; uint64=0x0
// CHECK-NEXT: 539 "f1%false255" "%1v%v%1c": 1 too few operands for format '%v%1c'; string="f"
// CHECK-NEXT: 540 "12\\0o65536--3" "": 1 expected newline; main.MyUint=0xc
// CHECK-NEXT: 541 "" "%b%2%%U": 0 bad verb '%b' for string; []uint8=[]byte(nil) int8=0 main.MyFloat=0
// CHECK-NEXT: 542 ". 1.5255Inf0x)" "": 0 expected integer; int8=0 bool=false uint64=0x0
// CHECK-NEXT: 543 "nan" "": 1 EOF; main.MyFloat=NaN float32=0 main.MyInt=0
// CHECK-NEXT: 544 "P\u00a0\\\"%" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 545 "%X" "": 0 expected integer; int64=0 string="" main.MyString=""
// CHECK-NEXT: 546 "falsef0x ` " "%d%c%e%2%": 0 bad verb '%d' for float32; float32=0
// CHECK-NEXT: 547 "0x9f0Inf" "": 1 EOF; main.MyBytes=main.MyBytes{0x30, 0x78, 0x39, 0x66, 0x30, 0x49, 0x6e, 0x66} int8=0
// CHECK-NEXT: 548 "\xff\tInfnan" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float64=0
// CHECK-NEXT: 549 "a0oInfInf1" "": 1 <nil>; main.MyString="a0oInfInf1"
// CHECK-NEXT: 550 "1trueF0b" "%q%U": 0 bad verb '%q' for integer; uintptr=0x0
// CHECK-NEXT: 551 "falsep\xff12  %(" "%v,": 1 input does not match format; main.MyBool=false uint64=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 552 " -\"" "": 1 <nil>; main.MyString="-\""
// CHECK-NEXT: 553 "éx\"" "= %": 0 input does not match format; int=0 bool=false
// CHECK-NEXT: 554 "0bnanab" "": 0 strconv.ParseInt: parsing "0b": invalid syntax; int32=0 uint16=0x0
// CHECK-NEXT: 555 "xe" "": 0 <nil>;
// CHECK-NEXT: 556 " " "": 0 <nil>;
// CHECK-NEXT: 557 "\t" "": 0 EOF; uintptr=0x0
// CHECK-NEXT: 558 "  nan" "": 0 expected integer; uintptr=0x0 int8=0
// CHECK-NEXT: 559 ",\t" "": 0 <nil>;
// CHECK-NEXT: 560 "+nan12U+.Tnan" "": 0 expected newline;
// CHECK-NEXT: 561 "Inf\t" "": 1 EOF; main.MyString="Inf" bool=false main.MyString=""
// CHECK-NEXT: 562 "" "": 0 <nil>;
// CHECK-NEXT: 563 "tnan255\n" "%U%s%z,": 0 bad verb '%U' for boolean; bool=false string="" []uint8=[]byte(nil)
// CHECK-NEXT: 564 "U+\r" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 565 "\r\u00a0  -a0x1p4" "": 0 expected integer; uint16=0x0 float32=0
// CHECK-NEXT: 566 "0xe= \xffF_" "": 0 too many operands; int32=0
// CHECK-NEXT: 567 "F999999999990255-3" "%5v\t": 0 too few operands for format '%v	';
// CHECK-NEXT: 568 "a\xff" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 569 " 0x" "": 0 expected newline;
// CHECK-NEXT: 570 "" "": 0 EOF; uint64=0x0
// CHECK-NEXT: 571 "0o-312\t1  " "": 0 expected newline;
// CHECK-NEXT: 572 "65536F" "%2s": 0 bad verb '%s' for boolean; main.MyBool=false int32=0
// CHECK-NEXT: 573 "T`\\12ab0" "": 0 expected integer; int8=0
// CHECK-NEXT: 574 "\"0b%" "": 0 expected newline;
// CHECK-NEXT: 575 "65536\\" "": 0 expected newline;
// CHECK-NEXT: 576 "  " "": 0 EOF; float64=0 main.MyBool=false
// CHECK-NEXT: 577 ", 0b\u00a0" "": 0 expected integer; int=0 uint16=0x0 main.MyBool=false
// CHECK-NEXT: 578 "7fnan`)" "": 1 <nil>; uintptr=0x7
// CHECK-NEXT: 579 "f\r\n2550x1p4" "": 0 expected newline;
// CHECK-NEXT: 580 "é\"P0x0ox" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 main.MyUint=0x0
// CHECK-NEXT: 581 "" "%o%X": 0 EOF; main.MyBool=false
// CHECK-NEXT: 582 "\xff\t" "": 0 expected integer; int32=0
// CHECK-NEXT: 583 "=7\xff\"" "%v%U": 1 EOF; string="=7�\"" uint64=0x0 main.MyFloat=0
// CHECK-NEXT: 584 "-3" "": 1 EOF; int64=-3 int8=0
// CHECK-NEXT: 585 "F65536655367" "%x%c%1v": 0 integer overflow on token F65536655367; int8=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 586 "255\r\n" "\n %o": 0 newline in format does not match input; float64=0 string="" int8=0
// CHECK-NEXT: 587 "-f1.5 %" "%v": 1 too many operands; bool=false main.MyBool=false
// CHECK-NEXT: 588 "." "": 0 <nil>;
// CHECK-NEXT: 589 "-3" "": 0 <nil>;
// CHECK-NEXT: 590 "\u00a00x1p4\r\nabTX0x1p4" "%t%x": 0 bad verb '%t' for float64; float64=0 int64=0
// CHECK-NEXT: 591 "\t65536" "": 0 unsigned integer overflow on token 65536; uint16=0x0 bool=false int32=0
// CHECK-NEXT: 592 "" " %2s,%c": 0 EOF; uintptr=0x0 main.MyString="" int8=0
// CHECK-NEXT: 593 "+\n" "": 0 expected integer; uint16=0x0 int64=0 float64=0
// CHECK-NEXT: 594 "+1e-3F" "": 0 <nil>;
// CHECK-NEXT: 595 "  enan" "": 0 <nil>;
// CHECK-NEXT: 596 "0x%255ab\"p" "": 0 strconv.ParseUint: parsing "0x": invalid syntax; uint64=0x0 uintptr=0x0
// CHECK-NEXT: 597 "" "": 0 EOF; main.MyUint=0x0
// CHECK-NEXT: 598 "P" "": 0 expected newline;
// CHECK-NEXT: 599 "12€\nt\nInf" "": 2 strconv.ParseFloat: parsing "": invalid syntax; float32=12 string="€" main.MyFloat=0
// CHECK-NEXT: 600 "\\6553699999999999xU+\r\n\r\n" "": 0 expected integer; int8=0
// CHECK-NEXT: 601 "éxp" "%t": 1 too many operands; bool=false string="" main.MyFloat=0
// CHECK-NEXT: 602 "255+1e\r\n x" "": 0 expected newline;
// CHECK-NEXT: 603 "\t255true\"\"" "": 0 too many operands; uintptr=0x0 main.MyString=""
// CHECK-NEXT: 604 "falsea\nt255\n1" "": 0 <nil>;
// CHECK-NEXT: 605 "0x1p4" "": 0 too many operands; int=0 float32=0 float32=0
// CHECK-NEXT: 606 "0x1p4655360nan" "": 0 <nil>;
// CHECK-NEXT: 607 "pU+€" "": 1 EOF; []uint8=[]byte{0x70, 0x55, 0x2b, 0xe2, 0x82, 0xac} string="" []uint8=[]byte(nil)
// CHECK-NEXT: 608 "=71.5" "": 0 expected integer; int8=0
// CHECK-NEXT: 609 "é\u00a0T99999999999" "": 0 expected integer; int64=0 main.MyInt=0
// CHECK-NEXT: 610 "f 99999999999 U+99999999999" "": 0 <nil>;
// CHECK-NEXT: 611 "+" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 612 "  InfxP%\n0o" "": 0 <nil>;
// CHECK-NEXT: 613 "-\nU+\téat" "": 1 unexpected newline; string="-" []uint8=[]byte(nil) []uint8=[]byte(nil)
// CHECK-NEXT: 614 "2551.5999999999997\t" "%z": 0 bad verb '%z' for float32; float32=0 float64=0 float64=0
// CHECK-NEXT: 615 "\tT1 ,65536f" "": 0 expected newline;
// CHECK-NEXT: 616 "T" "%o\n ": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 617 "\xff" "": 0 expected integer; int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 618 "tfalse\t0o=falsex" "": 2 EOF; main.MyString="tfalse" main.MyBytes=main.MyBytes{0x30, 0x6f, 0x3d, 0x66, 0x61, 0x6c, 0x73, 0x65, 0x78} int32=0
// CHECK-NEXT: 619 "255abTp)255" "": 1 EOF; string="255abTp)255" bool=false
// CHECK-NEXT: 620 "true=\\ \xff\nP" "": 0 expected integer; uint64=0x0 bool=false int32=0
// CHECK-NEXT: 621 "0o\t\t€255" "": 0 <nil>;
// CHECK-NEXT: 622 ",\t65536\nxF_" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 bool=false
// CHECK-NEXT: 623 "255nan\r\n" "\t ": 0 expected space in input to match format; int8=0 int32=0
// CHECK-NEXT: 624 "  `" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 uint16=0x0 main.MyString=""
// CHECK-NEXT: 625 "" "": 0 EOF; int64=0 int=0
// CHECK-NEXT: 626 "" "%0d%0d\n": 0 bad verb '%d' for string; main.MyString="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 627 "\n0x1p499999999999" "": 0 unexpected newline; int32=0 main.MyBool=false
// CHECK-NEXT: 628 "=X+e" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 int32=0 string=""
// CHECK-NEXT: 629 "1e" "": 0 expected newline;
// CHECK-NEXT: 630 "" "\n%e%s%5v": 0 EOF; int64=0 main.MyBool=false
// CHECK-NEXT: 631 "" "%c%g%3d ": 0 bad verb '%c' for float64; float64=0 main.MyString=""
// CHECK-NEXT: 632 "0b255\xffp-365536" "": 0 strconv.ParseInt: parsing "0b": invalid syntax; int8=0 bool=false string=""
// CHECK-NEXT: 633 "0o" "": 0 <nil>;
// CHECK-NEXT: 634 "0=65536\"1e0b" "": 0 <nil>;
// CHECK-NEXT: 635 "" "\n\n%f%e": 0 bad verb '%f' for string; main.MyString="" float64=0 uint64=0x0
// CHECK-NEXT: 636 "\xff1\"e" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 bool=false
// CHECK-NEXT: 637 "X0" "": 0 expected integer; main.MyUint=0x0 bool=false int8=0
// CHECK-NEXT: 638 "\"\r%" "": 0 expected newline;
// CHECK-NEXT: 639 "é" "": 0 expected integer; int32=0 float32=0
// CHECK-NEXT: 640 "0b" "": 0 expected newline;
// CHECK-NEXT: 641 "7PxU+€" "": 0 <nil>;
// CHECK-NEXT: 642 ".,\\\\0o" "%U,%b": 0 bad verb '%U' for string; main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 643 "\r\nfalsee" "": 0 unexpected newline; main.MyBool=false
// CHECK-NEXT: 644 "%121212+" "": 0 expected integer; int8=0 float64=0
// CHECK-NEXT: 645 "255" "": 1 EOF; uintptr=0xff float32=0 uint64=0x0
// CHECK-NEXT: 646 "(1e`true7ax" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 647 "x  \r\n" "": 0 expected integer; int32=0
// CHECK-NEXT: 648 "9," "": 1 <nil>; string="9,"
// CHECK-NEXT: 649 "1=-3+255255X" "": 0 <nil>;
// CHECK-NEXT: 650 "0b7\xff65536€0bé" "": 1 <nil>; bool=false
// CHECK-NEXT: 651 "F9\r-\nF" "": 0 expected integer; int32=0
// CHECK-NEXT: 652 "aéfalse1.5tabab" "%z%2%": 0 bad verb '%z' for string; []uint8=[]byte(nil)
// CHECK-NEXT: 653 "Fxfalse0x1p499999999999 " "%v%s": 0 expected integer; int8=0
// CHECK-NEXT: 654 " " "%z%d": 0 EOF; main.MyInt=0
// CHECK-NEXT: 655 "XXt" "": 0 <nil>;
// CHECK-NEXT: 656 "0o\"--3(" "": 1 <nil>; float32=0
// CHECK-NEXT: 657 "65536P\nfalse0oXx" "": 1 <nil>; main.MyBytes=main.MyBytes{0x36, 0x35, 0x35, 0x33, 0x36, 0x50}
// CHECK-NEXT: 658 "T\r\n.p1.5falseF" "": 0 expected integer; int8=0
// CHECK-NEXT: 659 "f65536+" "%0d": 0 too few operands for format '%d';
// CHECK-NEXT: 660 "\"\\t" "": 1 <nil>; []uint8=[]byte{0x22, 0x5c, 0x74}
// CHECK-NEXT: 661 "255\r\n P1.5" "%x\t%e%%": 0 bad verb '%x' for float64; float64=0 bool=false
// CHECK-NEXT: 662 "F " "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 663 "Ttrue€0p" "": 1 <nil>; []uint8=[]byte{0x54, 0x74, 0x72, 0x75, 0x65, 0xe2, 0x82, 0xac, 0x30, 0x70}
// CHECK-NEXT: 664 "tP0b7255" "": 1 EOF; main.MyString="tP0b7255" main.MyBytes=main.MyBytes(nil) main.MyInt=0
// CHECK-NEXT: 665 "\xffp\t€x`" "": 1 expected integer; main.MyString="�p" uint16=0x0 string=""
// CHECK-NEXT: 666 ".0b\n_é\\" "": 1 unexpected newline; main.MyBytes=main.MyBytes{0x2e, 0x30, 0x62} uint64=0x0
// CHECK-NEXT: 667 "" "": 0 <nil>;
// CHECK-NEXT: 668 "0x\n0bnanInf129" "": 0 strconv.ParseUint: parsing "0x": invalid syntax; uint64=0x0 main.MyUint=0x0
// CHECK-NEXT: 669 "a%é0x1p4199999999999p" "": 0 expected integer; int8=0
// CHECK-NEXT: 670 "99999999999" "%X%X%v%X": 0 integer overflow on token 99999999999; main.MyInt=0 float32=0
// CHECK-NEXT: 671 "fF" "%x%o%v ": 1 bad verb '%o' for float32; uint16=0xff float32=0
// CHECK-NEXT: 672 "_nan" "": 0 too many operands; []uint8=[]byte(nil) []uint8=[]byte(nil)
// CHECK-NEXT: 673 "TInf" "": 0 expected integer; uintptr=0x0 bool=false uint64=0x0
// CHECK-NEXT: 674 "_€\\e  F-" "": 2 <nil>; string="_€\\e" main.MyBytes=main.MyBytes{0x46, 0x2d}
// CHECK-NEXT: 675 " +" "": 0 expected integer; uint16=0x0 float32=0 string=""
// CHECK-NEXT: 676 "\r99999999999U+99x" "": 0 integer overflow on token 99999999999; main.MyInt=0 []uint8=[]byte(nil)
// CHECK-NEXT: 677 "0o" "%v\n é%%": 0 strconv.ParseUint: parsing "0o": invalid syntax; uint64=0x0 float64=0
// CHECK-NEXT: 678 "\ranan" "": 0 expected integer; uint16=0x0 float32=0 uint64=0x0
// CHECK-NEXT: 679 "" "%v%2s": 0 EOF; []uint8=[]byte(nil)
// CHECK-NEXT: 680 "0x" "%U\t ,": 0 too few operands for format '%U	 ,';
// CHECK-NEXT: 681 "0o0x1p4U+ " "": 1 EOF; []uint8=[]byte{0x30, 0x6f, 0x30, 0x78, 0x31, 0x70, 0x34, 0x55, 0x2b} main.MyUint=0x0
// CHECK-NEXT: 682 "+\"\n," "": 2 <nil>; main.MyBool=false bool=false
// CHECK-NEXT: 683 "0x1p4Inf1.5_f0x1p4" "": 2 <nil>; main.MyBool=false main.MyBytes=main.MyBytes{0x78, 0x31, 0x70, 0x34, 0x49, 0x6e, 0x66, 0x31, 0x2e, 0x35, 0x5f, 0x66, 0x30, 0x78, 0x31, 0x70, 0x34}
// CHECK-NEXT: 684 "765536false65536\r\n\u00a0-3" "": 0 <nil>;
// CHECK-NEXT: 685 "p\xffa1ab" "": 0 <nil>;
// CHECK-NEXT: 686 "a" "": 0 expected integer; main.MyUint=0x0 main.MyUint=0x0 int8=0
// CHECK-NEXT: 687 "éInfX" "": 1 expected integer; main.MyBool=false int64=0 main.MyUint=0x0
// CHECK-NEXT: 688 "é99999999999" "": 1 EOF; string="é99999999999" float64=0 main.MyInt=0
// CHECK-NEXT: 689 " nan,\u00a0e" "": 0 <nil>;
// CHECK-NEXT: 690 "\xff" "": 0 <nil>;
// CHECK-NEXT: 691 "\r\n +F" "": 0 expected integer; int64=0
// CHECK-NEXT: 692 "eP-ep " "%b%v%f,": 0 expected integer; uint64=0x0
// CHECK-NEXT: 693 "éx7" "": 0 too many operands; main.MyInt=0 string="" main.MyFloat=0
// CHECK-NEXT: 694 "=%1.565536nanf" "": 1 expected integer; bool=false int=0 uint64=0x0
// CHECK-NEXT: 695 "1e" "": 0 too many operands; uintptr=0x0 int32=0
// CHECK-NEXT: 696 "9\r" "": 0 expected newline;
// CHECK-NEXT: 697 "\n0b 0x=" "": 0 <nil>;
// CHECK-NEXT: 698 "65536_" "": 0 strconv.ParseUint: parsing "65536_": invalid syntax; uint64=0x0 main.MyBytes=main.MyBytes(nil) main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 699 "\\a1.5" "": 0 expected integer; uint16=0x0 uintptr=0x0 string=""
// CHECK-NEXT: 700 "1.5\nT1e " "": 1 <nil>; main.MyString="1.5"
// CHECK-NEXT: 701 "0oextrue" "": 0 expected newline;
// CHECK-NEXT: 702 "" "": 0 EOF; float32=0 int=0
// CHECK-NEXT: 703 "\xff1eInfF1.5\r\n" " %U%1c": 0 expected space in input to match format; int=0 uint16=0x0 int8=0
// CHECK-NEXT: 704 "Fe" "%2%": 0 missing literal %; main.MyBool=false int=0 main.MyInt=0
// CHECK-NEXT: 705 "true`" "%0d%v \n%2x": 0 bad verb '%d' for string; main.MyString="" string="" main.MyString=""
// CHECK-NEXT: 706 "0b\u00a0\r9Pé" "": 0 too many operands; uintptr=0x0 main.MyUint=0x0 uintptr=0x0
// CHECK-NEXT: 707 "0)Inf\xff+" "": 1 <nil>; string="0)Inf�+"
// CHECK-NEXT: 708 "7nan" "%z,": 0 bad verb '%z' for integer; uintptr=0x0
// CHECK-NEXT: 709 ",t\"" "%v%t": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 float64=0 main.MyUint=0x0
// CHECK-NEXT: 710 "\tfalse0xt false" "\n %2s \n": 0 newline in format does not match input; int64=0 bool=false float32=0
// CHECK-NEXT: 711 "" "": 0 EOF; uintptr=0x0 main.MyInt=0 string=""
// CHECK-NEXT: 712 "1.5\n\r" "": 0 too many operands; main.MyUint=0x0 main.MyString=""
// CHECK-NEXT: 713 "\n7\\255" "": 1 EOF; string="7\\255" main.MyInt=0 []uint8=[]byte(nil)
// CHECK-NEXT: 714 "X  true" "\t%s%v%q": 0 expected space in input to match format; main.MyBytes=main.MyBytes(nil) uintptr=0x0 main.MyUint=0x0
// CHECK-NEXT: 715 "p16553612\n" "": 0 strconv.ParseFloat: parsing "p16553612": invalid syntax; float32=0 float32=0
// CHECK-NEXT: 716 "" "": 0 too many operands; bool=false uint64=0x0
// CHECK-NEXT: 717 "+" "\t": 0 expected space in input to match format; int64=0 float32=0
// CHECK-NEXT: 718 "1e\r,_" "é%oxx": 0 input does not match format;
// CHECK-NEXT: 719 "  +(Inf\" 255" "%": 0 missing verb: % at end of format string; main.MyBytes=main.MyBytes(nil) uintptr=0x0
// CHECK-NEXT: 720 "70x\t=1P€" "": 0 expected newline;
// CHECK-NEXT: 721 "Inf" "": 0 <nil>;
// CHECK-NEXT: 722 "\rP\xff7%" "": 0 expected integer; int32=0 int32=0
// CHECK-NEXT: 723 "0x1p4 \r\n\t" "": 1 unexpected newline; string="0x1p4" int=0 main.MyInt=0
// CHECK-NEXT: 724 "\\p€é" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 725 "1e0o" "": 1 <nil>; main.MyUint=0x1
// CHECK-NEXT: 726 "1.5" "%c": 1 <nil>; main.MyInt=49
// CHECK-NEXT: 727 "" "%10s%f": 0 EOF; int8=0 uint64=0x0 uint64=0x0
// CHECK-NEXT: 728 "€" "": 0 expected newline;
// CHECK-NEXT: 729 " " "": 0 <nil>;
// CHECK-NEXT: 730 "0x1p4\r12" "": 3 <nil>; int64=1 main.MyString="p4" float64=12
// CHECK-NEXT: 731 "p`XF" "x%d": 0 input does not match format;
// CHECK-NEXT: 732 "F 0x1p4" "%2x%5vé": 2 input does not match format; main.MyInt=15 uint64=0x1
// CHECK-NEXT: 733 "T_\\U+f€" "": 0 expected integer; uint64=0x0 int64=0 int=0
// CHECK-NEXT: 734 " 12" "%5v\n ": 1 newline in format does not match input; main.MyBool=true []uint8=[]byte(nil) []uint8=[]byte(nil)
// CHECK-NEXT: 735 "9 65536xffalse" "": 1 expected newline; uintptr=0x9
// CHECK-NEXT: 736 "" "": 0 too many operands; uint16=0x0 uint64=0x0
// CHECK-NEXT: 737 "U+1.5pX\xff\n\"" "": 0 expected integer; main.MyUint=0x0 float32=0
// CHECK-NEXT: 738 "" "": 0 EOF; string="" int32=0
// CHECK-NEXT: 739 "+\r" "=%z": 0 input does not match format;
// CHECK-NEXT: 740 "0x70\xff " "": 1 <nil>; uint64=0x70
// CHECK-NEXT: 741 "-3nan-0o" "": 0 expected newline;
// CHECK-NEXT: 742 ",x1e " "": 0 expected integer; uint64=0x0 int=0 []uint8=[]byte(nil)
// CHECK-NEXT: 743 "X" "": 0 expected newline;
// CHECK-NEXT: 744 "€+nan65536255" "": 0 expected integer; int32=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 745 "P- " "": 0 too many operands; int8=0 main.MyBool=false
// CHECK-NEXT: 746 "" "": 0 EOF; string=""
// CHECK-NEXT: 747 "ab-3" "": 1 <nil>; main.MyBytes=main.MyBytes{0x61, 0x62, 0x2d, 0x33}
// CHECK-NEXT: 748 "€" "%5v\t": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 int8=0 main.MyString=""
// CHECK-NEXT: 749 "t" "": 0 too many operands; main.MyFloat=0
// CHECK-NEXT: 750 "" "": 0 <nil>;
// CHECK-NEXT: 751 "nanfx  7,\n" "": 2 expected newline; []uint8=[]byte{0x6e, 0x61, 0x6e, 0x66, 0x78} float32=7
// CHECK-NEXT: 752 "false=\r9p\n" "": 0 too many operands; uintptr=0x0 main.MyInt=0 float64=0
// CHECK-NEXT: 753 "T,.,Inf" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 754 "1.5 €6553699999999999f)" "": 0 expected newline;
// CHECK-NEXT: 755 "(" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyString=""
// CHECK-NEXT: 756 "\nt" "": 0 unexpected newline; main.MyInt=0 int=0
// CHECK-NEXT: 757 "€U+7" "": 1 EOF; string="€U+7" uint16=0x0
// CHECK-NEXT: 758 "65536nanp  e" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 759 "\n-3F-\\`" "%2%%x": 0 unexpected newline; main.MyBool=false
// CHECK-NEXT: 760 "  )f" "": 0 <nil>;
// CHECK-NEXT: 761 "e" "": 1 EOF; main.MyString="e" int8=0 main.MyBool=false
// CHECK-NEXT: 762 "=(\nP\t=0o" "": 1 <nil>; bool=false
// CHECK-NEXT: 763 "0b-\nX" "": 1 unexpected newline; string="0b-" int32=0 main.MyBool=false
// CHECK-NEXT: 764 "1.5" "": 1 EOF; main.MyFloat=1.5 uintptr=0x0 uintptr=0x0
// CHECK-NEXT: 765 "nan0o0x1p4" "\n%gé ": 0 newline in format does not match input;
// CHECK-NEXT: 766 "1e" "%U \né\n ": 0 too few operands for format '%U
// CHECK-NEXT: é
// CHECK-NEXT:  ';
// CHECK-NEXT: 767 "-3" "": 1 EOF; string="-3" main.MyFloat=0 uint16=0x0
// CHECK-NEXT: 768 "x" " ": 0 expected space in input to match format; string="" main.MyFloat=0
// CHECK-NEXT: 769 "Tfalse" "%d%1c\n%2s": 0 too few operands for format '%d%1c
// CHECK-NEXT: %2s';
// CHECK-NEXT: 770 "nan1.5" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 771 "_1.5P=`nan" "": 1 <nil>; main.MyBytes=main.MyBytes{0x5f, 0x31, 0x2e, 0x35, 0x50, 0x3d, 0x60, 0x6e, 0x61, 0x6e}
// CHECK-NEXT: 772 "a" "%d": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 int=0 []uint8=[]byte(nil)
// CHECK-NEXT: 773 "Inf" "": 0 expected integer; uint16=0x0 bool=false uintptr=0x0
// CHECK-NEXT: 774 "ab-3" "": 0 expected integer; uint64=0x0 string=""
// CHECK-NEXT: 775 "t(0o" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0
// CHECK-NEXT: 776 "\u00a0 ab" "": 0 expected integer; uint64=0x0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 777 "U+\n\nt\n-" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 778 "00x1p4\n\t\"\n" "": 1 expected newline; main.MyInt=0
// CHECK-NEXT: 779 ".\t65536\n0x_" "": 1 <nil>; main.MyString="."
// CHECK-NEXT: 780 "falseab1e" " %f": 0 expected space in input to match format; float32=0 uint64=0x0 main.MyFloat=0
// CHECK-NEXT: 781 "-nan" "": 0 <nil>;
// CHECK-NEXT: 782 "_\t" "": 0 too many operands; main.MyUint=0x0 int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 783 "=.xtt" "": 0 expected integer; main.MyInt=0 int8=0 main.MyBool=false
// CHECK-NEXT: 784 "falseInf(" "": 2 EOF; bool=false []uint8=[]byte{0x49, 0x6e, 0x66, 0x28} string=""
// CHECK-NEXT: 785 "false   Inftrue" "": 1 expected integer; main.MyBool=false int64=0 main.MyFloat=0
// CHECK-NEXT: 786 "e€" "": 1 EOF; main.MyString="e€" int=0 int64=0
// CHECK-NEXT: 787 "\ta9a(,," "": 1 <nil>; bool=false
// CHECK-NEXT: 788 "" "%5v%v%%": 0 EOF; bool=false int=0
// CHECK-NEXT: 789 "1.5" "": 1 <nil>; main.MyString="1.5"
// CHECK-NEXT: 790 "\t\r" "%x": 0 too few operands for format '%x';
// CHECK-NEXT: 791 "" "": 0 EOF; int32=0 main.MyString=""
// CHECK-NEXT: 792 "" "": 0 EOF; main.MyUint=0x0 uint16=0x0 uint64=0x0
// CHECK-NEXT: 793 "`" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 794 "" "": 0 EOF; float64=0 float64=0
// CHECK-NEXT: 795 "f2559abxt" "": 1 EOF; string="f2559abxt" []uint8=[]byte(nil) main.MyUint=0x0
// CHECK-NEXT: 796 "true7X65536" "": 0 <nil>;
// CHECK-NEXT: 797 "9" "": 1 EOF; []uint8=[]byte{0x39} int32=0
// CHECK-NEXT: 798 "a€9P" "%2x%z": 0 bad verb '%x' for float64; float64=0 main.MyString="" uint64=0x0
// CHECK-NEXT: 799 "  X1eé+(" "": 0 expected integer; uint16=0x0 int64=0 main.MyBool=false
// CHECK-NEXT: 800 ").%0onan7" "": 0 expected integer; int8=0 int32=0
// CHECK-NEXT: 801 "" "": 0 EOF; float64=0
// CHECK-NEXT: 802 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil) int8=0
// CHECK-NEXT: 803 "1.5(.-3" "": 0 expected newline;
// CHECK-NEXT: 804 "0x1p40o0x1p4e" "%f%2%": 1 missing literal %; main.MyFloat=1.0995116e+12 uintptr=0x0
// CHECK-NEXT: 805 "\n  " "%1c%X": 1 too few operands for format '%X'; int32=10
// CHECK-NEXT: 806 "0b`" "": 0 strconv.ParseInt: parsing "0b": invalid syntax; int64=0
// CHECK-NEXT: 807 "" "": 0 <nil>;
// CHECK-NEXT: 808 "ab\n" "%5vé%0d%x": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 uintptr=0x0 bool=false
// CHECK-NEXT: 809 "1.50b" "": 1 expected integer; int32=1 uintptr=0x0
// CHECK-NEXT: 810 ".99999999999t" "": 0 too many operands; float32=0
// CHECK-NEXT: 811 "120x1p40x " "": 3 <nil>; main.MyFloat=120 main.MyBool=false int8=1
// CHECK-NEXT: 812 "\nx" "%X": 0 unexpected newline; []uint8=[]byte(nil) main.MyInt=0
// CHECK-NEXT: 813 "  " "%10s%5vé": 0 EOF; main.MyString=""
// CHECK-NEXT: 814 "PT0x" "": 0 expected newline;
// CHECK-NEXT: 815 "nane\n1e" "": 1 strconv.ParseFloat: parsing "e": invalid syntax; float64=NaN main.MyFloat=0
// CHECK-NEXT: 816 "Inf," "": 1 strconv.ParseFloat: parsing "n": invalid syntax; main.MyBool=false float64=0 main.MyFloat=0
// CHECK-NEXT: 817 "x7-365536p7" "": 0 <nil>;
// CHECK-NEXT: 818 "a\n0x\tX)" "%e%": 0 bad verb '%e' for integer; uint64=0x0 float32=0
// CHECK-NEXT: 819 "(0b1e12U+" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 820 "TX" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float32=0 main.MyFloat=0
// CHECK-NEXT: 821 "771e  0x,F" "%2x%g%1c%z": 1 too few operands for format '%g%1c%z'; main.MyFloat=77
// CHECK-NEXT: 822 "_" "%2x": 0 no hex data for %x string; string="" uintptr=0x0 main.MyInt=0
// CHECK-NEXT: 823 "(_true" "%z%10s": 0 too few operands for format '%z%10s';
// CHECK-NEXT: 824 " U+a" "%t%1c%b%3d": 0 too few operands for format '%t%1c%b%3d';
// CHECK-NEXT: 825 "= 1e\t" "": 0 expected integer; main.MyInt=0 int64=0 int64=0
// CHECK-NEXT: 826 ")€12.\xff€\t" "\n %e%z": 0 newline in format does not match input; int=0
// CHECK-NEXT: 827 "F\n=" "%v%d": 0 expected integer; int=0 uintptr=0x0 float64=0
// CHECK-NEXT: 828 "Inf99999999999\xffp)" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 829 "€falsee" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 830 "abF9x" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0
// CHECK-NEXT: 831 "" "": 0 EOF; main.MyInt=0 main.MyInt=0
// CHECK-NEXT: 832 "\nx\n0x1p4\r\n1.5" "": 0 expected integer; int32=0 int=0 uint16=0x0
// CHECK-NEXT: 833 "0b\t\"\"_\"" "": 0 <nil>;
// CHECK-NEXT: 834 "X  \r" "%1c%X": 0 bad verb '%c' for boolean; bool=false []uint8=[]byte(nil) uint64=0x0
// CHECK-NEXT: 835 "U+ eU+" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 836 "\xff99999999999ab0b1e" "%d \n%f": 0 expected integer; uint64=0x0 int=0 uint64=0x0
// CHECK-NEXT: 837 "+0x1p4,X\r\n0o" "": 0 expected integer; uint64=0x0 int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 838 "XPInf\r\n\xff," "": 0 expected integer; main.MyInt=0 string=""
// CHECK-NEXT: 839 "T1e\n0x1p4false  65536" "": 0 expected integer; int32=0 string="" main.MyUint=0x0
// CHECK-NEXT: 840 "X12U+255\n" "=": 0 input does not match format;
// CHECK-NEXT: 841 "\"%\rF" "": 0 expected integer; main.MyUint=0x0 bool=false
// CHECK-NEXT: 842 "\n9-" "": 0 too many operands; int64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 843 "(\u00a00 " "\n \n%f": 0 newline in format does not match input; uint16=0x0 main.MyBool=false main.MyUint=0x0
// CHECK-NEXT: 844 "" "": 0 too many operands; int32=0 uintptr=0x0
// CHECK-NEXT: 845 "9é" "": 2 EOF; main.MyFloat=9 main.MyBool=false []uint8=[]byte(nil)
// CHECK-NEXT: 846 "FU+" "": 0 expected newline;
// CHECK-NEXT: 847 "\"\n" "": 1 unexpected newline; bool=false main.MyBool=false main.MyInt=0
// CHECK-NEXT: 848 "99999999999" "": 0 expected newline;
// CHECK-NEXT: 849 "" "%2s%b": 0 EOF; string="" float64=0
// CHECK-NEXT: 850 "" "%2x": 0 too few operands for format '%x';
// CHECK-NEXT: 851 ",  799999999999-3" "": 0 expected integer; uint64=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 852 "" "": 0 EOF; uint16=0x0
// CHECK-NEXT: 853 ".\np" "": 0 expected integer; main.MyInt=0 float32=0
// CHECK-NEXT: 854 "0x9TInf\xff" "": 1 <nil>; main.MyBytes=main.MyBytes{0x30, 0x78, 0x39, 0x54, 0x49, 0x6e, 0x66, 0xef, 0xbf, 0xbd}
// CHECK-NEXT: 855 "ab0x1p40x1p4.true" "": 0 expected integer; uint64=0x0 main.MyString="" main.MyString=""
// CHECK-NEXT: 856 "255\xff  \u00a0_" "%s%o\n%2%": 0 too few operands for format '%s%o
// CHECK-NEXT: %2%';
// CHECK-NEXT: 857 "TU++p65536\nnan" "": 1 unexpected newline; main.MyString="TU++p65536" float64=0 bool=false
// CHECK-NEXT: 858 "(ab" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 859 "0b\n`p" "\t%e%o": 0 expected space in input to match format; float64=0 uint16=0x0 uint64=0x0
// CHECK-NEXT: 860 "71e.€ " "%fx%5v": 0 bad verb '%f' for integer; main.MyInt=0 float64=0 main.MyInt=0
// CHECK-NEXT: 861 "xT\u00a0t)" "": 2 <nil>; bool=false main.MyBool=true
// CHECK-NEXT: 862 "\r\n" "": 0 EOF; main.MyInt=0 main.MyBytes=main.MyBytes(nil) uint16=0x0
// CHECK-NEXT: 863 "\r- aé.0o" " %X": 0 no hex data for %x string; string=""
// CHECK-NEXT: 864 ")" "": 0 expected integer; int32=0 main.MyBool=false uint64=0x0
// CHECK-NEXT: 865 "0x1p49." "": 2 <nil>; uint64=0x1 []uint8=[]byte{0x70, 0x34, 0x39, 0x2e}
// CHECK-NEXT: 866 "   " "": 0 EOF; float32=0 bool=false
// CHECK-NEXT: 867 "F_a\n\t" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 868 "t\"0x1p4nan2550" "": 0 expected newline;
// CHECK-NEXT: 869 "truefalse\nInfa,0" "": 1 <nil>; []uint8=[]byte{0x74, 0x72, 0x75, 0x65, 0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 870 "X65536=Inf_true" "": 0 expected integer; main.MyUint=0x0 int8=0 []uint8=[]byte(nil)
// CHECK-NEXT: 871 "1e01" "": 1 EOF; []uint8=[]byte{0x31, 0x65, 0x30, 0x31} int8=0 string=""
// CHECK-NEXT: 872 "\u00a0\r t  pnan" "x%2%%2%": 0 input does not match format; int32=0
// CHECK-NEXT: 873 ", U+0o\n" "%5v%2s": 0 too few operands for format '%v%2s';
// CHECK-NEXT: 874 "1éT\\\xffx" "%e%v": 0 bad verb '%e' for boolean; main.MyBool=false float32=0
// CHECK-NEXT: 875 "`a-" "\n%10s": 0 newline in format does not match input;
// CHECK-NEXT: 876 "pté" "": 0 too many operands; main.MyBytes=main.MyBytes(nil) string=""
// CHECK-NEXT: 877 "nan0oT0x1T" "%0d%2s%x": 0 EOF; int8=0
// CHECK-NEXT: 878 "+" "": 0 EOF; main.MyInt=0
// CHECK-NEXT: 879 "1e,T" "": 1 expected integer; uint64=0x1 int64=0
// CHECK-NEXT: 880 "0o9" "": 1 expected integer; float32=0 uint16=0x0 float32=0
// CHECK-NEXT: 881 "" "": 0 EOF; int32=0 bool=false
// CHECK-NEXT: 882 "" "%v%0d%": 0 EOF; int32=0 float32=0 main.MyBool=false
// CHECK-NEXT: 883 "+\né\"`\r\n." "": 0 expected integer; int32=0 int=0
// CHECK-NEXT: 884 "(\r\nTfalse\nTf" "": 0 expected integer; main.MyUint=0x0 uint64=0x0
// CHECK-NEXT: 885 "\np 1.5\xff\u00a01.5" "": 0 expected integer; int64=0
// CHECK-NEXT: 886 "true" "%2%%s%": 0 missing literal %; bool=false int64=0
// CHECK-NEXT: 887 "0f\nP120x1p41" "": 1 strconv.ParseFloat: parsing "": invalid syntax; float64=0 float32=0
// CHECK-NEXT: 888 "  false0x\u00a0" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 889 "65536" "%%": 0 missing literal %; uint64=0x0 bool=false int32=0
// CHECK-NEXT: 890 "" "": 0 EOF; float64=0 int8=0 int8=0
// CHECK-NEXT: 891 "ab" "": 0 expected integer; int=0 uintptr=0x0 float32=0
// CHECK-NEXT: 892 "é€" "": 0 expected integer; int=0 int64=0 uintptr=0x0
// CHECK-NEXT: 893 ".Xabtrue120x1p4" "": 0 expected integer; main.MyInt=0 uint64=0x0
// CHECK-NEXT: 894 "255" "": 1 EOF; main.MyUint=0xff int32=0
// CHECK-NEXT: 895 "pnan0nan`" "": 1 expected integer; main.MyBool=false main.MyUint=0x0 int64=0
// CHECK-NEXT: 896 "éInfTa(0o" "": 0 <nil>;
// CHECK-NEXT: 897 "" "": 0 EOF; float64=0 string=""
// CHECK-NEXT: 898 "\u00a0\n\nfalse" "": 0 <nil>;
// CHECK-NEXT: 899 "" "=%": 0 unexpected EOF; string="" main.MyFloat=0
// CHECK-NEXT: 900 "255x7\n" "": 2 <nil>; int=255 main.MyBytes=main.MyBytes{0x78, 0x37}
// CHECK-NEXT: 901 "ababtrue(\u00a0\u00a0" "%x%c%2%%v": 1 bad verb '%c' for string; uint64=0xabab string=""
// CHECK-NEXT: 902 "a  " "": 0 <nil>;
// CHECK-NEXT: 903 "0x1p4)U+65536F255" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 904 "\rP1.5true" "%c%2x%o": 0 bad verb '%c' for float64; float64=0 main.MyFloat=0 main.MyFloat=0
// CHECK-NEXT: 905 "" "": 0 EOF; main.MyBytes=main.MyBytes(nil) main.MyBool=false string=""
// CHECK-NEXT: 906 "F65536P\xfftrue" "": 0 <nil>;
// CHECK-NEXT: 907 "-3255t\t`99999999999" "": 2 expected newline; int32=-3255 main.MyString="t"
// CHECK-NEXT: 908 "" "": 0 <nil>;
// CHECK-NEXT: 909 "Inf\xff." "%X%3d%0d": 0 expected integer; int=0
// CHECK-NEXT: 910 "%p\xff" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 uintptr=0x0 main.MyInt=0
// CHECK-NEXT: 911 "a\n=true`\\\"" "%1c": 1 too many operands; main.MyInt=97 main.MyFloat=0
// CHECK-NEXT: 912 "T0of" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 int64=0
// CHECK-NEXT: 913 "U+ab\n65536é" "%1v=x%v": 0 expected integer; int8=0 uint16=0x0 int=0
// CHECK-NEXT: 914 "\u00a0% " "": 0 expected integer; uint64=0x0 main.MyBytes=main.MyBytes(nil) bool=false
// CHECK-NEXT: 915 "Xtrue+" "": 0 expected integer; uint64=0x0 string="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 916 "1e)é+a" "": 1 expected newline; uint64=0x1
// CHECK-NEXT: 917 "t%255P" "": 0 expected newline;
// CHECK-NEXT: 918 "" "": 0 EOF; int8=0 int=0
// CHECK-NEXT: 919 "\\)falsex1.599999999999" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 []uint8=[]byte(nil) main.MyFloat=0
// CHECK-NEXT: 920 " \"" "%q": 0 bad verb '%q' for integer; main.MyInt=0 main.MyString="" bool=false
// CHECK-NEXT: 921 "1" "": 1 <nil>; bool=true
// CHECK-NEXT: 922 "-30o" "": 1 expected integer; float64=-30 main.MyInt=0 int=0
// CHECK-NEXT: 923 "€1.5255\"  " "": 0 too many operands; uintptr=0x0 int=0
// CHECK-NEXT: 924 "P+truepé" "": 0 expected integer; main.MyInt=0 main.MyBytes=main.MyBytes(nil) main.MyUint=0x0
// CHECK-NEXT: 925 "\t\\\n7" "": 0 expected integer; int=0 main.MyFloat=0
// CHECK-NEXT: 926 "true-ab\rx" "": 1 <nil>; main.MyBytes=main.MyBytes{0x74, 0x72, 0x75, 0x65, 0x2d, 0x61, 0x62}
// CHECK-NEXT: 927 "\\-\n%Inf0x1p4" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyFloat=0 float32=0
// CHECK-NEXT: 928 "pab\"71\"(" "": 1 strconv.ParseFloat: parsing "": invalid syntax; bool=false float32=0 string=""
// CHECK-NEXT: 929 "f1e" "": 0 <nil>;
// CHECK-NEXT: 930 "\nab1ea1.5" "%1v%": 0 unexpected newline; float32=0
// CHECK-NEXT: 931 "12" "%10s%%": 0 too few operands for format '%s%%';
// CHECK-NEXT: 932 "€(1e99999999999_\u00a0p" "": 2 EOF; main.MyBytes=main.MyBytes{0xe2, 0x82, 0xac, 0x28, 0x31, 0x65, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x5f} main.MyBytes=main.MyBytes{0x70} uint16=0x0
// CHECK-NEXT: 933 "\n" "": 0 EOF; main.MyBool=false float64=0 main.MyFloat=0
// CHECK-NEXT: 934 "0b0x1p4999999999997" "": 1 EOF; string="0b0x1p4999999999997" float32=0
// CHECK-NEXT: 935 "" "%g%v": 0 EOF; main.MyFloat=0 uint16=0x0
// CHECK-NEXT: 936 "t999999999991\n x" "": 0 <nil>;
// CHECK-NEXT: 937 "" "=": 0 unexpected EOF;
// CHECK-NEXT: 938 "\r\n0b" "": 1 <nil>; main.MyFloat=0
// CHECK-NEXT: 939 "0bab\xff12" "%10s%1c": 0 too few operands for format '%s%1c';
// CHECK-NEXT: 940 "1e\r" "": 0 strconv.ParseFloat: parsing "1e": invalid syntax; main.MyFloat=0 bool=false
// CHECK-NEXT: 941 "" "": 0 EOF; int32=0 main.MyBool=false uintptr=0x0
// CHECK-NEXT: 942 "\xff\r" "": 0 expected integer; int=0
// CHECK-NEXT: 943 "0truePnan\u00a0" "%": 0 missing verb: % at end of format string; int=0
// CHECK-NEXT: 944 ")false255(0x1p4T" "": 0 expected integer; uint16=0x0 float32=0
// CHECK-NEXT: 945 "ab" "": 0 expected integer; int=0 bool=false float32=0
// CHECK-NEXT: 946 "" "%v%%": 0 EOF; float32=0 float64=0
// CHECK-NEXT: 947 "\"" "": 0 expected integer; int64=0 main.MyString="" int=0
// CHECK-NEXT: 948 "" "%f%c%1c": 0 EOF; main.MyUint=0x0
// CHECK-NEXT: 949 "\t-,\u00a012" "": 0 expected newline;
// CHECK-NEXT: 950 "%t1" "": 0 expected newline;
// CHECK-NEXT: 951 "P F,655360bnan" "%g": 0 bad verb '%g' for string; string="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 952 "\tU+" "": 0 expected integer; uint64=0x0 uint64=0x0
// CHECK-NEXT: 953 "pp655360\r\nU+" "": 3 <nil>; []uint8=[]byte{0x70, 0x70, 0x36, 0x35, 0x35, 0x33, 0x36, 0x30} bool=false main.MyBool=false
// CHECK-NEXT: 954 "9x" "": 2 EOF; int=9 main.MyString="x" float64=0
// CHECK-NEXT: 955 "f-1.512false0b" "": 1 EOF; main.MyBytes=main.MyBytes{0x66, 0x2d, 0x31, 0x2e, 0x35, 0x31, 0x32, 0x66, 0x61, 0x6c, 0x73, 0x65, 0x30, 0x62} int32=0 main.MyInt=0
// CHECK-NEXT: 956 "1Tnané€" "%X\n %v%c": 1 newline in format does not match input; main.MyUint=0x1 bool=false string=""
// CHECK-NEXT: 957 "T999999999999)0x€" "": 0 expected newline;
// CHECK-NEXT: 958 "(X" "": 0 <nil>;
// CHECK-NEXT: 959 "+X\t\"é0b\"" " é": 0 expected space in input to match format; float64=0
// CHECK-NEXT: 960 "\"" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 961 "" "%v%g\n=": 0 too few operands for format '%v%g
// CHECK-NEXT: =';
// CHECK-NEXT: 962 "=0o\r" "": 0 expected integer; main.MyUint=0x0 main.MyBool=false uint16=0x0
// CHECK-NEXT: 963 "ab1.5" "": 0 expected integer; int64=0
// CHECK-NEXT: 964 "a=0o+9" "": 0 expected integer; main.MyUint=0x0 uint16=0x0 main.MyFloat=0
// CHECK-NEXT: 965 "0o7nannan)nan" "": 1 expected newline; bool=false
// CHECK-NEXT: 966 "€T255 \n0xP" "": 0 expected integer; int32=0
// CHECK-NEXT: 967 "\t" "": 0 EOF; []uint8=[]byte(nil) int=0 main.MyString=""
// CHECK-NEXT: 968 "\xff" "": 0 expected integer; uint16=0x0 main.MyBool=false main.MyString=""
// CHECK-NEXT: 969 "`\\Fx" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyString="" float64=0
// CHECK-NEXT: 970 "7\r" "": 0 <nil>;
// CHECK-NEXT: 971 "0 false\"99999999999" "": 1 expected newline; uintptr=0x0
// CHECK-NEXT: 972 ".`999999999990X0o" "": 0 <nil>;
// CHECK-NEXT: 973 "a=nan) %" "": 0 too many operands; main.MyFloat=0
// CHECK-NEXT: 974 "1e_  Inff," "": 1 strconv.ParseFloat: parsing "e_": invalid syntax; int64=1 float32=0
// CHECK-NEXT: 975 "T" "": 0 expected integer; int=0
// CHECK-NEXT: 976 "9)1eeU+" "": 1 <nil>; []uint8=[]byte{0x39, 0x29, 0x31, 0x65, 0x65, 0x55, 0x2b}
// CHECK-NEXT: 977 "a0X65536\"t" "": 1 expected newline; main.MyBool=false
// CHECK-NEXT: 978 "" "%2%%c%o": 0 EOF; bool=false int32=0 string=""
// CHECK-NEXT: 979 "a€65536=" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 980 "0bfalse,(nanF(" "%t%3d=%U": 0 bad verb '%t' for float64; float64=0 bool=false []uint8=[]byte(nil)
// CHECK-NEXT: 981 "\"" "": 0 expected integer; main.MyInt=0 uintptr=0x0 int8=0
// CHECK-NEXT: 982 "1(e" "": 0 <nil>;
// CHECK-NEXT: 983 "1e(" "": 1 expected integer; int64=1 uintptr=0x0 float64=0
// CHECK-NEXT: 984 "0)0x-3 a" "%q %v": 0 bad verb '%q' for boolean; bool=false
// CHECK-NEXT: 985 "true0x1p4" "": 0 expected integer; main.MyInt=0 main.MyString="" bool=false
// CHECK-NEXT: 986 "0b0x1p4Inf,e\u00a0\n" "": 1 strconv.ParseFloat: parsing "": invalid syntax; float32=0 float64=0
// CHECK-NEXT: 987 "\t0oab`+" "": 1 <nil>; []uint8=[]byte{0x30, 0x6f, 0x61, 0x62, 0x60, 0x2b}
// CHECK-NEXT: 988 "Inf\n7\\" "%o%f": 0 bad verb '%o' for float32; float32=0
// CHECK-NEXT: 989 "pxT\r\n0x1p4\n`" "": 0 expected integer; uint64=0x0 uint16=0x0 main.MyBool=false
// CHECK-NEXT: 990 "pnan\t-tnan" "": 0 expected integer; int64=0
// CHECK-NEXT: 991 "12\u00a0+1" "%v %U": 1 bad verb '%U' for float32; float64=12 float32=0
// CHECK-NEXT: 992 ",\n-3" "": 0 expected integer; int=0 main.MyFloat=0
// CHECK-NEXT: 993 "truefalse" "%v ": 0 expected integer; int64=0 int8=0 int=0
// CHECK-NEXT: 994 "Inf1.5T7\t" "": 2 expected integer; float64=+Inf main.MyBool=true main.MyInt=0
// CHECK-NEXT: 995 "false=Inf0" "": 0 expected newline;
// CHECK-NEXT: 996 "false(" "%v\t%s": 0 too few operands for format '%v	%s';
// CHECK-NEXT: 997 "F" ",": 0 input does not match format; main.MyUint=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 998 "0x" "": 0 too many operands; int8=0 uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 999 "abnan)" "": 2 <nil>; bool=false main.MyString="bnan)"
// CHECK-NEXT: 1000 "\n€\t" "": 0 unexpected newline; main.MyInt=0 []uint8=[]byte(nil)
// CHECK-NEXT: 1001 "7 -3" "": 2 EOF; main.MyBytes=main.MyBytes{0x37} int=-3 int32=0
// CHECK-NEXT: 1002 "11.5" "": 1 <nil>; string="11.5"
// CHECK-NEXT: 1003 "é\r" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 1004 "" " %v%X": 0 EOF; bool=false float64=0
// CHECK-NEXT: 1005 "U+" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 1006 "XX" "": 0 expected newline;
// CHECK-NEXT: 1007 "" "": 0 EOF; main.MyUint=0x0
// CHECK-NEXT: 1008 "etrueU+999999999990b0b" "": 0 <nil>;
// CHECK-NEXT: 1009 "\"-" "": 0 expected integer; int=0 []uint8=[]byte(nil)
// CHECK-NEXT: 1010 "" "": 0 too many operands; float64=0 float64=0
// CHECK-NEXT: 1011 "\\" "%2x=%2x%v": 0 bad verb '%x' for boolean; bool=false main.MyInt=0
// CHECK-NEXT: 1012 "._" "": 0 expected newline;
// CHECK-NEXT: 1013 " " "": 0 EOF; uint16=0x0 main.MyUint=0x0
// CHECK-NEXT: 1014 "=    ab" "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyString="=" float64=0 int32=0
// CHECK-NEXT: 1015 " +1e65536\n" "": 0 too many operands; int8=0
// CHECK-NEXT: 1016 "a0x\"f1.5\"\xff" "": 1 EOF; main.MyBytes=main.MyBytes{0x61, 0x30, 0x78, 0x22, 0x66, 0x31, 0x2e, 0x35, 0x22, 0xef, 0xbf, 0xbd} uint64=0x0 float32=0
// CHECK-NEXT: 1017 " " "": 0 EOF; float64=0 bool=false
// CHECK-NEXT: 1018 "" "": 0 <nil>;
// CHECK-NEXT: 1019 "nanf\u00a0" "": 0 expected integer; int8=0 int32=0 main.MyString=""
// CHECK-NEXT: 1020 "-" "": 0 expected newline;
// CHECK-NEXT: 1021 "-1ée)Inf0x1p4" "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyInt=-1 float64=0 main.MyString=""
// CHECK-NEXT: 1022 "nanpé65536nan" "": 1 EOF; []uint8=[]byte{0x6e, 0x61, 0x6e, 0x70, 0xc3, 0xa9, 0x36, 0x35, 0x35, 0x33, 0x36, 0x6e, 0x61, 0x6e} int64=0 bool=false
// CHECK-NEXT: 1023 "true" "": 0 expected newline;
// CHECK-NEXT: 1024 "655360o" "": 1 EOF; main.MyBytes=main.MyBytes{0x36, 0x35, 0x35, 0x33, 0x36, 0x30, 0x6f} float64=0 main.MyFloat=0
// CHECK-NEXT: 1025 "..x.false  _" "": 1 <nil>; []uint8=[]byte{0x2e, 0x2e, 0x78, 0x2e, 0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 1026 "\r\n€0x1p4ée0b" "": 0 unexpected newline; string=""
// CHECK-NEXT: 1027 "" "": 0 EOF; int=0
// CHECK-NEXT: 1028 "_U+0o12tX99999999999" "": 1 strconv.ParseFloat: parsing "": invalid syntax; bool=false main.MyFloat=0
// CHECK-NEXT: 1029 "" "": 0 EOF; main.MyString="" uintptr=0x0 float32=0
// CHECK-NEXT: 1030 "1e" "": 1 <nil>; main.MyUint=0x1
// CHECK-NEXT: 1031 "65536xeF0b0x" "%v ": 0 too few operands for format '%v ';
// CHECK-NEXT: 1032 "aa1" "": 0 expected newline;
// CHECK-NEXT: 1033 "F\rabfalse+U+7" "%2x%1c%v": 2 expected integer; int=15 uint64=0xd uint16=0x0
// CHECK-NEXT: 1034 "eabT0o-30x1p4" "": 0 expected integer; int=0 int64=0
// CHECK-NEXT: 1035 "" "%o%5v%1cé": 0 EOF; int32=0
// CHECK-NEXT: 1036 "0x1p4255" "%2s%z%v": 1 bad verb '%z' for string; main.MyBytes=main.MyBytes{0x30, 0x78} main.MyBytes=main.MyBytes(nil) float32=0
// CHECK-NEXT: 1037 "0xabnanfalse)" "": 1 <nil>; bool=false
// CHECK-NEXT: 1038 "1.565536\r\n+\u00a0 " "": 2 expected integer; uintptr=0x1 main.MyFloat=0.565536 uintptr=0x0
// CHECK-NEXT: 1039 "1.5fnan  `" "": 0 expected newline;
// CHECK-NEXT: 1040 "\u00a0,12e\ta255" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 1041 "\"t0%Infnan255" "": 0 too many operands; uintptr=0x0 int32=0 main.MyFloat=0
// CHECK-NEXT: 1042 " T" "%5v": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 1043 "\\\u00a0-P " "": 0 expected integer; uintptr=0x0 main.MyInt=0 bool=false
// CHECK-NEXT: 1044 "" "": 0 EOF; main.MyUint=0x0 int8=0 main.MyUint=0x0
// CHECK-NEXT: 1045 "+€e" "": 0 strconv.ParseFloat: parsing "+": invalid syntax; float32=0
// CHECK-NEXT: 1046 "x\t-\u00a0" "": 2 <nil>; bool=false bool=false
// CHECK-NEXT: 1047 "0T7  0x " "": 0 <nil>;
// CHECK-NEXT: 1048 " " "": 0 EOF; uint64=0x0
// CHECK-NEXT: 1049 "  \t_%0o\nX" "": 0 expected newline;
// CHECK-NEXT: 1050 ".0b.  ,1.5p" "": 0 expected integer; uintptr=0x0 int=0 main.MyUint=0x0
// CHECK-NEXT: 1051 "U+ 0b-false" "": 1 strconv.ParseInt: parsing "0b": invalid syntax; main.MyBytes=main.MyBytes{0x55, 0x2b} int=0 uint16=0x0
// CHECK-NEXT: 1052 "U+1.5-3-30x1p40x1p4" "": 0 expected newline;
// CHECK-NEXT: 1053 "(true12\\€" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 1054 "a-3(" "": 0 expected integer; int32=0
// CHECK-NEXT: 1055 "U+-=" "": 0 too many operands; uint16=0x0
// CHECK-NEXT: 1056 "\r\n\n" "": 0 unexpected newline; int64=0 main.MyString=""
// CHECK-NEXT: 1057 ",71e9\u00a01" "%U%10s%": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 main.MyFloat=0
// CHECK-NEXT: 1058 "P( \n1-12" " \n%x": 0 newline in format does not match input; main.MyInt=0
// CHECK-NEXT: 1059 "p\r-f" "": 0 expected newline;
// CHECK-NEXT: 1060 "P\"0x1p4  `\r," "": 0 expected integer; uint64=0x0 bool=false
// CHECK-NEXT: 1061 "f" "é%2%%g": 0 input does not match format; uintptr=0x0 float32=0
// CHECK-NEXT: 1062 "Inft91" "%2s": 0 bad verb '%s' for integer; int8=0 uint16=0x0
// CHECK-NEXT: 1063 "0x \\+\t \"" "": 0 strconv.ParseFloat: parsing "0x": invalid syntax; float64=0 main.MyBool=false []uint8=[]byte(nil)
// CHECK-NEXT: 1064 "\tU+" "": 0 <nil>;
// CHECK-NEXT: 1065 "`0x1p4 " "": 1 <nil>; string="`0x1p4"
// CHECK-NEXT: 1066 "0o0o.9" "": 0 <nil>;
// CHECK-NEXT: 1067 "\\F\n" "": 0 <nil>;
// CHECK-NEXT: 1068 "" "%U%0d%10s%5v": 0 EOF; int=0 float64=0
// CHECK-NEXT: 1069 " 65536 -31T" "%10s%c": 0 bad verb '%s' for integer; int64=0 uintptr=0x0 uintptr=0x0
// CHECK-NEXT: 1070 "-255%\"falset" "": 0 <nil>;
// CHECK-NEXT: 1071 "" "": 0 EOF; main.MyString="" []uint8=[]byte(nil) int=0
// CHECK-NEXT: 1072 "1.5655360x1p4 " "": 1 EOF; []uint8=[]byte{0x31, 0x2e, 0x35, 0x36, 0x35, 0x35, 0x33, 0x36, 0x30, 0x78, 0x31, 0x70, 0x34} main.MyBool=false uintptr=0x0
// CHECK-NEXT: 1073 "p),ab" "": 0 strconv.ParseFloat: parsing "p": invalid syntax; float32=0 string=""
// CHECK-NEXT: 1074 "7\\0xp" "": 2 <nil>; float32=7 bool=false
// CHECK-NEXT: 1075 "nané,\\" "": 0 expected integer; int64=0
// CHECK-NEXT: 1076 "(" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 1077 "\tfalse7" " %3d%q\t": 0 too few operands for format '%d%q	';
// CHECK-NEXT: 1078 "1" "": 1 EOF; uint16=0x1 int32=0
// CHECK-NEXT: 1079 "0o% Inf0x" "\n\n%s": 0 newline in format does not match input; main.MyBool=false
// CHECK-NEXT: 1080 "€T" "%3d%b%g%e": 0 expected integer; main.MyUint=0x0 bool=false
// CHECK-NEXT: 1081 "X0x1p4t0x1p4" "": 0 too many operands; float64=0
// CHECK-NEXT: 1082 "t\\nan" "%": 0 missing verb: % at end of format string; main.MyString=""
// CHECK-NEXT: 1083 " 1" "": 1 EOF; string="1" int=0
// CHECK-NEXT: 1084 "\ntrue\xffa\n\"" "%g%q": 0 unexpected newline; bool=false int=0 main.MyInt=0
// CHECK-NEXT: 1085 "`etruea7" "x%5v%U%X": 0 input does not match format;
// CHECK-NEXT: 1086 "1eP " "\n%%%2s": 0 newline in format does not match input;
// CHECK-NEXT: 1087 "12t\\" "": 0 expected newline;
// CHECK-NEXT: 1088 "0ot0oX" "": 1 <nil>; bool=false
// CHECK-NEXT: 1089 "\n)999999999991e€\"\n" "": 0 unexpected newline; uint64=0x0 float32=0 float32=0
// CHECK-NEXT: 1090 "T1e)99999999999 " "": 1 EOF; main.MyBytes=main.MyBytes{0x54, 0x31, 0x65, 0x29, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39} main.MyFloat=0 int8=0
// CHECK-NEXT: 1091 "Pé\\0x1p4+ab," "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyBool=false main.MyFloat=0
// CHECK-NEXT: 1092 "12\xff-   " "": 0 too many operands; int=0 int32=0 uintptr=0x0
// CHECK-NEXT: 1093 "9X." "": 1 <nil>; main.MyBytes=main.MyBytes{0x39, 0x58, 0x2e}
// CHECK-NEXT: 1094 "F" "": 0 expected integer; int8=0 int32=0 int8=0
// CHECK-NEXT: 1095 "`\xfffalse" "%3d%0d": 0 expected integer; main.MyUint=0x0 int64=0
// CHECK-NEXT: 1096 ")" "": 1 <nil>; bool=false
// CHECK-NEXT: 1097 "1eInf" ",%v\t%1c": 0 input does not match format; int32=0
// CHECK-NEXT: 1098 "x" "": 0 <nil>;
// CHECK-NEXT: 1099 "   \n" "": 0 unexpected newline; float32=0 int32=0 main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 1100 "" "%t\n %X%q": 0 bad verb '%t' for float64; float64=0 bool=false
// CHECK-NEXT: 1101 "X" "%q": 0 bad verb '%q' for boolean; main.MyBool=false main.MyFloat=0
// CHECK-NEXT: 1102 "\r\\" "": 0 expected integer; uint64=0x0 uint64=0x0
// CHECK-NEXT: 1103 "pp\xff\xffF0btrue" "": 1 EOF; main.MyString="pp��F0btrue" float64=0
// CHECK-NEXT: 1104 "x+\u00a0,nanab\t" "%g%0d \n": 0 bad verb '%g' for integer; uintptr=0x0
// CHECK-NEXT: 1105 "" "": 0 EOF; int8=0 uintptr=0x0
// CHECK-NEXT: 1106 "ab12(0_\"1e" "%e%%": 0 bad verb '%e' for string; main.MyString="" float32=0
// CHECK-NEXT: 1107 "ab true\\1e" "\t=%1c": 0 expected space in input to match format;
// CHECK-NEXT: 1108 "abT+0a99999999999\\" "": 0 too many operands; []uint8=[]byte(nil)
// CHECK-NEXT: 1109 "€99999999999U+p)--" "%q": 0 expected quoted string; []uint8=[]byte(nil) main.MyUint=0x0 uintptr=0x0
// CHECK-NEXT: 1110 "F" "": 1 EOF; []uint8=[]byte{0x46} uintptr=0x0 int8=0
// CHECK-NEXT: 1111 "%x\na  \t" "": 0 expected integer; int64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 1112 "" "": 0 <nil>;
// CHECK-NEXT: 1113 "-0x1p4U+\nP" "": 0 <nil>;
// CHECK-NEXT: 1114 "" "": 0 EOF; main.MyString="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 1115 "1.5InfTX" "": 0 <nil>;
// CHECK-NEXT: 1116 "" "%e": 0 too few operands for format '%e';
// CHECK-NEXT: 1117 "255\\" "": 0 expected newline;
// CHECK-NEXT: 1118 "PInfX- \u00a0" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 1119 "120o0b" "%3d%2s%1c": 0 too few operands for format '%d%2s%1c';
// CHECK-NEXT: 1120 "99999999999_P255" "\t%o": 0 expected space in input to match format; uint64=0x0 main.MyBool=false
// CHECK-NEXT: 1121 "00xT.\r\n7\n" "": 0 expected newline;
// CHECK-NEXT: 1122 "\xff\xff99999999999e0b" "": 0 expected integer; uint16=0x0 main.MyFloat=0 main.MyUint=0x0
// CHECK-NEXT: 1123 "_ " "": 1 EOF; string="_" main.MyUint=0x0 main.MyFloat=0
// CHECK-NEXT: 1124 "falseFabab9" "%1c%x%d": 0 too few operands for format '%c%x%d';
// CHECK-NEXT: 1125 ")1`" "": 0 expected newline;
// CHECK-NEXT: 1126 "" "": 0 <nil>;
// CHECK-NEXT: 1127 "false-  " "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 1128 "" "": 0 EOF; float32=0 float64=0 int32=0
// CHECK-NEXT: 1129 "0b" "": 0 expected newline;
// CHECK-NEXT: 1130 "ep0x1p4" "": 0 expected integer; int8=0 int64=0 string=""
// CHECK-NEXT: 1131 "a-12U+" "": 0 too many operands; main.MyInt=0 float64=0 float32=0
// CHECK-NEXT: 1132 "\r\"0x1.5" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 main.MyBool=false
// CHECK-NEXT: 1133 "(+" "": 0 expected integer; int8=0 main.MyBool=false main.MyString=""
// CHECK-NEXT: 1134 "true65536\xff(U+\xff%" "": 1 <nil>; string="true65536�(U+�%"
// CHECK-NEXT: 1135 "" "": 0 EOF; string="" uint16=0x0 main.MyFloat=0
// CHECK-NEXT: 1136 "\nnanfalse\r\n \xff" "%t%0d%3d": 0 unexpected newline; float64=0
// CHECK-NEXT: 1137 "e1.51xfalseT" "": 0 <nil>;
// CHECK-NEXT: 1138 "0o0o0x1p4p  \n" "": 1 expected integer; main.MyBool=false int64=0 uint64=0x0
// CHECK-NEXT: 1139 "" "": 0 <nil>;
// CHECK-NEXT: 1140 " é\r\n90oabX" "": 0 <nil>;
// CHECK-NEXT: 1141 ".0x" "": 0 expected integer; int8=0 main.MyBytes=main.MyBytes(nil) main.MyString=""
// CHECK-NEXT: 1142 "  .e%==" "é%x": 0 input does not match format; main.MyBool=false
// CHECK-NEXT: 1143 "\r\n" "": 0 EOF; main.MyBytes=main.MyBytes(nil) float32=0 int64=0
// CHECK-NEXT: 1144 "%" "": 0 expected integer; uintptr=0x0 main.MyFloat=0 int64=0
// CHECK-NEXT: 1145 "Inf0x1p4" "é\n": 0 input does not match format; bool=false
// CHECK-NEXT: 1146 "12\n\u00a065536trueTfalse" "": 1 unsigned integer overflow on token 65536; int8=12 uint16=0x0 uint64=0x0
// CHECK-NEXT: 1147 "\nP" "": 0 <nil>;
// CHECK-NEXT: 1148 "-" "%2s%3d%f": 0 bad verb '%s' for boolean; main.MyBool=false
// CHECK-NEXT: 1149 "Tab65536" "%2%": 0 missing literal %; float32=0
// CHECK-NEXT: 1150 "" "": 0 EOF; main.MyInt=0 string="" main.MyInt=0
// CHECK-NEXT: 1151 "7\xff," "": 2 <nil>; int32=7 []uint8=[]byte{0xef, 0xbf, 0xbd, 0x2c}
// CHECK-NEXT: 1152 "0" "": 0 expected newline;
// CHECK-NEXT: 1153 "" "": 0 too many operands; bool=false
// CHECK-NEXT: 1154 "\nInftF" "": 0 expected integer; int8=0 main.MyInt=0
// CHECK-NEXT: 1155 "0o.655361F-" "%b": 1 too many operands; main.MyInt=0 main.MyString="" []uint8=[]byte(nil)
// CHECK-NEXT: 1156 "t" "\n%v%0d%b": 0 newline in format does not match input; main.MyString="" main.MyBool=false
// CHECK-NEXT: 1157 "  é  9a0" "%f%t%1v%f": 0 too few operands for format '%f%t%1v%f';
// CHECK-NEXT: 1158 "655360b" "": 1 expected newline; bool=false
// CHECK-NEXT: 1159 ")xU+0x" "": 0 expected newline;
// CHECK-NEXT: 1160 "p99999999999true0b1e\xff" "": 0 expected integer; int64=0 main.MyInt=0
// CHECK-NEXT: 1161 "" "": 0 EOF; []uint8=[]byte(nil) []uint8=[]byte(nil) int8=0
// CHECK-NEXT: 1162 "\nF" "": 1 <nil>; []uint8=[]byte{0x46}
// CHECK-NEXT: 1163 "99999999999)\n-30o" "%1v%o%s%x%": 1 too few operands for format '%o%s%x%'; int32=9
// CHECK-NEXT: 1164 "0o( 0bP+\t" "": 0 <nil>;
// CHECK-NEXT: 1165 "true." "": 0 expected integer; int32=0
// CHECK-NEXT: 1166 "false" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 1167 "\"0x0o" "%e%1v%e": 0 bad verb '%e' for integer; main.MyInt=0 int=0 int32=0
// CHECK-NEXT: 1168 "" "": 0 <nil>;
// CHECK-NEXT: 1169 "\\" "%1v %v%X": 0 too few operands for format '%v %v%X';
// CHECK-NEXT: 1170 "xf" "%X": 0 too few operands for format '%X';
// CHECK-NEXT: 1171 "+XfalseInf" "": 0 strconv.ParseFloat: parsing "+": invalid syntax; float32=0 int8=0
// CHECK-NEXT: 1172 "t9\r0p0o." "%q%5v%q": 0 bad verb '%q' for integer; int=0 uint64=0x0
// CHECK-NEXT: 1173 "\r\n%`" "": 1 EOF; []uint8=[]byte{0x25, 0x60} int=0
// CHECK-NEXT: 1174 "abpP" "": 1 EOF; []uint8=[]byte{0x61, 0x62, 0x70, 0x50} []uint8=[]byte(nil)
// CHECK-NEXT: 1175 "xP%e" "": 0 expected integer; int=0 string="" main.MyFloat=0
// CHECK-NEXT: 1176 "false" "": 0 expected integer; int=0 uint64=0x0
// CHECK-NEXT: 1177 "" "": 0 EOF; main.MyInt=0
// CHECK-NEXT: 1178 ")1U+0x(" "%d%3d%5v": 0 expected integer; uint16=0x0 bool=false
// CHECK-NEXT: 1179 "1e\r" "": 0 expected newline;
// CHECK-NEXT: 1180 "false  Inf0x1p40oab" "": 1 expected newline; main.MyBytes=main.MyBytes{0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 1181 "1e" "\n": 0 newline in format does not match input;
// CHECK-NEXT: 1182 "0" "%c%0d \n%f": 0 bad verb '%c' for boolean; main.MyBool=false
// CHECK-NEXT: 1183 "T0x_7a," "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 main.MyString="" uint16=0x0
// CHECK-NEXT: 1184 "12Inf" "": 1 expected newline; main.MyFloat=12
// CHECK-NEXT: 1185 "nan\tx\n0o" "": 0 expected integer; main.MyUint=0x0 uint16=0x0 main.MyInt=0
// CHECK-NEXT: 1186 "1.51e1\\\"12" "": 1 expected newline; int64=1
// CHECK-NEXT: 1187 "=1etrue  e1a" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 1188 "false" "": 0 expected integer; main.MyUint=0x0 uint64=0x0 uint64=0x0
// CHECK-NEXT: 1189 "0x1p4" "": 0 too many operands; []uint8=[]byte(nil) main.MyBool=false main.MyBool=false
// CHECK-NEXT: 1190 "12" "": 2 <nil>; bool=true int64=2
// CHECK-NEXT: 1191 "0Pfalse\r\nT)" "": 1 <nil>; main.MyBytes=main.MyBytes{0x30, 0x50, 0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 1192 "é\t true0o" "": 1 expected integer; main.MyBytes=main.MyBytes{0xc3, 0xa9} main.MyUint=0x0
// CHECK-NEXT: 1193 "Xa70X" "": 1 <nil>; []uint8=[]byte{0x58, 0x61, 0x37, 0x30, 0x58}
// CHECK-NEXT: 1194 ".truef71e\n" "": 1 unexpected newline; main.MyString=".truef71e" int=0
// CHECK-NEXT: 1195 "-3" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 1196 "=12p" "": 2 <nil>; bool=false int32=12
// CHECK-NEXT: 1197 "%199999999999nan)" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 1198 "\"Inf\"F(\u00a0" "": 1 <nil>; []uint8=[]byte{0x22, 0x49, 0x6e, 0x66, 0x22, 0x46, 0x28}
// CHECK-NEXT: 1199 "" "%1c%f": 0 EOF; int64=0 []uint8=[]byte(nil) float32=0
// CHECK-NEXT: 1200 " " "": 0 EOF; int=0 main.MyFloat=0 main.MyBool=false
// CHECK-NEXT: 1201 "9(\"e71e\\" "%1c%o%%": 1 too few operands for format '%o%%'; main.MyFloat=9
// CHECK-NEXT: 1202 "_\r2557 =\n" ",\n ": 0 input does not match format; int64=0 string="" main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 1203 "F" "": 0 too many operands; main.MyBool=false int=0
// CHECK-NEXT: 1204 "fX," "": 0 <nil>;
// CHECK-NEXT: 1205 "U+x255\rtrue" "": 0 expected integer; main.MyUint=0x0 bool=false
// CHECK-NEXT: 1206 "F\r\n" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float64=0 main.MyInt=0
// CHECK-NEXT: 1207 " Xtf\tF," "": 0 expected integer; int64=0 int=0
// CHECK-NEXT: 1208 "7e\r\n_255" "": 1 <nil>; main.MyUint=0x7
// CHECK-NEXT: 1209 "a1enanf" "": 1 <nil>; string="a1enanf"
// CHECK-NEXT: 1210 "912\xffpé" "": 0 expected newline;
// CHECK-NEXT: 1211 "F\" " "": 1 EOF; []uint8=[]byte{0x46, 0x22} uint16=0x0 float64=0
// CHECK-NEXT: 1212 "0x1p4  nan65536(X" "": 1 expected newline; float32=16
// CHECK-NEXT: 1213 "féU+65536" "\n %f": 0 newline in format does not match input; float64=0 uintptr=0x0
// CHECK-NEXT: 1214 "Inf255t" "": 1 EOF; main.MyString="Inf255t" float64=0
// CHECK-NEXT: 1215 "12nan" "": 0 <nil>;
// CHECK-NEXT: 1216 "9e9_" "": 1 <nil>; int8=9
// CHECK-NEXT: 1217 ")`f1x" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0 float32=0
// CHECK-NEXT: 1218 "true121.5" "": 0 <nil>;
// CHECK-NEXT: 1219 "%)" "%f%10s%t%g": 0 too few operands for format '%f%10s%t%g';
// CHECK-NEXT: 1220 "trueU+t\"true)" "%1c%d%U%X%": 1 expected integer; int8=116 int32=0
// CHECK-NEXT: 1221 "7\"\u00a0" "": 1 EOF; string="7\"" main.MyUint=0x0
// CHECK-NEXT: 1222 "\r\n0b\"" "": 0 unexpected newline; string="" uint16=0x0
// CHECK-NEXT: 1223 "ab+X" "": 0 expected integer; int64=0 float64=0 int32=0
// CHECK-NEXT: 1224 "a(" "=": 0 input does not match format; uintptr=0x0
// CHECK-NEXT: 1225 "p12+true1e" "": 0 <nil>;
// CHECK-NEXT: 1226 "0x99999999999--3" " ": 0 expected space in input to match format; main.MyBool=false
// CHECK-NEXT: 1227 "10€65536" "": 1 <nil>; main.MyString="10€65536"
// CHECK-NEXT: 1228 "\n0x+,truetrue" "%10s": 0 unexpected newline;
// CHECK-NEXT: 1229 "PabXtrue.\n" "": 0 strconv.ParseFloat: parsing "P": invalid syntax; float64=0 uint64=0x0
// CHECK-NEXT: 1230 "1" "": 1 EOF; string="1" string=""
// CHECK-NEXT: 1231 "P9false" "": 0 <nil>;
// CHECK-NEXT: 1232 "99999999999 " "\né%o%": 0 newline in format does not match input;
// CHECK-NEXT: 1233 "" "": 0 <nil>;
// CHECK-NEXT: 1234 "€" "": 0 <nil>;
// CHECK-NEXT: 1235 "0x1p4p" "": 0 expected newline;
// CHECK-NEXT: 1236 "0xa0x U+(" "=": 0 input does not match format; []uint8=[]byte(nil) int64=0 int8=0
// CHECK-NEXT: 1237 "2550b\u00a0p\\x" "%3d%d": 1 bad verb '%d' for float64; main.MyInt=255 float64=0
// CHECK-NEXT: 1238 "" ",%x%q%5v": 0 unexpected EOF; int64=0 main.MyInt=0
// CHECK-NEXT: 1239 "255" "": 0 expected newline;
// CHECK-NEXT: 1240 "0bU+9Ptrue ," "": 3 expected newline; bool=false main.MyBool=false main.MyString="U+9Ptrue"
// CHECK-NEXT: 1241 "99999999999)\"1.5\n" "": 1 EOF; main.MyString="99999999999)\"1.5" float32=0 uintptr=0x0
// CHECK-NEXT: 1242 "ab" "": 0 expected newline;
// CHECK-NEXT: 1243 "-\n" "": 0 too many operands; main.MyBytes=main.MyBytes(nil) main.MyBool=false main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 1244 "" "": 0 EOF; int=0 main.MyFloat=0
// CHECK-NEXT: 1245 "falsetrue" "": 0 expected integer; int32=0 main.MyFloat=0
// CHECK-NEXT: 1246 "\r\n\r," "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 1247 "" "": 0 too many operands; int=0
// CHECK-NEXT: 1248 "-3" "": 1 EOF; int=-3 uintptr=0x0 int64=0
// CHECK-NEXT: 1249 "\u00a0T+f\u00a01e," "": 1 expected newline; main.MyBytes=main.MyBytes{0x54, 0x2b, 0x66}
// CHECK-NEXT: 1250 "pnan1.50x1p41e" "": 0 too many operands; float64=0 main.MyInt=0
// CHECK-NEXT: 1251 "\t0xp\r" "": 0 <nil>;
// CHECK-NEXT: 1252 "255\"" "": 1 EOF; main.MyString="255\"" uintptr=0x0 main.MyString=""
// CHECK-NEXT: 1253 "\"nan\\1.5" "": 0 expected newline;
// CHECK-NEXT: 1254 "\n999999999999" "": 0 <nil>;
// CHECK-NEXT: 1255 "0b9(efalseInf" "": 0 strconv.ParseInt: parsing "0b": invalid syntax; int32=0 int8=0
// CHECK-NEXT: 1256 "" "": 0 EOF; int32=0
// CHECK-NEXT: 1257 "9" "": 0 <nil>;
// CHECK-NEXT: 1258 "\rInf0x1p499999999999abf" " %sx": 0 bad verb '%s' for integer; uintptr=0x0 float32=0 bool=false
// CHECK-NEXT: 1259 "e0x\u00a00x1p40x1p4  " "": 2 expected newline; []uint8=[]byte{0x65, 0x30, 0x78} int64=1
// CHECK-NEXT: 1260 "0x" "": 1 expected newline; bool=false
// CHECK-NEXT: 1261 "`X01e,falsex" " \n%e%t": 0 newline in format does not match input;
// CHECK-NEXT: 1262 "1=" "": 2 <nil>; float32=1 main.MyBool=false
// CHECK-NEXT: 1263 "\xff1eFé  %T" "": 1 expected integer; string="�1eFé" int32=0 int8=0
// CHECK-NEXT: 1264 "`" "%d%d": 0 expected integer; uintptr=0x0 main.MyUint=0x0
// CHECK-NEXT: 1265 "1.50b\tX" "": 0 expected newline;
// CHECK-NEXT: 1266 "P1e0o1e€a\r" "": 0 expected integer; int=0 main.MyBytes=main.MyBytes(nil) int64=0
// CHECK-NEXT: 1267 "\"-3" "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 1268 "nan," "": 0 <nil>;
// CHECK-NEXT: 1269 "99999999999\té1X" "é%x=": 0 input does not match format; uintptr=0x0 float64=0
// CHECK-NEXT: 1270 "0b\r\n65536é\r\n0p" "": 0 <nil>;
// CHECK-NEXT: 1271 "12   %.nanT" "": 3 <nil>; bool=true main.MyBool=false []uint8=[]byte{0x25, 0x2e, 0x6e, 0x61, 0x6e, 0x54}
// CHECK-NEXT: 1272 " x7U+\u00a0" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 uint16=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 1273 "Pnanfalsep0otrue" "": 0 <nil>;
// CHECK-NEXT: 1274 "1.50\u00a0\r\xff" "": 0 too many operands; main.MyFloat=0
// CHECK-NEXT: 1275 "XP(P" "": 1 EOF; []uint8=[]byte{0x58, 0x50, 0x28, 0x50} uint64=0x0 string=""
// CHECK-NEXT: 1276 "" "é%b": 0 unexpected EOF; int=0 main.MyUint=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 1277 "\n-3\n" "": 0 unexpected newline; float64=0
// CHECK-NEXT: 1278 "12=0xT7" "": 0 <nil>;
// CHECK-NEXT: 1279 "11.5éT" "": 3 <nil>; uint64=0xb main.MyFloat=0.5 []uint8=[]byte{0xc3, 0xa9, 0x54}
// CHECK-NEXT: 1280 "\r__Inf\n" "": 0 expected newline;
// CHECK-NEXT: 1281 "\xff0x1p4\t\n\n=Inf" "": 2 <nil>; main.MyBool=false int8=1
// CHECK-NEXT: 1282 "0o 99999999999" "": 1 expected integer; bool=false int32=0
// CHECK-NEXT: 1283 "7TP%x0x " "": 0 <nil>;
// CHECK-NEXT: 1284 "" "": 0 EOF; main.MyBool=false float64=0
// CHECK-NEXT: 1285 "=-  \"" "": 0 expected integer; uint16=0x0 main.MyFloat=0 int=0
// CHECK-NEXT: 1286 "65536U+Inf+pa" "": 1 EOF; []uint8=[]byte{0x36, 0x35, 0x35, 0x33, 0x36, 0x55, 0x2b, 0x49, 0x6e, 0x66, 0x2b, 0x70, 0x61} int32=0
// CHECK-NEXT: 1287 "" "": 0 EOF; float64=0 float64=0
// CHECK-NEXT: 1288 "0+\r\n" "": 1 <nil>; main.MyInt=0
// CHECK-NEXT: 1289 "0-3,Fxp" "": 2 expected newline; main.MyFloat=0 bool=false
// CHECK-NEXT: 1290 "" "": 0 <nil>;
// CHECK-NEXT: 1291 "p+" "%2s%o%s%": 0 bad verb '%s' for float64; float64=0 int=0 main.MyInt=0
// CHECK-NEXT: 1292 "0x" "": 0 expected newline;
// CHECK-NEXT: 1293 "(0b\n" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 1294 "\neInf99999999999\r\n" "": 0 expected integer; int8=0
// CHECK-NEXT: 1295 "(\r\n1e_1" "%1c%5v": 1 unexpected newline; uint16=0x28 float64=0 main.MyString=""
// CHECK-NEXT: 1296 "X" "": 0 expected newline;
// CHECK-NEXT: 1297 "false1.5-\t0o-3" "": 0 <nil>;
// CHECK-NEXT: 1298 " 7x" "%x": 1 <nil>; uintptr=0x7
// CHECK-NEXT: 1299 "_=" "": 1 <nil>; bool=false
// CHECK-NEXT: 1300 "255\u00a0f1.5" "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyUint=0xff float64=0 main.MyString=""
// CHECK-NEXT: 1301 "€\r\nFX." "": 1 <nil>; string="€"
// CHECK-NEXT: 1302 "\\99999999999,true" "": 2 EOF; main.MyBool=false main.MyString="99999999999,true" uint64=0x0
// CHECK-NEXT: 1303 "" "": 0 too many operands; int8=0
// CHECK-NEXT: 1304 "\r\nnan`true+" "": 1 <nil>; main.MyString="nan`true+"
// CHECK-NEXT: 1305 "9" "": 1 EOF; string="9" int8=0
// CHECK-NEXT: 1306 "99999999999" "%U": 0 too few operands for format '%U';
// CHECK-NEXT: 1307 "12" "": 1 EOF; main.MyString="12" uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 1308 "" "": 0 EOF; float64=0 int=0 float64=0
// CHECK-NEXT: 1309 "1eabU+" "": 1 EOF; []uint8=[]byte{0x31, 0x65, 0x61, 0x62, 0x55, 0x2b} uint16=0x0
// CHECK-NEXT: 1310 "\n\n" "%q é": 0 unexpected newline; int64=0 int64=0
// CHECK-NEXT: 1311 "ab" "": 0 expected newline;
// CHECK-NEXT: 1312 "  1.5X.tT" "": 0 expected newline;
// CHECK-NEXT: 1313 "0 \tabP-312" "": 1 expected newline; uint64=0x0
// CHECK-NEXT: 1314 "\\,0x1p4t\xffp" "": 0 expected integer; int=0 int8=0 int=0
// CHECK-NEXT: 1315 "true%12" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float64=0 int64=0 int8=0
// CHECK-NEXT: 1316 "255X0x1p41\"TU+" "": 1 <nil>; uint64=0xff
// CHECK-NEXT: 1317 " \u00a0U+ab\u00a0" "": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 1318 ")" " %o%0dé": 0 expected space in input to match format;
// CHECK-NEXT: 1319 "`0-=\rnan\\" "%s": 0 bad verb '%s' for integer; int=0 bool=false
// CHECK-NEXT: 1320 "false\"99999999999" " %10s%2x": 0 expected space in input to match format; uint64=0x0 bool=false int8=0
// CHECK-NEXT: 1321 "xX999999999991.5\n" "": 1 EOF; []uint8=[]byte{0x78, 0x58, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x31, 0x2e, 0x35} string=""
// CHECK-NEXT: 1322 "falseéf" "": 0 expected integer; main.MyUint=0x0 int32=0 main.MyInt=0
// CHECK-NEXT: 1323 "9" "": 1 <nil>; main.MyFloat=9
// CHECK-NEXT: 1324 "0oanan99999999999" "": 1 EOF; []uint8=[]byte{0x30, 0x6f, 0x61, 0x6e, 0x61, 0x6e, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39} main.MyInt=0
// CHECK-NEXT: 1325 "9\n" "%g": 0 bad verb '%g' for string; main.MyBytes=main.MyBytes(nil) int32=0 bool=false
// CHECK-NEXT: 1326 "f" "": 0 <nil>;
// CHECK-NEXT: 1327 "" "%1v%z%%%g": 0 EOF; uint16=0x0 uint64=0x0 bool=false
// CHECK-NEXT: 1328 "%99999999999.1.5T12" "": 0 expected newline;
// CHECK-NEXT: 1329 "0o.  1e12 Inf" "": 0 strconv.ParseInt: parsing "0o": invalid syntax; int=0 float64=0
// CHECK-NEXT: 1330 "x-\r\n=nan" "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 1331 ",1.565536_0o0x1p4" "": 0 expected integer; int64=0 int8=0
// CHECK-NEXT: 1332 "_0o`0xa\r0b" "": 0 strconv.ParseInt: parsing "_0": invalid syntax; int=0 float32=0
// CHECK-NEXT: 1333 "0x-120b" "": 1 EOF; []uint8=[]byte{0x30, 0x78, 0x2d, 0x31, 0x32, 0x30, 0x62} main.MyUint=0x0
// CHECK-NEXT: 1334 "\xff" "": 0 expected integer; uint16=0x0 main.MyBytes=main.MyBytes(nil) int=0
// CHECK-NEXT: 1335 "12nana\r\n0b" "": 2 unexpected newline; main.MyInt=12 main.MyBytes=main.MyBytes{0x6e, 0x61, 0x6e, 0x61} int64=0
// CHECK-NEXT: 1336 "255 _T\\765536" "": 2 strconv.ParseInt: parsing "_": invalid syntax; main.MyBool=false main.MyInt=55 main.MyInt=0
// CHECK-NEXT: 1337 "1eé\t%0oe" "%v%g=é": 0 strconv.ParseFloat: parsing "1e": invalid syntax; float32=0 uint16=0x0
// CHECK-NEXT: 1338 "255a\xffp65536" "": 1 expected integer; uint64=0xff uint64=0x0 main.MyInt=0
// CHECK-NEXT: 1339 "true\"nanfalseU+a" "": 0 <nil>;
// CHECK-NEXT: 1340 "" "": 0 EOF; int32=0 main.MyInt=0
// CHECK-NEXT: 1341 "T99999999999,_" "": 0 <nil>;
// CHECK-NEXT: 1342 "" "": 0 <nil>;
// CHECK-NEXT: 1343 "1e" "": 1 expected integer; int32=1 int=0
// CHECK-NEXT: 1344 "fU+0x1p4\t25565536" "": 0 expected integer; uint64=0x0
// CHECK-NEXT: 1345 "0xxInf" "": 0 expected newline;
// CHECK-NEXT: 1346 "" "": 0 EOF; []uint8=[]byte(nil)
// CHECK-NEXT: 1347 "true ),\r\n" "%e": 0 bad verb '%e' for string; []uint8=[]byte(nil) uint16=0x0
// CHECK-NEXT: 1348 "" "": 0 EOF; main.MyBool=false int=0 uint16=0x0
// CHECK-NEXT: 1349 "\u00a0" "%z %1c": 0 bad verb '%z' for float64; float64=0 []uint8=[]byte(nil) main.MyFloat=0
// CHECK-NEXT: 1350 "false€" "": 1 strconv.ParseFloat: parsing "": invalid syntax; main.MyBool=false float64=0
// CHECK-NEXT: 1351 "99999999999255\n" "": 1 EOF; float32=1e+14 main.MyString=""
// CHECK-NEXT: 1352 "F\nInfe" "": 0 expected integer; int64=0 uintptr=0x0
// CHECK-NEXT: 1353 "" "": 0 EOF; uintptr=0x0 float64=0 main.MyString=""
// CHECK-NEXT: 1354 ",6553612.x" " %%%x": 0 expected space in input to match format; uintptr=0x0 float32=0
// CHECK-NEXT: 1355 "255a -\xff\n" "": 1 expected integer; int64=255 main.MyUint=0x0 string=""
// CHECK-NEXT: 1356 "(" "": 1 <nil>; main.MyBool=false
// CHECK-NEXT: 1357 "\t=TU+X-" "": 0 expected integer; int64=0 bool=false int32=0
// CHECK-NEXT: 1358 "0x1p4255255\\t0o" " %c\t": 0 expected space in input to match format; bool=false uint16=0x0
// CHECK-NEXT: 1359 "0x1p4falseT+" "": 3 <nil>; uint16=0x1 bool=false int8=4
// CHECK-NEXT: 1360 "" "": 0 EOF; main.MyInt=0 main.MyBool=false uintptr=0x0
// CHECK-NEXT: 1361 "7€efaT" "": 1 <nil>; []uint8=[]byte{0x37, 0xe2, 0x82, 0xac, 0x65, 0x66, 0x61, 0x54}
// CHECK-NEXT: 1362 "0b0x= " "%x%5v\n ": 1 expected integer; uint64=0xb0 main.MyInt=0
// CHECK-NEXT: 1363 "\u00a0-3t+nanT" "=": 0 input does not match format; []uint8=[]byte(nil) int64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 1364 "0o +Inf1.5TU+" "": 0 expected newline;
// CHECK-NEXT: 1365 "FInf" "%x%s": 1 bad verb '%s' for float32; int8=15 float32=0 uint16=0x0
// CHECK-NEXT: 1366 "99999999999" "": 0 integer overflow on token 99999999999; main.MyInt=0
// CHECK-NEXT: 1367 "" "": 0 EOF; int=0 bool=false uint64=0x0
// T-amd64: 1368 "16553665536_0 " "": 1 EOF; uintptr=0x268ac0e800 main.MyInt=0
// T-386: 1368 "16553665536_0 " "": 0 unsigned integer overflow on token 16553665536_0; uintptr=0x0 main.MyInt=0
// T-arm: 1368 "16553665536_0 " "": 0 unsigned integer overflow on token 16553665536_0; uintptr=0x0 main.MyInt=0
// CHECK-NEXT: 1369 "T" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 uint16=0x0
// CHECK-NEXT: 1370 "\t%e\rab" "": 0 expected integer; uintptr=0x0 main.MyBytes=main.MyBytes(nil) int8=0
// CHECK-NEXT: 1371 "\neé" "": 0 expected integer; uint16=0x0
// CHECK-NEXT: 1372 "\r\n\xff0x 0xInfnan" "é%e%1v": 0 input does not match format; uint16=0x0
// CHECK-NEXT: 1373 "a\" " "": 0 too many operands; uintptr=0x0
// CHECK-NEXT: 1374 "\"Inf\n€," "": 1 unexpected newline; string="\"Inf" uint16=0x0
// CHECK-NEXT: 1375 "\r\u00a0trueta0x1p4T" "": 2 EOF; main.MyBool=true main.MyBytes=main.MyBytes{0x74, 0x61, 0x30, 0x78, 0x31, 0x70, 0x34, 0x54} int8=0
// CHECK-NEXT: 1376 " U+Inf 0x\tInf" "%b%X%f%g": 0 expected integer; int8=0 string="" int=0
// CHECK-NEXT: 1377 "1.5afalse%F" "": 1 EOF; main.MyBytes=main.MyBytes{0x31, 0x2e, 0x35, 0x61, 0x66, 0x61, 0x6c, 0x73, 0x65, 0x25, 0x46} uintptr=0x0
// CHECK-NEXT: 1378 "" "é": 0 unexpected EOF; main.MyFloat=0 float64=0
// CHECK-NEXT: 1379 "  p\t99999999999" "": 0 strconv.ParseFloat: parsing "p": invalid syntax; float32=0 bool=false
// CHECK-NEXT: 1380 "7p-\n" "": 0 expected newline;
// CHECK-NEXT: 1381 ".12" "%v": 0 expected integer; main.MyInt=0
// CHECK-NEXT: 1382 "X" "": 0 expected newline;
// CHECK-NEXT: 1383 "U+ab\tF`," "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0 int8=0
// CHECK-NEXT: 1384 "" "": 0 EOF; int=0 uint16=0x0 int8=0
// CHECK-NEXT: 1385 "U+\\" "": 0 expected integer; main.MyUint=0x0
// CHECK-NEXT: 1386 "99999999999.U+1.5\n" "": 0 unsigned integer overflow on token 99999999999; uint16=0x0
// CHECK-NEXT: 1387 "\nfalse,._T\"" " \né\t": 0 input does not match format;
// CHECK-NEXT: 1388 "-éé.P-U+" "": 1 EOF; main.MyBytes=main.MyBytes{0x2d, 0xc3, 0xa9, 0xc3, 0xa9, 0x2e, 0x50, 0x2d, 0x55, 0x2b} uintptr=0x0
// CHECK-NEXT: 1389 "1enan0o" "": 0 strconv.ParseFloat: parsing "1e": invalid syntax; float32=0 main.MyString="" uint64=0x0
// CHECK-NEXT: 1390 "" "": 0 EOF; uint16=0x0
// CHECK-NEXT: 1391 " " "": 0 <nil>;
// CHECK-NEXT: 1392 "F" "": 0 expected newline;
// CHECK-NEXT: 1393 "-3nane" "": 2 EOF; float32=-3 main.MyString="nane" main.MyBool=false
// CHECK-NEXT: 1394 "nanU+1.5`" "": 0 <nil>;
// CHECK-NEXT: 1395 "ab9" "": 0 expected integer; uintptr=0x0 uintptr=0x0
// CHECK-NEXT: 1396 "255\u00a0t%\\+65536" "%o": 0 bad verb '%o' for float64; float64=0 int=0
// CHECK-NEXT: 1397 "ab\"" "%v%X": 2 <nil>; bool=false int=11
// CHECK-NEXT: 1398 "( %F" "": 0 <nil>;
// CHECK-NEXT: 1399 "false(\xff)" "%cé%5v%2s": 1 input does not match format; int32=102 int8=0 main.MyInt=0
// CHECK-NEXT: 1400 "" "": 0 EOF; string=""
// CHECK-NEXT: 1401 "_=0b`9" "": 0 strconv.ParseUint: parsing "_": invalid syntax; uint16=0x0 bool=false
// CHECK-NEXT: 1402 "" "%d \n ": 0 EOF; uintptr=0x0 main.MyBool=false
// CHECK-NEXT: 1403 "0bInf12€F," "%0d%5v\n ": 0 bad verb '%d' for string; string=""
// CHECK-NEXT: 1404 "\u00a065536" "": 0 <nil>;
// CHECK-NEXT: 1405 "\\\r\ne0b" "": 0 expected integer; int=0 float64=0 main.MyUint=0x0
// CHECK-NEXT: 1406 "_" "": 0 expected newline;
// CHECK-NEXT: 1407 "efalse\n  P" "": 0 expected integer; main.MyUint=0x0 float32=0
// CHECK-NEXT: 1408 "0b7\u00a0" "": 0 strconv.ParseUint: parsing "0b": invalid syntax; uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 1409 "€a-1\ntrue  " "": 0 expected integer; uintptr=0x0
// CHECK-NEXT: 1410 "" "": 0 EOF; int8=0
// CHECK-NEXT: 1411 "99999999999`p0x1p40o\r\nX" "": 1 <nil>; uint64=0x174876e7ff
// CHECK-NEXT: 1412 "_" "%c%%%f%": 1 unexpected EOF; int32=95 main.MyUint=0x0 float64=0
// CHECK-NEXT: 1413 "\r)655369" "": 0 expected integer; uint16=0x0 main.MyInt=0
// CHECK-NEXT: 1414 "1e\u00a0F1265536X" " ": 0 expected space in input to match format; int8=0 string="" main.MyBool=false
// CHECK-NEXT: 1415 "U+€é00o0x1p4255" ",%g": 0 input does not match format; uint16=0x0 main.MyInt=0 int32=0
// CHECK-NEXT: 1416 "255pXé\xff\u00a0" "": 1 strconv.ParseFloat: parsing "p": invalid syntax; int=255 float32=0
// CHECK-NEXT: 1417 "65536" "": 1 EOF; main.MyFloat=65536 int64=0
// CHECK-NEXT: 1418 "0o" "": 1 expected newline; float64=0
// CHECK-NEXT: 1419 "U+9 =€" "": 0 expected integer; int32=0
// CHECK-NEXT: 1420 "+)99999999999PTf" "%s\t%d \n": 0 bad verb '%s' for integer; int=0
// CHECK-NEXT: 1421 "0x1p4-3-" "": 1 expected newline; uint16=0x1
// CHECK-NEXT: 1422 "" "\t,%v%10s": 0 unexpected EOF; int=0 int8=0 main.MyInt=0
// CHECK-NEXT: 1423 "x" "": 0 expected integer; int=0 main.MyInt=0 float64=0
// CHECK-NEXT: 1424 "\"true7x\n=0x1p4" "": 1 unexpected newline; main.MyBytes=main.MyBytes{0x22, 0x74, 0x72, 0x75, 0x65, 0x37, 0x78} bool=false uintptr=0x0
// CHECK-NEXT: 1425 "x.." "": 0 expected newline;
// CHECK-NEXT: 1426 "€pp_" "": 0 too many operands; int8=0 int64=0 main.MyString=""
// CHECK-NEXT: 1427 "\t1.5t" "": 1 expected newline; float32=1.5
// CHECK-NEXT: 1428 "\n\r1ex7falsef" "": 0 unexpected newline; uintptr=0x0 bool=false float64=0
// CHECK-NEXT: 1429 "U+(" "": 0 expected newline;
// T-amd64: 1430 "99999999999  P0oabe" "": 2 EOF; uintptr=0x174876e7ff string="P0oabe" int64=0
// T-386: 1430 "99999999999  P0oabe" "": 0 unsigned integer overflow on token 99999999999; uintptr=0x0 string="" int64=0
// T-arm: 1430 "99999999999  P0oabe" "": 0 unsigned integer overflow on token 99999999999; uintptr=0x0 string="" int64=0
// CHECK-NEXT: 1431 "\"f0o\xffTfalse" "": 1 <nil>; main.MyBytes=main.MyBytes{0x22, 0x66, 0x30, 0x6f, 0xef, 0xbf, 0xbd, 0x54, 0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: 1432 "0" "": 1 EOF; string="0" main.MyUint=0x0 int32=0
// CHECK-NEXT: 1433 "0oéab\\false€0" "": 0 strconv.ParseUint: parsing "0o": invalid syntax; main.MyUint=0x0 uint64=0x0 uint16=0x0
// CHECK-NEXT: 1434 "\n\t0oabT99999999999" "": 1 <nil>; main.MyBytes=main.MyBytes{0x30, 0x6f, 0x61, 0x62, 0x54, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39}
// CHECK-NEXT: 1435 "\"0x1p41true" "": 0 expected integer; main.MyUint=0x0 int64=0
// CHECK-NEXT: 1436 "0b__ \nf" "": 1 <nil>; []uint8=[]byte{0x30, 0x62, 0x5f, 0x5f}
// CHECK-NEXT: 1437 "%\n0b\"t " "": 0 strconv.ParseFloat: parsing "": invalid syntax; main.MyFloat=0
// CHECK-NEXT: 1438 "  0bp1.51.50x" "%1c=": 1 input does not match format; int32=32
// CHECK-NEXT: 1439 "abab\r" "": 0 expected integer; int=0 int8=0 main.MyUint=0x0
// CHECK-NEXT: 1440 " €" "": 0 <nil>;
// CHECK-NEXT: 1441 "+U+" "%cx\n %X": 1 input does not match format; int32=43 main.MyBytes=main.MyBytes(nil) main.MyUint=0x0
// CHECK-NEXT: 1442 "_" "": 0 strconv.ParseUint: parsing "_": invalid syntax; uintptr=0x0 uintptr=0x0 []uint8=[]byte(nil)
// CHECK-NEXT: 1443 "€T%" "%z=%o%x": 0 bad verb '%z' for string; main.MyBytes=main.MyBytes(nil) []uint8=[]byte(nil) int8=0
// CHECK-NEXT: 1444 "fé(-3true0x1p465536" "": 1 EOF; main.MyString="fé(-3true0x1p465536" main.MyBool=false main.MyFloat=0
// CHECK-NEXT: 1445 ")x255x7(`" "": 1 <nil>; bool=false
// CHECK-NEXT: 1446 "" "%v": 0 EOF; string="" int32=0
// CHECK-NEXT: 1447 "-3`0x1p4P)12P" "%2s%v%10s": 0 too few operands for format '%s%v%10s';
// CHECK-NEXT: 1448 "" "%t=%f%f": 0 EOF; main.MyBool=false []uint8=[]byte(nil)
// CHECK-NEXT: 1449 "F" "": 1 EOF; main.MyBool=false main.MyString=""
// CHECK-NEXT: 1450 "" "=%v\t": 0 unexpected EOF; main.MyBool=false []uint8=[]byte(nil)
// CHECK-NEXT: 1451 "\t" "": 0 EOF; int64=0 int=0 uint64=0x0
// CHECK-NEXT: 1452 "é+\r\n\u00a0" "\né%2x%": 0 newline in format does not match input;
// CHECK-NEXT: 1453 "" "": 0 <nil>;
// CHECK-NEXT: 1454 "0x" "": 0 <nil>;
// CHECK-NEXT: 1455 "false)99999999999x" "  \n%z%5v": 0 newline in format does not match input;
// CHECK-NEXT: 1456 "1.5fnan\n\xff.\t" "\n\n \t": 0 newline in format does not match input; float32=0 main.MyUint=0x0 int64=0
// CHECK-NEXT: 1457 "" "": 0 <nil>;
// CHECK-NEXT: 1458 "(false12" "%5v%5v%b": 0 expected integer; uintptr=0x0 int=0 float64=0
// CHECK-NEXT: 1459 "trueéF0x1p40o" "": 0 <nil>;
// CHECK-NEXT: 1460 "\r\n" ",": 0 input does not match format; int64=0 bool=false
// CHECK-NEXT: 1461 "1_\n,0x,7" "": 0 <nil>;
// CHECK-NEXT: 1462 "0b\t" "": 1 expected integer; main.MyFloat=0 int=0 main.MyFloat=0
// CHECK-NEXT: 1463 "ab_p\"0.\xff" "": 1 <nil>; []uint8=[]byte{0x61, 0x62, 0x5f, 0x70, 0x22, 0x30, 0x2e, 0xef, 0xbf, 0xbd}
// CHECK-NEXT: 1464 ",`)65536f(" "%b": 0 bad verb '%b' for string; main.MyBytes=main.MyBytes(nil)
// CHECK-NEXT: 1465 "0ba0x1p40x" "": 2 EOF; float64=0 string="ba0x1p40x" main.MyFloat=0
// CHECK-NEXT: 1466 "0o0x\r\n\r65536t0o" "": 1 <nil>; main.MyBytes=main.MyBytes{0x30, 0x6f, 0x30, 0x78}
// CHECK-NEXT: 1467 "\r255255\\nan" "": 0 too many operands; int32=0 bool=false
// CHECK-NEXT: 1468 "0bfalseT`" "": 0 expected newline;
// CHECK-NEXT: 1469 "Infa" "": 1 strconv.ParseFloat: parsing "n": invalid syntax; main.MyBool=false main.MyFloat=0 uint64=0x0
// CHECK-NEXT: 1470 "false€=-3" "%s": 0 too few operands for format '%s';
// CHECK-NEXT: 1471 "nan91e €\"1.5" "": 3 <nil>; main.MyBool=false []uint8=[]byte{0x61, 0x6e, 0x39, 0x31, 0x65} []uint8=[]byte{0xe2, 0x82, 0xac, 0x22, 0x31, 0x2e, 0x35}
// CHECK-NEXT: 1472 "\n0xp\r  P\\" "": 0 unexpected newline; main.MyString="" string="" int=0
// CHECK-NEXT: 1473 "( " "x%t%10s": 0 input does not match format; main.MyBytes=main.MyBytes(nil) string="" float32=0
// CHECK-NEXT: 1474 " é+nan=255" "": 0 expected integer; int32=0 string=""
// CHECK-NEXT: 1475 "0x" "": 1 <nil>; bool=false
// CHECK-NEXT: 1476 "XU+\\1e1e7\t" "": 0 expected newline;
// CHECK-NEXT: 1477 "\n\\0o_" "": 0 unexpected newline; int64=0 uint16=0x0
// CHECK-NEXT: 1478 " é\r f" "": 0 strconv.ParseFloat: parsing "": invalid syntax; float32=0
// CHECK-NEXT: 1479 " \xffTa" "=": 0 input does not match format; float32=0 bool=false int8=0
// CHECK-NEXT: 1480 "1\n+" " %z": 0 expected space in input to match format;
// CHECK-NEXT: 1481 "Inf" "": 1 EOF; main.MyFloat=+Inf float32=0 main.MyBool=false
// CHECK-NEXT: 1482 "  T\rab)(x" "%zx%f": 0 bad verb '%z' for integer; uintptr=0x0 float32=0 main.MyInt=0
// CHECK-NEXT: 1483 "t1255" "": 0 too many operands; int64=0
// CHECK-NEXT: 1484 "-3T)255255.false" "": 0 expected integer; uintptr=0x0 float64=0 float64=0
// CHECK-NEXT: 1485 "\r\n1.50b712" "": 0 <nil>;
// CHECK-NEXT: 1486 "7F0x1p4X0x1p4Inf" "": 0 <nil>;
// CHECK-NEXT: 1487 "" "\n%3d%z%X": 0 bad verb '%d' for string; []uint8=[]byte(nil)
// CHECK-NEXT: 1488 "" "": 0 EOF; int32=0 int64=0 uintptr=0x0
// CHECK-NEXT: 1489 "PInft\"" "%10s%q": 0 bad verb '%s' for boolean; main.MyBool=false
// CHECK-NEXT: 1490 "\n" "": 0 EOF; int32=0 uint64=0x0 int=0
// CHECK-NEXT: 1491 "" "": 0 EOF; bool=false int32=0
// CHECK-NEXT: 1492 "=true\r1Infabe" "": 0 expected integer; main.MyUint=0x0 int64=0 []uint8=[]byte(nil)
// CHECK-NEXT: 1493 "\u00a0)x65536€t" "%c\t%c": 1 expected space in input to match format; uintptr=0xa0 int64=0
// CHECK-NEXT: 1494 "0b\u00a0  . " "": 0 <nil>;
// CHECK-NEXT: 1495 "1.5__ft" "": 0 <nil>;
// CHECK-NEXT: 1496 "  .0x1p4)0o\rtrue" "": 1 expected integer; main.MyString=".0x1p4)0o" main.MyInt=0
// CHECK-NEXT: 1497 "0o1e\n" "": 2 <nil>; float32=0 main.MyString="o1e"
// CHECK-NEXT: 1498 "0x1p47ab-\u00a0\rT" "": 0 <nil>;
// CHECK-NEXT: 1499 "" "é%f%2x%g": 0 unexpected EOF; main.MyBool=false main.MyString=""
