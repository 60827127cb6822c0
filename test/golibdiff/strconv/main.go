// Differential test of golib/strconv against Go 1.19's: the integer,
// boolean and quoting functions on hand-picked edge cases, every rune,
// and random inputs with a fixed seed; errors compare by type, text and
// what they unwrap to.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"unicode/utf8"

	"golibtest/diff"
	mystrconv "golibtest/strconv"
)

var rng = rand.New(rand.NewSource(16))

// describe renders an error of either package comparably.
func describe(err error, errRange, errSyntax error) string {
	if err == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%T %q range=%v syntax=%v unwrap=%v", err, err.Error(),
		errors.Is(err, errRange), errors.Is(err, errSyntax), errors.Unwrap(err))
}

func mine(err error) string   { return describe(err, mystrconv.ErrRange, mystrconv.ErrSyntax) }
func theirs(err error) string { return describe(err, strconv.ErrRange, strconv.ErrSyntax) }

// randString draws a string of up to max bytes from alphabet.
func randString(alphabet []string, max int) string {
	s := ""
	for n := rng.Intn(max + 1); n > 0; n-- {
		s += alphabet[rng.Intn(len(alphabet))]
	}
	return s
}

var bases = []int{0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7}
var bitSizes = []int{0, 8, 16, 32, 64, -1, 65, 7, 1}

func parse(s string) {
	for _, base := range bases {
		for _, bits := range bitSizes {
			what := fmt.Sprintf("(%q, %d, %d)", s, base, bits)
			i1, e1 := mystrconv.ParseInt(s, base, bits)
			i2, e2 := strconv.ParseInt(s, base, bits)
			diff.Eq("ParseInt"+what, i1, i2)
			diff.Eq("ParseInt err"+what, mine(e1), theirs(e2))
			u1, e1 := mystrconv.ParseUint(s, base, bits)
			u2, e2 := strconv.ParseUint(s, base, bits)
			diff.Eq("ParseUint"+what, u1, u2)
			diff.Eq("ParseUint err"+what, mine(e1), theirs(e2))
		}
	}
	a1, e1 := mystrconv.Atoi(s)
	a2, e2 := strconv.Atoi(s)
	diff.Eq(fmt.Sprintf("Atoi(%q)", s), a1, a2)
	diff.Eq(fmt.Sprintf("Atoi err(%q)", s), mine(e1), theirs(e2))
	b1, e1 := mystrconv.ParseBool(s)
	b2, e2 := strconv.ParseBool(s)
	diff.Eq(fmt.Sprintf("ParseBool(%q)", s), b1, b2)
	diff.Eq(fmt.Sprintf("ParseBool err(%q)", s), mine(e1), theirs(e2))
}

func format(i int64) {
	for base := 2; base <= 36; base++ {
		what := fmt.Sprintf("(%d, %d)", i, base)
		diff.Eq("FormatInt"+what, mystrconv.FormatInt(i, base), strconv.FormatInt(i, base))
		diff.Eq("FormatUint"+what, mystrconv.FormatUint(uint64(i), base), strconv.FormatUint(uint64(i), base))
		diff.Eq("AppendInt"+what, mystrconv.AppendInt([]byte("x"), i, base), strconv.AppendInt([]byte("x"), i, base))
		diff.Eq("AppendUint"+what, mystrconv.AppendUint(nil, uint64(i), base), strconv.AppendUint(nil, uint64(i), base))
		parse(strconv.FormatInt(i, base))
	}
	diff.Eq(fmt.Sprint("Itoa ", i), mystrconv.Itoa(int(i)), strconv.Itoa(int(i)))
}

func quote(s string) {
	w := fmt.Sprintf("(%q)", s)
	diff.Eq("Quote"+w, mystrconv.Quote(s), strconv.Quote(s))
	diff.Eq("QuoteToASCII"+w, mystrconv.QuoteToASCII(s), strconv.QuoteToASCII(s))
	diff.Eq("QuoteToGraphic"+w, mystrconv.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
	diff.Eq("AppendQuote"+w, mystrconv.AppendQuote([]byte("x"), s), strconv.AppendQuote([]byte("x"), s))
	diff.Eq("AppendQuoteToASCII"+w, mystrconv.AppendQuoteToASCII(nil, s), strconv.AppendQuoteToASCII(nil, s))
	diff.Eq("AppendQuoteToGraphic"+w, mystrconv.AppendQuoteToGraphic(nil, s), strconv.AppendQuoteToGraphic(nil, s))
	diff.Eq("CanBackquote"+w, mystrconv.CanBackquote(s), strconv.CanBackquote(s))
	unquote(s)
	unquote(strconv.Quote(s))
	unquote(strconv.QuoteToASCII(s))
	unquote("`" + s + "`")
	unquote("'" + s + "'")
	unquote(`"` + s + `"`)
}

type uqResult struct {
	S   string
	Err string
}

type ucResult struct {
	V    rune
	M    bool
	Tail string
	Err  string
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func unquote(s string) {
	w := fmt.Sprintf("(%q)", s)
	var r1, r2 uqResult
	var e1, e2 error
	r1.S, e1 = mystrconv.Unquote(s)
	r2.S, e2 = strconv.Unquote(s)
	r1.Err, r2.Err = mine(e1), theirs(e2)
	diff.Eq("Unquote"+w, r1, r2)
	r1.S, e1 = mystrconv.QuotedPrefix(s)
	r2.S, e2 = strconv.QuotedPrefix(s)
	r1.Err, r2.Err = mine(e1), theirs(e2)
	diff.Eq("QuotedPrefix"+w, r1, r2)
	for _, q := range []byte{'"', '\'', '`', 0} {
		var c1, c2 ucResult
		c1.V, c1.M, c1.Tail, e1 = mystrconv.UnquoteChar(s, q)
		c2.V, c2.M, c2.Tail, e2 = strconv.UnquoteChar(s, q)
		c1.Err, c2.Err = errText(e1), errText(e2)
		diff.Eq(fmt.Sprintf("UnquoteChar(%q, %q)", s, q), c1, c2)
	}
}

func quoteRune(r rune) {
	w := fmt.Sprintf("(%#x)", r)
	diff.Eq("QuoteRune"+w, mystrconv.QuoteRune(r), strconv.QuoteRune(r))
	diff.Eq("QuoteRuneToASCII"+w, mystrconv.QuoteRuneToASCII(r), strconv.QuoteRuneToASCII(r))
	diff.Eq("QuoteRuneToGraphic"+w, mystrconv.QuoteRuneToGraphic(r), strconv.QuoteRuneToGraphic(r))
	diff.Eq("AppendQuoteRune"+w, mystrconv.AppendQuoteRune([]byte("x"), r), strconv.AppendQuoteRune([]byte("x"), r))
	diff.Eq("AppendQuoteRuneToASCII"+w, mystrconv.AppendQuoteRuneToASCII(nil, r), strconv.AppendQuoteRuneToASCII(nil, r))
	diff.Eq("AppendQuoteRuneToGraphic"+w, mystrconv.AppendQuoteRuneToGraphic(nil, r), strconv.AppendQuoteRuneToGraphic(nil, r))
	diff.Eq("IsPrint"+w, mystrconv.IsPrint(r), strconv.IsPrint(r))
	diff.Eq("IsGraphic"+w, mystrconv.IsGraphic(r), strconv.IsGraphic(r))
}

func main() {
	diff.Eq("IntSize", mystrconv.IntSize, strconv.IntSize)
	diff.Eq("ErrRange", mystrconv.ErrRange.Error(), strconv.ErrRange.Error())
	diff.Eq("ErrSyntax", mystrconv.ErrSyntax.Error(), strconv.ErrSyntax.Error())
	e1 := &mystrconv.NumError{Func: "F", Num: "a\"\xff", Err: errors.New("why")}
	e2 := &strconv.NumError{Func: "F", Num: "a\"\xff", Err: errors.New("why")}
	diff.Eq("NumError.Error", e1.Error(), e2.Error())
	diff.Eq("NumError.Unwrap", e1.Unwrap().Error(), e2.Unwrap().Error())
	diff.Eq("FormatBool", mystrconv.FormatBool(true)+mystrconv.FormatBool(false), strconv.FormatBool(true)+strconv.FormatBool(false))
	diff.Eq("AppendBool", mystrconv.AppendBool([]byte("x"), true), strconv.AppendBool([]byte("x"), true))
	for _, base := range []int{-1, 0, 1, 37, 100} {
		diff.Eq(fmt.Sprint("FormatInt panic ", base),
			diff.Panics(func() { mystrconv.FormatInt(1, base) }),
			diff.Panics(func() { strconv.FormatInt(1, base) }))
		diff.Eq(fmt.Sprint("FormatUint panic ", base),
			diff.Panics(func() { mystrconv.FormatUint(1, base) }),
			diff.Panics(func() { strconv.FormatUint(1, base) }))
		diff.Eq(fmt.Sprint("AppendInt panic ", base),
			diff.Panics(func() { mystrconv.AppendInt(nil, 1, base) }),
			diff.Panics(func() { strconv.AppendInt(nil, 1, base) }))
	}

	// Integers: every power of two and its neighbours, then random.
	format(math.MinInt64)
	format(math.MaxInt64)
	for b := 0; b < 64; b++ {
		for d := int64(-2); d <= 2; d++ {
			format(int64(1)<<uint(b) + d)
			format(-(int64(1) << uint(b)) + d)
		}
	}
	for i := 0; i < 1000; i++ {
		format(rng.Int63() >> uint(rng.Intn(63)) * int64(1-2*rng.Intn(2)))
	}
	for _, s := range []string{"", "+", "-", "0", "-0", "+0", "00", "0x", "0b", "0o",
		"0x_1", "0_1", "0__1", "1_", "_1", "1__2", "0b_1", "0b1_0", "0X1f", "0O17",
		"08", "0_8", "1_000_000", "-1_0", "+0x_ff", "0x_", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999x",
		"1x", "x1", " 1", "1 ", "１", "true", "True", "TRUE", "tRUE", "t", "T", "1",
		"false", "False", "FALSE", "f", "F", "fAlse", "yes", "-", "--1", "+-1",
		"zz", "ZZ", "0xFFFFFFFFFFFFFFFF", "0x10000000000000000", "-0x8000000000000000",
		"1_2_3", "0_x1", "0x1__2", "0o_7", "0o8", "0b2", "_", "__"} {
		parse(s)
	}
	numAlphabet := []string{"0", "1", "7", "8", "9", "a", "f", "z", "F", "Z",
		"x", "X", "o", "b", "B", "_", "+", "-", " ", "0x", "0b", "0o", "99999"}
	for i := 0; i < 2000; i++ {
		parse(randString(numAlphabet, 12))
	}

	// Quoting: every rune, then strings of tricky pieces.
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		quoteRune(r)
	}
	quoteRune(-1 << 31)
	quoteRune(1<<31 - 1)
	quoteAlphabet := []string{"a", " ", "\"", "'", "`", "\\", "\n", "\r", "\t",
		"\a", "\b", "\f", "\v", "\x00", "\x7f", "\x80", "\xff", "\xe2\x82", "é",
		"\u00a0", "\u2028", "\ufeff", "\ufffd", "\U0001F600", "\U000E0001",
		"x", "u", "U", "0", "7", "8", "3", "4", "f", "G"}
	for _, s := range quoteAlphabet {
		quote(s)
	}
	for i := 0; i < 10000; i++ {
		quote(randString(quoteAlphabet, 8))
	}
	escAlphabet := []string{"\\", "\\x", "\\u", "\\U", "\\0", "\\3", "\\4", "\\7",
		"0", "7", "8", "f", "F", "g", "\"", "'", "`", "\\\\", "\\a", "\\q", "\n",
		"\r", "a", "\xff", "é", "\\'", "\\\"", "D8", "00", "10FFFF", "110000", "0000"}
	for i := 0; i < 20000; i++ {
		s := randString(escAlphabet, 6)
		switch rng.Intn(4) {
		case 0:
			s = `"` + s + `"`
		case 1:
			s = "'" + s + "'"
		case 2:
			s = "`" + s + "`"
		}
		unquote(s)
		unquote(s + "tail")
	}
	diff.Done("strconv")
}
