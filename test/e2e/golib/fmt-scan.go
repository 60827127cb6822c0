// Package fmt from golib: scanning. Sscan, Sscanln and Sscanf of many
// inputs into every basic type and named types of them (through reflect),
// by every verb, with widths, Go's base prefixes and underscores, the
// space and newline rules of each function, Scanner methods (using
// ReadRune, UnreadRune, Token, Width, SkipSpace and a nested Fscanf),
// Fscan over a reader with ReadRune and UnreadRune and over plain
// readers (successive calls, ill-formed UTF-8, errors), and the exact
// counts and errors.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"unicode/utf8"
)

type (
	MyBool    bool
	MyInt     int
	MyInt8    int8
	MyUint16  uint16
	MyUintptr uintptr
	MyFloat32 float32
	MyFloat64 float64
	MyString  string
	MyBytes   []byte
)

var allKinds = []string{
	"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
	"uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"string", "[]byte", "MyBool", "MyInt", "MyInt8", "MyUint16",
	"MyUintptr", "MyFloat32", "MyFloat64", "MyString", "MyBytes",
}

// newDest returns a pointer to a new variable of the kind named.
func newDest(k string) interface{} {
	switch k {
	case "bool":
		return new(bool)
	case "int":
		return new(int)
	case "int8":
		return new(int8)
	case "int16":
		return new(int16)
	case "int32":
		return new(int32)
	case "int64":
		return new(int64)
	case "uint":
		return new(uint)
	case "uint8":
		return new(uint8)
	case "uint16":
		return new(uint16)
	case "uint32":
		return new(uint32)
	case "uint64":
		return new(uint64)
	case "uintptr":
		return new(uintptr)
	case "float32":
		return new(float32)
	case "float64":
		return new(float64)
	case "string":
		return new(string)
	case "[]byte":
		return new([]byte)
	case "MyBool":
		return new(MyBool)
	case "MyInt":
		return new(MyInt)
	case "MyInt8":
		return new(MyInt8)
	case "MyUint16":
		return new(MyUint16)
	case "MyUintptr":
		return new(MyUintptr)
	case "MyFloat32":
		return new(MyFloat32)
	case "MyFloat64":
		return new(MyFloat64)
	case "MyString":
		return new(MyString)
	case "MyBytes":
		return new(MyBytes)
	case "Pair":
		return new(Pair)
	case "Word":
		return new(Word)
	case "Runes":
		return new(Runes)
	case "Tok":
		return new(Tok)
	case "Failer":
		return new(Failer)
	case "ReadCaller":
		return new(ReadCaller)
	}
	panic("no kind " + k)
}

// show prints what p points to.
func show(p interface{}) string {
	return fmt.Sprintf("%#v", reflect.ValueOf(p).Elem().Interface())
}

func dests(kinds []string) []interface{} {
	a := make([]interface{}, len(kinds))
	for i, k := range kinds {
		a[i] = newDest(k)
	}
	return a
}

// join lists kinds (no brackets: FileCheck reads [[ as a variable).
func join(kinds []string) string {
	s := "-"
	for i, k := range kinds {
		if i == 0 {
			s = k
		} else {
			s += "," + k
		}
	}
	return s
}

func showAll(a []interface{}) string {
	s := ""
	for i, p := range a {
		if i > 0 {
			s += " "
		}
		s += show(p)
	}
	return s
}

// Inputs scanned into every kind by Sscan.
var inputs = []string{
	"0", "42", "-42", "+7", "  12  ", "0x1F", "0X1f", "-0x10", "0b101",
	"0B11", "0o17", "0O17", "017", "08", "00", "0x", "0b", "0b2", "0o8",
	"1_000", "_1", "1__0", "0x_1f", "1_", "127", "128", "-128", "-129",
	"255", "256", "-1", "32767", "65535", "65536", "2147483648",
	"4294967295", "4294967296", "-2147483649", "9223372036854775807",
	"9223372036854775808", "-9223372036854775808", "18446744073709551615",
	"18446744073709551616", "", "   ", "\n", " \n 5", "\r\n6", "abc",
	"12abc", "1.5", "-2.25e2", "1e3", "-", "+", "é", "nan", "NaN", "inf",
	"-Inf", "+inf", "infinity", "0x1p-2", "0x1.8p1", "0X1P+3", "1p3",
	"1.5p-1", "1P3", "1e", "1e+", ".5", "5.", "1_0.5", "1e400",
	"1e-400", "3.4e39", "-3.5e38", "0x1p128", "true", "false", "TRUE",
	"True", "t", "f", "T", "F", "tr", "fa", "fals", "falsey", "truex",
	"1", "x", `"quoted"`, "`raw`", "7\r\n", "1 2",
}

// Kinds of destinations that are not a pointer to a basic type.
type Plain struct{ x int }

func badDests() {
	var i int
	var pi *int = &i
	cases := []interface{}{5, "s", &pi, &Plain{}, &[]int{}, new(interface{}),
		(*MyInt)(nil), new([2]byte), new(map[string]int)}
	for _, c := range cases {
		n, err := fmt.Sscan("1", c)
		fmt.Printf("bad %T: %d %v\n", c, n, err)
	}
}

func sscanAll() {
	for _, in := range inputs {
		for _, k := range allKinds {
			p := newDest(k)
			n, err := fmt.Sscan(in, p)
			fmt.Printf("Sscan(%q) %s: %d %v %s\n", in, k, n, err, show(p))
		}
	}
}

// Sscanln's newline rules with two operands.
func sscanlnCases() {
	lines := []string{"1 2", "1 2\n", "1\n2", "1 2 3", "1 2  \n", "1 2\t\n3",
		"1", "", "\n", "1 2\r\n", " 1 2", "1 2 x", "1 2x", "\n1 2", "1 \n2",
		"1 2\r", "1 2\rx", "  ", "1 2 \r\n"}
	for _, in := range lines {
		for _, ks := range [][]string{{"int", "int"}, {"string", "float64"}, {"MyInt", "MyString"}} {
			a := dests(ks)
			n, err := fmt.Sscanln(in, a...)
			fmt.Printf("Sscanln(%q) %s: %d %v %s\n", in, join(ks), n, err, showAll(a))
		}
		a := dests([]string{"int", "int"})
		n, err := fmt.Sscan(in, a...)
		fmt.Printf("Sscan(%q): %d %v %s\n", in, n, err, showAll(a))
	}
	n, err := fmt.Sscanln("x")
	fmt.Println("Sscanln no operands:", n, err)
	n, err = fmt.Sscanln("  \n")
	fmt.Println("Sscanln no operands, spaces:", n, err)
	n, err = fmt.Sscan("anything")
	fmt.Println("Sscan no operands:", n, err)
}

// Verbs of Sscanf against kinds.
func verbMatrix() {
	verbs := "vdboxXcUtsqefgEGFz"
	kinds := []string{"bool", "int", "int8", "uint", "uint8", "float32",
		"float64", "string", "[]byte", "MyInt", "MyFloat64", "MyString", "MyBytes"}
	ins := []string{"101", " 7f", "U+263A", "é", `"q\"x"`, "true"}
	for _, in := range ins {
		for _, v := range verbs {
			for _, k := range kinds {
				p := newDest(k)
				format := "%" + string(v)
				n, err := fmt.Sscanf(in, format, p)
				fmt.Printf("Sscanf(%q, %q) %s: %d %v %s\n", in, format, k, n, err, show(p))
			}
		}
	}
}

type scanfCase struct {
	format, input string
	kinds         []string
}

var scanfCases = []scanfCase{
	{"%d %d", "1 2", []string{"int", "int"}},
	{"%d %d", "1   2", []string{"int", "int"}},
	{"%d %d", "1\n2", []string{"int", "int"}},
	{"%d %d", "12", []string{"int", "int"}},
	{"%d%d", "1 2", []string{"int", "int"}},
	{"%d%d", "1\n2", []string{"int", "int"}},
	{"%d\n%d", "1\n2", []string{"int", "int"}},
	{"%d\n%d", "1 \n 2", []string{"int", "int"}},
	{"%d\n%d", "1\r\n2", []string{"int", "int"}},
	{"%d\n%d", "1 2", []string{"int", "int"}},
	{"%d\n%d", "1\n\n2", []string{"int", "int"}},
	{"%d\n\n%d", "1\n\n2", []string{"int", "int"}},
	{"%d\n\n%d", "1\n2", []string{"int", "int"}},
	{"%d \n%d", "1\n2", []string{"int", "int"}},
	{"%d\n %d", "1\n   2", []string{"int", "int"}},
	{"%d\n %d", "1\n2", []string{"int", "int"}},
	{"%d \n %d", "1  \n  2", []string{"int", "int"}},
	{"%d\n", "1", []string{"int"}},
	{"%d\n", "1\n", []string{"int"}},
	{"%d\n", "1\n\n", []string{"int"}},
	{"%d\n", "1 x", []string{"int"}},
	{"%d ", "1", []string{"int"}},
	{"%d ", "1 ", []string{"int"}},
	{"%d ", "1\n", []string{"int"}},
	{"%d x", "1x", []string{"int"}},
	{"%d x", "1 x", []string{"int"}},
	{" %d", " 1", []string{"int"}},
	{" %d", "1", []string{"int"}},
	{" %d", "\n1", []string{"int"}},
	{"\n%d", "\n1", []string{"int"}},
	{"\n%d", "1", []string{"int"}},
	{"%d", "\n1", []string{"int"}},
	{"%d", " 1", []string{"int"}},
	{"%d", "", []string{"int"}},
	{"%d", "   ", []string{"int"}},
	{"%d %d", "1", []string{"int", "int"}},
	{"%d %d", "1 ", []string{"int", "int"}},
	{"x%d", "", []string{"int"}},
	{"x%d", "x5", []string{"int"}},
	{"x%d", "y5", []string{"int"}},
	{"%d,%d", "3,4", []string{"int", "int"}},
	{"%d,%d", "3 ,4", []string{"int", "int"}},
	{"%d, %d", "3,4", []string{"int", "int"}},
	{"%d, %d", "3,   4", []string{"int", "int"}},
	{"(%d,%s)", "(3,abc)", []string{"int", "string"}},
	{"%s,%d", "abc,3", []string{"string", "int"}},
	{"%5s%d", " 1234567 ", []string{"string", "int"}},
	{"%5s%d", " 12 34 567 ", []string{"string", "int"}},
	{"%3d%3d", "123456", []string{"int", "int"}},
	{"%3d%3d", "-12345", []string{"int", "int"}},
	{"%1d%1d%1d", "1 23", []string{"int", "int", "int"}},
	{"%2x%2x", "ff7e", []string{"uint8", "uint8"}},
	{"%4x", "deadbeef", []string{"string"}},
	{"%2s%2s", "héllo", []string{"string", "string"}},
	{"%3f%f", "1.2345", []string{"float64", "float64"}},
	{"%4v%v", "0x1234", []string{"int", "int"}},
	{"%2t%d", "true", []string{"bool", "int"}},
	{"%6q%s", `"ab"cd`, []string{"string", "string"}},
	{"%3q", `"abcd"`, []string{"string"}},
	{"%c%c%c", "a b", []string{"int32", "int32", "int32"}},
	{"%c%c", "\n\t", []string{"int32", "int32"}},
	{"%c", "", []string{"int32"}},
	{"%c", "€", []string{"int8"}},
	{"%c", "€", []string{"uint8"}},
	{"%c", "\u00c8", []string{"uint8"}},
	{"%c", "x", []string{"uint8"}},
	{"%c", "€", []string{"int16"}},
	{"%c", "€", []string{"uint16"}},
	{"%c", "\U0001F600", []string{"uint16"}},
	{"%c", "\U0001F600", []string{"int32"}},
	{"%c", "€", []string{"string"}},
	{"%c", "€", []string{"float64"}},
	{"%c", "x", []string{"MyInt8"}},
	{"%3c", "abc", []string{"int32"}},
	{"%d%%", "50%", []string{"int"}},
	{"%d%%", "50 %", []string{"int"}},
	{"%d %%", "50 %", []string{"int"}},
	{"%d%%%d", "5%6", []string{"int", "int"}},
	{"%5%%d", "  %7", []string{"int"}},
	{"%5%%d", "7", []string{"int"}},
	{"%d%", "5", []string{"int"}},
	{"%", "5", []string{"int"}},
	{"%d", "5", []string{}},
	{"%d", "5", []string{"int", "int"}},
	{"%d %d", "5", []string{"int"}},
	{"abc", "abc", []string{}},
	{"abc", "abd", []string{}},
	{"abc", "ab", []string{}},
	{"", "", []string{}},
	{"", "x", []string{"int"}},
	{"%d", "0x10", []string{"int"}},
	{"%v", "0x10", []string{"int"}},
	{"%x", "0x10", []string{"int"}},
	{"%x", "-ff", []string{"int"}},
	{"%x", "-ff", []string{"uint"}},
	{"%X", "FF", []string{"uint8"}},
	{"%o", "777", []string{"uint16"}},
	{"%o", "8", []string{"uint16"}},
	{"%b", "-1010", []string{"int8"}},
	{"%b", "102", []string{"int8"}},
	{"%U", "U+1F600", []string{"int32"}},
	{"%U", "u+1F600", []string{"int32"}},
	{"%U", "U1F600", []string{"int32"}},
	{"%U%d", "X+15", []string{"int", "int"}},
	{"%U", "U+", []string{"int32"}},
	{"%d", "1_000", []string{"int"}},
	{"%v", "1_000", []string{"int"}},
	{"%d", "+-5", []string{"int"}},
	{"%v", "-0b1_01", []string{"int"}},
	{"%v", "0_7", []string{"int"}},
	{"%v %v", "0 7", []string{"int", "int"}},
	{"%v", "-0", []string{"int"}},
	{"%s", "hello world", []string{"string"}},
	{"%s%s", "hello world", []string{"string", "string"}},
	{"%v", "  tab\there", []string{"string"}},
	{"%q", `"a\tb\u00e9\x41\101"`, []string{"string"}},
	{"%q", "`raw \\n`", []string{"string"}},
	{"%q", `"unterminated`, []string{"string"}},
	{"%q", "`unterminated", []string{"string"}},
	{"%q", `"bad \z"`, []string{"string"}},
	{"%q", `'c'`, []string{"string"}},
	{"%q", `"\""`, []string{"string"}},
	{"%q", `"\\"x`, []string{"string", "string"}},
	{"%q%s", `"a"b`, []string{"string", "string"}},
	{"%q", "\"new\nline\"", []string{"string"}},
	{"%x", "48656c6c6f", []string{"string"}},
	{"%X", "48656C6C6F zz", []string{"[]byte"}},
	{"%x", "4865z", []string{"string"}},
	{"%x", "486", []string{"string"}},
	{"%x", "48 65", []string{"string", "string"}},
	{"%x", "zz", []string{"string"}},
	{"%x", "", []string{"string"}},
	{"%x%s", "4142rest", []string{"MyBytes", "string"}},
	{"%t %t %t", "1 0 T", []string{"bool", "bool", "bool"}},
	{"%t", "yes", []string{"bool"}},
	{"%t", "FaLsE", []string{"bool"}},
	{"%t%d", "t1", []string{"bool", "int"}},
	{"%t%d", "f1", []string{"bool", "int"}},
	{"%t%s", "trux", []string{"bool", "string"}},
	{"%e", "1.5e3", []string{"float64"}},
	{"%f", "0x1.8p1", []string{"float32"}},
	{"%g", "1_000.5", []string{"float64"}},
	{"%x", "1.5", []string{"float64"}},
	{"%x", "1.5", []string{"MyFloat64"}},
	{"%d", "1.5", []string{"MyFloat32"}},
	{"%F", "Inf", []string{"float64"}},
	{"%v", "1e38", []string{"float32"}},
	{"%v", "1e39", []string{"float32"}},
	{"%v", "1e39", []string{"MyFloat32"}},
	{"%v", "1p200", []string{"float32"}},
	{"%v", "1e40p2", []string{"float32"}},
	{"%v", "1.5p99999999999999999999", []string{"float64"}},
	{"%v", "1.5pxyz", []string{"float64"}},
	{"%v", "--1", []string{"float64"}},
	{"%v", "1.5.5", []string{"float64", "string"}},
	{"%v%v", "1e5e5", []string{"float64", "string"}},
	{"%v %v", "nan nAn", []string{"float64", "float32"}},
	{"%v", "na", []string{"float64"}},
	{"%v", "-nan", []string{"float64"}},
	{"%v", "0x1.fffffep127", []string{"float32"}},
	{"%v", "0x1p-149", []string{"float32"}},
	{"%v", "4.9e-324", []string{"float64"}},
	{"%s %d", "x\ny", []string{"string", "int"}},
	{"%s\n%s", "x\r\ny", []string{"string", "string"}},
	{"%d\r\n%d", "1\r\n2", []string{"int", "int"}},
	{"%d\t%d", "1\t\t2", []string{"int", "int"}},
	{"%d\u3000%d", "1 2", []string{"int", "int"}},
	{"%dé%d", "1é2", []string{"int", "int"}},
	{"%dé%d", "1e2", []string{"int", "int"}},
	{"%v %v %v", "t 12 x", []string{"MyBool", "MyUintptr", "MyString"}},
	{"%v %v", "300 -1", []string{"MyUint16", "MyUint16"}},
	{"%v", "70000", []string{"MyUint16"}},
	{"%c", "x", []string{"Pair"}},
	{"%v %v", "(1,2) (3,x)", []string{"Pair", "Pair"}},
	{"%v", "(1, 2)", []string{"Pair"}},
	{"%v", "(1,2", []string{"Pair"}},
	{"%v%d", "abc123", []string{"Word", "int"}},
	{"%2v%v", "abcdef", []string{"Word", "Word"}},
	{"%s %q", "  xyz 1", []string{"Word", "Word"}},
	{"%v", "123", []string{"Word"}},
	{"%v", "", []string{"Word"}},
	{"%v%v", "héllo", []string{"Runes", "Runes"}},
	{"%2v%v", "héllo", []string{"Runes", "Runes"}},
	{"%v", "", []string{"Runes"}},
	{"%v", "\n", []string{"Runes"}},
	{"%5v", "(1,23)", []string{"Pair"}},
	{"%v", "(", []string{"Pair"}},
	{"%v", "", []string{"Pair"}},
	{"%v", "Tok", []string{"Tok"}},
	{"%v%v", "a\nb", []string{"Tok", "Tok"}},
	{"%3v%v", "abcdef", []string{"Tok", "Tok"}},
	{"\xff%d", "\xff5", []string{"int"}},
	{"\xff%d", "\xfe5", []string{"int"}},
	{"%d\xff", "5\xc0", []string{"int"}},
	{"%s", "a\xffb c", []string{"string"}},
	{"%99999999999d", "5", []string{"int"}},
	{"%-5d", "5", []string{"int"}},
	{"%+d", "5", []string{"int"}},
	{"%#x", "5", []string{"int"}},
	{"%.2f", "5", []string{"float64"}},
	{"%5.2f", "5", []string{"float64"}},
	{"%[1]d", "5", []string{"int"}},
	{"%*d", "5", []string{"int"}},
	{"%v", "5", []string{"Failer"}},
	{"%d %v", "5 x", []string{"int", "ReadCaller"}},
	{"%05d", "00012", []string{"int"}},
	{"%0d", "5", []string{"int"}},
	{"%1d%1d", "-5", []string{"int", "int"}},
	{"%2d", "+5", []string{"int"}},
	{"%1x", "\u00e9", []string{"string"}},
}

func scanfTable() {
	for _, c := range scanfCases {
		a := dests(c.kinds)
		n, err := fmt.Sscanf(c.input, c.format, a...)
		fmt.Printf("Sscanf(%q, %q) %s: %d %v %s\n", c.input, c.format, join(c.kinds), n, err, showAll(a))
	}
}

// Pair scans "(a,b)" through a nested Fscanf on the ScanState.
type Pair struct{ A, B int }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	if verb != 'v' {
		return errors.New("Pair: bad verb " + string(verb))
	}
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.A, &p.B)
	return err
}

// Word scans lower-case letters with Token and records the verb and width.
type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, func(r rune) bool { return 'a' <= r && r <= 'z' })
	wid, ok := st.Width()
	if len(tok) == 0 && err == nil {
		err = io.EOF
	}
	*w = Word(fmt.Sprintf("%s/%c/%d/%v", tok, verb, wid, ok))
	return err
}

// Runes reads up to three runes with ReadRune, then steps back one.
type Runes struct{ Got string }

func (r *Runes) Scan(st fmt.ScanState, verb rune) error {
	for i := 0; i < 3; i++ {
		c, size, err := st.ReadRune()
		if err != nil {
			r.Got += fmt.Sprintf("[%v]", err)
			if i == 0 {
				return err
			}
			return nil
		}
		r.Got += fmt.Sprintf("%c%d", c, size)
	}
	if err := st.UnreadRune(); err != nil {
		r.Got += "!" + err.Error()
	}
	r.Got = r.Got[:len(r.Got)-2]
	return nil
}

// Tok takes a Token with the default rule, after spaces.
type Tok struct{ S string }

func (t *Tok) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	t.S = fmt.Sprintf("%q", tok)
	return err
}

// Failing Scanners.
type Failer struct{}

func (*Failer) Scan(st fmt.ScanState, verb rune) error { return errors.New("failer: no") }

type ReadCaller struct{ Msg string }

func (r *ReadCaller) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 4))
	r.Msg = err.Error()
	return nil
}

// Panicker panics with an error of its own: not the scanner's, so it
// propagates.
type Panicker struct{}

func (*Panicker) Scan(st fmt.ScanState, verb rune) error { panic(errors.New("panicker")) }

func scannerCases() {
	var f Failer
	n, err := fmt.Sscan("x", &f)
	fmt.Println("Failer:", n, err)
	var rc ReadCaller
	n, err = fmt.Sscan("x", &rc)
	fmt.Println("ReadCaller:", n, err, rc.Msg)
	var i int
	var w Word
	n, err = fmt.Sscan("5 abc", &i, &w)
	fmt.Println("Sscan word:", n, err, i, w)
	n, err = fmt.Sscanln("5\nabc", &i, &w)
	fmt.Println("Sscanln word:", n, err, i, w)
	var tk Tok
	n, err = fmt.Sscanln("\nabc", &tk)
	fmt.Println("Sscanln Tok:", n, err, tk.S)
	n, err = fmt.Sscanln(" x \n", &tk)
	fmt.Println("Sscanln Tok:", n, err, tk.S)
	var rs Runes
	n, err = fmt.Sscanln("a\nb", &rs)
	fmt.Println("Sscanln Runes:", n, err, rs.Got)
	var p Pair
	n, err = fmt.Sscanln("(1,\n2)", &p)
	fmt.Println("Sscanln Pair:", n, err, p)
	func() {
		defer func() { fmt.Println("nil operand recovered:", recover()) }()
		fmt.Sscan("1", nil)
	}()
	func() {
		defer func() { fmt.Println("Panicker recovered:", recover()) }()
		var p Panicker
		fmt.Sscan("x", &p)
	}()
}

// runeReader reads a string with ReadRune and UnreadRune.
type runeReader struct {
	s       string
	i, last int
	reads   int
}

func (r *runeReader) Read(b []byte) (int, error) {
	panic("runeReader: Read called")
}

func (r *runeReader) ReadRune() (rune, int, error) {
	r.reads++
	if r.i >= len(r.s) {
		r.last = -1
		return 0, 0, io.EOF
	}
	c, size := utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	r.last = size
	return c, size, nil
}

func (r *runeReader) UnreadRune() error {
	if r.last <= 0 {
		return errors.New("runeReader: nothing to unread")
	}
	r.i -= r.last
	r.last = -1
	return nil
}

// chunkReader reads a string k bytes at a time; with eofWithData the last
// bytes come with io.EOF; with empties, each read of data is preceded by
// an empty one.
type chunkReader struct {
	s           string
	k           int
	eofWithData bool
	empties     bool
	empty       bool
	reads       int
}

func (r *chunkReader) Read(b []byte) (int, error) {
	r.reads++
	if r.empties && !r.empty {
		r.empty = true
		return 0, nil
	}
	r.empty = false
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := r.k
	if n > len(b) {
		n = len(b)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(b, r.s[:n])
	r.s = r.s[n:]
	if r.eofWithData && len(r.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// errReader fails after its data.
type errReader struct{ s string }

func (r *errReader) Read(b []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, r.s[:1])
	r.s = r.s[1:]
	return n, nil
}

func fscanAll(name string, r io.Reader, kinds []string) {
	for i := 0; i < 12; i++ {
		a := dests(kinds)
		n, err := fmt.Fscan(r, a...)
		fmt.Printf("%s Fscan %d: %d %v %s\n", name, i, n, err, showAll(a))
		if err == io.EOF || (err != nil && n == 0 && i > 8) {
			return
		}
	}
}

func readerCases() {
	const text = "1 2 3\n45 abc\t6\n 7x8 9"
	fscanAll("runeReader", &runeReader{s: text}, []string{"string"})
	fscanAll("runeReader int", &runeReader{s: text}, []string{"int"})
	fscanAll("chunk1", &chunkReader{s: text, k: 1}, []string{"string"})
	fscanAll("chunk1 int", &chunkReader{s: text, k: 1}, []string{"int"})
	fscanAll("chunk5", &chunkReader{s: text, k: 5}, []string{"string"})
	fscanAll("chunk1 eofWithData", &chunkReader{s: "12 34", k: 1, eofWithData: true}, []string{"int"})
	fscanAll("chunk1 empties", &chunkReader{s: "12 34", k: 1, empties: true}, []string{"int"})
	fscanAll("errReader", &errReader{s: "12 34"}, []string{"int"})
	fscanAll("errReader string", &errReader{s: "12 34"}, []string{"string"})
	fscanAll("pair", &chunkReader{s: "1 2 3 4 5", k: 1}, []string{"int", "int"})

	// Successive Fscanln and Fscanf on one plain reader.
	r := &chunkReader{s: "1 2\n3 4\n5\n6 7 8\n9 10", k: 1}
	for i := 0; i < 7; i++ {
		a := dests([]string{"int", "int"})
		n, err := fmt.Fscanln(r, a...)
		fmt.Printf("Fscanln %d: %d %v %s\n", i, n, err, showAll(a))
	}
	r = &chunkReader{s: "a=1;b=2;c=x;d=4", k: 1}
	for i := 0; i < 5; i++ {
		var k string
		var v int
		n, err := fmt.Fscanf(r, "%1s=%d;", &k, &v)
		fmt.Printf("Fscanf %d: %d %v %q %d\n", i, n, err, k, v)
	}
	rr := &runeReader{s: "a=1;b=2;c=x;d=4"}
	for i := 0; i < 5; i++ {
		var k string
		var v int
		n, err := fmt.Fscanf(rr, "%1s=%d;", &k, &v)
		fmt.Printf("Fscanf runeReader %d: %d %v %q %d\n", i, n, err, k, v)
	}

	// Ill-formed UTF-8 through the byte-at-a-time reader and through a
	// string, rune by rune with %c.
	for _, s := range []string{"\xff\xfeA", "\xe2\x82\xacB", "\xe2\x82", "\xe2\x82C", "\xf0\x9f\x98", "a\xc0\x80b"} {
		cr := &chunkReader{s: s, k: 1}
		out := ""
		for i := 0; i < 5; i++ {
			var c rune
			n, err := fmt.Fscanf(cr, "%c", &c)
			out += fmt.Sprintf(" %d/%v/%U", n, err, c)
		}
		var runes Runes
		n, err := fmt.Sscan(s, &runes)
		fmt.Printf("bad UTF-8 %q:%s; Runes %d %v %q\n", s, out, n, err, runes.Got)
		var str string
		n, err = fmt.Sscan(s, &str)
		fmt.Printf("  string %d %v %q\n", n, err, str)
	}
}

func main() {
	badDests()
	sscanAll()
	sscanlnCases()
	verbMatrix()
	scanfTable()
	scannerCases()
	readerCases()
}

// CHECK: bad int: 0 type not a pointer: int
// CHECK-NEXT: bad string: 0 type not a pointer: string
// CHECK-NEXT: bad **int: 0 can't scan type: **int
// CHECK-NEXT: bad *main.Plain: 0 can't scan type: *main.Plain
// CHECK-NEXT: bad *[]int: 0 can't scan type: *[]int
// CHECK-NEXT: bad *interface {}: 0 can't scan type: *interface {}
// CHECK-NEXT: bad *main.MyInt: 0 can't scan type: *main.MyInt
// CHECK-NEXT: bad *[2]uint8: 0 can't scan type: *[2]uint8
// CHECK-NEXT: bad *map[string]int: 0 can't scan type: *map[string]int
// CHECK-NEXT: Sscan("0") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0") int: 1 <nil> 0
// CHECK-NEXT: Sscan("0") int8: 1 <nil> 0
// CHECK-NEXT: Sscan("0") int16: 1 <nil> 0
// CHECK-NEXT: Sscan("0") int32: 1 <nil> 0
// CHECK-NEXT: Sscan("0") int64: 1 <nil> 0
// CHECK-NEXT: Sscan("0") uint: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") uint8: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") uint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") uint32: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") uint64: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") uintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0") string: 1 <nil> "0"
// CHECK-NEXT: Sscan("0") []byte: 1 <nil> []byte{0x30}
// CHECK-NEXT: Sscan("0") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0") MyInt: 1 <nil> 0
// CHECK-NEXT: Sscan("0") MyInt8: 1 <nil> 0
// CHECK-NEXT: Sscan("0") MyUint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") MyUintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("0") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0") MyString: 1 <nil> "0"
// CHECK-NEXT: Sscan("0") MyBytes: 1 <nil> main.MyBytes{0x30}
// CHECK-NEXT: Sscan("42") bool: 1 <nil> false
// CHECK-NEXT: Sscan("42") int: 1 <nil> 42
// CHECK-NEXT: Sscan("42") int8: 1 <nil> 42
// CHECK-NEXT: Sscan("42") int16: 1 <nil> 42
// CHECK-NEXT: Sscan("42") int32: 1 <nil> 42
// CHECK-NEXT: Sscan("42") int64: 1 <nil> 42
// CHECK-NEXT: Sscan("42") uint: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") uint8: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") uint16: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") uint32: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") uint64: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") uintptr: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") float32: 1 <nil> 42
// CHECK-NEXT: Sscan("42") float64: 1 <nil> 42
// CHECK-NEXT: Sscan("42") string: 1 <nil> "42"
// CHECK-NEXT: Sscan("42") []byte: 1 <nil> []byte{0x34, 0x32}
// CHECK-NEXT: Sscan("42") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("42") MyInt: 1 <nil> 42
// CHECK-NEXT: Sscan("42") MyInt8: 1 <nil> 42
// CHECK-NEXT: Sscan("42") MyUint16: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") MyUintptr: 1 <nil> 0x2a
// CHECK-NEXT: Sscan("42") MyFloat32: 1 <nil> 42
// CHECK-NEXT: Sscan("42") MyFloat64: 1 <nil> 42
// CHECK-NEXT: Sscan("42") MyString: 1 <nil> "42"
// CHECK-NEXT: Sscan("42") MyBytes: 1 <nil> main.MyBytes{0x34, 0x32}
// CHECK-NEXT: Sscan("-42") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-42") int: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") int8: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") int16: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") int32: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") int64: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") float32: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") float64: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") string: 1 <nil> "-42"
// CHECK-NEXT: Sscan("-42") []byte: 1 <nil> []byte{0x2d, 0x34, 0x32}
// CHECK-NEXT: Sscan("-42") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-42") MyInt: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") MyInt8: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-42") MyFloat32: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") MyFloat64: 1 <nil> -42
// CHECK-NEXT: Sscan("-42") MyString: 1 <nil> "-42"
// CHECK-NEXT: Sscan("-42") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x34, 0x32}
// CHECK-NEXT: Sscan("+7") bool: 1 <nil> false
// CHECK-NEXT: Sscan("+7") int: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") int8: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") int16: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") int32: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") int64: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") float32: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") float64: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") string: 1 <nil> "+7"
// CHECK-NEXT: Sscan("+7") []byte: 1 <nil> []byte{0x2b, 0x37}
// CHECK-NEXT: Sscan("+7") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("+7") MyInt: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") MyInt8: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+7") MyFloat32: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscan("+7") MyString: 1 <nil> "+7"
// CHECK-NEXT: Sscan("+7") MyBytes: 1 <nil> main.MyBytes{0x2b, 0x37}
// CHECK-NEXT: Sscan("  12  ") bool: 1 <nil> true
// CHECK-NEXT: Sscan("  12  ") int: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") int8: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") int16: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") int32: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") int64: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") uint: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") uint8: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") uint16: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") uint32: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") uint64: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") uintptr: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") float32: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") float64: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") string: 1 <nil> "12"
// CHECK-NEXT: Sscan("  12  ") []byte: 1 <nil> []byte{0x31, 0x32}
// CHECK-NEXT: Sscan("  12  ") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("  12  ") MyInt: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") MyInt8: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") MyUint16: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") MyUintptr: 1 <nil> 0xc
// CHECK-NEXT: Sscan("  12  ") MyFloat32: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") MyFloat64: 1 <nil> 12
// CHECK-NEXT: Sscan("  12  ") MyString: 1 <nil> "12"
// CHECK-NEXT: Sscan("  12  ") MyBytes: 1 <nil> main.MyBytes{0x31, 0x32}
// CHECK-NEXT: Sscan("0x1F") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1F") int: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") int8: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") int16: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") int32: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") int64: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") uint: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") uint8: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") uint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") uint32: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") uint64: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") uintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") float32: 0 strconv.ParseFloat: parsing "0x1F": invalid syntax 0
// CHECK-NEXT: Sscan("0x1F") float64: 0 strconv.ParseFloat: parsing "0x1F": invalid syntax 0
// CHECK-NEXT: Sscan("0x1F") string: 1 <nil> "0x1F"
// CHECK-NEXT: Sscan("0x1F") []byte: 1 <nil> []byte{0x30, 0x78, 0x31, 0x46}
// CHECK-NEXT: Sscan("0x1F") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1F") MyInt: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") MyInt8: 1 <nil> 31
// CHECK-NEXT: Sscan("0x1F") MyUint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") MyUintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x1F") MyFloat32: 0 strconv.ParseFloat: parsing "0x1F": invalid syntax 0
// CHECK-NEXT: Sscan("0x1F") MyFloat64: 0 strconv.ParseFloat: parsing "0x1F": invalid syntax 0
// CHECK-NEXT: Sscan("0x1F") MyString: 1 <nil> "0x1F"
// CHECK-NEXT: Sscan("0x1F") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78, 0x31, 0x46}
// CHECK-NEXT: Sscan("0X1f") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0X1f") int: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") int8: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") int16: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") int32: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") int64: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") uint: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") uint8: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") uint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") uint32: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") uint64: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") uintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") float32: 0 strconv.ParseFloat: parsing "0X1f": invalid syntax 0
// CHECK-NEXT: Sscan("0X1f") float64: 0 strconv.ParseFloat: parsing "0X1f": invalid syntax 0
// CHECK-NEXT: Sscan("0X1f") string: 1 <nil> "0X1f"
// CHECK-NEXT: Sscan("0X1f") []byte: 1 <nil> []byte{0x30, 0x58, 0x31, 0x66}
// CHECK-NEXT: Sscan("0X1f") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0X1f") MyInt: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") MyInt8: 1 <nil> 31
// CHECK-NEXT: Sscan("0X1f") MyUint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") MyUintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0X1f") MyFloat32: 0 strconv.ParseFloat: parsing "0X1f": invalid syntax 0
// CHECK-NEXT: Sscan("0X1f") MyFloat64: 0 strconv.ParseFloat: parsing "0X1f": invalid syntax 0
// CHECK-NEXT: Sscan("0X1f") MyString: 1 <nil> "0X1f"
// CHECK-NEXT: Sscan("0X1f") MyBytes: 1 <nil> main.MyBytes{0x30, 0x58, 0x31, 0x66}
// CHECK-NEXT: Sscan("-0x10") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-0x10") int: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") int8: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") int16: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") int32: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") int64: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") float32: 0 strconv.ParseFloat: parsing "-0x10": invalid syntax 0
// CHECK-NEXT: Sscan("-0x10") float64: 0 strconv.ParseFloat: parsing "-0x10": invalid syntax 0
// CHECK-NEXT: Sscan("-0x10") string: 1 <nil> "-0x10"
// CHECK-NEXT: Sscan("-0x10") []byte: 1 <nil> []byte{0x2d, 0x30, 0x78, 0x31, 0x30}
// CHECK-NEXT: Sscan("-0x10") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-0x10") MyInt: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") MyInt8: 1 <nil> -16
// CHECK-NEXT: Sscan("-0x10") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-0x10") MyFloat32: 0 strconv.ParseFloat: parsing "-0x10": invalid syntax 0
// CHECK-NEXT: Sscan("-0x10") MyFloat64: 0 strconv.ParseFloat: parsing "-0x10": invalid syntax 0
// CHECK-NEXT: Sscan("-0x10") MyString: 1 <nil> "-0x10"
// CHECK-NEXT: Sscan("-0x10") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x30, 0x78, 0x31, 0x30}
// CHECK-NEXT: Sscan("0b101") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0b101") int: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") int8: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") int16: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") int32: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") int64: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") uint: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") uint8: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") uint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") uint32: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") uint64: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") uintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b101") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b101") string: 1 <nil> "0b101"
// CHECK-NEXT: Sscan("0b101") []byte: 1 <nil> []byte{0x30, 0x62, 0x31, 0x30, 0x31}
// CHECK-NEXT: Sscan("0b101") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0b101") MyInt: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") MyInt8: 1 <nil> 5
// CHECK-NEXT: Sscan("0b101") MyUint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") MyUintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan("0b101") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b101") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b101") MyString: 1 <nil> "0b101"
// CHECK-NEXT: Sscan("0b101") MyBytes: 1 <nil> main.MyBytes{0x30, 0x62, 0x31, 0x30, 0x31}
// CHECK-NEXT: Sscan("0B11") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0B11") int: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") int8: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") int16: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") int32: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") int64: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") uint: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") uint8: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") uint16: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") uint32: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") uint64: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") uintptr: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0B11") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0B11") string: 1 <nil> "0B11"
// CHECK-NEXT: Sscan("0B11") []byte: 1 <nil> []byte{0x30, 0x42, 0x31, 0x31}
// CHECK-NEXT: Sscan("0B11") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0B11") MyInt: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") MyInt8: 1 <nil> 3
// CHECK-NEXT: Sscan("0B11") MyUint16: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") MyUintptr: 1 <nil> 0x3
// CHECK-NEXT: Sscan("0B11") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0B11") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0B11") MyString: 1 <nil> "0B11"
// CHECK-NEXT: Sscan("0B11") MyBytes: 1 <nil> main.MyBytes{0x30, 0x42, 0x31, 0x31}
// CHECK-NEXT: Sscan("0o17") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0o17") int: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") int8: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") int16: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") int32: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") int64: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") uint: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") uint8: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") uint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") uint32: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") uint64: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") uintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0o17") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0o17") string: 1 <nil> "0o17"
// CHECK-NEXT: Sscan("0o17") []byte: 1 <nil> []byte{0x30, 0x6f, 0x31, 0x37}
// CHECK-NEXT: Sscan("0o17") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0o17") MyInt: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") MyInt8: 1 <nil> 15
// CHECK-NEXT: Sscan("0o17") MyUint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") MyUintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0o17") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0o17") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0o17") MyString: 1 <nil> "0o17"
// CHECK-NEXT: Sscan("0o17") MyBytes: 1 <nil> main.MyBytes{0x30, 0x6f, 0x31, 0x37}
// CHECK-NEXT: Sscan("0O17") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0O17") int: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") int8: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") int16: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") int32: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") int64: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") uint: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") uint8: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") uint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") uint32: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") uint64: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") uintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0O17") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0O17") string: 1 <nil> "0O17"
// CHECK-NEXT: Sscan("0O17") []byte: 1 <nil> []byte{0x30, 0x4f, 0x31, 0x37}
// CHECK-NEXT: Sscan("0O17") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0O17") MyInt: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") MyInt8: 1 <nil> 15
// CHECK-NEXT: Sscan("0O17") MyUint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") MyUintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("0O17") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0O17") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0O17") MyString: 1 <nil> "0O17"
// CHECK-NEXT: Sscan("0O17") MyBytes: 1 <nil> main.MyBytes{0x30, 0x4f, 0x31, 0x37}
// CHECK-NEXT: Sscan("017") bool: 1 <nil> false
// CHECK-NEXT: Sscan("017") int: 1 <nil> 15
// CHECK-NEXT: Sscan("017") int8: 1 <nil> 15
// CHECK-NEXT: Sscan("017") int16: 1 <nil> 15
// CHECK-NEXT: Sscan("017") int32: 1 <nil> 15
// CHECK-NEXT: Sscan("017") int64: 1 <nil> 15
// CHECK-NEXT: Sscan("017") uint: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") uint8: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") uint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") uint32: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") uint64: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") uintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") float32: 1 <nil> 17
// CHECK-NEXT: Sscan("017") float64: 1 <nil> 17
// CHECK-NEXT: Sscan("017") string: 1 <nil> "017"
// CHECK-NEXT: Sscan("017") []byte: 1 <nil> []byte{0x30, 0x31, 0x37}
// CHECK-NEXT: Sscan("017") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("017") MyInt: 1 <nil> 15
// CHECK-NEXT: Sscan("017") MyInt8: 1 <nil> 15
// CHECK-NEXT: Sscan("017") MyUint16: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") MyUintptr: 1 <nil> 0xf
// CHECK-NEXT: Sscan("017") MyFloat32: 1 <nil> 17
// CHECK-NEXT: Sscan("017") MyFloat64: 1 <nil> 17
// CHECK-NEXT: Sscan("017") MyString: 1 <nil> "017"
// CHECK-NEXT: Sscan("017") MyBytes: 1 <nil> main.MyBytes{0x30, 0x31, 0x37}
// CHECK-NEXT: Sscan("08") bool: 1 <nil> false
// CHECK-NEXT: Sscan("08") int: 1 <nil> 0
// CHECK-NEXT: Sscan("08") int8: 1 <nil> 0
// CHECK-NEXT: Sscan("08") int16: 1 <nil> 0
// CHECK-NEXT: Sscan("08") int32: 1 <nil> 0
// CHECK-NEXT: Sscan("08") int64: 1 <nil> 0
// CHECK-NEXT: Sscan("08") uint: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") uint8: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") uint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") uint32: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") uint64: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") uintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") float32: 1 <nil> 8
// CHECK-NEXT: Sscan("08") float64: 1 <nil> 8
// CHECK-NEXT: Sscan("08") string: 1 <nil> "08"
// CHECK-NEXT: Sscan("08") []byte: 1 <nil> []byte{0x30, 0x38}
// CHECK-NEXT: Sscan("08") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("08") MyInt: 1 <nil> 0
// CHECK-NEXT: Sscan("08") MyInt8: 1 <nil> 0
// CHECK-NEXT: Sscan("08") MyUint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") MyUintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("08") MyFloat32: 1 <nil> 8
// CHECK-NEXT: Sscan("08") MyFloat64: 1 <nil> 8
// CHECK-NEXT: Sscan("08") MyString: 1 <nil> "08"
// CHECK-NEXT: Sscan("08") MyBytes: 1 <nil> main.MyBytes{0x30, 0x38}
// CHECK-NEXT: Sscan("00") bool: 1 <nil> false
// CHECK-NEXT: Sscan("00") int: 1 <nil> 0
// CHECK-NEXT: Sscan("00") int8: 1 <nil> 0
// CHECK-NEXT: Sscan("00") int16: 1 <nil> 0
// CHECK-NEXT: Sscan("00") int32: 1 <nil> 0
// CHECK-NEXT: Sscan("00") int64: 1 <nil> 0
// CHECK-NEXT: Sscan("00") uint: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") uint8: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") uint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") uint32: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") uint64: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") uintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("00") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("00") string: 1 <nil> "00"
// CHECK-NEXT: Sscan("00") []byte: 1 <nil> []byte{0x30, 0x30}
// CHECK-NEXT: Sscan("00") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("00") MyInt: 1 <nil> 0
// CHECK-NEXT: Sscan("00") MyInt8: 1 <nil> 0
// CHECK-NEXT: Sscan("00") MyUint16: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") MyUintptr: 1 <nil> 0x0
// CHECK-NEXT: Sscan("00") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("00") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("00") MyString: 1 <nil> "00"
// CHECK-NEXT: Sscan("00") MyBytes: 1 <nil> main.MyBytes{0x30, 0x30}
// CHECK-NEXT: Sscan("0x") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x") int: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") int8: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") int16: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") int32: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") int64: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") uint: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") uint8: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") uint16: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") uint32: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") uint64: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") uintptr: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") float32: 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") float64: 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") string: 1 <nil> "0x"
// CHECK-NEXT: Sscan("0x") []byte: 1 <nil> []byte{0x30, 0x78}
// CHECK-NEXT: Sscan("0x") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x") MyInt: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") MyInt8: 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") MyUint16: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") MyUintptr: 0 strconv.ParseUint: parsing "0x": invalid syntax 0x0
// CHECK-NEXT: Sscan("0x") MyFloat32: 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") MyFloat64: 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
// CHECK-NEXT: Sscan("0x") MyString: 1 <nil> "0x"
// CHECK-NEXT: Sscan("0x") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78}
// CHECK-NEXT: Sscan("0b") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0b") int: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") int8: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") int16: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") int32: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") int64: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") uint: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") uint8: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") uint16: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") uint32: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") uint64: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") uintptr: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b") string: 1 <nil> "0b"
// CHECK-NEXT: Sscan("0b") []byte: 1 <nil> []byte{0x30, 0x62}
// CHECK-NEXT: Sscan("0b") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0b") MyInt: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") MyInt8: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b") MyUint16: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") MyUintptr: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b") MyString: 1 <nil> "0b"
// CHECK-NEXT: Sscan("0b") MyBytes: 1 <nil> main.MyBytes{0x30, 0x62}
// CHECK-NEXT: Sscan("0b2") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0b2") int: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") int8: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") int16: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") int32: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") int64: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") uint: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") uint8: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") uint16: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") uint32: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") uint64: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") uintptr: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b2") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b2") string: 1 <nil> "0b2"
// CHECK-NEXT: Sscan("0b2") []byte: 1 <nil> []byte{0x30, 0x62, 0x32}
// CHECK-NEXT: Sscan("0b2") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0b2") MyInt: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") MyInt8: 0 strconv.ParseInt: parsing "0b": invalid syntax 0
// CHECK-NEXT: Sscan("0b2") MyUint16: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") MyUintptr: 0 strconv.ParseUint: parsing "0b": invalid syntax 0x0
// CHECK-NEXT: Sscan("0b2") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0b2") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0b2") MyString: 1 <nil> "0b2"
// CHECK-NEXT: Sscan("0b2") MyBytes: 1 <nil> main.MyBytes{0x30, 0x62, 0x32}
// CHECK-NEXT: Sscan("0o8") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0o8") int: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") int8: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") int16: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") int32: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") int64: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") uint: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") uint8: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") uint16: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") uint32: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") uint64: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") uintptr: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("0o8") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("0o8") string: 1 <nil> "0o8"
// CHECK-NEXT: Sscan("0o8") []byte: 1 <nil> []byte{0x30, 0x6f, 0x38}
// CHECK-NEXT: Sscan("0o8") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0o8") MyInt: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") MyInt8: 0 strconv.ParseInt: parsing "0o": invalid syntax 0
// CHECK-NEXT: Sscan("0o8") MyUint16: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") MyUintptr: 0 strconv.ParseUint: parsing "0o": invalid syntax 0x0
// CHECK-NEXT: Sscan("0o8") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("0o8") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("0o8") MyString: 1 <nil> "0o8"
// CHECK-NEXT: Sscan("0o8") MyBytes: 1 <nil> main.MyBytes{0x30, 0x6f, 0x38}
// CHECK-NEXT: Sscan("1_000") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1_000") int: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") int8: 0 integer overflow on token 1_000 0
// CHECK-NEXT: Sscan("1_000") int16: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") int32: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") int64: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") uint: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") uint8: 0 unsigned integer overflow on token 1_000 0x0
// CHECK-NEXT: Sscan("1_000") uint16: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") uint32: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") uint64: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") uintptr: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") float32: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") float64: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") string: 1 <nil> "1_000"
// CHECK-NEXT: Sscan("1_000") []byte: 1 <nil> []byte{0x31, 0x5f, 0x30, 0x30, 0x30}
// CHECK-NEXT: Sscan("1_000") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1_000") MyInt: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") MyInt8: 0 integer overflow on token 1_000 0
// CHECK-NEXT: Sscan("1_000") MyUint16: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") MyUintptr: 1 <nil> 0x3e8
// CHECK-NEXT: Sscan("1_000") MyFloat32: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") MyFloat64: 1 <nil> 1000
// CHECK-NEXT: Sscan("1_000") MyString: 1 <nil> "1_000"
// CHECK-NEXT: Sscan("1_000") MyBytes: 1 <nil> main.MyBytes{0x31, 0x5f, 0x30, 0x30, 0x30}
// CHECK-NEXT: Sscan("_1") bool: 1 <nil> false
// CHECK-NEXT: Sscan("_1") int: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") int8: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") int16: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") int32: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") int64: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") uint: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") uint8: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") uint16: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") uint32: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") uint64: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") uintptr: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") float32: 0 strconv.ParseFloat: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") float64: 0 strconv.ParseFloat: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") string: 1 <nil> "_1"
// CHECK-NEXT: Sscan("_1") []byte: 1 <nil> []byte{0x5f, 0x31}
// CHECK-NEXT: Sscan("_1") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("_1") MyInt: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") MyInt8: 0 strconv.ParseInt: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") MyUint16: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") MyUintptr: 0 strconv.ParseUint: parsing "_1": invalid syntax 0x0
// CHECK-NEXT: Sscan("_1") MyFloat32: 0 strconv.ParseFloat: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") MyFloat64: 0 strconv.ParseFloat: parsing "_1": invalid syntax 0
// CHECK-NEXT: Sscan("_1") MyString: 1 <nil> "_1"
// CHECK-NEXT: Sscan("_1") MyBytes: 1 <nil> main.MyBytes{0x5f, 0x31}
// CHECK-NEXT: Sscan("1__0") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1__0") int: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") int8: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") int16: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") int32: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") int64: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") uint: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") uint8: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") uint16: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") uint32: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") uint64: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") uintptr: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") float32: 0 strconv.ParseFloat: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") float64: 0 strconv.ParseFloat: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") string: 1 <nil> "1__0"
// CHECK-NEXT: Sscan("1__0") []byte: 1 <nil> []byte{0x31, 0x5f, 0x5f, 0x30}
// CHECK-NEXT: Sscan("1__0") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1__0") MyInt: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") MyInt8: 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") MyUint16: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") MyUintptr: 0 strconv.ParseUint: parsing "1__0": invalid syntax 0x0
// CHECK-NEXT: Sscan("1__0") MyFloat32: 0 strconv.ParseFloat: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") MyFloat64: 0 strconv.ParseFloat: parsing "1__0": invalid syntax 0
// CHECK-NEXT: Sscan("1__0") MyString: 1 <nil> "1__0"
// CHECK-NEXT: Sscan("1__0") MyBytes: 1 <nil> main.MyBytes{0x31, 0x5f, 0x5f, 0x30}
// CHECK-NEXT: Sscan("0x_1f") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x_1f") int: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") int8: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") int16: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") int32: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") int64: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") uint: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") uint8: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") uint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") uint32: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") uint64: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") uintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") float32: 0 strconv.ParseFloat: parsing "0x_1f": invalid syntax 0
// CHECK-NEXT: Sscan("0x_1f") float64: 0 strconv.ParseFloat: parsing "0x_1f": invalid syntax 0
// CHECK-NEXT: Sscan("0x_1f") string: 1 <nil> "0x_1f"
// CHECK-NEXT: Sscan("0x_1f") []byte: 1 <nil> []byte{0x30, 0x78, 0x5f, 0x31, 0x66}
// CHECK-NEXT: Sscan("0x_1f") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x_1f") MyInt: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") MyInt8: 1 <nil> 31
// CHECK-NEXT: Sscan("0x_1f") MyUint16: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") MyUintptr: 1 <nil> 0x1f
// CHECK-NEXT: Sscan("0x_1f") MyFloat32: 0 strconv.ParseFloat: parsing "0x_1f": invalid syntax 0
// CHECK-NEXT: Sscan("0x_1f") MyFloat64: 0 strconv.ParseFloat: parsing "0x_1f": invalid syntax 0
// CHECK-NEXT: Sscan("0x_1f") MyString: 1 <nil> "0x_1f"
// CHECK-NEXT: Sscan("0x_1f") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78, 0x5f, 0x31, 0x66}
// CHECK-NEXT: Sscan("1_") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1_") int: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") int8: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") int16: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") int32: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") int64: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") uint: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") uint8: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") uint16: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") uint32: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") uint64: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") uintptr: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") float32: 0 strconv.ParseFloat: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") float64: 0 strconv.ParseFloat: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") string: 1 <nil> "1_"
// CHECK-NEXT: Sscan("1_") []byte: 1 <nil> []byte{0x31, 0x5f}
// CHECK-NEXT: Sscan("1_") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1_") MyInt: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") MyInt8: 0 strconv.ParseInt: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") MyUint16: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") MyUintptr: 0 strconv.ParseUint: parsing "1_": invalid syntax 0x0
// CHECK-NEXT: Sscan("1_") MyFloat32: 0 strconv.ParseFloat: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") MyFloat64: 0 strconv.ParseFloat: parsing "1_": invalid syntax 0
// CHECK-NEXT: Sscan("1_") MyString: 1 <nil> "1_"
// CHECK-NEXT: Sscan("1_") MyBytes: 1 <nil> main.MyBytes{0x31, 0x5f}
// CHECK-NEXT: Sscan("127") bool: 1 <nil> true
// CHECK-NEXT: Sscan("127") int: 1 <nil> 127
// CHECK-NEXT: Sscan("127") int8: 1 <nil> 127
// CHECK-NEXT: Sscan("127") int16: 1 <nil> 127
// CHECK-NEXT: Sscan("127") int32: 1 <nil> 127
// CHECK-NEXT: Sscan("127") int64: 1 <nil> 127
// CHECK-NEXT: Sscan("127") uint: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") uint8: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") uint16: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") uint32: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") uint64: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") uintptr: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") float32: 1 <nil> 127
// CHECK-NEXT: Sscan("127") float64: 1 <nil> 127
// CHECK-NEXT: Sscan("127") string: 1 <nil> "127"
// CHECK-NEXT: Sscan("127") []byte: 1 <nil> []byte{0x31, 0x32, 0x37}
// CHECK-NEXT: Sscan("127") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("127") MyInt: 1 <nil> 127
// CHECK-NEXT: Sscan("127") MyInt8: 1 <nil> 127
// CHECK-NEXT: Sscan("127") MyUint16: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") MyUintptr: 1 <nil> 0x7f
// CHECK-NEXT: Sscan("127") MyFloat32: 1 <nil> 127
// CHECK-NEXT: Sscan("127") MyFloat64: 1 <nil> 127
// CHECK-NEXT: Sscan("127") MyString: 1 <nil> "127"
// CHECK-NEXT: Sscan("127") MyBytes: 1 <nil> main.MyBytes{0x31, 0x32, 0x37}
// CHECK-NEXT: Sscan("128") bool: 1 <nil> true
// CHECK-NEXT: Sscan("128") int: 1 <nil> 128
// CHECK-NEXT: Sscan("128") int8: 0 integer overflow on token 128 0
// CHECK-NEXT: Sscan("128") int16: 1 <nil> 128
// CHECK-NEXT: Sscan("128") int32: 1 <nil> 128
// CHECK-NEXT: Sscan("128") int64: 1 <nil> 128
// CHECK-NEXT: Sscan("128") uint: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") uint8: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") uint16: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") uint32: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") uint64: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") uintptr: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") float32: 1 <nil> 128
// CHECK-NEXT: Sscan("128") float64: 1 <nil> 128
// CHECK-NEXT: Sscan("128") string: 1 <nil> "128"
// CHECK-NEXT: Sscan("128") []byte: 1 <nil> []byte{0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("128") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("128") MyInt: 1 <nil> 128
// CHECK-NEXT: Sscan("128") MyInt8: 0 integer overflow on token 128 0
// CHECK-NEXT: Sscan("128") MyUint16: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") MyUintptr: 1 <nil> 0x80
// CHECK-NEXT: Sscan("128") MyFloat32: 1 <nil> 128
// CHECK-NEXT: Sscan("128") MyFloat64: 1 <nil> 128
// CHECK-NEXT: Sscan("128") MyString: 1 <nil> "128"
// CHECK-NEXT: Sscan("128") MyBytes: 1 <nil> main.MyBytes{0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("-128") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-128") int: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") int8: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") int16: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") int32: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") int64: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") float32: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") float64: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") string: 1 <nil> "-128"
// CHECK-NEXT: Sscan("-128") []byte: 1 <nil> []byte{0x2d, 0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("-128") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-128") MyInt: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") MyInt8: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-128") MyFloat32: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") MyFloat64: 1 <nil> -128
// CHECK-NEXT: Sscan("-128") MyString: 1 <nil> "-128"
// CHECK-NEXT: Sscan("-128") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("-129") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-129") int: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") int8: 0 integer overflow on token -129 0
// CHECK-NEXT: Sscan("-129") int16: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") int32: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") int64: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") float32: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") float64: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") string: 1 <nil> "-129"
// CHECK-NEXT: Sscan("-129") []byte: 1 <nil> []byte{0x2d, 0x31, 0x32, 0x39}
// CHECK-NEXT: Sscan("-129") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-129") MyInt: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") MyInt8: 0 integer overflow on token -129 0
// CHECK-NEXT: Sscan("-129") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-129") MyFloat32: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") MyFloat64: 1 <nil> -129
// CHECK-NEXT: Sscan("-129") MyString: 1 <nil> "-129"
// CHECK-NEXT: Sscan("-129") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x31, 0x32, 0x39}
// CHECK-NEXT: Sscan("255") bool: 1 <nil> false
// CHECK-NEXT: Sscan("255") int: 1 <nil> 255
// CHECK-NEXT: Sscan("255") int8: 0 integer overflow on token 255 0
// CHECK-NEXT: Sscan("255") int16: 1 <nil> 255
// CHECK-NEXT: Sscan("255") int32: 1 <nil> 255
// CHECK-NEXT: Sscan("255") int64: 1 <nil> 255
// CHECK-NEXT: Sscan("255") uint: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") uint8: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") uint16: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") uint32: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") uint64: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") uintptr: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") float32: 1 <nil> 255
// CHECK-NEXT: Sscan("255") float64: 1 <nil> 255
// CHECK-NEXT: Sscan("255") string: 1 <nil> "255"
// CHECK-NEXT: Sscan("255") []byte: 1 <nil> []byte{0x32, 0x35, 0x35}
// CHECK-NEXT: Sscan("255") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("255") MyInt: 1 <nil> 255
// CHECK-NEXT: Sscan("255") MyInt8: 0 integer overflow on token 255 0
// CHECK-NEXT: Sscan("255") MyUint16: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") MyUintptr: 1 <nil> 0xff
// CHECK-NEXT: Sscan("255") MyFloat32: 1 <nil> 255
// CHECK-NEXT: Sscan("255") MyFloat64: 1 <nil> 255
// CHECK-NEXT: Sscan("255") MyString: 1 <nil> "255"
// CHECK-NEXT: Sscan("255") MyBytes: 1 <nil> main.MyBytes{0x32, 0x35, 0x35}
// CHECK-NEXT: Sscan("256") bool: 1 <nil> false
// CHECK-NEXT: Sscan("256") int: 1 <nil> 256
// CHECK-NEXT: Sscan("256") int8: 0 integer overflow on token 256 0
// CHECK-NEXT: Sscan("256") int16: 1 <nil> 256
// CHECK-NEXT: Sscan("256") int32: 1 <nil> 256
// CHECK-NEXT: Sscan("256") int64: 1 <nil> 256
// CHECK-NEXT: Sscan("256") uint: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") uint8: 0 unsigned integer overflow on token 256 0x0
// CHECK-NEXT: Sscan("256") uint16: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") uint32: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") uint64: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") uintptr: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") float32: 1 <nil> 256
// CHECK-NEXT: Sscan("256") float64: 1 <nil> 256
// CHECK-NEXT: Sscan("256") string: 1 <nil> "256"
// CHECK-NEXT: Sscan("256") []byte: 1 <nil> []byte{0x32, 0x35, 0x36}
// CHECK-NEXT: Sscan("256") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("256") MyInt: 1 <nil> 256
// CHECK-NEXT: Sscan("256") MyInt8: 0 integer overflow on token 256 0
// CHECK-NEXT: Sscan("256") MyUint16: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") MyUintptr: 1 <nil> 0x100
// CHECK-NEXT: Sscan("256") MyFloat32: 1 <nil> 256
// CHECK-NEXT: Sscan("256") MyFloat64: 1 <nil> 256
// CHECK-NEXT: Sscan("256") MyString: 1 <nil> "256"
// CHECK-NEXT: Sscan("256") MyBytes: 1 <nil> main.MyBytes{0x32, 0x35, 0x36}
// CHECK-NEXT: Sscan("-1") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-1") int: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") int8: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") int16: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") int32: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") int64: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") float32: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") float64: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") string: 1 <nil> "-1"
// CHECK-NEXT: Sscan("-1") []byte: 1 <nil> []byte{0x2d, 0x31}
// CHECK-NEXT: Sscan("-1") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-1") MyInt: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") MyInt8: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-1") MyFloat32: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") MyFloat64: 1 <nil> -1
// CHECK-NEXT: Sscan("-1") MyString: 1 <nil> "-1"
// CHECK-NEXT: Sscan("-1") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x31}
// CHECK-NEXT: Sscan("32767") bool: 1 <nil> false
// CHECK-NEXT: Sscan("32767") int: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") int8: 0 integer overflow on token 32767 0
// CHECK-NEXT: Sscan("32767") int16: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") int32: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") int64: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") uint: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") uint8: 0 unsigned integer overflow on token 32767 0x0
// CHECK-NEXT: Sscan("32767") uint16: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") uint32: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") uint64: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") uintptr: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") float32: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") float64: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") string: 1 <nil> "32767"
// CHECK-NEXT: Sscan("32767") []byte: 1 <nil> []byte{0x33, 0x32, 0x37, 0x36, 0x37}
// CHECK-NEXT: Sscan("32767") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("32767") MyInt: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") MyInt8: 0 integer overflow on token 32767 0
// CHECK-NEXT: Sscan("32767") MyUint16: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") MyUintptr: 1 <nil> 0x7fff
// CHECK-NEXT: Sscan("32767") MyFloat32: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") MyFloat64: 1 <nil> 32767
// CHECK-NEXT: Sscan("32767") MyString: 1 <nil> "32767"
// CHECK-NEXT: Sscan("32767") MyBytes: 1 <nil> main.MyBytes{0x33, 0x32, 0x37, 0x36, 0x37}
// CHECK-NEXT: Sscan("65535") bool: 1 <nil> false
// CHECK-NEXT: Sscan("65535") int: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") int8: 0 integer overflow on token 65535 0
// CHECK-NEXT: Sscan("65535") int16: 0 integer overflow on token 65535 0
// CHECK-NEXT: Sscan("65535") int32: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") int64: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") uint: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") uint8: 0 unsigned integer overflow on token 65535 0x0
// CHECK-NEXT: Sscan("65535") uint16: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") uint32: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") uint64: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") uintptr: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") float32: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") float64: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") string: 1 <nil> "65535"
// CHECK-NEXT: Sscan("65535") []byte: 1 <nil> []byte{0x36, 0x35, 0x35, 0x33, 0x35}
// CHECK-NEXT: Sscan("65535") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("65535") MyInt: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") MyInt8: 0 integer overflow on token 65535 0
// CHECK-NEXT: Sscan("65535") MyUint16: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") MyUintptr: 1 <nil> 0xffff
// CHECK-NEXT: Sscan("65535") MyFloat32: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") MyFloat64: 1 <nil> 65535
// CHECK-NEXT: Sscan("65535") MyString: 1 <nil> "65535"
// CHECK-NEXT: Sscan("65535") MyBytes: 1 <nil> main.MyBytes{0x36, 0x35, 0x35, 0x33, 0x35}
// CHECK-NEXT: Sscan("65536") bool: 1 <nil> false
// CHECK-NEXT: Sscan("65536") int: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") int8: 0 integer overflow on token 65536 0
// CHECK-NEXT: Sscan("65536") int16: 0 integer overflow on token 65536 0
// CHECK-NEXT: Sscan("65536") int32: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") int64: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") uint: 1 <nil> 0x10000
// CHECK-NEXT: Sscan("65536") uint8: 0 unsigned integer overflow on token 65536 0x0
// CHECK-NEXT: Sscan("65536") uint16: 0 unsigned integer overflow on token 65536 0x0
// CHECK-NEXT: Sscan("65536") uint32: 1 <nil> 0x10000
// CHECK-NEXT: Sscan("65536") uint64: 1 <nil> 0x10000
// CHECK-NEXT: Sscan("65536") uintptr: 1 <nil> 0x10000
// CHECK-NEXT: Sscan("65536") float32: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") float64: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") string: 1 <nil> "65536"
// CHECK-NEXT: Sscan("65536") []byte: 1 <nil> []byte{0x36, 0x35, 0x35, 0x33, 0x36}
// CHECK-NEXT: Sscan("65536") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("65536") MyInt: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") MyInt8: 0 integer overflow on token 65536 0
// CHECK-NEXT: Sscan("65536") MyUint16: 0 unsigned integer overflow on token 65536 0x0
// CHECK-NEXT: Sscan("65536") MyUintptr: 1 <nil> 0x10000
// CHECK-NEXT: Sscan("65536") MyFloat32: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") MyFloat64: 1 <nil> 65536
// CHECK-NEXT: Sscan("65536") MyString: 1 <nil> "65536"
// CHECK-NEXT: Sscan("65536") MyBytes: 1 <nil> main.MyBytes{0x36, 0x35, 0x35, 0x33, 0x36}
// CHECK-NEXT: Sscan("2147483648") bool: 1 <nil> false
// T-amd64: Sscan("2147483648") int: 1 <nil> 2147483648
// T-386: Sscan("2147483648") int: 0 integer overflow on token 2147483648 0
// T-arm: Sscan("2147483648") int: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") int8: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") int16: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") int32: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") int64: 1 <nil> 2147483648
// CHECK-NEXT: Sscan("2147483648") uint: 1 <nil> 0x80000000
// CHECK-NEXT: Sscan("2147483648") uint8: 0 unsigned integer overflow on token 2147483648 0x0
// CHECK-NEXT: Sscan("2147483648") uint16: 0 unsigned integer overflow on token 2147483648 0x0
// CHECK-NEXT: Sscan("2147483648") uint32: 1 <nil> 0x80000000
// CHECK-NEXT: Sscan("2147483648") uint64: 1 <nil> 0x80000000
// CHECK-NEXT: Sscan("2147483648") uintptr: 1 <nil> 0x80000000
// CHECK-NEXT: Sscan("2147483648") float32: 1 <nil> 2.1474836e+09
// CHECK-NEXT: Sscan("2147483648") float64: 1 <nil> 2.147483648e+09
// CHECK-NEXT: Sscan("2147483648") string: 1 <nil> "2147483648"
// CHECK-NEXT: Sscan("2147483648") []byte: 1 <nil> []byte{0x32, 0x31, 0x34, 0x37, 0x34, 0x38, 0x33, 0x36, 0x34, 0x38}
// CHECK-NEXT: Sscan("2147483648") MyBool: 1 <nil> false
// T-amd64: Sscan("2147483648") MyInt: 1 <nil> 2147483648
// T-386: Sscan("2147483648") MyInt: 0 integer overflow on token 2147483648 0
// T-arm: Sscan("2147483648") MyInt: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") MyInt8: 0 integer overflow on token 2147483648 0
// CHECK-NEXT: Sscan("2147483648") MyUint16: 0 unsigned integer overflow on token 2147483648 0x0
// CHECK-NEXT: Sscan("2147483648") MyUintptr: 1 <nil> 0x80000000
// CHECK-NEXT: Sscan("2147483648") MyFloat32: 1 <nil> 2.1474836e+09
// CHECK-NEXT: Sscan("2147483648") MyFloat64: 1 <nil> 2.147483648e+09
// CHECK-NEXT: Sscan("2147483648") MyString: 1 <nil> "2147483648"
// CHECK-NEXT: Sscan("2147483648") MyBytes: 1 <nil> main.MyBytes{0x32, 0x31, 0x34, 0x37, 0x34, 0x38, 0x33, 0x36, 0x34, 0x38}
// CHECK-NEXT: Sscan("4294967295") bool: 1 <nil> false
// T-amd64: Sscan("4294967295") int: 1 <nil> 4294967295
// T-386: Sscan("4294967295") int: 0 integer overflow on token 4294967295 0
// T-arm: Sscan("4294967295") int: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") int8: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") int16: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") int32: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") int64: 1 <nil> 4294967295
// CHECK-NEXT: Sscan("4294967295") uint: 1 <nil> 0xffffffff
// CHECK-NEXT: Sscan("4294967295") uint8: 0 unsigned integer overflow on token 4294967295 0x0
// CHECK-NEXT: Sscan("4294967295") uint16: 0 unsigned integer overflow on token 4294967295 0x0
// CHECK-NEXT: Sscan("4294967295") uint32: 1 <nil> 0xffffffff
// CHECK-NEXT: Sscan("4294967295") uint64: 1 <nil> 0xffffffff
// CHECK-NEXT: Sscan("4294967295") uintptr: 1 <nil> 0xffffffff
// CHECK-NEXT: Sscan("4294967295") float32: 1 <nil> 4.2949673e+09
// CHECK-NEXT: Sscan("4294967295") float64: 1 <nil> 4.294967295e+09
// CHECK-NEXT: Sscan("4294967295") string: 1 <nil> "4294967295"
// CHECK-NEXT: Sscan("4294967295") []byte: 1 <nil> []byte{0x34, 0x32, 0x39, 0x34, 0x39, 0x36, 0x37, 0x32, 0x39, 0x35}
// CHECK-NEXT: Sscan("4294967295") MyBool: 1 <nil> false
// T-amd64: Sscan("4294967295") MyInt: 1 <nil> 4294967295
// T-386: Sscan("4294967295") MyInt: 0 integer overflow on token 4294967295 0
// T-arm: Sscan("4294967295") MyInt: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") MyInt8: 0 integer overflow on token 4294967295 0
// CHECK-NEXT: Sscan("4294967295") MyUint16: 0 unsigned integer overflow on token 4294967295 0x0
// CHECK-NEXT: Sscan("4294967295") MyUintptr: 1 <nil> 0xffffffff
// CHECK-NEXT: Sscan("4294967295") MyFloat32: 1 <nil> 4.2949673e+09
// CHECK-NEXT: Sscan("4294967295") MyFloat64: 1 <nil> 4.294967295e+09
// CHECK-NEXT: Sscan("4294967295") MyString: 1 <nil> "4294967295"
// CHECK-NEXT: Sscan("4294967295") MyBytes: 1 <nil> main.MyBytes{0x34, 0x32, 0x39, 0x34, 0x39, 0x36, 0x37, 0x32, 0x39, 0x35}
// CHECK-NEXT: Sscan("4294967296") bool: 1 <nil> false
// T-amd64: Sscan("4294967296") int: 1 <nil> 4294967296
// T-386: Sscan("4294967296") int: 0 integer overflow on token 4294967296 0
// T-arm: Sscan("4294967296") int: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") int8: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") int16: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") int32: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") int64: 1 <nil> 4294967296
// T-amd64: Sscan("4294967296") uint: 1 <nil> 0x100000000
// T-386: Sscan("4294967296") uint: 0 unsigned integer overflow on token 4294967296 0x0
// T-arm: Sscan("4294967296") uint: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") uint8: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") uint16: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") uint32: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") uint64: 1 <nil> 0x100000000
// T-amd64: Sscan("4294967296") uintptr: 1 <nil> 0x100000000
// T-386: Sscan("4294967296") uintptr: 0 unsigned integer overflow on token 4294967296 0x0
// T-arm: Sscan("4294967296") uintptr: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") float32: 1 <nil> 4.2949673e+09
// CHECK-NEXT: Sscan("4294967296") float64: 1 <nil> 4.294967296e+09
// CHECK-NEXT: Sscan("4294967296") string: 1 <nil> "4294967296"
// CHECK-NEXT: Sscan("4294967296") []byte: 1 <nil> []byte{0x34, 0x32, 0x39, 0x34, 0x39, 0x36, 0x37, 0x32, 0x39, 0x36}
// CHECK-NEXT: Sscan("4294967296") MyBool: 1 <nil> false
// T-amd64: Sscan("4294967296") MyInt: 1 <nil> 4294967296
// T-386: Sscan("4294967296") MyInt: 0 integer overflow on token 4294967296 0
// T-arm: Sscan("4294967296") MyInt: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") MyInt8: 0 integer overflow on token 4294967296 0
// CHECK-NEXT: Sscan("4294967296") MyUint16: 0 unsigned integer overflow on token 4294967296 0x0
// T-amd64: Sscan("4294967296") MyUintptr: 1 <nil> 0x100000000
// T-386: Sscan("4294967296") MyUintptr: 0 unsigned integer overflow on token 4294967296 0x0
// T-arm: Sscan("4294967296") MyUintptr: 0 unsigned integer overflow on token 4294967296 0x0
// CHECK-NEXT: Sscan("4294967296") MyFloat32: 1 <nil> 4.2949673e+09
// CHECK-NEXT: Sscan("4294967296") MyFloat64: 1 <nil> 4.294967296e+09
// CHECK-NEXT: Sscan("4294967296") MyString: 1 <nil> "4294967296"
// CHECK-NEXT: Sscan("4294967296") MyBytes: 1 <nil> main.MyBytes{0x34, 0x32, 0x39, 0x34, 0x39, 0x36, 0x37, 0x32, 0x39, 0x36}
// CHECK-NEXT: Sscan("-2147483649") bool: 1 <nil> false
// T-amd64: Sscan("-2147483649") int: 1 <nil> -2147483649
// T-386: Sscan("-2147483649") int: 0 integer overflow on token -2147483649 0
// T-arm: Sscan("-2147483649") int: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") int8: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") int16: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") int32: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") int64: 1 <nil> -2147483649
// CHECK-NEXT: Sscan("-2147483649") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") float32: 1 <nil> -2.1474836e+09
// CHECK-NEXT: Sscan("-2147483649") float64: 1 <nil> -2.147483649e+09
// CHECK-NEXT: Sscan("-2147483649") string: 1 <nil> "-2147483649"
// CHECK-NEXT: Sscan("-2147483649") []byte: 1 <nil> []byte{0x2d, 0x32, 0x31, 0x34, 0x37, 0x34, 0x38, 0x33, 0x36, 0x34, 0x39}
// CHECK-NEXT: Sscan("-2147483649") MyBool: 1 <nil> false
// T-amd64: Sscan("-2147483649") MyInt: 1 <nil> -2147483649
// T-386: Sscan("-2147483649") MyInt: 0 integer overflow on token -2147483649 0
// T-arm: Sscan("-2147483649") MyInt: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") MyInt8: 0 integer overflow on token -2147483649 0
// CHECK-NEXT: Sscan("-2147483649") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2147483649") MyFloat32: 1 <nil> -2.1474836e+09
// CHECK-NEXT: Sscan("-2147483649") MyFloat64: 1 <nil> -2.147483649e+09
// CHECK-NEXT: Sscan("-2147483649") MyString: 1 <nil> "-2147483649"
// CHECK-NEXT: Sscan("-2147483649") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x32, 0x31, 0x34, 0x37, 0x34, 0x38, 0x33, 0x36, 0x34, 0x39}
// CHECK-NEXT: Sscan("9223372036854775807") bool: 1 <nil> false
// T-amd64: Sscan("9223372036854775807") int: 1 <nil> 9223372036854775807
// T-386: Sscan("9223372036854775807") int: 0 integer overflow on token 9223372036854775807 0
// T-arm: Sscan("9223372036854775807") int: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") int8: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") int16: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") int32: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") int64: 1 <nil> 9223372036854775807
// T-amd64: Sscan("9223372036854775807") uint: 1 <nil> 0x7fffffffffffffff
// T-386: Sscan("9223372036854775807") uint: 0 unsigned integer overflow on token 9223372036854775807 0x0
// T-arm: Sscan("9223372036854775807") uint: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") uint8: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") uint16: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") uint32: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") uint64: 1 <nil> 0x7fffffffffffffff
// T-amd64: Sscan("9223372036854775807") uintptr: 1 <nil> 0x7fffffffffffffff
// T-386: Sscan("9223372036854775807") uintptr: 0 unsigned integer overflow on token 9223372036854775807 0x0
// T-arm: Sscan("9223372036854775807") uintptr: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") float32: 1 <nil> 9.223372e+18
// CHECK-NEXT: Sscan("9223372036854775807") float64: 1 <nil> 9.223372036854776e+18
// CHECK-NEXT: Sscan("9223372036854775807") string: 1 <nil> "9223372036854775807"
// CHECK-NEXT: Sscan("9223372036854775807") []byte: 1 <nil> []byte{0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x37}
// CHECK-NEXT: Sscan("9223372036854775807") MyBool: 1 <nil> false
// T-amd64: Sscan("9223372036854775807") MyInt: 1 <nil> 9223372036854775807
// T-386: Sscan("9223372036854775807") MyInt: 0 integer overflow on token 9223372036854775807 0
// T-arm: Sscan("9223372036854775807") MyInt: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") MyInt8: 0 integer overflow on token 9223372036854775807 0
// CHECK-NEXT: Sscan("9223372036854775807") MyUint16: 0 unsigned integer overflow on token 9223372036854775807 0x0
// T-amd64: Sscan("9223372036854775807") MyUintptr: 1 <nil> 0x7fffffffffffffff
// T-386: Sscan("9223372036854775807") MyUintptr: 0 unsigned integer overflow on token 9223372036854775807 0x0
// T-arm: Sscan("9223372036854775807") MyUintptr: 0 unsigned integer overflow on token 9223372036854775807 0x0
// CHECK-NEXT: Sscan("9223372036854775807") MyFloat32: 1 <nil> 9.223372e+18
// CHECK-NEXT: Sscan("9223372036854775807") MyFloat64: 1 <nil> 9.223372036854776e+18
// CHECK-NEXT: Sscan("9223372036854775807") MyString: 1 <nil> "9223372036854775807"
// CHECK-NEXT: Sscan("9223372036854775807") MyBytes: 1 <nil> main.MyBytes{0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x37}
// CHECK-NEXT: Sscan("9223372036854775808") bool: 1 <nil> false
// CHECK-NEXT: Sscan("9223372036854775808") int: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") int8: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") int16: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") int32: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") int64: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// T-amd64: Sscan("9223372036854775808") uint: 1 <nil> 0x8000000000000000
// T-386: Sscan("9223372036854775808") uint: 0 unsigned integer overflow on token 9223372036854775808 0x0
// T-arm: Sscan("9223372036854775808") uint: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") uint8: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") uint16: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") uint32: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") uint64: 1 <nil> 0x8000000000000000
// T-amd64: Sscan("9223372036854775808") uintptr: 1 <nil> 0x8000000000000000
// T-386: Sscan("9223372036854775808") uintptr: 0 unsigned integer overflow on token 9223372036854775808 0x0
// T-arm: Sscan("9223372036854775808") uintptr: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") float32: 1 <nil> 9.223372e+18
// CHECK-NEXT: Sscan("9223372036854775808") float64: 1 <nil> 9.223372036854776e+18
// CHECK-NEXT: Sscan("9223372036854775808") string: 1 <nil> "9223372036854775808"
// CHECK-NEXT: Sscan("9223372036854775808") []byte: 1 <nil> []byte{0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x38}
// CHECK-NEXT: Sscan("9223372036854775808") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("9223372036854775808") MyInt: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") MyInt8: 0 strconv.ParseInt: parsing "9223372036854775808": value out of range 0
// CHECK-NEXT: Sscan("9223372036854775808") MyUint16: 0 unsigned integer overflow on token 9223372036854775808 0x0
// T-amd64: Sscan("9223372036854775808") MyUintptr: 1 <nil> 0x8000000000000000
// T-386: Sscan("9223372036854775808") MyUintptr: 0 unsigned integer overflow on token 9223372036854775808 0x0
// T-arm: Sscan("9223372036854775808") MyUintptr: 0 unsigned integer overflow on token 9223372036854775808 0x0
// CHECK-NEXT: Sscan("9223372036854775808") MyFloat32: 1 <nil> 9.223372e+18
// CHECK-NEXT: Sscan("9223372036854775808") MyFloat64: 1 <nil> 9.223372036854776e+18
// CHECK-NEXT: Sscan("9223372036854775808") MyString: 1 <nil> "9223372036854775808"
// CHECK-NEXT: Sscan("9223372036854775808") MyBytes: 1 <nil> main.MyBytes{0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x38}
// CHECK-NEXT: Sscan("-9223372036854775808") bool: 1 <nil> false
// T-amd64: Sscan("-9223372036854775808") int: 1 <nil> -9223372036854775808
// T-386: Sscan("-9223372036854775808") int: 0 integer overflow on token -9223372036854775808 0
// T-arm: Sscan("-9223372036854775808") int: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") int8: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") int16: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") int32: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") int64: 1 <nil> -9223372036854775808
// CHECK-NEXT: Sscan("-9223372036854775808") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") float32: 1 <nil> -9.223372e+18
// CHECK-NEXT: Sscan("-9223372036854775808") float64: 1 <nil> -9.223372036854776e+18
// CHECK-NEXT: Sscan("-9223372036854775808") string: 1 <nil> "-9223372036854775808"
// CHECK-NEXT: Sscan("-9223372036854775808") []byte: 1 <nil> []byte{0x2d, 0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x38}
// CHECK-NEXT: Sscan("-9223372036854775808") MyBool: 1 <nil> false
// T-amd64: Sscan("-9223372036854775808") MyInt: 1 <nil> -9223372036854775808
// T-386: Sscan("-9223372036854775808") MyInt: 0 integer overflow on token -9223372036854775808 0
// T-arm: Sscan("-9223372036854775808") MyInt: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") MyInt8: 0 integer overflow on token -9223372036854775808 0
// CHECK-NEXT: Sscan("-9223372036854775808") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-9223372036854775808") MyFloat32: 1 <nil> -9.223372e+18
// CHECK-NEXT: Sscan("-9223372036854775808") MyFloat64: 1 <nil> -9.223372036854776e+18
// CHECK-NEXT: Sscan("-9223372036854775808") MyString: 1 <nil> "-9223372036854775808"
// CHECK-NEXT: Sscan("-9223372036854775808") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x39, 0x32, 0x32, 0x33, 0x33, 0x37, 0x32, 0x30, 0x33, 0x36, 0x38, 0x35, 0x34, 0x37, 0x37, 0x35, 0x38, 0x30, 0x38}
// CHECK-NEXT: Sscan("18446744073709551615") bool: 1 <nil> true
// CHECK-NEXT: Sscan("18446744073709551615") int: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") int8: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") int16: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") int32: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") int64: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// T-amd64: Sscan("18446744073709551615") uint: 1 <nil> 0xffffffffffffffff
// T-386: Sscan("18446744073709551615") uint: 0 unsigned integer overflow on token 18446744073709551615 0x0
// T-arm: Sscan("18446744073709551615") uint: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") uint8: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") uint16: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") uint32: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") uint64: 1 <nil> 0xffffffffffffffff
// T-amd64: Sscan("18446744073709551615") uintptr: 1 <nil> 0xffffffffffffffff
// T-386: Sscan("18446744073709551615") uintptr: 0 unsigned integer overflow on token 18446744073709551615 0x0
// T-arm: Sscan("18446744073709551615") uintptr: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") float32: 1 <nil> 1.8446744e+19
// CHECK-NEXT: Sscan("18446744073709551615") float64: 1 <nil> 1.8446744073709552e+19
// CHECK-NEXT: Sscan("18446744073709551615") string: 1 <nil> "18446744073709551615"
// CHECK-NEXT: Sscan("18446744073709551615") []byte: 1 <nil> []byte{0x31, 0x38, 0x34, 0x34, 0x36, 0x37, 0x34, 0x34, 0x30, 0x37, 0x33, 0x37, 0x30, 0x39, 0x35, 0x35, 0x31, 0x36, 0x31, 0x35}
// CHECK-NEXT: Sscan("18446744073709551615") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("18446744073709551615") MyInt: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") MyInt8: 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551615") MyUint16: 0 unsigned integer overflow on token 18446744073709551615 0x0
// T-amd64: Sscan("18446744073709551615") MyUintptr: 1 <nil> 0xffffffffffffffff
// T-386: Sscan("18446744073709551615") MyUintptr: 0 unsigned integer overflow on token 18446744073709551615 0x0
// T-arm: Sscan("18446744073709551615") MyUintptr: 0 unsigned integer overflow on token 18446744073709551615 0x0
// CHECK-NEXT: Sscan("18446744073709551615") MyFloat32: 1 <nil> 1.8446744e+19
// CHECK-NEXT: Sscan("18446744073709551615") MyFloat64: 1 <nil> 1.8446744073709552e+19
// CHECK-NEXT: Sscan("18446744073709551615") MyString: 1 <nil> "18446744073709551615"
// CHECK-NEXT: Sscan("18446744073709551615") MyBytes: 1 <nil> main.MyBytes{0x31, 0x38, 0x34, 0x34, 0x36, 0x37, 0x34, 0x34, 0x30, 0x37, 0x33, 0x37, 0x30, 0x39, 0x35, 0x35, 0x31, 0x36, 0x31, 0x35}
// CHECK-NEXT: Sscan("18446744073709551616") bool: 1 <nil> true
// CHECK-NEXT: Sscan("18446744073709551616") int: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") int8: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") int16: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") int32: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") int64: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") uint: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") uint8: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") uint16: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") uint32: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") uint64: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") uintptr: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") float32: 1 <nil> 1.8446744e+19
// CHECK-NEXT: Sscan("18446744073709551616") float64: 1 <nil> 1.8446744073709552e+19
// CHECK-NEXT: Sscan("18446744073709551616") string: 1 <nil> "18446744073709551616"
// CHECK-NEXT: Sscan("18446744073709551616") []byte: 1 <nil> []byte{0x31, 0x38, 0x34, 0x34, 0x36, 0x37, 0x34, 0x34, 0x30, 0x37, 0x33, 0x37, 0x30, 0x39, 0x35, 0x35, 0x31, 0x36, 0x31, 0x36}
// CHECK-NEXT: Sscan("18446744073709551616") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("18446744073709551616") MyInt: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") MyInt8: 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 0
// CHECK-NEXT: Sscan("18446744073709551616") MyUint16: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") MyUintptr: 0 strconv.ParseUint: parsing "18446744073709551616": value out of range 0x0
// CHECK-NEXT: Sscan("18446744073709551616") MyFloat32: 1 <nil> 1.8446744e+19
// CHECK-NEXT: Sscan("18446744073709551616") MyFloat64: 1 <nil> 1.8446744073709552e+19
// CHECK-NEXT: Sscan("18446744073709551616") MyString: 1 <nil> "18446744073709551616"
// CHECK-NEXT: Sscan("18446744073709551616") MyBytes: 1 <nil> main.MyBytes{0x31, 0x38, 0x34, 0x34, 0x36, 0x37, 0x34, 0x34, 0x30, 0x37, 0x33, 0x37, 0x30, 0x39, 0x35, 0x35, 0x31, 0x36, 0x31, 0x36}
// CHECK-NEXT: Sscan("") bool: 0 EOF false
// CHECK-NEXT: Sscan("") int: 0 EOF 0
// CHECK-NEXT: Sscan("") int8: 0 EOF 0
// CHECK-NEXT: Sscan("") int16: 0 EOF 0
// CHECK-NEXT: Sscan("") int32: 0 EOF 0
// CHECK-NEXT: Sscan("") int64: 0 EOF 0
// CHECK-NEXT: Sscan("") uint: 0 EOF 0x0
// CHECK-NEXT: Sscan("") uint8: 0 EOF 0x0
// CHECK-NEXT: Sscan("") uint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("") uint32: 0 EOF 0x0
// CHECK-NEXT: Sscan("") uint64: 0 EOF 0x0
// CHECK-NEXT: Sscan("") uintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("") float32: 0 EOF 0
// CHECK-NEXT: Sscan("") float64: 0 EOF 0
// CHECK-NEXT: Sscan("") string: 0 EOF ""
// CHECK-NEXT: Sscan("") []byte: 0 EOF []byte(nil)
// CHECK-NEXT: Sscan("") MyBool: 0 EOF false
// CHECK-NEXT: Sscan("") MyInt: 0 EOF 0
// CHECK-NEXT: Sscan("") MyInt8: 0 EOF 0
// CHECK-NEXT: Sscan("") MyUint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("") MyUintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("") MyFloat32: 0 EOF 0
// CHECK-NEXT: Sscan("") MyFloat64: 0 EOF 0
// CHECK-NEXT: Sscan("") MyString: 0 EOF ""
// CHECK-NEXT: Sscan("") MyBytes: 0 EOF main.MyBytes(nil)
// CHECK-NEXT: Sscan("   ") bool: 0 EOF false
// CHECK-NEXT: Sscan("   ") int: 0 EOF 0
// CHECK-NEXT: Sscan("   ") int8: 0 EOF 0
// CHECK-NEXT: Sscan("   ") int16: 0 EOF 0
// CHECK-NEXT: Sscan("   ") int32: 0 EOF 0
// CHECK-NEXT: Sscan("   ") int64: 0 EOF 0
// CHECK-NEXT: Sscan("   ") uint: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") uint8: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") uint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") uint32: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") uint64: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") uintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") float32: 0 EOF 0
// CHECK-NEXT: Sscan("   ") float64: 0 EOF 0
// CHECK-NEXT: Sscan("   ") string: 0 EOF ""
// CHECK-NEXT: Sscan("   ") []byte: 0 EOF []byte(nil)
// CHECK-NEXT: Sscan("   ") MyBool: 0 EOF false
// CHECK-NEXT: Sscan("   ") MyInt: 0 EOF 0
// CHECK-NEXT: Sscan("   ") MyInt8: 0 EOF 0
// CHECK-NEXT: Sscan("   ") MyUint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") MyUintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("   ") MyFloat32: 0 EOF 0
// CHECK-NEXT: Sscan("   ") MyFloat64: 0 EOF 0
// CHECK-NEXT: Sscan("   ") MyString: 0 EOF ""
// CHECK-NEXT: Sscan("   ") MyBytes: 0 EOF main.MyBytes(nil)
// CHECK-NEXT: Sscan("\n") bool: 0 EOF false
// CHECK-NEXT: Sscan("\n") int: 0 EOF 0
// CHECK-NEXT: Sscan("\n") int8: 0 EOF 0
// CHECK-NEXT: Sscan("\n") int16: 0 EOF 0
// CHECK-NEXT: Sscan("\n") int32: 0 EOF 0
// CHECK-NEXT: Sscan("\n") int64: 0 EOF 0
// CHECK-NEXT: Sscan("\n") uint: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") uint8: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") uint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") uint32: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") uint64: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") uintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") float32: 0 EOF 0
// CHECK-NEXT: Sscan("\n") float64: 0 EOF 0
// CHECK-NEXT: Sscan("\n") string: 0 EOF ""
// CHECK-NEXT: Sscan("\n") []byte: 0 EOF []byte(nil)
// CHECK-NEXT: Sscan("\n") MyBool: 0 EOF false
// CHECK-NEXT: Sscan("\n") MyInt: 0 EOF 0
// CHECK-NEXT: Sscan("\n") MyInt8: 0 EOF 0
// CHECK-NEXT: Sscan("\n") MyUint16: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") MyUintptr: 0 EOF 0x0
// CHECK-NEXT: Sscan("\n") MyFloat32: 0 EOF 0
// CHECK-NEXT: Sscan("\n") MyFloat64: 0 EOF 0
// CHECK-NEXT: Sscan("\n") MyString: 0 EOF ""
// CHECK-NEXT: Sscan("\n") MyBytes: 0 EOF main.MyBytes(nil)
// CHECK-NEXT: Sscan(" \n 5") bool: 1 <nil> false
// CHECK-NEXT: Sscan(" \n 5") int: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") int8: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") int16: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") int32: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") int64: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") uint: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") uint8: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") uint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") uint32: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") uint64: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") uintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") float32: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") float64: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") string: 1 <nil> "5"
// CHECK-NEXT: Sscan(" \n 5") []byte: 1 <nil> []byte{0x35}
// CHECK-NEXT: Sscan(" \n 5") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan(" \n 5") MyInt: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") MyInt8: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") MyUint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") MyUintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan(" \n 5") MyFloat32: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") MyFloat64: 1 <nil> 5
// CHECK-NEXT: Sscan(" \n 5") MyString: 1 <nil> "5"
// CHECK-NEXT: Sscan(" \n 5") MyBytes: 1 <nil> main.MyBytes{0x35}
// CHECK-NEXT: Sscan("\r\n6") bool: 1 <nil> false
// CHECK-NEXT: Sscan("\r\n6") int: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") int8: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") int16: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") int32: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") int64: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") uint: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") uint8: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") uint16: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") uint32: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") uint64: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") uintptr: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") float32: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") float64: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") string: 1 <nil> "6"
// CHECK-NEXT: Sscan("\r\n6") []byte: 1 <nil> []byte{0x36}
// CHECK-NEXT: Sscan("\r\n6") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("\r\n6") MyInt: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") MyInt8: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") MyUint16: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") MyUintptr: 1 <nil> 0x6
// CHECK-NEXT: Sscan("\r\n6") MyFloat32: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") MyFloat64: 1 <nil> 6
// CHECK-NEXT: Sscan("\r\n6") MyString: 1 <nil> "6"
// CHECK-NEXT: Sscan("\r\n6") MyBytes: 1 <nil> main.MyBytes{0x36}
// CHECK-NEXT: Sscan("abc") bool: 1 <nil> false
// CHECK-NEXT: Sscan("abc") int: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("abc") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("abc") string: 1 <nil> "abc"
// CHECK-NEXT: Sscan("abc") []byte: 1 <nil> []byte{0x61, 0x62, 0x63}
// CHECK-NEXT: Sscan("abc") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("abc") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("abc") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("abc") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("abc") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("abc") MyString: 1 <nil> "abc"
// CHECK-NEXT: Sscan("abc") MyBytes: 1 <nil> main.MyBytes{0x61, 0x62, 0x63}
// CHECK-NEXT: Sscan("12abc") bool: 1 <nil> true
// CHECK-NEXT: Sscan("12abc") int: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") int8: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") int16: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") int32: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") int64: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") uint: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") uint8: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") uint16: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") uint32: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") uint64: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") uintptr: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") float32: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") float64: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") string: 1 <nil> "12abc"
// CHECK-NEXT: Sscan("12abc") []byte: 1 <nil> []byte{0x31, 0x32, 0x61, 0x62, 0x63}
// CHECK-NEXT: Sscan("12abc") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("12abc") MyInt: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") MyInt8: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") MyUint16: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") MyUintptr: 1 <nil> 0xc
// CHECK-NEXT: Sscan("12abc") MyFloat32: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") MyFloat64: 1 <nil> 12
// CHECK-NEXT: Sscan("12abc") MyString: 1 <nil> "12abc"
// CHECK-NEXT: Sscan("12abc") MyBytes: 1 <nil> main.MyBytes{0x31, 0x32, 0x61, 0x62, 0x63}
// CHECK-NEXT: Sscan("1.5") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1.5") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") float32: 1 <nil> 1.5
// CHECK-NEXT: Sscan("1.5") float64: 1 <nil> 1.5
// CHECK-NEXT: Sscan("1.5") string: 1 <nil> "1.5"
// CHECK-NEXT: Sscan("1.5") []byte: 1 <nil> []byte{0x31, 0x2e, 0x35}
// CHECK-NEXT: Sscan("1.5") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1.5") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5") MyFloat32: 1 <nil> 1.5
// CHECK-NEXT: Sscan("1.5") MyFloat64: 1 <nil> 1.5
// CHECK-NEXT: Sscan("1.5") MyString: 1 <nil> "1.5"
// CHECK-NEXT: Sscan("1.5") MyBytes: 1 <nil> main.MyBytes{0x31, 0x2e, 0x35}
// CHECK-NEXT: Sscan("-2.25e2") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-2.25e2") int: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") int8: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") int16: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") int32: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") int64: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") float32: 1 <nil> -225
// CHECK-NEXT: Sscan("-2.25e2") float64: 1 <nil> -225
// CHECK-NEXT: Sscan("-2.25e2") string: 1 <nil> "-2.25e2"
// CHECK-NEXT: Sscan("-2.25e2") []byte: 1 <nil> []byte{0x2d, 0x32, 0x2e, 0x32, 0x35, 0x65, 0x32}
// CHECK-NEXT: Sscan("-2.25e2") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-2.25e2") MyInt: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") MyInt8: 1 <nil> -2
// CHECK-NEXT: Sscan("-2.25e2") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-2.25e2") MyFloat32: 1 <nil> -225
// CHECK-NEXT: Sscan("-2.25e2") MyFloat64: 1 <nil> -225
// CHECK-NEXT: Sscan("-2.25e2") MyString: 1 <nil> "-2.25e2"
// CHECK-NEXT: Sscan("-2.25e2") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x32, 0x2e, 0x32, 0x35, 0x65, 0x32}
// CHECK-NEXT: Sscan("1e3") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1e3") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") float32: 1 <nil> 1000
// CHECK-NEXT: Sscan("1e3") float64: 1 <nil> 1000
// CHECK-NEXT: Sscan("1e3") string: 1 <nil> "1e3"
// CHECK-NEXT: Sscan("1e3") []byte: 1 <nil> []byte{0x31, 0x65, 0x33}
// CHECK-NEXT: Sscan("1e3") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1e3") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e3") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e3") MyFloat32: 1 <nil> 1000
// CHECK-NEXT: Sscan("1e3") MyFloat64: 1 <nil> 1000
// CHECK-NEXT: Sscan("1e3") MyString: 1 <nil> "1e3"
// CHECK-NEXT: Sscan("1e3") MyBytes: 1 <nil> main.MyBytes{0x31, 0x65, 0x33}
// CHECK-NEXT: Sscan("-") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-") int: 0 EOF 0
// CHECK-NEXT: Sscan("-") int8: 0 EOF 0
// CHECK-NEXT: Sscan("-") int16: 0 EOF 0
// CHECK-NEXT: Sscan("-") int32: 0 EOF 0
// CHECK-NEXT: Sscan("-") int64: 0 EOF 0
// CHECK-NEXT: Sscan("-") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") float32: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscan("-") float64: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscan("-") string: 1 <nil> "-"
// CHECK-NEXT: Sscan("-") []byte: 1 <nil> []byte{0x2d}
// CHECK-NEXT: Sscan("-") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-") MyInt: 0 EOF 0
// CHECK-NEXT: Sscan("-") MyInt8: 0 EOF 0
// CHECK-NEXT: Sscan("-") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-") MyFloat32: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscan("-") MyFloat64: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscan("-") MyString: 1 <nil> "-"
// CHECK-NEXT: Sscan("-") MyBytes: 1 <nil> main.MyBytes{0x2d}
// CHECK-NEXT: Sscan("+") bool: 1 <nil> false
// CHECK-NEXT: Sscan("+") int: 0 EOF 0
// CHECK-NEXT: Sscan("+") int8: 0 EOF 0
// CHECK-NEXT: Sscan("+") int16: 0 EOF 0
// CHECK-NEXT: Sscan("+") int32: 0 EOF 0
// CHECK-NEXT: Sscan("+") int64: 0 EOF 0
// CHECK-NEXT: Sscan("+") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") float32: 0 strconv.ParseFloat: parsing "+": invalid syntax 0
// CHECK-NEXT: Sscan("+") float64: 0 strconv.ParseFloat: parsing "+": invalid syntax 0
// CHECK-NEXT: Sscan("+") string: 1 <nil> "+"
// CHECK-NEXT: Sscan("+") []byte: 1 <nil> []byte{0x2b}
// CHECK-NEXT: Sscan("+") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("+") MyInt: 0 EOF 0
// CHECK-NEXT: Sscan("+") MyInt8: 0 EOF 0
// CHECK-NEXT: Sscan("+") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+") MyFloat32: 0 strconv.ParseFloat: parsing "+": invalid syntax 0
// CHECK-NEXT: Sscan("+") MyFloat64: 0 strconv.ParseFloat: parsing "+": invalid syntax 0
// CHECK-NEXT: Sscan("+") MyString: 1 <nil> "+"
// CHECK-NEXT: Sscan("+") MyBytes: 1 <nil> main.MyBytes{0x2b}
// CHECK-NEXT: Sscan("é") bool: 1 <nil> false
// CHECK-NEXT: Sscan("é") int: 0 expected integer 0
// CHECK-NEXT: Sscan("é") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("é") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("é") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("é") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("é") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("é") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("é") string: 1 <nil> "é"
// CHECK-NEXT: Sscan("é") []byte: 1 <nil> []byte{0xc3, 0xa9}
// CHECK-NEXT: Sscan("é") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("é") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("é") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("é") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("é") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("é") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("é") MyString: 1 <nil> "é"
// CHECK-NEXT: Sscan("é") MyBytes: 1 <nil> main.MyBytes{0xc3, 0xa9}
// CHECK-NEXT: Sscan("nan") bool: 1 <nil> false
// CHECK-NEXT: Sscan("nan") int: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") float32: 1 <nil> NaN
// CHECK-NEXT: Sscan("nan") float64: 1 <nil> NaN
// CHECK-NEXT: Sscan("nan") string: 1 <nil> "nan"
// CHECK-NEXT: Sscan("nan") []byte: 1 <nil> []byte{0x6e, 0x61, 0x6e}
// CHECK-NEXT: Sscan("nan") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("nan") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("nan") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("nan") MyFloat32: 1 <nil> NaN
// CHECK-NEXT: Sscan("nan") MyFloat64: 1 <nil> NaN
// CHECK-NEXT: Sscan("nan") MyString: 1 <nil> "nan"
// CHECK-NEXT: Sscan("nan") MyBytes: 1 <nil> main.MyBytes{0x6e, 0x61, 0x6e}
// CHECK-NEXT: Sscan("NaN") bool: 1 <nil> false
// CHECK-NEXT: Sscan("NaN") int: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") float32: 1 <nil> NaN
// CHECK-NEXT: Sscan("NaN") float64: 1 <nil> NaN
// CHECK-NEXT: Sscan("NaN") string: 1 <nil> "NaN"
// CHECK-NEXT: Sscan("NaN") []byte: 1 <nil> []byte{0x4e, 0x61, 0x4e}
// CHECK-NEXT: Sscan("NaN") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("NaN") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("NaN") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("NaN") MyFloat32: 1 <nil> NaN
// CHECK-NEXT: Sscan("NaN") MyFloat64: 1 <nil> NaN
// CHECK-NEXT: Sscan("NaN") MyString: 1 <nil> "NaN"
// CHECK-NEXT: Sscan("NaN") MyBytes: 1 <nil> main.MyBytes{0x4e, 0x61, 0x4e}
// CHECK-NEXT: Sscan("inf") bool: 1 <nil> false
// CHECK-NEXT: Sscan("inf") int: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") float32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("inf") float64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("inf") string: 1 <nil> "inf"
// CHECK-NEXT: Sscan("inf") []byte: 1 <nil> []byte{0x69, 0x6e, 0x66}
// CHECK-NEXT: Sscan("inf") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("inf") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("inf") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("inf") MyFloat32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("inf") MyFloat64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("inf") MyString: 1 <nil> "inf"
// CHECK-NEXT: Sscan("inf") MyBytes: 1 <nil> main.MyBytes{0x69, 0x6e, 0x66}
// CHECK-NEXT: Sscan("-Inf") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-Inf") int: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") float32: 1 <nil> -Inf
// CHECK-NEXT: Sscan("-Inf") float64: 1 <nil> -Inf
// CHECK-NEXT: Sscan("-Inf") string: 1 <nil> "-Inf"
// CHECK-NEXT: Sscan("-Inf") []byte: 1 <nil> []byte{0x2d, 0x49, 0x6e, 0x66}
// CHECK-NEXT: Sscan("-Inf") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-Inf") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("-Inf") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-Inf") MyFloat32: 1 <nil> -Inf
// CHECK-NEXT: Sscan("-Inf") MyFloat64: 1 <nil> -Inf
// CHECK-NEXT: Sscan("-Inf") MyString: 1 <nil> "-Inf"
// CHECK-NEXT: Sscan("-Inf") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x49, 0x6e, 0x66}
// CHECK-NEXT: Sscan("+inf") bool: 1 <nil> false
// CHECK-NEXT: Sscan("+inf") int: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") float32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("+inf") float64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("+inf") string: 1 <nil> "+inf"
// CHECK-NEXT: Sscan("+inf") []byte: 1 <nil> []byte{0x2b, 0x69, 0x6e, 0x66}
// CHECK-NEXT: Sscan("+inf") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("+inf") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("+inf") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("+inf") MyFloat32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("+inf") MyFloat64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("+inf") MyString: 1 <nil> "+inf"
// CHECK-NEXT: Sscan("+inf") MyBytes: 1 <nil> main.MyBytes{0x2b, 0x69, 0x6e, 0x66}
// CHECK-NEXT: Sscan("infinity") bool: 1 <nil> false
// CHECK-NEXT: Sscan("infinity") int: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") float32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("infinity") float64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("infinity") string: 1 <nil> "infinity"
// CHECK-NEXT: Sscan("infinity") []byte: 1 <nil> []byte{0x69, 0x6e, 0x66, 0x69, 0x6e, 0x69, 0x74, 0x79}
// CHECK-NEXT: Sscan("infinity") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("infinity") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("infinity") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("infinity") MyFloat32: 1 <nil> +Inf
// CHECK-NEXT: Sscan("infinity") MyFloat64: 1 <nil> +Inf
// CHECK-NEXT: Sscan("infinity") MyString: 1 <nil> "infinity"
// CHECK-NEXT: Sscan("infinity") MyBytes: 1 <nil> main.MyBytes{0x69, 0x6e, 0x66, 0x69, 0x6e, 0x69, 0x74, 0x79}
// CHECK-NEXT: Sscan("0x1p-2") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1p-2") int: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") float32: 1 <nil> 0.25
// CHECK-NEXT: Sscan("0x1p-2") float64: 1 <nil> 0.25
// CHECK-NEXT: Sscan("0x1p-2") string: 1 <nil> "0x1p-2"
// CHECK-NEXT: Sscan("0x1p-2") []byte: 1 <nil> []byte{0x30, 0x78, 0x31, 0x70, 0x2d, 0x32}
// CHECK-NEXT: Sscan("0x1p-2") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1p-2") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p-2") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p-2") MyFloat32: 1 <nil> 0.25
// CHECK-NEXT: Sscan("0x1p-2") MyFloat64: 1 <nil> 0.25
// CHECK-NEXT: Sscan("0x1p-2") MyString: 1 <nil> "0x1p-2"
// CHECK-NEXT: Sscan("0x1p-2") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78, 0x31, 0x70, 0x2d, 0x32}
// CHECK-NEXT: Sscan("0x1.8p1") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1.8p1") int: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") float32: 1 <nil> 3
// CHECK-NEXT: Sscan("0x1.8p1") float64: 1 <nil> 3
// CHECK-NEXT: Sscan("0x1.8p1") string: 1 <nil> "0x1.8p1"
// CHECK-NEXT: Sscan("0x1.8p1") []byte: 1 <nil> []byte{0x30, 0x78, 0x31, 0x2e, 0x38, 0x70, 0x31}
// CHECK-NEXT: Sscan("0x1.8p1") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1.8p1") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1.8p1") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1.8p1") MyFloat32: 1 <nil> 3
// CHECK-NEXT: Sscan("0x1.8p1") MyFloat64: 1 <nil> 3
// CHECK-NEXT: Sscan("0x1.8p1") MyString: 1 <nil> "0x1.8p1"
// CHECK-NEXT: Sscan("0x1.8p1") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78, 0x31, 0x2e, 0x38, 0x70, 0x31}
// CHECK-NEXT: Sscan("0X1P+3") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0X1P+3") int: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") float32: 1 <nil> 8
// CHECK-NEXT: Sscan("0X1P+3") float64: 1 <nil> 8
// CHECK-NEXT: Sscan("0X1P+3") string: 1 <nil> "0X1P+3"
// CHECK-NEXT: Sscan("0X1P+3") []byte: 1 <nil> []byte{0x30, 0x58, 0x31, 0x50, 0x2b, 0x33}
// CHECK-NEXT: Sscan("0X1P+3") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0X1P+3") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("0X1P+3") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0X1P+3") MyFloat32: 1 <nil> 8
// CHECK-NEXT: Sscan("0X1P+3") MyFloat64: 1 <nil> 8
// CHECK-NEXT: Sscan("0X1P+3") MyString: 1 <nil> "0X1P+3"
// CHECK-NEXT: Sscan("0X1P+3") MyBytes: 1 <nil> main.MyBytes{0x30, 0x58, 0x31, 0x50, 0x2b, 0x33}
// CHECK-NEXT: Sscan("1p3") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1p3") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") float32: 1 <nil> 8
// CHECK-NEXT: Sscan("1p3") float64: 1 <nil> 8
// CHECK-NEXT: Sscan("1p3") string: 1 <nil> "1p3"
// CHECK-NEXT: Sscan("1p3") []byte: 1 <nil> []byte{0x31, 0x70, 0x33}
// CHECK-NEXT: Sscan("1p3") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1p3") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1p3") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1p3") MyFloat32: 1 <nil> 8
// CHECK-NEXT: Sscan("1p3") MyFloat64: 1 <nil> 8
// CHECK-NEXT: Sscan("1p3") MyString: 1 <nil> "1p3"
// CHECK-NEXT: Sscan("1p3") MyBytes: 1 <nil> main.MyBytes{0x31, 0x70, 0x33}
// CHECK-NEXT: Sscan("1.5p-1") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1.5p-1") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") float32: 1 <nil> 0.75
// CHECK-NEXT: Sscan("1.5p-1") float64: 1 <nil> 0.75
// CHECK-NEXT: Sscan("1.5p-1") string: 1 <nil> "1.5p-1"
// CHECK-NEXT: Sscan("1.5p-1") []byte: 1 <nil> []byte{0x31, 0x2e, 0x35, 0x70, 0x2d, 0x31}
// CHECK-NEXT: Sscan("1.5p-1") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1.5p-1") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1.5p-1") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1.5p-1") MyFloat32: 1 <nil> 0.75
// CHECK-NEXT: Sscan("1.5p-1") MyFloat64: 1 <nil> 0.75
// CHECK-NEXT: Sscan("1.5p-1") MyString: 1 <nil> "1.5p-1"
// CHECK-NEXT: Sscan("1.5p-1") MyBytes: 1 <nil> main.MyBytes{0x31, 0x2e, 0x35, 0x70, 0x2d, 0x31}
// CHECK-NEXT: Sscan("1P3") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1P3") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") float32: 0 strconv.ParseFloat: parsing "1P3": invalid syntax 0
// CHECK-NEXT: Sscan("1P3") float64: 0 strconv.ParseFloat: parsing "1P3": invalid syntax 0
// CHECK-NEXT: Sscan("1P3") string: 1 <nil> "1P3"
// CHECK-NEXT: Sscan("1P3") []byte: 1 <nil> []byte{0x31, 0x50, 0x33}
// CHECK-NEXT: Sscan("1P3") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1P3") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1P3") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1P3") MyFloat32: 0 strconv.ParseFloat: parsing "1P3": invalid syntax 0
// CHECK-NEXT: Sscan("1P3") MyFloat64: 0 strconv.ParseFloat: parsing "1P3": invalid syntax 0
// CHECK-NEXT: Sscan("1P3") MyString: 1 <nil> "1P3"
// CHECK-NEXT: Sscan("1P3") MyBytes: 1 <nil> main.MyBytes{0x31, 0x50, 0x33}
// CHECK-NEXT: Sscan("1e") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1e") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") float32: 0 strconv.ParseFloat: parsing "1e": invalid syntax 0
// CHECK-NEXT: Sscan("1e") float64: 0 strconv.ParseFloat: parsing "1e": invalid syntax 0
// CHECK-NEXT: Sscan("1e") string: 1 <nil> "1e"
// CHECK-NEXT: Sscan("1e") []byte: 1 <nil> []byte{0x31, 0x65}
// CHECK-NEXT: Sscan("1e") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1e") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e") MyFloat32: 0 strconv.ParseFloat: parsing "1e": invalid syntax 0
// CHECK-NEXT: Sscan("1e") MyFloat64: 0 strconv.ParseFloat: parsing "1e": invalid syntax 0
// CHECK-NEXT: Sscan("1e") MyString: 1 <nil> "1e"
// CHECK-NEXT: Sscan("1e") MyBytes: 1 <nil> main.MyBytes{0x31, 0x65}
// CHECK-NEXT: Sscan("1e+") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1e+") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") float32: 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0
// CHECK-NEXT: Sscan("1e+") float64: 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0
// CHECK-NEXT: Sscan("1e+") string: 1 <nil> "1e+"
// CHECK-NEXT: Sscan("1e+") []byte: 1 <nil> []byte{0x31, 0x65, 0x2b}
// CHECK-NEXT: Sscan("1e+") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1e+") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e+") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e+") MyFloat32: 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0
// CHECK-NEXT: Sscan("1e+") MyFloat64: 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0
// CHECK-NEXT: Sscan("1e+") MyString: 1 <nil> "1e+"
// CHECK-NEXT: Sscan("1e+") MyBytes: 1 <nil> main.MyBytes{0x31, 0x65, 0x2b}
// CHECK-NEXT: Sscan(".5") bool: 1 <nil> false
// CHECK-NEXT: Sscan(".5") int: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") int8: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") int16: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") int32: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") int64: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") float32: 1 <nil> 0.5
// CHECK-NEXT: Sscan(".5") float64: 1 <nil> 0.5
// CHECK-NEXT: Sscan(".5") string: 1 <nil> ".5"
// CHECK-NEXT: Sscan(".5") []byte: 1 <nil> []byte{0x2e, 0x35}
// CHECK-NEXT: Sscan(".5") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan(".5") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan(".5") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan(".5") MyFloat32: 1 <nil> 0.5
// CHECK-NEXT: Sscan(".5") MyFloat64: 1 <nil> 0.5
// CHECK-NEXT: Sscan(".5") MyString: 1 <nil> ".5"
// CHECK-NEXT: Sscan(".5") MyBytes: 1 <nil> main.MyBytes{0x2e, 0x35}
// CHECK-NEXT: Sscan("5.") bool: 1 <nil> false
// CHECK-NEXT: Sscan("5.") int: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") int8: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") int16: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") int32: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") int64: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") uint: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") uint8: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") uint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") uint32: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") uint64: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") uintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") float32: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") float64: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") string: 1 <nil> "5."
// CHECK-NEXT: Sscan("5.") []byte: 1 <nil> []byte{0x35, 0x2e}
// CHECK-NEXT: Sscan("5.") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("5.") MyInt: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") MyInt8: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") MyUint16: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") MyUintptr: 1 <nil> 0x5
// CHECK-NEXT: Sscan("5.") MyFloat32: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") MyFloat64: 1 <nil> 5
// CHECK-NEXT: Sscan("5.") MyString: 1 <nil> "5."
// CHECK-NEXT: Sscan("5.") MyBytes: 1 <nil> main.MyBytes{0x35, 0x2e}
// CHECK-NEXT: Sscan("1_0.5") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1_0.5") int: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") int8: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") int16: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") int32: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") int64: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") uint: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") uint8: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") uint16: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") uint32: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") uint64: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") uintptr: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") float32: 1 <nil> 10.5
// CHECK-NEXT: Sscan("1_0.5") float64: 1 <nil> 10.5
// CHECK-NEXT: Sscan("1_0.5") string: 1 <nil> "1_0.5"
// CHECK-NEXT: Sscan("1_0.5") []byte: 1 <nil> []byte{0x31, 0x5f, 0x30, 0x2e, 0x35}
// CHECK-NEXT: Sscan("1_0.5") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1_0.5") MyInt: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") MyInt8: 1 <nil> 10
// CHECK-NEXT: Sscan("1_0.5") MyUint16: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") MyUintptr: 1 <nil> 0xa
// CHECK-NEXT: Sscan("1_0.5") MyFloat32: 1 <nil> 10.5
// CHECK-NEXT: Sscan("1_0.5") MyFloat64: 1 <nil> 10.5
// CHECK-NEXT: Sscan("1_0.5") MyString: 1 <nil> "1_0.5"
// CHECK-NEXT: Sscan("1_0.5") MyBytes: 1 <nil> main.MyBytes{0x31, 0x5f, 0x30, 0x2e, 0x35}
// CHECK-NEXT: Sscan("1e400") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1e400") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") float32: 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// CHECK-NEXT: Sscan("1e400") float64: 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// CHECK-NEXT: Sscan("1e400") string: 1 <nil> "1e400"
// CHECK-NEXT: Sscan("1e400") []byte: 1 <nil> []byte{0x31, 0x65, 0x34, 0x30, 0x30}
// CHECK-NEXT: Sscan("1e400") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1e400") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e400") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e400") MyFloat32: 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// CHECK-NEXT: Sscan("1e400") MyFloat64: 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// CHECK-NEXT: Sscan("1e400") MyString: 1 <nil> "1e400"
// CHECK-NEXT: Sscan("1e400") MyBytes: 1 <nil> main.MyBytes{0x31, 0x65, 0x34, 0x30, 0x30}
// CHECK-NEXT: Sscan("1e-400") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1e-400") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") float32: 1 <nil> 0
// CHECK-NEXT: Sscan("1e-400") float64: 1 <nil> 0
// CHECK-NEXT: Sscan("1e-400") string: 1 <nil> "1e-400"
// CHECK-NEXT: Sscan("1e-400") []byte: 1 <nil> []byte{0x31, 0x65, 0x2d, 0x34, 0x30, 0x30}
// CHECK-NEXT: Sscan("1e-400") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1e-400") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1e-400") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1e-400") MyFloat32: 1 <nil> 0
// CHECK-NEXT: Sscan("1e-400") MyFloat64: 1 <nil> 0
// CHECK-NEXT: Sscan("1e-400") MyString: 1 <nil> "1e-400"
// CHECK-NEXT: Sscan("1e-400") MyBytes: 1 <nil> main.MyBytes{0x31, 0x65, 0x2d, 0x34, 0x30, 0x30}
// CHECK-NEXT: Sscan("3.4e39") bool: 1 <nil> false
// CHECK-NEXT: Sscan("3.4e39") int: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") int8: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") int16: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") int32: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") int64: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") uint: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") uint8: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") uint16: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") uint32: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") uint64: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") uintptr: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") float32: 0 strconv.ParseFloat: parsing "3.4e39": value out of range 0
// CHECK-NEXT: Sscan("3.4e39") float64: 1 <nil> 3.4e+39
// CHECK-NEXT: Sscan("3.4e39") string: 1 <nil> "3.4e39"
// CHECK-NEXT: Sscan("3.4e39") []byte: 1 <nil> []byte{0x33, 0x2e, 0x34, 0x65, 0x33, 0x39}
// CHECK-NEXT: Sscan("3.4e39") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("3.4e39") MyInt: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") MyInt8: 1 <nil> 3
// CHECK-NEXT: Sscan("3.4e39") MyUint16: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") MyUintptr: 1 <nil> 0x3
// CHECK-NEXT: Sscan("3.4e39") MyFloat32: 0 strconv.ParseFloat: parsing "3.4e39": value out of range 0
// CHECK-NEXT: Sscan("3.4e39") MyFloat64: 1 <nil> 3.4e+39
// CHECK-NEXT: Sscan("3.4e39") MyString: 1 <nil> "3.4e39"
// CHECK-NEXT: Sscan("3.4e39") MyBytes: 1 <nil> main.MyBytes{0x33, 0x2e, 0x34, 0x65, 0x33, 0x39}
// CHECK-NEXT: Sscan("-3.5e38") bool: 1 <nil> false
// CHECK-NEXT: Sscan("-3.5e38") int: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") int8: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") int16: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") int32: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") int64: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") float32: 0 strconv.ParseFloat: parsing "-3.5e38": value out of range 0
// CHECK-NEXT: Sscan("-3.5e38") float64: 1 <nil> -3.5e+38
// CHECK-NEXT: Sscan("-3.5e38") string: 1 <nil> "-3.5e38"
// CHECK-NEXT: Sscan("-3.5e38") []byte: 1 <nil> []byte{0x2d, 0x33, 0x2e, 0x35, 0x65, 0x33, 0x38}
// CHECK-NEXT: Sscan("-3.5e38") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("-3.5e38") MyInt: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") MyInt8: 1 <nil> -3
// CHECK-NEXT: Sscan("-3.5e38") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("-3.5e38") MyFloat32: 0 strconv.ParseFloat: parsing "-3.5e38": value out of range 0
// CHECK-NEXT: Sscan("-3.5e38") MyFloat64: 1 <nil> -3.5e+38
// CHECK-NEXT: Sscan("-3.5e38") MyString: 1 <nil> "-3.5e38"
// CHECK-NEXT: Sscan("-3.5e38") MyBytes: 1 <nil> main.MyBytes{0x2d, 0x33, 0x2e, 0x35, 0x65, 0x33, 0x38}
// CHECK-NEXT: Sscan("0x1p128") bool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1p128") int: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") float32: 0 strconv.ParseFloat: parsing "0x1p128": value out of range 0
// CHECK-NEXT: Sscan("0x1p128") float64: 1 <nil> 3.402823669209385e+38
// CHECK-NEXT: Sscan("0x1p128") string: 1 <nil> "0x1p128"
// CHECK-NEXT: Sscan("0x1p128") []byte: 1 <nil> []byte{0x30, 0x78, 0x31, 0x70, 0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("0x1p128") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("0x1p128") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("0x1p128") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("0x1p128") MyFloat32: 0 strconv.ParseFloat: parsing "0x1p128": value out of range 0
// CHECK-NEXT: Sscan("0x1p128") MyFloat64: 1 <nil> 3.402823669209385e+38
// CHECK-NEXT: Sscan("0x1p128") MyString: 1 <nil> "0x1p128"
// CHECK-NEXT: Sscan("0x1p128") MyBytes: 1 <nil> main.MyBytes{0x30, 0x78, 0x31, 0x70, 0x31, 0x32, 0x38}
// CHECK-NEXT: Sscan("true") bool: 1 <nil> true
// CHECK-NEXT: Sscan("true") int: 0 expected integer 0
// CHECK-NEXT: Sscan("true") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("true") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("true") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("true") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("true") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("true") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("true") string: 1 <nil> "true"
// CHECK-NEXT: Sscan("true") []byte: 1 <nil> []byte{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscan("true") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("true") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("true") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("true") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("true") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("true") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("true") MyString: 1 <nil> "true"
// CHECK-NEXT: Sscan("true") MyBytes: 1 <nil> main.MyBytes{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscan("false") bool: 1 <nil> false
// CHECK-NEXT: Sscan("false") int: 0 expected integer 0
// CHECK-NEXT: Sscan("false") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("false") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("false") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("false") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("false") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("false") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("false") string: 1 <nil> "false"
// CHECK-NEXT: Sscan("false") []byte: 1 <nil> []byte{0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: Sscan("false") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("false") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("false") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("false") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("false") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("false") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("false") MyString: 1 <nil> "false"
// CHECK-NEXT: Sscan("false") MyBytes: 1 <nil> main.MyBytes{0x66, 0x61, 0x6c, 0x73, 0x65}
// CHECK-NEXT: Sscan("TRUE") bool: 1 <nil> true
// CHECK-NEXT: Sscan("TRUE") int: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("TRUE") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("TRUE") string: 1 <nil> "TRUE"
// CHECK-NEXT: Sscan("TRUE") []byte: 1 <nil> []byte{0x54, 0x52, 0x55, 0x45}
// CHECK-NEXT: Sscan("TRUE") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("TRUE") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("TRUE") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("TRUE") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("TRUE") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("TRUE") MyString: 1 <nil> "TRUE"
// CHECK-NEXT: Sscan("TRUE") MyBytes: 1 <nil> main.MyBytes{0x54, 0x52, 0x55, 0x45}
// CHECK-NEXT: Sscan("True") bool: 1 <nil> true
// CHECK-NEXT: Sscan("True") int: 0 expected integer 0
// CHECK-NEXT: Sscan("True") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("True") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("True") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("True") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("True") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("True") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("True") string: 1 <nil> "True"
// CHECK-NEXT: Sscan("True") []byte: 1 <nil> []byte{0x54, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscan("True") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("True") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("True") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("True") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("True") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("True") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("True") MyString: 1 <nil> "True"
// CHECK-NEXT: Sscan("True") MyBytes: 1 <nil> main.MyBytes{0x54, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscan("t") bool: 1 <nil> true
// CHECK-NEXT: Sscan("t") int: 0 expected integer 0
// CHECK-NEXT: Sscan("t") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("t") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("t") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("t") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("t") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("t") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("t") string: 1 <nil> "t"
// CHECK-NEXT: Sscan("t") []byte: 1 <nil> []byte{0x74}
// CHECK-NEXT: Sscan("t") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("t") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("t") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("t") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("t") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("t") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("t") MyString: 1 <nil> "t"
// CHECK-NEXT: Sscan("t") MyBytes: 1 <nil> main.MyBytes{0x74}
// CHECK-NEXT: Sscan("f") bool: 1 <nil> false
// CHECK-NEXT: Sscan("f") int: 0 expected integer 0
// CHECK-NEXT: Sscan("f") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("f") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("f") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("f") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("f") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("f") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("f") string: 1 <nil> "f"
// CHECK-NEXT: Sscan("f") []byte: 1 <nil> []byte{0x66}
// CHECK-NEXT: Sscan("f") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("f") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("f") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("f") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("f") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("f") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("f") MyString: 1 <nil> "f"
// CHECK-NEXT: Sscan("f") MyBytes: 1 <nil> main.MyBytes{0x66}
// CHECK-NEXT: Sscan("T") bool: 1 <nil> true
// CHECK-NEXT: Sscan("T") int: 0 expected integer 0
// CHECK-NEXT: Sscan("T") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("T") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("T") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("T") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("T") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("T") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("T") string: 1 <nil> "T"
// CHECK-NEXT: Sscan("T") []byte: 1 <nil> []byte{0x54}
// CHECK-NEXT: Sscan("T") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("T") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("T") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("T") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("T") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("T") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("T") MyString: 1 <nil> "T"
// CHECK-NEXT: Sscan("T") MyBytes: 1 <nil> main.MyBytes{0x54}
// CHECK-NEXT: Sscan("F") bool: 1 <nil> false
// CHECK-NEXT: Sscan("F") int: 0 expected integer 0
// CHECK-NEXT: Sscan("F") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("F") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("F") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("F") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("F") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("F") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("F") string: 1 <nil> "F"
// CHECK-NEXT: Sscan("F") []byte: 1 <nil> []byte{0x46}
// CHECK-NEXT: Sscan("F") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("F") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("F") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("F") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("F") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("F") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("F") MyString: 1 <nil> "F"
// CHECK-NEXT: Sscan("F") MyBytes: 1 <nil> main.MyBytes{0x46}
// CHECK-NEXT: Sscan("tr") bool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("tr") int: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("tr") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("tr") string: 1 <nil> "tr"
// CHECK-NEXT: Sscan("tr") []byte: 1 <nil> []byte{0x74, 0x72}
// CHECK-NEXT: Sscan("tr") MyBool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("tr") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("tr") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("tr") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("tr") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("tr") MyString: 1 <nil> "tr"
// CHECK-NEXT: Sscan("tr") MyBytes: 1 <nil> main.MyBytes{0x74, 0x72}
// CHECK-NEXT: Sscan("fa") bool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("fa") int: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fa") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fa") string: 1 <nil> "fa"
// CHECK-NEXT: Sscan("fa") []byte: 1 <nil> []byte{0x66, 0x61}
// CHECK-NEXT: Sscan("fa") MyBool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("fa") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("fa") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fa") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fa") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fa") MyString: 1 <nil> "fa"
// CHECK-NEXT: Sscan("fa") MyBytes: 1 <nil> main.MyBytes{0x66, 0x61}
// CHECK-NEXT: Sscan("fals") bool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("fals") int: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fals") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fals") string: 1 <nil> "fals"
// CHECK-NEXT: Sscan("fals") []byte: 1 <nil> []byte{0x66, 0x61, 0x6c, 0x73}
// CHECK-NEXT: Sscan("fals") MyBool: 0 syntax error scanning boolean false
// CHECK-NEXT: Sscan("fals") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("fals") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("fals") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fals") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("fals") MyString: 1 <nil> "fals"
// CHECK-NEXT: Sscan("fals") MyBytes: 1 <nil> main.MyBytes{0x66, 0x61, 0x6c, 0x73}
// CHECK-NEXT: Sscan("falsey") bool: 1 <nil> false
// CHECK-NEXT: Sscan("falsey") int: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("falsey") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("falsey") string: 1 <nil> "falsey"
// CHECK-NEXT: Sscan("falsey") []byte: 1 <nil> []byte{0x66, 0x61, 0x6c, 0x73, 0x65, 0x79}
// CHECK-NEXT: Sscan("falsey") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("falsey") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("falsey") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("falsey") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("falsey") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("falsey") MyString: 1 <nil> "falsey"
// CHECK-NEXT: Sscan("falsey") MyBytes: 1 <nil> main.MyBytes{0x66, 0x61, 0x6c, 0x73, 0x65, 0x79}
// CHECK-NEXT: Sscan("truex") bool: 1 <nil> true
// CHECK-NEXT: Sscan("truex") int: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("truex") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("truex") string: 1 <nil> "truex"
// CHECK-NEXT: Sscan("truex") []byte: 1 <nil> []byte{0x74, 0x72, 0x75, 0x65, 0x78}
// CHECK-NEXT: Sscan("truex") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("truex") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("truex") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("truex") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("truex") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("truex") MyString: 1 <nil> "truex"
// CHECK-NEXT: Sscan("truex") MyBytes: 1 <nil> main.MyBytes{0x74, 0x72, 0x75, 0x65, 0x78}
// CHECK-NEXT: Sscan("1") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") float32: 1 <nil> 1
// CHECK-NEXT: Sscan("1") float64: 1 <nil> 1
// CHECK-NEXT: Sscan("1") string: 1 <nil> "1"
// CHECK-NEXT: Sscan("1") []byte: 1 <nil> []byte{0x31}
// CHECK-NEXT: Sscan("1") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1") MyFloat32: 1 <nil> 1
// CHECK-NEXT: Sscan("1") MyFloat64: 1 <nil> 1
// CHECK-NEXT: Sscan("1") MyString: 1 <nil> "1"
// CHECK-NEXT: Sscan("1") MyBytes: 1 <nil> main.MyBytes{0x31}
// CHECK-NEXT: Sscan("x") bool: 1 <nil> false
// CHECK-NEXT: Sscan("x") int: 0 expected integer 0
// CHECK-NEXT: Sscan("x") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("x") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("x") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("x") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("x") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("x") string: 1 <nil> "x"
// CHECK-NEXT: Sscan("x") []byte: 1 <nil> []byte{0x78}
// CHECK-NEXT: Sscan("x") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("x") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("x") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("x") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("x") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("x") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("x") MyString: 1 <nil> "x"
// CHECK-NEXT: Sscan("x") MyBytes: 1 <nil> main.MyBytes{0x78}
// CHECK-NEXT: Sscan("\"quoted\"") bool: 1 <nil> false
// CHECK-NEXT: Sscan("\"quoted\"") int: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("\"quoted\"") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("\"quoted\"") string: 1 <nil> "\"quoted\""
// CHECK-NEXT: Sscan("\"quoted\"") []byte: 1 <nil> []byte{0x22, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x22}
// CHECK-NEXT: Sscan("\"quoted\"") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("\"quoted\"") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("\"quoted\"") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("\"quoted\"") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("\"quoted\"") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("\"quoted\"") MyString: 1 <nil> "\"quoted\""
// CHECK-NEXT: Sscan("\"quoted\"") MyBytes: 1 <nil> main.MyBytes{0x22, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x22}
// CHECK-NEXT: Sscan("`raw`") bool: 1 <nil> false
// CHECK-NEXT: Sscan("`raw`") int: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") int8: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") int16: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") int32: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") int64: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") uint32: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") uint64: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") uintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("`raw`") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("`raw`") string: 1 <nil> "`raw`"
// CHECK-NEXT: Sscan("`raw`") []byte: 1 <nil> []byte{0x60, 0x72, 0x61, 0x77, 0x60}
// CHECK-NEXT: Sscan("`raw`") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("`raw`") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") MyInt8: 0 expected integer 0
// CHECK-NEXT: Sscan("`raw`") MyUint16: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") MyUintptr: 0 expected integer 0x0
// CHECK-NEXT: Sscan("`raw`") MyFloat32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("`raw`") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscan("`raw`") MyString: 1 <nil> "`raw`"
// CHECK-NEXT: Sscan("`raw`") MyBytes: 1 <nil> main.MyBytes{0x60, 0x72, 0x61, 0x77, 0x60}
// CHECK-NEXT: Sscan("7\r\n") bool: 1 <nil> false
// CHECK-NEXT: Sscan("7\r\n") int: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") int8: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") int16: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") int32: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") int64: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") uint: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") uint8: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") uint16: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") uint32: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") uint64: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") uintptr: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") float32: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") float64: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") string: 1 <nil> "7"
// CHECK-NEXT: Sscan("7\r\n") []byte: 1 <nil> []byte{0x37}
// CHECK-NEXT: Sscan("7\r\n") MyBool: 1 <nil> false
// CHECK-NEXT: Sscan("7\r\n") MyInt: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") MyInt8: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") MyUint16: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") MyUintptr: 1 <nil> 0x7
// CHECK-NEXT: Sscan("7\r\n") MyFloat32: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscan("7\r\n") MyString: 1 <nil> "7"
// CHECK-NEXT: Sscan("7\r\n") MyBytes: 1 <nil> main.MyBytes{0x37}
// CHECK-NEXT: Sscan("1 2") bool: 1 <nil> true
// CHECK-NEXT: Sscan("1 2") int: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") int8: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") int16: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") int32: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") int64: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") uint: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") uint8: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") uint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") uint32: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") uint64: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") uintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") float32: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") float64: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") string: 1 <nil> "1"
// CHECK-NEXT: Sscan("1 2") []byte: 1 <nil> []byte{0x31}
// CHECK-NEXT: Sscan("1 2") MyBool: 1 <nil> true
// CHECK-NEXT: Sscan("1 2") MyInt: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") MyInt8: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") MyUint16: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") MyUintptr: 1 <nil> 0x1
// CHECK-NEXT: Sscan("1 2") MyFloat32: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") MyFloat64: 1 <nil> 1
// CHECK-NEXT: Sscan("1 2") MyString: 1 <nil> "1"
// CHECK-NEXT: Sscan("1 2") MyBytes: 1 <nil> main.MyBytes{0x31}
// CHECK-NEXT: Sscanln("1 2") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\n") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\n") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2\n") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2\n"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1\n2") int,int: 1 unexpected newline 1 0
// CHECK-NEXT: Sscanln("1\n2") string,float64: 1 unexpected newline "1" 0
// CHECK-NEXT: Sscanln("1\n2") MyInt,MyString: 1 unexpected newline 1 ""
// CHECK-NEXT: Sscan("1\n2"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2 3") int,int: 2 expected newline 1 2
// CHECK-NEXT: Sscanln("1 2 3") string,float64: 2 expected newline "1" 2
// CHECK-NEXT: Sscanln("1 2 3") MyInt,MyString: 2 expected newline 1 "2"
// CHECK-NEXT: Sscan("1 2 3"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2  \n") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2  \n") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2  \n") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2  \n"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\t\n3") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\t\n3") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2\t\n3") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2\t\n3"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1") int,int: 1 EOF 1 0
// CHECK-NEXT: Sscanln("1") string,float64: 1 EOF "1" 0
// CHECK-NEXT: Sscanln("1") MyInt,MyString: 1 EOF 1 ""
// CHECK-NEXT: Sscan("1"): 1 EOF 1 0
// CHECK-NEXT: Sscanln("") int,int: 0 EOF 0 0
// CHECK-NEXT: Sscanln("") string,float64: 0 EOF "" 0
// CHECK-NEXT: Sscanln("") MyInt,MyString: 0 EOF 0 ""
// CHECK-NEXT: Sscan(""): 0 EOF 0 0
// CHECK-NEXT: Sscanln("\n") int,int: 0 unexpected newline 0 0
// CHECK-NEXT: Sscanln("\n") string,float64: 0 unexpected newline "" 0
// CHECK-NEXT: Sscanln("\n") MyInt,MyString: 0 unexpected newline 0 ""
// CHECK-NEXT: Sscan("\n"): 0 EOF 0 0
// CHECK-NEXT: Sscanln("1 2\r\n") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\r\n") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2\r\n") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2\r\n"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln(" 1 2") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln(" 1 2") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln(" 1 2") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan(" 1 2"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2 x") int,int: 2 expected newline 1 2
// CHECK-NEXT: Sscanln("1 2 x") string,float64: 2 expected newline "1" 2
// CHECK-NEXT: Sscanln("1 2 x") MyInt,MyString: 2 expected newline 1 "2"
// CHECK-NEXT: Sscan("1 2 x"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2x") int,int: 2 expected newline 1 2
// CHECK-NEXT: Sscanln("1 2x") string,float64: 2 expected newline "1" 2
// CHECK-NEXT: Sscanln("1 2x") MyInt,MyString: 2 <nil> 1 "2x"
// CHECK-NEXT: Sscan("1 2x"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("\n1 2") int,int: 0 unexpected newline 0 0
// CHECK-NEXT: Sscanln("\n1 2") string,float64: 0 unexpected newline "" 0
// CHECK-NEXT: Sscanln("\n1 2") MyInt,MyString: 0 unexpected newline 0 ""
// CHECK-NEXT: Sscan("\n1 2"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 \n2") int,int: 1 unexpected newline 1 0
// CHECK-NEXT: Sscanln("1 \n2") string,float64: 1 unexpected newline "1" 0
// CHECK-NEXT: Sscanln("1 \n2") MyInt,MyString: 1 unexpected newline 1 ""
// CHECK-NEXT: Sscan("1 \n2"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\r") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\r") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2\r") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2\r"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2\rx") int,int: 2 expected newline 1 2
// CHECK-NEXT: Sscanln("1 2\rx") string,float64: 2 expected newline "1" 2
// CHECK-NEXT: Sscanln("1 2\rx") MyInt,MyString: 2 expected newline 1 "2"
// CHECK-NEXT: Sscan("1 2\rx"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln("  ") int,int: 0 EOF 0 0
// CHECK-NEXT: Sscanln("  ") string,float64: 0 EOF "" 0
// CHECK-NEXT: Sscanln("  ") MyInt,MyString: 0 EOF 0 ""
// CHECK-NEXT: Sscan("  "): 0 EOF 0 0
// CHECK-NEXT: Sscanln("1 2 \r\n") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanln("1 2 \r\n") string,float64: 2 <nil> "1" 2
// CHECK-NEXT: Sscanln("1 2 \r\n") MyInt,MyString: 2 <nil> 1 "2"
// CHECK-NEXT: Sscan("1 2 \r\n"): 2 <nil> 1 2
// CHECK-NEXT: Sscanln no operands: 0 expected newline
// CHECK-NEXT: Sscanln no operands, spaces: 0 <nil>
// CHECK-NEXT: Sscan no operands: 0 <nil>
// CHECK-NEXT: Sscanf("101", "%v") bool: 1 <nil> true
// CHECK-NEXT: Sscanf("101", "%v") int: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") int8: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") uint: 1 <nil> 0x65
// CHECK-NEXT: Sscanf("101", "%v") uint8: 1 <nil> 0x65
// CHECK-NEXT: Sscanf("101", "%v") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") string: 1 <nil> "101"
// CHECK-NEXT: Sscanf("101", "%v") []byte: 1 <nil> []byte{0x31, 0x30, 0x31}
// CHECK-NEXT: Sscanf("101", "%v") MyInt: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%v") MyString: 1 <nil> "101"
// CHECK-NEXT: Sscanf("101", "%v") MyBytes: 1 <nil> main.MyBytes{0x31, 0x30, 0x31}
// CHECK-NEXT: Sscanf("101", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf("101", "%d") int: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%d") int8: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%d") uint: 1 <nil> 0x65
// CHECK-NEXT: Sscanf("101", "%d") uint8: 1 <nil> 0x65
// CHECK-NEXT: Sscanf("101", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf("101", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf("101", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("101", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%d") MyInt: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%d") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("101", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf("101", "%b") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("101", "%b") int8: 1 <nil> 5
// CHECK-NEXT: Sscanf("101", "%b") uint: 1 <nil> 0x5
// CHECK-NEXT: Sscanf("101", "%b") uint8: 1 <nil> 0x5
// CHECK-NEXT: Sscanf("101", "%b") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%b") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("101", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%b") MyInt: 1 <nil> 5
// CHECK-NEXT: Sscanf("101", "%b") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("101", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf("101", "%o") int: 1 <nil> 65
// CHECK-NEXT: Sscanf("101", "%o") int8: 1 <nil> 65
// CHECK-NEXT: Sscanf("101", "%o") uint: 1 <nil> 0x41
// CHECK-NEXT: Sscanf("101", "%o") uint8: 1 <nil> 0x41
// CHECK-NEXT: Sscanf("101", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf("101", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf("101", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("101", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%o") MyInt: 1 <nil> 65
// CHECK-NEXT: Sscanf("101", "%o") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("101", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf("101", "%x") int: 1 <nil> 257
// CHECK-NEXT: Sscanf("101", "%x") int8: 0 integer overflow on token 101 0
// CHECK-NEXT: Sscanf("101", "%x") uint: 1 <nil> 0x101
// CHECK-NEXT: Sscanf("101", "%x") uint8: 0 unsigned integer overflow on token 101 0x0
// CHECK-NEXT: Sscanf("101", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf("101", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("101", "%x") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("101", "%x") []byte: 0 unexpected EOF []byte(nil)
// CHECK-NEXT: Sscanf("101", "%x") MyInt: 1 <nil> 257
// CHECK-NEXT: Sscanf("101", "%x") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%x") MyString: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("101", "%x") MyBytes: 0 unexpected EOF main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf("101", "%X") int: 1 <nil> 257
// CHECK-NEXT: Sscanf("101", "%X") int8: 0 integer overflow on token 101 0
// CHECK-NEXT: Sscanf("101", "%X") uint: 1 <nil> 0x101
// CHECK-NEXT: Sscanf("101", "%X") uint8: 0 unsigned integer overflow on token 101 0x0
// CHECK-NEXT: Sscanf("101", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf("101", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf("101", "%X") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("101", "%X") []byte: 0 unexpected EOF []byte(nil)
// CHECK-NEXT: Sscanf("101", "%X") MyInt: 1 <nil> 257
// CHECK-NEXT: Sscanf("101", "%X") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%X") MyString: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("101", "%X") MyBytes: 0 unexpected EOF main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf("101", "%c") int: 1 <nil> 49
// CHECK-NEXT: Sscanf("101", "%c") int8: 1 <nil> 49
// CHECK-NEXT: Sscanf("101", "%c") uint: 1 <nil> 0x31
// CHECK-NEXT: Sscanf("101", "%c") uint8: 1 <nil> 0x31
// CHECK-NEXT: Sscanf("101", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf("101", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("101", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("101", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%c") MyInt: 1 <nil> 49
// CHECK-NEXT: Sscanf("101", "%c") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("101", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf("101", "%U") int: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("101", "%U") int8: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("101", "%U") uint: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("101", "%U") uint8: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("101", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf("101", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf("101", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("101", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%U") MyInt: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("101", "%U") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("101", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%t") bool: 1 <nil> true
// CHECK-NEXT: Sscanf("101", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("101", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("101", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf("101", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf("101", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("101", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("101", "%t") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("101", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf("101", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("101", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("101", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf("101", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf("101", "%s") string: 1 <nil> "101"
// CHECK-NEXT: Sscanf("101", "%s") []byte: 1 <nil> []byte{0x31, 0x30, 0x31}
// CHECK-NEXT: Sscanf("101", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("101", "%s") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%s") MyString: 1 <nil> "101"
// CHECK-NEXT: Sscanf("101", "%s") MyBytes: 1 <nil> main.MyBytes{0x31, 0x30, 0x31}
// CHECK-NEXT: Sscanf("101", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf("101", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("101", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("101", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf("101", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf("101", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("101", "%q") []byte: 0 expected quoted string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("101", "%q") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%q") MyString: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("101", "%q") MyBytes: 0 expected quoted string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf("101", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("101", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("101", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%e") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%e") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("101", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("101", "%e") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("101", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf("101", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("101", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("101", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%f") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%f") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("101", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("101", "%f") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("101", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf("101", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("101", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("101", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%g") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%g") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("101", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("101", "%g") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("101", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf("101", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("101", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("101", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%E") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%E") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("101", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("101", "%E") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("101", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf("101", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("101", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("101", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%G") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%G") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("101", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("101", "%G") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("101", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf("101", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("101", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("101", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%F") float32: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%F") float64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("101", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("101", "%F") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("101", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("101", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf("101", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("101", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("101", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("101", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf("101", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf("101", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("101", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf("101", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("101", "%z") MyFloat64: 1 <nil> 101
// CHECK-NEXT: Sscanf("101", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("101", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%v") bool: 1 <nil> false
// CHECK-NEXT: Sscanf(" 7f", "%v") int: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") int8: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") uint: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%v") uint8: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%v") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") string: 1 <nil> "7f"
// CHECK-NEXT: Sscanf(" 7f", "%v") []byte: 1 <nil> []byte{0x37, 0x66}
// CHECK-NEXT: Sscanf(" 7f", "%v") MyInt: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%v") MyString: 1 <nil> "7f"
// CHECK-NEXT: Sscanf(" 7f", "%v") MyBytes: 1 <nil> main.MyBytes{0x37, 0x66}
// CHECK-NEXT: Sscanf(" 7f", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%d") int: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%d") int8: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%d") uint: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%d") uint8: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%d") MyInt: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%d") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%b") int: 0 expected integer 0
// CHECK-NEXT: Sscanf(" 7f", "%b") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf(" 7f", "%b") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%b") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%b") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%b") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%b") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf(" 7f", "%b") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%o") int: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%o") int8: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%o") uint: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%o") uint8: 1 <nil> 0x7
// CHECK-NEXT: Sscanf(" 7f", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%o") MyInt: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%o") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%x") int: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%x") int8: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%x") uint: 1 <nil> 0x7f
// CHECK-NEXT: Sscanf(" 7f", "%x") uint8: 1 <nil> 0x7f
// CHECK-NEXT: Sscanf(" 7f", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%x") string: 1 <nil> "\x7f"
// CHECK-NEXT: Sscanf(" 7f", "%x") []byte: 1 <nil> []byte{0x7f}
// CHECK-NEXT: Sscanf(" 7f", "%x") MyInt: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%x") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%x") MyString: 1 <nil> "\x7f"
// CHECK-NEXT: Sscanf(" 7f", "%x") MyBytes: 1 <nil> main.MyBytes{0x7f}
// CHECK-NEXT: Sscanf(" 7f", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%X") int: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%X") int8: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%X") uint: 1 <nil> 0x7f
// CHECK-NEXT: Sscanf(" 7f", "%X") uint8: 1 <nil> 0x7f
// CHECK-NEXT: Sscanf(" 7f", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%X") string: 1 <nil> "\x7f"
// CHECK-NEXT: Sscanf(" 7f", "%X") []byte: 1 <nil> []byte{0x7f}
// CHECK-NEXT: Sscanf(" 7f", "%X") MyInt: 1 <nil> 127
// CHECK-NEXT: Sscanf(" 7f", "%X") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%X") MyString: 1 <nil> "\x7f"
// CHECK-NEXT: Sscanf(" 7f", "%X") MyBytes: 1 <nil> main.MyBytes{0x7f}
// CHECK-NEXT: Sscanf(" 7f", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%c") int: 1 <nil> 32
// CHECK-NEXT: Sscanf(" 7f", "%c") int8: 1 <nil> 32
// CHECK-NEXT: Sscanf(" 7f", "%c") uint: 1 <nil> 0x20
// CHECK-NEXT: Sscanf(" 7f", "%c") uint8: 1 <nil> 0x20
// CHECK-NEXT: Sscanf(" 7f", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%c") MyInt: 1 <nil> 32
// CHECK-NEXT: Sscanf(" 7f", "%c") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%U") int: 0 bad unicode format  0
// CHECK-NEXT: Sscanf(" 7f", "%U") int8: 0 bad unicode format  0
// CHECK-NEXT: Sscanf(" 7f", "%U") uint: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf(" 7f", "%U") uint8: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf(" 7f", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%U") MyInt: 0 bad unicode format  0
// CHECK-NEXT: Sscanf(" 7f", "%U") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf(" 7f", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%t") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%s") string: 1 <nil> "7f"
// CHECK-NEXT: Sscanf(" 7f", "%s") []byte: 1 <nil> []byte{0x37, 0x66}
// CHECK-NEXT: Sscanf(" 7f", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%s") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%s") MyString: 1 <nil> "7f"
// CHECK-NEXT: Sscanf(" 7f", "%s") MyBytes: 1 <nil> main.MyBytes{0x37, 0x66}
// CHECK-NEXT: Sscanf(" 7f", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf(" 7f", "%q") []byte: 0 expected quoted string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%q") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%q") MyString: 0 expected quoted string ""
// CHECK-NEXT: Sscanf(" 7f", "%q") MyBytes: 0 expected quoted string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%e") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%e") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%e") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%f") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%f") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%f") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%g") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%g") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%g") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%E") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%E") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%E") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%G") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%G") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%G") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%F") float32: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%F") float64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%F") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf(" 7f", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf(" 7f", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf(" 7f", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf(" 7f", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf(" 7f", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf(" 7f", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf(" 7f", "%z") MyFloat64: 1 <nil> 7
// CHECK-NEXT: Sscanf(" 7f", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf(" 7f", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%v") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("U+263A", "%v") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%v") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%v") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%v") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%v") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%v") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%v") string: 1 <nil> "U+263A"
// CHECK-NEXT: Sscanf("U+263A", "%v") []byte: 1 <nil> []byte{0x55, 0x2b, 0x32, 0x36, 0x33, 0x41}
// CHECK-NEXT: Sscanf("U+263A", "%v") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%v") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%v") MyString: 1 <nil> "U+263A"
// CHECK-NEXT: Sscanf("U+263A", "%v") MyBytes: 1 <nil> main.MyBytes{0x55, 0x2b, 0x32, 0x36, 0x33, 0x41}
// CHECK-NEXT: Sscanf("U+263A", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%d") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%d") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%d") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%d") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%d") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%d") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%b") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%b") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%b") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%b") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%b") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%b") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%b") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%b") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%o") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%o") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%o") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%o") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%o") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%o") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%x") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%x") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%x") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("U+263A", "%x") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%x") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%x") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%x") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("U+263A", "%x") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%X") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%X") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%X") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%X") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%X") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("U+263A", "%X") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%X") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("U+263A", "%X") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%X") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("U+263A", "%X") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%c") int: 1 <nil> 85
// CHECK-NEXT: Sscanf("U+263A", "%c") int8: 1 <nil> 85
// CHECK-NEXT: Sscanf("U+263A", "%c") uint: 1 <nil> 0x55
// CHECK-NEXT: Sscanf("U+263A", "%c") uint8: 1 <nil> 0x55
// CHECK-NEXT: Sscanf("U+263A", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%c") MyInt: 1 <nil> 85
// CHECK-NEXT: Sscanf("U+263A", "%c") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%U") int: 1 <nil> 9786
// CHECK-NEXT: Sscanf("U+263A", "%U") int8: 0 integer overflow on token 263A 0
// CHECK-NEXT: Sscanf("U+263A", "%U") uint: 1 <nil> 0x263a
// CHECK-NEXT: Sscanf("U+263A", "%U") uint8: 0 unsigned integer overflow on token 263A 0x0
// CHECK-NEXT: Sscanf("U+263A", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%U") MyInt: 1 <nil> 9786
// CHECK-NEXT: Sscanf("U+263A", "%U") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("U+263A", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%t") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%s") string: 1 <nil> "U+263A"
// CHECK-NEXT: Sscanf("U+263A", "%s") []byte: 1 <nil> []byte{0x55, 0x2b, 0x32, 0x36, 0x33, 0x41}
// CHECK-NEXT: Sscanf("U+263A", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%s") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%s") MyString: 1 <nil> "U+263A"
// CHECK-NEXT: Sscanf("U+263A", "%s") MyBytes: 1 <nil> main.MyBytes{0x55, 0x2b, 0x32, 0x36, 0x33, 0x41}
// CHECK-NEXT: Sscanf("U+263A", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("U+263A", "%q") []byte: 0 expected quoted string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%q") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%q") MyString: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("U+263A", "%q") MyBytes: 0 expected quoted string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%e") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%e") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%e") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%f") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%f") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%f") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%g") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%g") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%g") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%E") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%E") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%E") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%G") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%G") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%G") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%F") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%F") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%F") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("U+263A", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf("U+263A", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("U+263A", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf("U+263A", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf("U+263A", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf("U+263A", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("U+263A", "%z") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("U+263A", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("U+263A", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%v") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("é", "%v") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%v") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%v") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%v") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%v") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%v") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%v") string: 1 <nil> "é"
// CHECK-NEXT: Sscanf("é", "%v") []byte: 1 <nil> []byte{0xc3, 0xa9}
// CHECK-NEXT: Sscanf("é", "%v") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%v") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%v") MyString: 1 <nil> "é"
// CHECK-NEXT: Sscanf("é", "%v") MyBytes: 1 <nil> main.MyBytes{0xc3, 0xa9}
// CHECK-NEXT: Sscanf("é", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf("é", "%d") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%d") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%d") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%d") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf("é", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf("é", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("é", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%d") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%d") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("é", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf("é", "%b") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%b") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%b") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%b") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%b") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%b") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("é", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%b") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%b") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("é", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf("é", "%o") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%o") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%o") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%o") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf("é", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf("é", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("é", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%o") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%o") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("é", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf("é", "%x") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%x") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%x") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf("é", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("é", "%x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("é", "%x") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%x") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%x") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%x") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("é", "%x") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf("é", "%X") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%X") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%X") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%X") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("é", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf("é", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf("é", "%X") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("é", "%X") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%X") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("é", "%X") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%X") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("é", "%X") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf("é", "%c") int: 1 <nil> 233
// CHECK-NEXT: Sscanf("é", "%c") int8: 0 overflow on character value é 0
// CHECK-NEXT: Sscanf("é", "%c") uint: 1 <nil> 0xe9
// CHECK-NEXT: Sscanf("é", "%c") uint8: 0 overflow on character value é 0x0
// CHECK-NEXT: Sscanf("é", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf("é", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("é", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("é", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%c") MyInt: 1 <nil> 233
// CHECK-NEXT: Sscanf("é", "%c") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("é", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf("é", "%U") int: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("é", "%U") int8: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("é", "%U") uint: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("é", "%U") uint8: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("é", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf("é", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf("é", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("é", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%U") MyInt: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("é", "%U") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("é", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("é", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("é", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("é", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf("é", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf("é", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("é", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("é", "%t") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("é", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf("é", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("é", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("é", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf("é", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf("é", "%s") string: 1 <nil> "é"
// CHECK-NEXT: Sscanf("é", "%s") []byte: 1 <nil> []byte{0xc3, 0xa9}
// CHECK-NEXT: Sscanf("é", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("é", "%s") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%s") MyString: 1 <nil> "é"
// CHECK-NEXT: Sscanf("é", "%s") MyBytes: 1 <nil> main.MyBytes{0xc3, 0xa9}
// CHECK-NEXT: Sscanf("é", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf("é", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("é", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("é", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf("é", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf("é", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("é", "%q") []byte: 0 expected quoted string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("é", "%q") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%q") MyString: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("é", "%q") MyBytes: 0 expected quoted string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf("é", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("é", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("é", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%e") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%e") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("é", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("é", "%e") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("é", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf("é", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("é", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("é", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%f") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%f") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("é", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("é", "%f") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("é", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf("é", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("é", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("é", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%g") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%g") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("é", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("é", "%g") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("é", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf("é", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("é", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("é", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%E") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%E") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("é", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("é", "%E") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("é", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf("é", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("é", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("é", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%G") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%G") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("é", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("é", "%G") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("é", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf("é", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("é", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("é", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%F") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%F") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("é", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("é", "%F") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("é", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("é", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf("é", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("é", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("é", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("é", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf("é", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf("é", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("é", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf("é", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("é", "%z") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("é", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("é", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") string: 1 <nil> "\"q\\\"x\""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") []byte: 1 <nil> []byte{0x22, 0x71, 0x5c, 0x22, 0x78, 0x22}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") MyString: 1 <nil> "\"q\\\"x\""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%v") MyBytes: 1 <nil> main.MyBytes{0x22, 0x71, 0x5c, 0x22, 0x78, 0x22}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%x") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%X") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") int: 1 <nil> 34
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") int8: 1 <nil> 34
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") uint: 1 <nil> 0x22
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") uint8: 1 <nil> 0x22
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") MyInt: 1 <nil> 34
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") int: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") int8: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") uint: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") uint8: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") MyInt: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") string: 1 <nil> "\"q\\\"x\""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") []byte: 1 <nil> []byte{0x22, 0x71, 0x5c, 0x22, 0x78, 0x22}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") MyString: 1 <nil> "\"q\\\"x\""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%s") MyBytes: 1 <nil> main.MyBytes{0x22, 0x71, 0x5c, 0x22, 0x78, 0x22}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") string: 1 <nil> "q\"x"
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") []byte: 1 <nil> []byte{0x71, 0x22, 0x78}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") MyString: 1 <nil> "q\"x"
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%q") MyBytes: 1 <nil> main.MyBytes{0x71, 0x22, 0x78}
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("\"q\\\"x\"", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%v") bool: 1 <nil> true
// CHECK-NEXT: Sscanf("true", "%v") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%v") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%v") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%v") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%v") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%v") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%v") string: 1 <nil> "true"
// CHECK-NEXT: Sscanf("true", "%v") []byte: 1 <nil> []byte{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscanf("true", "%v") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%v") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%v") MyString: 1 <nil> "true"
// CHECK-NEXT: Sscanf("true", "%v") MyBytes: 1 <nil> main.MyBytes{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscanf("true", "%d") bool: 0 bad verb '%d' for boolean false
// CHECK-NEXT: Sscanf("true", "%d") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%d") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%d") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%d") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%d") float32: 0 bad verb '%d' for float32 0
// CHECK-NEXT: Sscanf("true", "%d") float64: 0 bad verb '%d' for float64 0
// CHECK-NEXT: Sscanf("true", "%d") string: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("true", "%d") []byte: 0 bad verb '%d' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%d") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%d") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%d") MyString: 0 bad verb '%d' for string ""
// CHECK-NEXT: Sscanf("true", "%d") MyBytes: 0 bad verb '%d' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%b") bool: 0 bad verb '%b' for boolean false
// CHECK-NEXT: Sscanf("true", "%b") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%b") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%b") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%b") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%b") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%b") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%b") string: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("true", "%b") []byte: 0 bad verb '%b' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%b") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%b") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%b") MyString: 0 bad verb '%b' for string ""
// CHECK-NEXT: Sscanf("true", "%b") MyBytes: 0 bad verb '%b' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%o") bool: 0 bad verb '%o' for boolean false
// CHECK-NEXT: Sscanf("true", "%o") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%o") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%o") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%o") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%o") float32: 0 bad verb '%o' for float32 0
// CHECK-NEXT: Sscanf("true", "%o") float64: 0 bad verb '%o' for float64 0
// CHECK-NEXT: Sscanf("true", "%o") string: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("true", "%o") []byte: 0 bad verb '%o' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%o") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%o") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%o") MyString: 0 bad verb '%o' for string ""
// CHECK-NEXT: Sscanf("true", "%o") MyBytes: 0 bad verb '%o' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%x") bool: 0 bad verb '%x' for boolean false
// CHECK-NEXT: Sscanf("true", "%x") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%x") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%x") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%x") float32: 0 bad verb '%x' for float32 0
// CHECK-NEXT: Sscanf("true", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("true", "%x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("true", "%x") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%x") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%x") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%x") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("true", "%x") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%X") bool: 0 bad verb '%X' for boolean false
// CHECK-NEXT: Sscanf("true", "%X") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%X") int8: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%X") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%X") uint8: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("true", "%X") float32: 0 bad verb '%X' for float32 0
// CHECK-NEXT: Sscanf("true", "%X") float64: 0 bad verb '%X' for float64 0
// CHECK-NEXT: Sscanf("true", "%X") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("true", "%X") []byte: 0 no hex data for %x string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%X") MyInt: 0 expected integer 0
// CHECK-NEXT: Sscanf("true", "%X") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%X") MyString: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("true", "%X") MyBytes: 0 no hex data for %x string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%c") bool: 0 bad verb '%c' for boolean false
// CHECK-NEXT: Sscanf("true", "%c") int: 1 <nil> 116
// CHECK-NEXT: Sscanf("true", "%c") int8: 1 <nil> 116
// CHECK-NEXT: Sscanf("true", "%c") uint: 1 <nil> 0x74
// CHECK-NEXT: Sscanf("true", "%c") uint8: 1 <nil> 0x74
// CHECK-NEXT: Sscanf("true", "%c") float32: 0 bad verb '%c' for float32 0
// CHECK-NEXT: Sscanf("true", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("true", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("true", "%c") []byte: 0 bad verb '%c' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%c") MyInt: 1 <nil> 116
// CHECK-NEXT: Sscanf("true", "%c") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%c") MyString: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("true", "%c") MyBytes: 0 bad verb '%c' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%U") bool: 0 bad verb '%U' for boolean false
// CHECK-NEXT: Sscanf("true", "%U") int: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("true", "%U") int8: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("true", "%U") uint: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("true", "%U") uint8: 0 bad unicode format  0x0
// CHECK-NEXT: Sscanf("true", "%U") float32: 0 bad verb '%U' for float32 0
// CHECK-NEXT: Sscanf("true", "%U") float64: 0 bad verb '%U' for float64 0
// CHECK-NEXT: Sscanf("true", "%U") string: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("true", "%U") []byte: 0 bad verb '%U' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%U") MyInt: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("true", "%U") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%U") MyString: 0 bad verb '%U' for string ""
// CHECK-NEXT: Sscanf("true", "%U") MyBytes: 0 bad verb '%U' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%t") bool: 1 <nil> true
// CHECK-NEXT: Sscanf("true", "%t") int: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("true", "%t") int8: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("true", "%t") uint: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%t") uint8: 0 bad verb '%t' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%t") float32: 0 bad verb '%t' for float32 0
// CHECK-NEXT: Sscanf("true", "%t") float64: 0 bad verb '%t' for float64 0
// CHECK-NEXT: Sscanf("true", "%t") string: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("true", "%t") []byte: 0 bad verb '%t' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%t") MyInt: 0 bad verb '%t' for integer 0
// CHECK-NEXT: Sscanf("true", "%t") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%t") MyString: 0 bad verb '%t' for string ""
// CHECK-NEXT: Sscanf("true", "%t") MyBytes: 0 bad verb '%t' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%s") bool: 0 bad verb '%s' for boolean false
// CHECK-NEXT: Sscanf("true", "%s") int: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("true", "%s") int8: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("true", "%s") uint: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%s") uint8: 0 bad verb '%s' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%s") float32: 0 bad verb '%s' for float32 0
// CHECK-NEXT: Sscanf("true", "%s") float64: 0 bad verb '%s' for float64 0
// CHECK-NEXT: Sscanf("true", "%s") string: 1 <nil> "true"
// CHECK-NEXT: Sscanf("true", "%s") []byte: 1 <nil> []byte{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscanf("true", "%s") MyInt: 0 bad verb '%s' for integer 0
// CHECK-NEXT: Sscanf("true", "%s") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%s") MyString: 1 <nil> "true"
// CHECK-NEXT: Sscanf("true", "%s") MyBytes: 1 <nil> main.MyBytes{0x74, 0x72, 0x75, 0x65}
// CHECK-NEXT: Sscanf("true", "%q") bool: 0 bad verb '%q' for boolean false
// CHECK-NEXT: Sscanf("true", "%q") int: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("true", "%q") int8: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("true", "%q") uint: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%q") uint8: 0 bad verb '%q' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%q") float32: 0 bad verb '%q' for float32 0
// CHECK-NEXT: Sscanf("true", "%q") float64: 0 bad verb '%q' for float64 0
// CHECK-NEXT: Sscanf("true", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("true", "%q") []byte: 0 expected quoted string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%q") MyInt: 0 bad verb '%q' for integer 0
// CHECK-NEXT: Sscanf("true", "%q") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%q") MyString: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("true", "%q") MyBytes: 0 expected quoted string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%e") bool: 0 bad verb '%e' for boolean false
// CHECK-NEXT: Sscanf("true", "%e") int: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("true", "%e") int8: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("true", "%e") uint: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%e") uint8: 0 bad verb '%e' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%e") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%e") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%e") string: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("true", "%e") []byte: 0 bad verb '%e' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%e") MyInt: 0 bad verb '%e' for integer 0
// CHECK-NEXT: Sscanf("true", "%e") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%e") MyString: 0 bad verb '%e' for string ""
// CHECK-NEXT: Sscanf("true", "%e") MyBytes: 0 bad verb '%e' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%f") bool: 0 bad verb '%f' for boolean false
// CHECK-NEXT: Sscanf("true", "%f") int: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("true", "%f") int8: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("true", "%f") uint: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%f") uint8: 0 bad verb '%f' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%f") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%f") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%f") string: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("true", "%f") []byte: 0 bad verb '%f' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%f") MyInt: 0 bad verb '%f' for integer 0
// CHECK-NEXT: Sscanf("true", "%f") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%f") MyString: 0 bad verb '%f' for string ""
// CHECK-NEXT: Sscanf("true", "%f") MyBytes: 0 bad verb '%f' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%g") bool: 0 bad verb '%g' for boolean false
// CHECK-NEXT: Sscanf("true", "%g") int: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("true", "%g") int8: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("true", "%g") uint: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%g") uint8: 0 bad verb '%g' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%g") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%g") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%g") string: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("true", "%g") []byte: 0 bad verb '%g' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%g") MyInt: 0 bad verb '%g' for integer 0
// CHECK-NEXT: Sscanf("true", "%g") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%g") MyString: 0 bad verb '%g' for string ""
// CHECK-NEXT: Sscanf("true", "%g") MyBytes: 0 bad verb '%g' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%E") bool: 0 bad verb '%E' for boolean false
// CHECK-NEXT: Sscanf("true", "%E") int: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("true", "%E") int8: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("true", "%E") uint: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%E") uint8: 0 bad verb '%E' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%E") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%E") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%E") string: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("true", "%E") []byte: 0 bad verb '%E' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%E") MyInt: 0 bad verb '%E' for integer 0
// CHECK-NEXT: Sscanf("true", "%E") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%E") MyString: 0 bad verb '%E' for string ""
// CHECK-NEXT: Sscanf("true", "%E") MyBytes: 0 bad verb '%E' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%G") bool: 0 bad verb '%G' for boolean false
// CHECK-NEXT: Sscanf("true", "%G") int: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("true", "%G") int8: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("true", "%G") uint: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%G") uint8: 0 bad verb '%G' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%G") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%G") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%G") string: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("true", "%G") []byte: 0 bad verb '%G' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%G") MyInt: 0 bad verb '%G' for integer 0
// CHECK-NEXT: Sscanf("true", "%G") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%G") MyString: 0 bad verb '%G' for string ""
// CHECK-NEXT: Sscanf("true", "%G") MyBytes: 0 bad verb '%G' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%F") bool: 0 bad verb '%F' for boolean false
// CHECK-NEXT: Sscanf("true", "%F") int: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("true", "%F") int8: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("true", "%F") uint: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%F") uint8: 0 bad verb '%F' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%F") float32: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%F") float64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%F") string: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("true", "%F") []byte: 0 bad verb '%F' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%F") MyInt: 0 bad verb '%F' for integer 0
// CHECK-NEXT: Sscanf("true", "%F") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%F") MyString: 0 bad verb '%F' for string ""
// CHECK-NEXT: Sscanf("true", "%F") MyBytes: 0 bad verb '%F' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("true", "%z") bool: 0 bad verb '%z' for boolean false
// CHECK-NEXT: Sscanf("true", "%z") int: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("true", "%z") int8: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("true", "%z") uint: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%z") uint8: 0 bad verb '%z' for integer 0x0
// CHECK-NEXT: Sscanf("true", "%z") float32: 0 bad verb '%z' for float32 0
// CHECK-NEXT: Sscanf("true", "%z") float64: 0 bad verb '%z' for float64 0
// CHECK-NEXT: Sscanf("true", "%z") string: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("true", "%z") []byte: 0 bad verb '%z' for string []byte(nil)
// CHECK-NEXT: Sscanf("true", "%z") MyInt: 0 bad verb '%z' for integer 0
// CHECK-NEXT: Sscanf("true", "%z") MyFloat64: 0 strconv.ParseFloat: parsing "": invalid syntax 0
// CHECK-NEXT: Sscanf("true", "%z") MyString: 0 bad verb '%z' for string ""
// CHECK-NEXT: Sscanf("true", "%z") MyBytes: 0 bad verb '%z' for string main.MyBytes(nil)
// CHECK-NEXT: Sscanf("1 2", "%d %d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1   2", "%d %d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\n2", "%d %d") int,int: 1 newline in input does not match format 1 0
// CHECK-NEXT: Sscanf("12", "%d %d") int,int: 1 EOF 12 0
// CHECK-NEXT: Sscanf("1 2", "%d%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\n2", "%d%d") int,int: 1 unexpected newline 1 0
// CHECK-NEXT: Sscanf("1\n2", "%d\n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1 \n 2", "%d\n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\r\n2", "%d\n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1 2", "%d\n%d") int,int: 1 newline in format does not match input 1 0
// CHECK-NEXT: Sscanf("1\n\n2", "%d\n%d") int,int: 1 unexpected newline 1 0
// CHECK-NEXT: Sscanf("1\n\n2", "%d\n\n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\n2", "%d\n\n%d") int,int: 1 newline in format does not match input 1 0
// CHECK-NEXT: Sscanf("1\n2", "%d \n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\n   2", "%d\n %d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\n2", "%d\n %d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1  \n  2", "%d \n %d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1", "%d\n") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1\n", "%d\n") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1\n\n", "%d\n") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1 x", "%d\n") int: 1 newline in format does not match input 1
// CHECK-NEXT: Sscanf("1", "%d ") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1 ", "%d ") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1\n", "%d ") int: 1 newline in input does not match format 1
// CHECK-NEXT: Sscanf("1x", "%d x") int: 1 expected space in input to match format 1
// CHECK-NEXT: Sscanf("1 x", "%d x") int: 1 <nil> 1
// CHECK-NEXT: Sscanf(" 1", " %d") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1", " %d") int: 0 expected space in input to match format 0
// CHECK-NEXT: Sscanf("\n1", " %d") int: 0 newline in input does not match format 0
// CHECK-NEXT: Sscanf("\n1", "\n%d") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1", "\n%d") int: 0 newline in format does not match input 0
// CHECK-NEXT: Sscanf("\n1", "%d") int: 0 unexpected newline 0
// CHECK-NEXT: Sscanf(" 1", "%d") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("", "%d") int: 0 EOF 0
// CHECK-NEXT: Sscanf("   ", "%d") int: 0 EOF 0
// CHECK-NEXT: Sscanf("1", "%d %d") int,int: 1 EOF 1 0
// CHECK-NEXT: Sscanf("1 ", "%d %d") int,int: 1 EOF 1 0
// CHECK-NEXT: Sscanf("", "x%d") int: 0 unexpected EOF 0
// CHECK-NEXT: Sscanf("x5", "x%d") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("y5", "x%d") int: 0 input does not match format 0
// CHECK-NEXT: Sscanf("3,4", "%d,%d") int,int: 2 <nil> 3 4
// CHECK-NEXT: Sscanf("3 ,4", "%d,%d") int,int: 1 input does not match format 3 0
// CHECK-NEXT: Sscanf("3,4", "%d, %d") int,int: 1 expected space in input to match format 3 0
// CHECK-NEXT: Sscanf("3,   4", "%d, %d") int,int: 2 <nil> 3 4
// CHECK-NEXT: Sscanf("(3,abc)", "(%d,%s)") int,string: 2 unexpected EOF 3 "abc)"
// CHECK-NEXT: Sscanf("abc,3", "%s,%d") string,int: 1 unexpected EOF "abc,3" 0
// CHECK-NEXT: Sscanf(" 1234567 ", "%5s%d") string,int: 2 <nil> "12345" 67
// CHECK-NEXT: Sscanf(" 12 34 567 ", "%5s%d") string,int: 2 <nil> "12" 34
// CHECK-NEXT: Sscanf("123456", "%3d%3d") int,int: 2 <nil> 123 456
// CHECK-NEXT: Sscanf("-12345", "%3d%3d") int,int: 2 <nil> -12 345
// CHECK-NEXT: Sscanf("1 23", "%1d%1d%1d") int,int,int: 3 <nil> 1 2 3
// CHECK-NEXT: Sscanf("ff7e", "%2x%2x") uint8,uint8: 2 <nil> 0xff 0x7e
// CHECK-NEXT: Sscanf("deadbeef", "%4x") string: 1 <nil> "ޭ"
// CHECK-NEXT: Sscanf("héllo", "%2s%2s") string,string: 2 <nil> "hé" "ll"
// CHECK-NEXT: Sscanf("1.2345", "%3f%f") float64,float64: 2 <nil> 1.2 345
// CHECK-NEXT: Sscanf("0x1234", "%4v%v") int,int: 2 <nil> 18 34
// CHECK-NEXT: Sscanf("true", "%2t%d") bool,int: 0 syntax error scanning boolean false 0
// CHECK-NEXT: Sscanf("\"ab\"cd", "%6q%s") string,string: 2 <nil> "ab" "cd"
// CHECK-NEXT: Sscanf("\"abcd\"", "%3q") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("a b", "%c%c%c") int32,int32,int32: 3 <nil> 97 32 98
// CHECK-NEXT: Sscanf("\n\t", "%c%c") int32,int32: 2 <nil> 10 9
// CHECK-NEXT: Sscanf("", "%c") int32: 0 EOF 0
// CHECK-NEXT: Sscanf("€", "%c") int8: 0 overflow on character value € 0
// CHECK-NEXT: Sscanf("€", "%c") uint8: 0 overflow on character value € 0x0
// CHECK-NEXT: Sscanf("È", "%c") uint8: 0 overflow on character value È 0x0
// CHECK-NEXT: Sscanf("x", "%c") uint8: 1 <nil> 0x78
// CHECK-NEXT: Sscanf("€", "%c") int16: 1 <nil> 8364
// CHECK-NEXT: Sscanf("€", "%c") uint16: 1 <nil> 0x20ac
// CHECK-NEXT: Sscanf("😀", "%c") uint16: 0 overflow on character value 😀 0x0
// CHECK-NEXT: Sscanf("😀", "%c") int32: 1 <nil> 128512
// CHECK-NEXT: Sscanf("€", "%c") string: 0 bad verb '%c' for string ""
// CHECK-NEXT: Sscanf("€", "%c") float64: 0 bad verb '%c' for float64 0
// CHECK-NEXT: Sscanf("x", "%c") MyInt8: 1 <nil> 120
// CHECK-NEXT: Sscanf("abc", "%3c") int32: 1 <nil> 97
// CHECK-NEXT: Sscanf("50%", "%d%%") int: 1 <nil> 50
// CHECK-NEXT: Sscanf("50 %", "%d%%") int: 1 <nil> 50
// CHECK-NEXT: Sscanf("50 %", "%d %%") int: 1 <nil> 50
// CHECK-NEXT: Sscanf("5%6", "%d%%%d") int,int: 2 <nil> 5 6
// CHECK-NEXT: Sscanf("  %7", "%5%%d") int: 1 <nil> 7
// CHECK-NEXT: Sscanf("7", "%5%%d") int: 0 missing literal % 0
// CHECK-NEXT: Sscanf("5", "%d%") int: 1 missing verb: % at end of format string 5
// CHECK-NEXT: Sscanf("5", "%") int: 0 missing verb: % at end of format string 0
// CHECK-NEXT: Sscanf("5", "%d") -: 0 too few operands for format '%d'
// CHECK-NEXT: Sscanf("5", "%d") int,int: 1 too many operands 5 0
// CHECK-NEXT: Sscanf("5", "%d %d") int: 1 too few operands for format '%d' 5
// CHECK-NEXT: Sscanf("abc", "abc") -: 0 <nil>
// CHECK-NEXT: Sscanf("abd", "abc") -: 0 input does not match format
// CHECK-NEXT: Sscanf("ab", "abc") -: 0 unexpected EOF
// CHECK-NEXT: Sscanf("", "") -: 0 <nil>
// CHECK-NEXT: Sscanf("x", "") int: 0 too many operands 0
// CHECK-NEXT: Sscanf("0x10", "%d") int: 1 <nil> 0
// CHECK-NEXT: Sscanf("0x10", "%v") int: 1 <nil> 16
// CHECK-NEXT: Sscanf("0x10", "%x") int: 1 <nil> 0
// CHECK-NEXT: Sscanf("-ff", "%x") int: 1 <nil> -255
// CHECK-NEXT: Sscanf("-ff", "%x") uint: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("FF", "%X") uint8: 1 <nil> 0xff
// CHECK-NEXT: Sscanf("777", "%o") uint16: 1 <nil> 0x1ff
// CHECK-NEXT: Sscanf("8", "%o") uint16: 0 expected integer 0x0
// CHECK-NEXT: Sscanf("-1010", "%b") int8: 1 <nil> -10
// CHECK-NEXT: Sscanf("102", "%b") int8: 1 <nil> 2
// CHECK-NEXT: Sscanf("U+1F600", "%U") int32: 1 <nil> 128512
// CHECK-NEXT: Sscanf("u+1F600", "%U") int32: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("U1F600", "%U") int32: 0 bad unicode format  0
// CHECK-NEXT: Sscanf("X+15", "%U%d") int,int: 0 bad unicode format  0 0
// CHECK-NEXT: Sscanf("U+", "%U") int32: 0 EOF 0
// CHECK-NEXT: Sscanf("1_000", "%d") int: 1 <nil> 1
// CHECK-NEXT: Sscanf("1_000", "%v") int: 1 <nil> 1000
// CHECK-NEXT: Sscanf("+-5", "%d") int: 0 expected integer 0
// CHECK-NEXT: Sscanf("-0b1_01", "%v") int: 1 <nil> -5
// CHECK-NEXT: Sscanf("0_7", "%v") int: 1 <nil> 7
// CHECK-NEXT: Sscanf("0 7", "%v %v") int,int: 2 <nil> 0 7
// CHECK-NEXT: Sscanf("-0", "%v") int: 1 <nil> 0
// CHECK-NEXT: Sscanf("hello world", "%s") string: 1 <nil> "hello"
// CHECK-NEXT: Sscanf("hello world", "%s%s") string,string: 2 <nil> "hello" "world"
// CHECK-NEXT: Sscanf("  tab\there", "%v") string: 1 <nil> "tab"
// CHECK-NEXT: Sscanf("\"a\\tb\\u00e9\\x41\\101\"", "%q") string: 1 <nil> "a\tbéAA"
// CHECK-NEXT: Sscanf("`raw \\n`", "%q") string: 1 <nil> "raw \\n"
// CHECK-NEXT: Sscanf("\"unterminated", "%q") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("`unterminated", "%q") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("\"bad \\z\"", "%q") string: 0 invalid syntax ""
// CHECK-NEXT: Sscanf("'c'", "%q") string: 0 expected quoted string ""
// CHECK-NEXT: Sscanf("\"\\\"\"", "%q") string: 1 <nil> "\""
// CHECK-NEXT: Sscanf("\"\\\\\"x", "%q") string,string: 1 too many operands "\\" ""
// CHECK-NEXT: Sscanf("\"a\"b", "%q%s") string,string: 2 <nil> "a" "b"
// CHECK-NEXT: Sscanf("\"new\nline\"", "%q") string: 0 invalid syntax ""
// CHECK-NEXT: Sscanf("48656c6c6f", "%x") string: 1 <nil> "Hello"
// CHECK-NEXT: Sscanf("48656C6C6F zz", "%X") []byte: 1 <nil> []byte{0x48, 0x65, 0x6c, 0x6c, 0x6f}
// CHECK-NEXT: Sscanf("4865z", "%x") string: 1 <nil> "He"
// CHECK-NEXT: Sscanf("486", "%x") string: 0 unexpected EOF ""
// CHECK-NEXT: Sscanf("48 65", "%x") string,string: 1 too many operands "H" ""
// CHECK-NEXT: Sscanf("zz", "%x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Sscanf("", "%x") string: 0 EOF ""
// CHECK-NEXT: Sscanf("4142rest", "%x%s") MyBytes,string: 2 <nil> main.MyBytes{0x41, 0x42} "rest"
// CHECK-NEXT: Sscanf("1 0 T", "%t %t %t") bool,bool,bool: 3 <nil> true false true
// CHECK-NEXT: Sscanf("yes", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("FaLsE", "%t") bool: 1 <nil> false
// CHECK-NEXT: Sscanf("t1", "%t%d") bool,int: 2 <nil> true 1
// CHECK-NEXT: Sscanf("f1", "%t%d") bool,int: 2 <nil> false 1
// CHECK-NEXT: Sscanf("trux", "%t%s") bool,string: 0 syntax error scanning boolean false ""
// CHECK-NEXT: Sscanf("1.5e3", "%e") float64: 1 <nil> 1500
// CHECK-NEXT: Sscanf("0x1.8p1", "%f") float32: 1 <nil> 3
// CHECK-NEXT: Sscanf("1_000.5", "%g") float64: 1 <nil> 1000.5
// CHECK-NEXT: Sscanf("1.5", "%x") float64: 0 bad verb '%x' for float64 0
// CHECK-NEXT: Sscanf("1.5", "%x") MyFloat64: 1 <nil> 1.5
// CHECK-NEXT: Sscanf("1.5", "%d") MyFloat32: 1 <nil> 1.5
// CHECK-NEXT: Sscanf("Inf", "%F") float64: 1 <nil> +Inf
// CHECK-NEXT: Sscanf("1e38", "%v") float32: 1 <nil> 1e+38
// CHECK-NEXT: Sscanf("1e39", "%v") float32: 0 strconv.ParseFloat: parsing "1e39": value out of range 0
// CHECK-NEXT: Sscanf("1e39", "%v") MyFloat32: 0 strconv.ParseFloat: parsing "1e39": value out of range 0
// CHECK-NEXT: Sscanf("1p200", "%v") float32: 1 <nil> +Inf
// CHECK-NEXT: Sscanf("1e40p2", "%v") float32: 0 strconv.ParseFloat: parsing "1e40": value out of range 0
// CHECK-NEXT: Sscanf("1.5p99999999999999999999", "%v") float64: 0 strconv.Atoi: parsing "1.5p99999999999999999999": value out of range 0
// CHECK-NEXT: Sscanf("1.5pxyz", "%v") float64: 0 strconv.Atoi: parsing "1.5p": invalid syntax 0
// CHECK-NEXT: Sscanf("--1", "%v") float64: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscanf("1.5.5", "%v") float64,string: 1 too many operands 1.5 ""
// CHECK-NEXT: Sscanf("1e5e5", "%v%v") float64,string: 2 <nil> 100000 "e5"
// CHECK-NEXT: Sscanf("nan nAn", "%v %v") float64,float32: 2 <nil> NaN NaN
// CHECK-NEXT: Sscanf("na", "%v") float64: 0 strconv.ParseFloat: parsing "na": invalid syntax 0
// CHECK-NEXT: Sscanf("-nan", "%v") float64: 0 strconv.ParseFloat: parsing "-": invalid syntax 0
// CHECK-NEXT: Sscanf("0x1.fffffep127", "%v") float32: 1 <nil> 3.4028235e+38
// CHECK-NEXT: Sscanf("0x1p-149", "%v") float32: 1 <nil> 1e-45
// CHECK-NEXT: Sscanf("4.9e-324", "%v") float64: 1 <nil> 5e-324
// CHECK-NEXT: Sscanf("x\ny", "%s %d") string,int: 1 newline in input does not match format "x" 0
// CHECK-NEXT: Sscanf("x\r\ny", "%s\n%s") string,string: 2 <nil> "x" "y"
// CHECK-NEXT: Sscanf("1\r\n2", "%d\r\n%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1\t\t2", "%d\t%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1 2", "%d\u3000%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1é2", "%dé%d") int,int: 2 <nil> 1 2
// CHECK-NEXT: Sscanf("1e2", "%dé%d") int,int: 1 input does not match format 1 0
// CHECK-NEXT: Sscanf("t 12 x", "%v %v %v") MyBool,MyUintptr,MyString: 3 <nil> true 0xc "x"
// CHECK-NEXT: Sscanf("300 -1", "%v %v") MyUint16,MyUint16: 1 expected integer 0x12c 0x0
// CHECK-NEXT: Sscanf("70000", "%v") MyUint16: 0 unsigned integer overflow on token 70000 0x0
// CHECK-NEXT: Sscanf("x", "%c") Pair: 0 Pair: bad verb c main.Pair{A:0, B:0}
// CHECK-NEXT: Sscanf("(1,2) (3,x)", "%v %v") Pair,Pair: 1 expected integer main.Pair{A:1, B:2} main.Pair{A:3, B:0}
// CHECK-NEXT: Sscanf("(1, 2)", "%v") Pair: 1 <nil> main.Pair{A:1, B:2}
// CHECK-NEXT: Sscanf("(1,2", "%v") Pair: 0 unexpected EOF main.Pair{A:1, B:2}
// CHECK-NEXT: Sscanf("abc123", "%v%d") Word,int: 2 <nil> "abc/v/0/false" 123
// CHECK-NEXT: Sscanf("abcdef", "%2v%v") Word,Word: 2 <nil> "ab/v/2/true" "cdef/v/0/false"
// CHECK-NEXT: Sscanf("  xyz 1", "%s %q") Word,Word: 1 unexpected EOF "xyz/s/0/false" "/q/0/false"
// CHECK-NEXT: Sscanf("123", "%v") Word: 0 unexpected EOF "/v/0/false"
// CHECK-NEXT: Sscanf("", "%v") Word: 0 unexpected EOF "/v/0/false"
// CHECK-NEXT: Sscanf("héllo", "%v%v") Runes,Runes: 2 <nil> main.Runes{Got:"h1é2"} main.Runes{Got:"l1l1"}
// CHECK-NEXT: Sscanf("héllo", "%2v%v") Runes,Runes: 2 <nil> main.Runes{Got:"h1é2[EOF]"} main.Runes{Got:"l1l1"}
// CHECK-NEXT: Sscanf("", "%v") Runes: 0 unexpected EOF main.Runes{Got:"[EOF]"}
// CHECK-NEXT: Sscanf("\n", "%v") Runes: 0 unexpected newline main.Runes{Got:""}
// CHECK-NEXT: Sscanf("(1,23)", "%5v") Pair: 0 unexpected EOF main.Pair{A:1, B:23}
// CHECK-NEXT: Sscanf("(", "%v") Pair: 0 unexpected EOF main.Pair{A:0, B:0}
// CHECK-NEXT: Sscanf("", "%v") Pair: 0 unexpected EOF main.Pair{A:0, B:0}
// CHECK-NEXT: Sscanf("Tok", "%v") Tok: 1 <nil> main.Tok{S:"\"Tok\""}
// CHECK-NEXT: Sscanf("a\nb", "%v%v") Tok,Tok: 1 unexpected newline main.Tok{S:"\"a\""} main.Tok{S:""}
// CHECK-NEXT: Sscanf("abcdef", "%3v%v") Tok,Tok: 2 <nil> main.Tok{S:"\"abc\""} main.Tok{S:"\"def\""}
// CHECK-NEXT: Sscanf("\xff5", "\xff%d") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("\xfe5", "\xff%d") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("5\xc0", "%d\xff") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("a\xffb c", "%s") string: 1 <nil> "a�b"
// CHECK-NEXT: Sscanf("5", "%99999999999d") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("5", "%-5d") int: 0 bad verb '%-' for integer 0
// CHECK-NEXT: Sscanf("5", "%+d") int: 0 bad verb '%+' for integer 0
// CHECK-NEXT: Sscanf("5", "%#x") int: 0 bad verb '%#' for integer 0
// CHECK-NEXT: Sscanf("5", "%.2f") float64: 0 bad verb '%.' for float64 0
// CHECK-NEXT: Sscanf("5", "%5.2f") float64: 0 bad verb '%.' for float64 0
// CHECK-NEXT: Sscanf("5", "%[1]d") int: 0 bad verb '%[' for integer 0
// CHECK-NEXT: Sscanf("5", "%*d") int: 0 bad verb '%*' for integer 0
// CHECK-NEXT: Sscanf("5", "%v") Failer: 0 failer: no main.Failer{}
// CHECK-NEXT: Sscanf("5 x", "%d %v") int,ReadCaller: 2 <nil> 5 main.ReadCaller{Msg:"ScanState's Read should not be called. Use ReadRune"}
// CHECK-NEXT: Sscanf("00012", "%05d") int: 1 <nil> 12
// CHECK-NEXT: Sscanf("5", "%0d") int: 0 EOF 0
// CHECK-NEXT: Sscanf("-5", "%1d%1d") int,int: 0 EOF 0 0
// CHECK-NEXT: Sscanf("+5", "%2d") int: 1 <nil> 5
// CHECK-NEXT: Sscanf("é", "%1x") string: 0 no hex data for %x string ""
// CHECK-NEXT: Failer: 0 failer: no
// CHECK-NEXT: ReadCaller: 1 <nil> ScanState's Read should not be called. Use ReadRune
// CHECK-NEXT: Sscan word: 2 <nil> 5 abc/v/0/false
// CHECK-NEXT: Sscanln word: 1 unexpected newline 5 abc/v/0/false
// CHECK-NEXT: Sscanln Tok: 0 unexpected newline ""
// CHECK-NEXT: Sscanln Tok: 1 <nil> "x"
// CHECK-NEXT: Sscanln Runes: 1 <nil> a1
// CHECK-NEXT: 1[EOF]
// CHECK-NEXT: Sscanln Pair: 0 unexpected newline {1 0}
// CHECK-NEXT: nil operand recovered: reflect: call of reflect.Value.Type on zero Value
// CHECK-NEXT: Panicker recovered: panicker
// CHECK-NEXT: runeReader Fscan 0: 1 <nil> "1"
// CHECK-NEXT: runeReader Fscan 1: 1 <nil> "2"
// CHECK-NEXT: runeReader Fscan 2: 1 <nil> "3"
// CHECK-NEXT: runeReader Fscan 3: 1 <nil> "45"
// CHECK-NEXT: runeReader Fscan 4: 1 <nil> "abc"
// CHECK-NEXT: runeReader Fscan 5: 1 <nil> "6"
// CHECK-NEXT: runeReader Fscan 6: 1 <nil> "7x8"
// CHECK-NEXT: runeReader Fscan 7: 1 <nil> "9"
// CHECK-NEXT: runeReader Fscan 8: 0 EOF ""
// CHECK-NEXT: runeReader int Fscan 0: 1 <nil> 1
// CHECK-NEXT: runeReader int Fscan 1: 1 <nil> 2
// CHECK-NEXT: runeReader int Fscan 2: 1 <nil> 3
// CHECK-NEXT: runeReader int Fscan 3: 1 <nil> 45
// CHECK-NEXT: runeReader int Fscan 4: 0 expected integer 0
// CHECK-NEXT: runeReader int Fscan 5: 0 expected integer 0
// CHECK-NEXT: runeReader int Fscan 6: 0 expected integer 0
// CHECK-NEXT: runeReader int Fscan 7: 0 expected integer 0
// CHECK-NEXT: runeReader int Fscan 8: 0 expected integer 0
// CHECK-NEXT: runeReader int Fscan 9: 0 expected integer 0
// CHECK-NEXT: chunk1 Fscan 0: 1 <nil> "1"
// CHECK-NEXT: chunk1 Fscan 1: 1 <nil> "2"
// CHECK-NEXT: chunk1 Fscan 2: 1 <nil> "3"
// CHECK-NEXT: chunk1 Fscan 3: 1 <nil> "45"
// CHECK-NEXT: chunk1 Fscan 4: 1 <nil> "abc"
// CHECK-NEXT: chunk1 Fscan 5: 1 <nil> "6"
// CHECK-NEXT: chunk1 Fscan 6: 1 <nil> "7x8"
// CHECK-NEXT: chunk1 Fscan 7: 1 <nil> "9"
// CHECK-NEXT: chunk1 Fscan 8: 0 EOF ""
// CHECK-NEXT: chunk1 int Fscan 0: 1 <nil> 1
// CHECK-NEXT: chunk1 int Fscan 1: 1 <nil> 2
// CHECK-NEXT: chunk1 int Fscan 2: 1 <nil> 3
// CHECK-NEXT: chunk1 int Fscan 3: 1 <nil> 45
// CHECK-NEXT: chunk1 int Fscan 4: 0 expected integer 0
// CHECK-NEXT: chunk1 int Fscan 5: 0 expected integer 0
// CHECK-NEXT: chunk1 int Fscan 6: 0 expected integer 0
// CHECK-NEXT: chunk1 int Fscan 7: 1 <nil> 6
// CHECK-NEXT: chunk1 int Fscan 8: 1 <nil> 7
// CHECK-NEXT: chunk1 int Fscan 9: 1 <nil> 8
// CHECK-NEXT: chunk1 int Fscan 10: 1 <nil> 9
// CHECK-NEXT: chunk1 int Fscan 11: 0 EOF 0
// CHECK-NEXT: chunk5 Fscan 0: 1 <nil> "1"
// CHECK-NEXT: chunk5 Fscan 1: 1 <nil> "2"
// CHECK-NEXT: chunk5 Fscan 2: 1 <nil> "3"
// CHECK-NEXT: chunk5 Fscan 3: 1 <nil> "45"
// CHECK-NEXT: chunk5 Fscan 4: 1 <nil> "abc"
// CHECK-NEXT: chunk5 Fscan 5: 1 <nil> "6"
// CHECK-NEXT: chunk5 Fscan 6: 1 <nil> "7x8"
// CHECK-NEXT: chunk5 Fscan 7: 1 <nil> "9"
// CHECK-NEXT: chunk5 Fscan 8: 0 EOF ""
// CHECK-NEXT: chunk1 eofWithData Fscan 0: 1 <nil> 12
// CHECK-NEXT: chunk1 eofWithData Fscan 1: 1 <nil> 34
// CHECK-NEXT: chunk1 eofWithData Fscan 2: 0 EOF 0
// CHECK-NEXT: chunk1 empties Fscan 0: 1 <nil> 12
// CHECK-NEXT: chunk1 empties Fscan 1: 1 <nil> 34
// CHECK-NEXT: chunk1 empties Fscan 2: 0 EOF 0
// CHECK-NEXT: errReader Fscan 0: 1 <nil> 12
// CHECK-NEXT: errReader Fscan 1: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 2: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 3: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 4: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 5: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 6: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 7: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 8: 0 disk on fire 0
// CHECK-NEXT: errReader Fscan 9: 0 disk on fire 0
// CHECK-NEXT: errReader string Fscan 0: 1 <nil> "12"
// CHECK-NEXT: errReader string Fscan 1: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 2: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 3: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 4: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 5: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 6: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 7: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 8: 0 disk on fire ""
// CHECK-NEXT: errReader string Fscan 9: 0 disk on fire ""
// CHECK-NEXT: pair Fscan 0: 2 <nil> 1 2
// CHECK-NEXT: pair Fscan 1: 2 <nil> 3 4
// CHECK-NEXT: pair Fscan 2: 1 EOF 5 0
// CHECK-NEXT: Fscanln 0: 2 <nil> 1 2
// CHECK-NEXT: Fscanln 1: 2 <nil> 3 4
// CHECK-NEXT: Fscanln 2: 1 unexpected newline 5 0
// CHECK-NEXT: Fscanln 3: 2 expected newline 6 7
// CHECK-NEXT: Fscanln 4: 0 unexpected newline 0 0
// CHECK-NEXT: Fscanln 5: 2 <nil> 9 10
// CHECK-NEXT: Fscanln 6: 0 EOF 0 0
// CHECK-NEXT: Fscanf 0: 2 <nil> "a" 1
// CHECK-NEXT: Fscanf 1: 2 <nil> "b" 2
// CHECK-NEXT: Fscanf 2: 1 expected integer "c" 0
// CHECK-NEXT: Fscanf 3: 1 input does not match format ";" 0
// CHECK-NEXT: Fscanf 4: 1 input does not match format "=" 0
// CHECK-NEXT: Fscanf runeReader 0: 2 <nil> "a" 1
// CHECK-NEXT: Fscanf runeReader 1: 2 <nil> "b" 2
// CHECK-NEXT: Fscanf runeReader 2: 1 expected integer "c" 0
// CHECK-NEXT: Fscanf runeReader 3: 1 input does not match format "x" 0
// CHECK-NEXT: Fscanf runeReader 4: 1 input does not match format ";" 0
// CHECK-NEXT: bad UTF-8 "\xff\xfeA": 1/<nil>/U+FFFD 1/<nil>/U+FFFD 1/<nil>/U+0041 0/EOF/U+0000 0/EOF/U+0000; Runes 1 <nil> "�1�1"
// CHECK-NEXT:   string 1 <nil> "��A"
// CHECK-NEXT: bad UTF-8 "€B": 1/<nil>/U+20AC 1/<nil>/U+0042 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000; Runes 1 <nil> "€3B1[EOF]"
// CHECK-NEXT:   string 1 <nil> "€B"
// CHECK-NEXT: bad UTF-8 "\xe2\x82": 1/<nil>/U+FFFD 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000; Runes 1 <nil> "�1�1[EOF]"
// CHECK-NEXT:   string 1 <nil> "��"
// CHECK-NEXT: bad UTF-8 "\xe2\x82C": 1/<nil>/U+FFFD 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000; Runes 1 <nil> "�1�1"
// CHECK-NEXT:   string 1 <nil> "��C"
// CHECK-NEXT: bad UTF-8 "\xf0\x9f\x98": 1/<nil>/U+FFFD 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000 0/EOF/U+0000; Runes 1 <nil> "�1�1\xef\xbf"
// CHECK-NEXT:   string 1 <nil> "���"
// CHECK-NEXT: bad UTF-8 "a\xc0\x80b": 1/<nil>/U+0061 1/<nil>/U+FFFD 1/<nil>/U+FFFD 1/<nil>/U+0062 0/EOF/U+0000; Runes 1 <nil> "a1�1\xef\xbf"
// CHECK-NEXT:   string 1 <nil> "a��b"
