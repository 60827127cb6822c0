// Package strconv from golib: integers in every base and their limits,
// base prefixes and underscores, booleans, NumError's text and unwrapping,
// quoting and unquoting of strings and runes.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"errors"
	"strconv"
)

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	println(strconv.Itoa(-42), strconv.Itoa(0), strconv.FormatInt(-9223372036854775808, 2))
	println(strconv.FormatUint(18446744073709551615, 36), strconv.FormatInt(255, 16), strconv.FormatInt(-35, 36))
	println(string(strconv.AppendInt([]byte("x"), -7, 3)), string(strconv.AppendUint(nil, 7, 2)),
		string(strconv.AppendBool([]byte("b:"), true)), strconv.FormatBool(false))
	for _, s := range []string{"", "0", "-0", "+12", "x", "127", "128", "-128", "-129", "255", "256",
		"9223372036854775807", "9223372036854775808", "-9223372036854775809",
		"0x_1F", "0b101", "0o17", "017", "1_000", "_1", "1__0", "99999999999999999999x", "+", "0x"} {
		i, err := strconv.ParseInt(s, 0, 8)
		u, err2 := strconv.ParseUint(s, 10, 64)
		i64, err3 := strconv.ParseInt(s, 0, 64)
		println(i, errs(err), "|", u, errs(err2), "|", i64, errs(err3))
	}
	_, err := strconv.ParseInt("1", 1, 0)
	println(errs(err))
	_, err = strconv.ParseUint("1", 10, 65)
	println(errs(err))
	n, err := strconv.Atoi("-123")
	println(n, errs(err))
	_, err = strconv.Atoi("12a")
	println(errs(err), errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("300", 10, 8)
	ne := err.(*strconv.NumError)
	println(ne.Func, ne.Num, ne.Err == strconv.ErrRange, ne.Unwrap() == strconv.ErrRange)
	for _, s := range []string{"1", "t", "TRUE", "True", "0", "F", "false", "yes", ""} {
		b, err := strconv.ParseBool(s)
		println(b, errs(err))
	}
	for _, s := range []string{"hello", "a\"b\\c", "\a\b\f\n\r\t\v\x00\x7f", "\xff\xe2\x82",
		"é世界\U0001F600", "\u00a0\u2028\ufeff", "`x`"} {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), string(strconv.AppendQuote([]byte("q"), s)), strconv.CanBackquote(s))
		for _, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), "`" + s + "`", "'" + s + "'"} {
			u, err := strconv.Unquote(q)
			println(strconv.Quote(u), errs(err))
		}
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7F, 'é', 0xA0, 0xFEFF, 0x1F600, 0xD800, -1} {
		println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	for _, s := range []string{`\x41`, `\u00e9z`, `\U0010FFFF`, `\U00110000`, `\377`, `\400`, `\'`, `\"`, `\q`, "é", `\`, `"`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		println(v, mb, tail, errs(err))
	}
	for _, q := range []string{`'a'`, `'ab'`, `''`, `'\''`, `"\'"`, "`a\rb`", `"a`, `"a"b`, "\"\n\""} {
		u, err := strconv.Unquote(q)
		println(strconv.Quote(u), errs(err))
	}
}

// CHECK: -42 0 -1000000000000000000000000000000000000000000000000000000000000000
// CHECK-NEXT: 3w5e11264sgsf ff -z
// CHECK-NEXT: x-21 111 b:true false
// CHECK-NEXT: 0 strconv.ParseInt: parsing "": invalid syntax | 0 strconv.ParseUint: parsing "": invalid syntax | 0 strconv.ParseInt: parsing "": invalid syntax
// CHECK-NEXT: 0 <nil> | 0 <nil> | 0 <nil>
// CHECK-NEXT: 0 <nil> | 0 strconv.ParseUint: parsing "-0": invalid syntax | 0 <nil>
// CHECK-NEXT: 12 <nil> | 0 strconv.ParseUint: parsing "+12": invalid syntax | 12 <nil>
// CHECK-NEXT: 0 strconv.ParseInt: parsing "x": invalid syntax | 0 strconv.ParseUint: parsing "x": invalid syntax | 0 strconv.ParseInt: parsing "x": invalid syntax
// CHECK-NEXT: 127 <nil> | 127 <nil> | 127 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "128": value out of range | 128 <nil> | 128 <nil>
// CHECK-NEXT: -128 <nil> | 0 strconv.ParseUint: parsing "-128": invalid syntax | -128 <nil>
// CHECK-NEXT: -128 strconv.ParseInt: parsing "-129": value out of range | 0 strconv.ParseUint: parsing "-129": invalid syntax | -129 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "255": value out of range | 255 <nil> | 255 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "256": value out of range | 256 <nil> | 256 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "9223372036854775807": value out of range | 9223372036854775807 <nil> | 9223372036854775807 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "9223372036854775808": value out of range | 9223372036854775808 <nil> | 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// CHECK-NEXT: -128 strconv.ParseInt: parsing "-9223372036854775809": value out of range | 0 strconv.ParseUint: parsing "-9223372036854775809": invalid syntax | -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range
// CHECK-NEXT: 31 <nil> | 0 strconv.ParseUint: parsing "0x_1F": invalid syntax | 31 <nil>
// CHECK-NEXT: 5 <nil> | 0 strconv.ParseUint: parsing "0b101": invalid syntax | 5 <nil>
// CHECK-NEXT: 15 <nil> | 0 strconv.ParseUint: parsing "0o17": invalid syntax | 15 <nil>
// CHECK-NEXT: 15 <nil> | 17 <nil> | 15 <nil>
// CHECK-NEXT: 127 strconv.ParseInt: parsing "1_000": value out of range | 0 strconv.ParseUint: parsing "1_000": invalid syntax | 1000 <nil>
// CHECK-NEXT: 0 strconv.ParseInt: parsing "_1": invalid syntax | 0 strconv.ParseUint: parsing "_1": invalid syntax | 0 strconv.ParseInt: parsing "_1": invalid syntax
// CHECK-NEXT: 0 strconv.ParseInt: parsing "1__0": invalid syntax | 0 strconv.ParseUint: parsing "1__0": invalid syntax | 0 strconv.ParseInt: parsing "1__0": invalid syntax
// CHECK-NEXT: 127 strconv.ParseInt: parsing "99999999999999999999x": value out of range | 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999x": value out of range | 9223372036854775807 strconv.ParseInt: parsing "99999999999999999999x": value out of range
// CHECK-NEXT: 0 strconv.ParseInt: parsing "+": invalid syntax | 0 strconv.ParseUint: parsing "+": invalid syntax | 0 strconv.ParseInt: parsing "+": invalid syntax
// CHECK-NEXT: 0 strconv.ParseInt: parsing "0x": invalid syntax | 0 strconv.ParseUint: parsing "0x": invalid syntax | 0 strconv.ParseInt: parsing "0x": invalid syntax
// CHECK-NEXT: strconv.ParseInt: parsing "1": invalid base 1
// CHECK-NEXT: strconv.ParseUint: parsing "1": invalid bit size 65
// CHECK-NEXT: -123 <nil>
// CHECK-NEXT: strconv.Atoi: parsing "12a": invalid syntax true false
// CHECK-NEXT: ParseInt 300 true true
// CHECK-NEXT: true <nil>
// CHECK-NEXT: true <nil>
// CHECK-NEXT: true <nil>
// CHECK-NEXT: true <nil>
// CHECK-NEXT: false <nil>
// CHECK-NEXT: false <nil>
// CHECK-NEXT: false <nil>
// CHECK-NEXT: false strconv.ParseBool: parsing "yes": invalid syntax
// CHECK-NEXT: false strconv.ParseBool: parsing "": invalid syntax
// CHECK-NEXT: "hello" "hello" q"hello" true
// CHECK-NEXT: "hello" <nil>
// CHECK-NEXT: "hello" <nil>
// CHECK-NEXT: "hello" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "a\"b\\c" "a\"b\\c" q"a\"b\\c" true
// CHECK-NEXT: "a\"b\\c" <nil>
// CHECK-NEXT: "a\"b\\c" <nil>
// CHECK-NEXT: "a\"b\\c" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "\a\b\f\n\r\t\v\x00\x7f" "\a\b\f\n\r\t\v\x00\x7f" q"\a\b\f\n\r\t\v\x00\x7f" false
// CHECK-NEXT: "\a\b\f\n\r\t\v\x00\x7f" <nil>
// CHECK-NEXT: "\a\b\f\n\r\t\v\x00\x7f" <nil>
// CHECK-NEXT: "\a\b\f\n\t\v\x00\x7f" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "\xff\xe2\x82" "\xff\xe2\x82" q"\xff\xe2\x82" false
// CHECK-NEXT: "\xff\xe2\x82" <nil>
// CHECK-NEXT: "\xff\xe2\x82" <nil>
// CHECK-NEXT: "\xff\xe2\x82" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "é世界😀" "\u00e9\u4e16\u754c\U0001f600" q"é世界😀" true
// CHECK-NEXT: "é世界😀" <nil>
// CHECK-NEXT: "é世界😀" <nil>
// CHECK-NEXT: "é世界😀" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "\u00a0\u2028\ufeff" "\u00a0\u2028\ufeff" q"\u00a0\u2028\ufeff" false
// CHECK-NEXT: "\u00a0\u2028\ufeff" <nil>
// CHECK-NEXT: "\u00a0\u2028\ufeff" <nil>
// CHECK-NEXT: "\u00a0\u2028\ufeff" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "`x`" "`x`" q"`x`" false
// CHECK-NEXT: "`x`" <nil>
// CHECK-NEXT: "`x`" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: 'a' 'a' true
// CHECK-NEXT: '\'' '\'' true
// CHECK-NEXT: '"' '"' true
// CHECK-NEXT: '\n' '\n' false
// CHECK-NEXT: '\x00' '\x00' false
// CHECK-NEXT: '\x7f' '\x7f' false
// CHECK-NEXT: 'é' '\u00e9' true
// CHECK-NEXT: '\u00a0' '\u00a0' false
// CHECK-NEXT: '\ufeff' '\ufeff' false
// CHECK-NEXT: '😀' '\U0001f600' true
// CHECK-NEXT: '�' '\ufffd' false
// CHECK-NEXT: '�' '\ufffd' false
// CHECK-NEXT: 65 false  <nil>
// CHECK-NEXT: 233 true z <nil>
// CHECK-NEXT: 1114111 true  <nil>
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: 255 false  <nil>
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: 34 false  <nil>
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: 233 true  <nil>
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: 0 false  invalid syntax
// CHECK-NEXT: "a" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "" <nil>
// CHECK-NEXT: "'" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "ab" <nil>
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "" invalid syntax
// CHECK-NEXT: "" invalid syntax
// CHECK-NOT: {{.}}
