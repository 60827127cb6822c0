// golib's strings, strconv, unicode and unicode/utf8 together on 30000
// random inputs (a fixed-seed generator of its own): searching,
// splitting, trimming, case mapping, Map, quoting round trips, integer
// parsing in every base; a checksum every 1000 rounds.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var seed uint64 = 16

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var pieces = []string{"", "a", "b", "ab", "A", "K", "\u212a", "s", "\u017f", " ", "\t", "\n", "\u0085",
	"\u00a0", "\u3000", "é", "É", "ß", "σ", "Σ", "ς", "世", "\U0001F600", "\xff", "\xe2\x82", "\x80",
	"\ufffd", "ǅ", "İ", "x", "aba", "-", ",", "\x00", "\"", "'", "`", "\\", "\\x4", "1", "0x", "_", "9"}

func randString(max int) string {
	var b strings.Builder
	for n := next(max + 1); n > 0; n-- {
		b.WriteString(pieces[next(len(pieces))])
	}
	return b.String()
}

var sum uint32

func mix(v int) { sum = sum*31 + uint32(v) }

func mixs(s string) {
	for i := 0; i < len(s); i++ {
		mix(int(s[i]))
	}
	mix(len(s) + 7)
}

func mixl(l []string) {
	mix(len(l))
	for _, s := range l {
		mixs(s)
	}
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

func errs(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func main() {
	for i := 0; i < 30000; i++ {
		s, t := randString(8), randString(2)
		n := next(6) - 1
		mix(strings.Index(s, t) + 3*strings.LastIndex(s, t) + 5*strings.IndexAny(s, t) + 7*strings.LastIndexAny(s, t))
		mix(strings.Count(s, t) + 3*bit(strings.EqualFold(s, t)) + 5*strings.Compare(s, t) + 7*bit(strings.HasPrefix(s, t)))
		mixl(strings.SplitN(s, t, n))
		mixl(strings.SplitAfter(s, t))
		mixl(strings.Fields(s))
		mixs(strings.Trim(s, t) + "|" + strings.TrimLeft(s, t) + "|" + strings.TrimRight(s, t) + "|" + strings.TrimSpace(s))
		mixs(strings.Replace(s, t, "<>", n) + strings.ToUpper(s) + strings.ToLower(s) + strings.Join([]string{s, t}, t))
		mixs(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return unicode.SimpleFold(r)
			}
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s))
		mixs(strconv.Quote(s) + strconv.QuoteToASCII(s) + strconv.QuoteToGraphic(s))
		u, err := strconv.Unquote(`"` + s + `"`)
		mixs(u + errs(err))
		u, err = strconv.Unquote(strconv.Quote(s))
		if u != s || err != nil {
			println("roundtrip", strconv.Quote(s))
		}
		u, err = strconv.Unquote("'" + t + "'")
		mixs(u + errs(err))
		v, err := strconv.ParseInt(s, 0, 16+next(3)*16)
		mix(int(v))
		mixs(errs(err))
		w, err := strconv.ParseUint(t+s, next(37), 64)
		mix(int(w))
		mixs(errs(err))
		mix(utf8.RuneCountInString(s) + 3*bit(utf8.ValidString(s)) + 5*bit(strconv.CanBackquote(s)))
		r, size := utf8.DecodeLastRuneInString(s)
		mix(int(r) + size)
		base := 2 + next(35)
		mixs(strconv.QuoteRune(r) + strconv.FormatInt(int64(seed), base) + strconv.Itoa(int(int32(seed))))
		if i%1000 == 0 {
			println(i, sum)
		}
	}
	println("final", sum)
}

// CHECK: 0 2272003183
// CHECK-NEXT: 1000 2684883608
// CHECK-NEXT: 2000 965440371
// CHECK-NEXT: 3000 3693309950
// CHECK-NEXT: 4000 835539425
// CHECK-NEXT: 5000 396931848
// CHECK-NEXT: 6000 86195901
// CHECK-NEXT: 7000 1768605754
// CHECK-NEXT: 8000 3210794875
// CHECK-NEXT: 9000 2699630975
// CHECK-NEXT: 10000 3955672415
// CHECK-NEXT: 11000 3579144051
// CHECK-NEXT: 12000 1898808249
// CHECK-NEXT: 13000 3249867999
// CHECK-NEXT: 14000 3207406887
// CHECK-NEXT: 15000 3559537357
// CHECK-NEXT: 16000 4076746794
// CHECK-NEXT: 17000 570365918
// CHECK-NEXT: 18000 230572735
// CHECK-NEXT: 19000 1613635357
// CHECK-NEXT: 20000 3112371337
// CHECK-NEXT: 21000 4226565680
// CHECK-NEXT: 22000 1315558842
// CHECK-NEXT: 23000 1439550324
// CHECK-NEXT: 24000 727707027
// CHECK-NEXT: 25000 655981451
// CHECK-NEXT: 26000 481134516
// CHECK-NEXT: 27000 3303791068
// CHECK-NEXT: 28000 2727626460
// CHECK-NEXT: 29000 3560117149
// CHECK-NEXT: final 474700805
// CHECK-NOT: {{.}}
