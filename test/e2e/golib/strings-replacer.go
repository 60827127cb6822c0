// Package strings from golib: Replacer on generated tables of pairs (one
// long old string, single bytes to bytes or to strings, the general
// case with overlapping, repeated and empty old strings) and inputs, by
// Replace and by WriteString into a strings.Builder, a plain Writer and
// writers that fail (which show the calls each algorithm makes); the odd
// argument count panic; a Replacer shared by goroutines.
// Expected output: Go 1.19 (test/tools/goexpect.py).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"strings"
)

var seed = uint32(2022)

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

// A plain writer has no WriteString; it fails after limit calls when
// limit >= 0.
type plain struct {
	b      []byte
	calls  int
	limit  int
	record []string
}

func (p *plain) Write(b []byte) (int, error) {
	p.calls++
	if p.limit >= 0 && p.calls > p.limit {
		return 1 % (len(b) + 1), errors.New("writer full")
	}
	p.b = append(p.b, b...)
	p.record = append(p.record, string(b))
	return len(b), nil
}

var olds = []string{"", "a", "b", "c", "ab", "ba", "aa", "abc", "bc", "cab", "aaa", "é", "\xc3", "x"}
var news = []string{"", "1", "2", "[]", "XYZ", "a", "b", "ab", "é"}

func randomInput() string {
	const chars = "aabbcx"
	n := rnd(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		if rnd(10) == 0 {
			b.WriteString("é")
		} else {
			b.WriteByte(chars[rnd(len(chars))])
		}
	}
	return b.String()
}

// A table of one of the kinds Go's Replacer treats apart.
func randomPairs(kind int) []string {
	var pairs []string
	switch kind {
	case 0: // one pair, old of two bytes or more
		return []string{olds[4+rnd(6)], news[rnd(len(news))]}
	case 1: // single bytes to single bytes
		for n := 1 + rnd(4); n > 0; n-- {
			pairs = append(pairs, olds[1+rnd(3)], news[1+rnd(2)])
		}
	case 2: // single bytes to strings
		for n := 1 + rnd(4); n > 0; n-- {
			pairs = append(pairs, string("abcx"[rnd(4)]), news[rnd(len(news))])
		}
	default: // anything
		for n := rnd(5); n > 0; n-- {
			pairs = append(pairs, olds[rnd(len(olds))], news[rnd(len(news))])
		}
	}
	return pairs
}

func tables() {
	for i := 0; i < 400; i++ {
		pairs := randomPairs(i % 4)
		r := strings.NewReplacer(pairs...)
		fmt.Printf("%q:", pairs)
		for j := 0; j < 3; j++ {
			in := randomInput()
			out := r.Replace(in)
			var sb strings.Builder
			n, err := r.WriteString(&sb, in)
			p := &plain{limit: -1}
			n2, err2 := r.WriteString(p, in)
			fmt.Printf(" %q=>%q", in, out)
			if sb.String() != out || n != len(out) || err != nil || string(p.b) != out || n2 != n || err2 != nil {
				fmt.Printf(" (WriteString %q %d %v, %q %d %v)", sb.String(), n, err, p.b, n2, err2)
			}
		}
		fmt.Println()
	}
}

func writes() {
	cases := [][]string{
		{"ab", "X"},
		{"a", "1", "b", "2"},
		{"a", "", "b", "22"},
		{"a", "1", "bb", "2"},
		{"", "-"},
		{"", "-", "a", "A"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, in := range []string{"", "ab", "xaby", "abab", "bab"} {
			for limit := -1; limit < 4; limit++ {
				p := &plain{limit: limit}
				n, err := r.WriteString(p, in)
				fmt.Printf("%q %q %d: %d %v %q %d\n", c, in, limit, n, err, p.record, p.calls)
			}
		}
	}
}

func special() {
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a href=\"x&y\">"))
	fmt.Printf("%q\n", strings.NewReplacer("", "|").Replace("héllo"))
	fmt.Printf("%q\n", strings.NewReplacer("", "|", "l", "L").Replace("héllo"))
	fmt.Printf("%q\n", strings.NewReplacer("l", "L", "", "|").Replace("héllo"))
	fmt.Println(strings.NewReplacer("hello", "HI", "", "_", "o", "0").Replace("hello world"))
	fmt.Printf("%q\n", strings.NewReplacer("\xc3", "?").Replace("héllo"))
	long := strings.Repeat("abcdefghij", 5000)
	out := strings.NewReplacer("a", "A").Replace(long)
	fmt.Println(len(out), out[:12], strings.Count(out, "A"))
	var sb strings.Builder
	n, err := strings.NewReplacer("b", "B").WriteString(&sb, long)
	fmt.Println(n, err, strings.Count(sb.String(), "B"))
	p := &plain{limit: -1}
	n, err = strings.NewReplacer("c", "C").WriteString(p, long)
	fmt.Println(n, err, p.calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	// Built once, used by many goroutines.
	r := strings.NewReplacer("cat", "dog", "a", "4")
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func(i int) { done <- r.Replace(strings.Repeat("a cat ", i)) }(i)
	}
	total := 0
	for i := 0; i < 8; i++ {
		total += len(<-done)
	}
	fmt.Println(total)
}

func main() {
	tables()
	writes()
	special()
}

// CHECK: ["abc" "a"]: "c"=>"c" "aéabbaaéb"=>"aéabbaaéb" "x"=>"x"
// CHECK-NEXT: ["b" "2" "c" "2"]: "babxbaacx"=>"2a2x2aa2x" "abxéba"=>"a2xé2a" "cbxab"=>"22xa2"
// CHECK-NEXT: ["c" "é" "c" "1"]: "abbax"=>"abbax" "éccéccéa"=>"éééééééa" "xxabbbabb"=>"xxabbbabb"
// CHECK-NEXT: ["aa" "[]"]: "aabbxa"=>"[]bbxa" "bbbbba"=>"bbbbba" "b"=>"b"
// CHECK-NEXT: ["cab" "ab"]: "aaxbbééa"=>"aaxbbééa" "ababbcbabaé"=>"ababbcbabaé" "éécbacba"=>"éécbacba"
// CHECK-NEXT: ["c" "1" "b" "1" "a" "1"]: "éaaécaébxéa"=>"é11é11é1xé1" ""=>"" "caxcxabbc"=>"11x1x1111"
// CHECK-NEXT: ["b" "1"]: "cbbacbca"=>"c11ac1ca" "axabc"=>"axa1c" "bcxxacacbc"=>"1cxxacac1c"
// CHECK-NEXT: ["cab" "XYZ" "a" "1" "é" "[]"]: "a"=>"1" "cxaéb"=>"cx1[]b" "a"=>"1"
// CHECK-NEXT: ["bc" "b"]: "acbbaéééxxx"=>"acbbaéééxxx" "aaabaabxb"=>"aaabaabxb" "bcaaabéaax"=>"baaabéaax"
// CHECK-NEXT: ["b" "1" "b" "2"]: "é"=>"é" "acb"=>"ac1" "bc"=>"1c"
// CHECK-NEXT: ["c" "b" "x" "a" "a" "ab" "b" "b"]: "aaacéxab"=>"abababbéaabb" "babbxa"=>"babbbaab" "axxéaé"=>"abaaéabé"
// CHECK-NEXT: ["abc" ""]: "xcaccxxébcx"=>"xcaccxxébcx" "baaabacacb"=>"baaabacacb" "xébcxacabaa"=>"xébcxacabaa"
// CHECK-NEXT: ["aa" "[]"]: "bcbcbaab"=>"bcbcb[]b" "c"=>"c" "bxxacbaxb"=>"bxxacbaxb"
// CHECK-NEXT: ["c" "1" "b" "1" "b" "2"]: "baxcbca"=>"1ax111a" "xxabbcéaac"=>"xxa111éaa1" "éaébbacc"=>"éaé11a11"
// CHECK-NEXT: ["b" "ab"]: "éxéc"=>"éxéc" "aébc"=>"aéabc" "ébbxacb"=>"éababxacab"
// CHECK-NEXT: ["a" "2"]: "c"=>"c" "xébab"=>"xéb2b" "xbbbbaab"=>"xbbbb22b"
// CHECK-NEXT: ["ba" "2"]: "bcccbxbbca"=>"bcccbxbbca" "xabccbabxxb"=>"xabcc2bxxb" "cbxc"=>"cbxc"
// CHECK-NEXT: ["a" "1" "b" "2"]: "xa"=>"x1" "axbaabccab"=>"1x2112cc12" "bécba"=>"2éc21"
// CHECK-NEXT: ["x" "1" "x" "[]" "x" "" "x" ""]: "aaébab"=>"aaébab" ""=>"" "éaaa"=>"éaaa"
// CHECK-NEXT: ["bc" "a" "c" "ab" "bc" "" "ba" "é"]: "bbabxééb"=>"bébxééb" "axx"=>"axx" "abbaca"=>"abéaba"
// CHECK-NEXT: ["ab" "a"]: "xxbaccc"=>"xxbaccc" "cbbxca"=>"cbbxca" "xbabaxcééxb"=>"xbaaxcééxb"
// CHECK-NEXT: ["a" "2" "b" "1" "c" "1"]: "b"=>"1" ""=>"" "baaacébaa"=>"12221é122"
// CHECK-NEXT: ["b" "[]"]: "cccxccbax"=>"cccxcc[]ax" "xxcéa"=>"xxcéa" "xbaca"=>"x[]aca"
// CHECK-NEXT: ["bc" "" "a" "2" "abc" "XYZ" "a" "1"]: "bccaccéxbxa"=>"c2ccéxbx2" ""=>"" ""=>""
// CHECK-NEXT: ["abc" "é"]: "axcbbbababé"=>"axcbbbababé" "caéabxaax"=>"caéabxaax" "aaxbbxaxccé"=>"aaxbbxaxccé"
// CHECK-NEXT: ["b" "1"]: "éaccbabxb"=>"éacc1a1x1" "babbxxéaéa"=>"1a11xxéaéa" "bcéééa"=>"1céééa"
// CHECK-NEXT: ["c" "é" "b" "é" "x" "1" "c" "2"]: "cécbéécxbaa"=>"ééééééé1éaa" "bcaabaaaba"=>"ééaaéaaaéa" "aba"=>"aéa"
// CHECK-NEXT: []: "c"=>"c" "b"=>"b" "aaé"=>"aaé"
// CHECK-NEXT: ["aa" "a"]: "cbbcbbx"=>"cbbcbbx" "caxa"=>"caxa" "a"=>"a"
// CHECK-NEXT: ["c" "1"]: "ab"=>"ab" "abbxbé"=>"abbxbé" "c"=>"1"
// CHECK-NEXT: ["a" "2" "b" "é" "x" "XYZ" "a" "2"]: "caa"=>"c22" "xaéaxb"=>"XYZ2é2XYZé" "é"=>"é"
// CHECK-NEXT: ["" "2"]: "acbbxbaxaxé"=>"2a2c2b2b2x2b2a2x2a2x2\xc32\xa92" "cééaaaab"=>"2c2\xc32\xa92\xc32\xa92a2a2a2a2b2" "xcacxaaxbc"=>"2x2c2a2c2x2a2a2x2b2c2"
// CHECK-NEXT: ["aa" "XYZ"]: "abxbb"=>"abxbb" "abcbbcéaxba"=>"abcbbcéaxba" "b"=>"b"
// CHECK-NEXT: ["c" "2" "a" "1"]: "ba"=>"b1" "bé"=>"bé" "xcabaxacbb"=>"x21b1x12bb"
// CHECK-NEXT: ["c" "é" "b" "XYZ" "a" "a"]: "accbéécé"=>"aééXYZéééé" "abbacbéééxa"=>"aXYZXYZaéXYZéééxa" ""=>""
// CHECK-NEXT: ["\xc3" "" "b" "b"]: "cbaaxaabb"=>"cbaaxaabb" "aaxcbbbb"=>"aaxcbbbb" "abaaécxcaé"=>"abaa\xa9cxca\xa9"
// CHECK-NEXT: ["abc" ""]: "cxbabbéx"=>"cxbabbéx" ""=>"" "baxbé"=>"baxbé"
// CHECK-NEXT: ["a" "2" "a" "1" "b" "1" "b" "1"]: "b"=>"1" "abbb"=>"2111" "bcabxab"=>"1c21x21"
// CHECK-NEXT: ["c" "1"]: "caéaa"=>"1aéaa" "bbcéabcbéa"=>"bb1éab1béa" "bccéxcé"=>"b11éx1é"
// CHECK-NEXT: []: "cécé"=>"cécé" "baaxac"=>"baaxac" ""=>""
// CHECK-NEXT: ["abc" "ab"]: "baaacaac"=>"baaacaac" "cxbbéxbaabb"=>"cxbbéxbaabb" "a"=>"a"
// CHECK-NEXT: ["c" "1"]: "abac"=>"aba1" "xbéébaabc"=>"xbéébaab1" "aaccécbxa"=>"aa11é1bxa"
// CHECK-NEXT: ["c" "[]" "a" "é" "x" "é"]: "xxébabbcbba"=>"ééébébb[]bbé" "ababééaca"=>"ébébééé[]é" "béabab"=>"béébéb"
// CHECK-NEXT: ["cab" "b" "x" "XYZ" "b" "XYZ"]: "bx"=>"XYZXYZ" "bxbaéaa"=>"XYZXYZXYZaéaa" "xc"=>"XYZc"
// CHECK-NEXT: ["ba" "2"]: "ébbbbbab"=>"ébbbb2b" "xaaba"=>"xaa2" "é"=>"é"
// CHECK-NEXT: ["c" "2"]: "axaébbxcbxb"=>"axaébbx2bxb" "xxbaaaaécxb"=>"xxbaaaaé2xb" "bxbaaca"=>"bxbaa2a"
// CHECK-NEXT: ["b" "" "b" "1" "a" "ab"]: "béaxbbbbcx"=>"éabxcx" "aaéccxbéxxa"=>"ababéccxéxxab" ""=>""
// CHECK-NEXT: []: "xbaxbbxb"=>"xbaxbbxb" "bcbxxcbca"=>"bcbxxcbca" "babcxbbaaax"=>"babcxbbaaax"
// CHECK-NEXT: ["ab" "é"]: "acba"=>"acba" "aaxbcaébb"=>"aaxbcaébb" "cbééaac"=>"cbééaac"
// CHECK-NEXT: ["a" "2" "a" "2"]: "bcbxbbx"=>"bcbxbbx" "éxbxa"=>"éxbx2" "acaaébbé"=>"2c22ébbé"
// CHECK-NEXT: ["c" "a" "b" "[]" "a" ""]: "baéb"=>"[]é[]" "acéaécbc"=>"aééa[]a" "cbcbabaaac"=>"a[]a[][]a"
// CHECK-NEXT: ["aa" "a"]: "b"=>"b" "caaxacabx"=>"caxacabx" "xxbxcxc"=>"xxbxcxc"
// CHECK-NEXT: ["ab" "b"]: "acéacbéba"=>"acéacbéba" "abé"=>"bé" "ééa"=>"ééa"
// CHECK-NEXT: ["c" "1" "c" "1" "b" "1" "a" "2"]: "bacacbcaa"=>"121211122" "caab"=>"1221" "baab"=>"1221"
// CHECK-NEXT: ["a" "é"]: "bbxabaaa"=>"bbxébééé" "éxcc"=>"éxcc" "c"=>"c"
// CHECK-NEXT: ["aaa" "b"]: "baaaaééc"=>"bbaééc" "bbbbba"=>"bbbbba" "cxcbbbx"=>"cxcbbbx"
// CHECK-NEXT: ["bc" ""]: "cbxéa"=>"cbxéa" "xbxba"=>"xbxba" ""=>""
// CHECK-NEXT: ["a" "2" "b" "1"]: "xc"=>"xc" "bbbbabbca"=>"1111211c2" "béxcb"=>"1éxc1"
// CHECK-NEXT: ["b" "2" "a" "2"]: "a"=>"2" "xab"=>"x22" "aabbaccabé"=>"22222cc22é"
// CHECK-NEXT: ["x" "" "a" "ab" "é" "[]"]: ""=>"" ""=>"" "éaécaxaabbé"=>"[]ab[]cabababbb[]"
// CHECK-NEXT: ["abc" "XYZ"]: "aaa"=>"aaa" "bacébaxca"=>"bacébaxca" "xébécaaxb"=>"xébécaaxb"
// CHECK-NEXT: ["a" "2" "b" "1" "a" "1"]: "bb"=>"11" "abbacéabba"=>"2112cé2112" "cb"=>"c1"
// CHECK-NEXT: ["b" "ab" "x" "[]" "x" "b" "a" "a"]: "aécabbbab"=>"aécaabababaab" "xa"=>"[]a" "bbbbxcx"=>"abababab[]c[]"
// CHECK-NEXT: ["x" "b"]: "xéca"=>"béca" "bbbaxxaba"=>"bbbabbaba" "céabc"=>"céabc"
// CHECK-NEXT: ["ab" "[]"]: "bé"=>"bé" "abccbcbaccb"=>"[]ccbcbaccb" "xaxaxcab"=>"xaxaxc[]"
// CHECK-NEXT: ["a" "2" "c" "2" "a" "1" "b" "2"]: "x"=>"x" "bbbxc"=>"222x2" "bxcbéxacbcb"=>"2x22éx22222"
// CHECK-NEXT: ["a" "" "b" "" "c" "1"]: ""=>"" "abacabcbac"=>"111" "aa"=>""
// CHECK-NEXT: ["aa" "b" "\xc3" "" "a" "XYZ" "é" "[]"]: "axbaxéxbac"=>"XYZxbXYZx\xa9xbXYZc" "aacabébcaéa"=>"bcXYZb\xa9bcXYZ\xa9XYZ" "axbxbac"=>"XYZxbxbXYZc"
// CHECK-NEXT: ["bc" "1"]: "béab"=>"béab" "bcxbaabx"=>"1xbaabx" "ba"=>"ba"
// CHECK-NEXT: ["a" "2" "a" "1"]: "baba"=>"b2b2" "b"=>"b" "bxcbbxxbbb"=>"bxcbbxxbbb"
// CHECK-NEXT: ["b" "1" "c" "XYZ"]: "cbacxbb"=>"XYZ1aXYZx11" "bxbbabbbaéb"=>"1x11a111aé1" "baabxcbbaa"=>"1aa1xXYZ11aa"
// CHECK-NEXT: []: "x"=>"x" "cabcé"=>"cabcé" "cbab"=>"cbab"
// CHECK-NEXT: ["abc" "a"]: "éébxxaabaab"=>"éébxxaabaab" "x"=>"x" "cbxéacbb"=>"cbxéacbb"
// CHECK-NEXT: ["c" "2"]: "xééx"=>"xééx" "cb"=>"2b" "bb"=>"bb"
// CHECK-NEXT: ["b" "[]" "a" "é" "b" "ab" "x" "XYZ"]: "cab"=>"cé[]" "xxxabébbaa"=>"XYZXYZXYZé[]é[][]éé" "bbb"=>"[][][]"
// CHECK-NEXT: []: "xxbbbxéé"=>"xxbbbxéé" "cbbab"=>"cbbab" ""=>""
// CHECK-NEXT: ["aa" "ab"]: ""=>"" "bcbacbbbbbc"=>"bcbacbbbbbc" "bébabb"=>"bébabb"
// CHECK-NEXT: ["b" "2"]: "bbcxbbcabca"=>"22cx22ca2ca" "xxcbcxabb"=>"xxc2cxa22" "cbaabccbccx"=>"c2aa2cc2ccx"
// CHECK-NEXT: ["x" "2" "a" "XYZ" "a" "b" "x" "a"]: ""=>"" "ééaxécabbab"=>"ééXYZ2écXYZbbXYZb" "a"=>"XYZ"
// CHECK-NEXT: ["" "b" "\xc3" "é" "ab" "a"]: "acax"=>"babcbabxb" ""=>"b" "bxa"=>"bbbxbab"
// CHECK-NEXT: ["ba" "b"]: "abaabbcbccé"=>"ababbcbccé" "a"=>"a" "aéaxébba"=>"aéaxébb"
// CHECK-NEXT: ["b" "1"]: "a"=>"a" "bababcaaéb"=>"1a1a1caaé1" "cbcaaa"=>"c1caaa"
// CHECK-NEXT: ["x" "[]"]: "ébx"=>"éb[]" "abbxbb"=>"abb[]bb" "xcbécaécx"=>"[]cbécaéc[]"
// CHECK-NEXT: []: "aaxabééxb"=>"aaxabééxb" "babbbax"=>"babbbax" "xbcc"=>"xbcc"
// CHECK-NEXT: ["ba" "ab"]: "cabcabbbbb"=>"cabcabbbbb" "bxc"=>"bxc" ""=>""
// CHECK-NEXT: ["b" "1"]: "b"=>"1" "xbbccx"=>"x11ccx" "ébx"=>"é1x"
// CHECK-NEXT: ["c" "1" "x" "b"]: "bbcax"=>"bb1ab" "baacaaxxabb"=>"baa1aabbabb" "caxcxxa"=>"1ab1bba"
// CHECK-NEXT: []: ""=>"" "axcaca"=>"axcaca" "caébbaaéc"=>"caébbaaéc"
// CHECK-NEXT: ["ba" "ab"]: "xbxbxxbcba"=>"xbxbxxbcab" "acb"=>"acb" "c"=>"c"
// CHECK-NEXT: ["b" "1" "c" "2" "a" "2" "a" "1"]: "babbcabax"=>"12112212x" "ccb"=>"221" "c"=>"2"
// CHECK-NEXT: ["x" "1"]: ""=>"" "abcéxbabax"=>"abcé1baba1" "bbéaé"=>"bbéaé"
// CHECK-NEXT: ["é" "2" "aaa" "é" "a" "1"]: "écx"=>"2cx" "b"=>"b" ""=>""
// CHECK-NEXT: ["abc" "é"]: "cxabxab"=>"cxabxab" ""=>"" "bxbxcaa"=>"bxbxcaa"
// CHECK-NEXT: ["b" "1" "b" "2" "a" "1"]: "cbxcaaéba"=>"c1xc11é11" "bbabcbbcb"=>"1111c11c1" "bbbcbx"=>"111c1x"
// CHECK-NEXT: ["c" "a" "b" "1" "x" "ab" "c" "XYZ"]: "ébxbaaaéabé"=>"é1ab1aaaéa1é" "axxccaxaxb"=>"aababaaaabaab1" "abbébxx"=>"a11é1abab"
// CHECK-NEXT: []: "aécb"=>"aécb" "axxab"=>"axxab" "ab"=>"ab"
// CHECK-NEXT: ["ba" "ab"]: "caxbxbbcc"=>"caxbxbbcc" "aabab"=>"aaabb" "xbaccax"=>"xabccax"
// CHECK-NEXT: ["b" "2"]: ""=>"" "bbxaaaéb"=>"22xaaaé2" "ab"=>"a2"
// CHECK-NEXT: ["a" ""]: "abé"=>"bé" "bcaccxcac"=>"bcccxcc" "ba"=>"b"
// CHECK-NEXT: ["aaa" "1" "bc" "2"]: "bcxbbbbbc"=>"2xbbbb2" "a"=>"a" "bcc"=>"2c"
// CHECK-NEXT: ["aa" "1"]: "baébacxba"=>"baébacxba" "bx"=>"bx" "béabcxbé"=>"béabcxbé"
// CHECK-NEXT: ["b" "1" "b" "1"]: "bbxcbbc"=>"11xc11c" "xébxbéaac"=>"xé1x1éaac" "éxxbb"=>"éxx11"
// CHECK-NEXT: ["a" "b" "x" "" "x" "a" "x" "2"]: "aaaabbbbb"=>"bbbbbbbbb" "bbé"=>"bbé" "béa"=>"béb"
// CHECK-NEXT: ["b" "2" "aa" ""]: "b"=>"2" "ébaxbaaca"=>"é2ax2ca" "cbbxbcbb"=>"c22x2c22"
// CHECK-NEXT: ["bc" "[]"]: "cbbaa"=>"cbbaa" ""=>"" "a"=>"a"
// CHECK-NEXT: ["a" "2"]: "abacaab"=>"2b2c22b" "b"=>"b" "abababé"=>"2b2b2bé"
// CHECK-NEXT: ["x" "a"]: "caa"=>"caa" "éac"=>"éac" "b"=>"b"
// CHECK-NEXT: ["aa" "XYZ" "c" "é"]: "éccb"=>"éééb" "bccab"=>"bééab" "é"=>"é"
// CHECK-NEXT: ["cab" "2"]: "cabcaaxaxaa"=>"2caaxaxaa" "cabx"=>"2x" "éa"=>"éa"
// CHECK-NEXT: ["a" "1" "a" "2"]: "aa"=>"11" "éaaécbaaabb"=>"é11écb111bb" "aéba"=>"1éb1"
// CHECK-NEXT: ["b" "a" "x" "é" "c" "[]" "c" "2"]: "éaa"=>"éaa" "axxécbééxb"=>"aééé[]aéééa" "bxbbxc"=>"aéaaé[]"
// CHECK-NEXT: []: "abéé"=>"abéé" "abbbaaaé"=>"abbbaaaé" ""=>""
// CHECK-NEXT: ["bc" "é"]: "bbax"=>"bbax" "aax"=>"aax" "xcéba"=>"xcéba"
// CHECK-NEXT: ["a" "1" "c" "1" "c" "2" "a" "2"]: "bbaa"=>"bb11" "baxa"=>"b1x1" "acbbééébx"=>"11bbééébx"
// CHECK-NEXT: ["c" "b"]: "aab"=>"aab" "aaaaxbbcxa"=>"aaaaxbbbxa" "ccbaababb"=>"bbbaababb"
// CHECK-NEXT: ["ab" "" "" "é" "cab" "XYZ" "" "é"]: "éxxb"=>"é\xc3é\xa9éxéxébé" "c"=>"écé" "xbcbxabxaa"=>"éxébécébéxéxéaéaé"
// CHECK-NEXT: ["ba" "XYZ"]: "xax"=>"xax" "abaxxxcb"=>"aXYZxxxcb" "xbbbaabbac"=>"xbbXYZabXYZc"
// CHECK-NEXT: ["b" "1" "c" "2" "c" "1" "a" "1"]: "ccxbéaxaa"=>"22x1é1x11" "xcxccéaaba"=>"x2x22é1111" "abbéa"=>"111é1"
// CHECK-NEXT: ["c" ""]: "caécbaa"=>"aébaa" "cab"=>"ab" "baxacacb"=>"baxaab"
// CHECK-NEXT: ["ab" "b"]: "aa"=>"aa" "écbxbab"=>"écbxbb" "bcbxa"=>"bcbxa"
// CHECK-NEXT: ["aa" "1"]: "béaxb"=>"béaxb" "bbé"=>"bbé" "xxaxbbbc"=>"xxaxbbbc"
// CHECK-NEXT: ["a" "1" "b" "1" "b" "2" "c" "2"]: "abaab"=>"11111" "abéébcc"=>"11éé122" "éx"=>"éx"
// CHECK-NEXT: ["c" "[]" "c" "a"]: "axxbéx"=>"axxbéx" "baa"=>"baa" ""=>""
// CHECK-NEXT: ["aaa" "é" "\xc3" "a" "ba" "[]"]: "bbbéacbcb"=>"bbba\xa9acbcb" "aéxébacéa"=>"aa\xa9xa\xa9[]ca\xa9a" "abbécxa"=>"abba\xa9cxa"
// CHECK-NEXT: ["cab" ""]: "bbba"=>"bbba" "b"=>"b" "baccx"=>"baccx"
// CHECK-NEXT: ["b" "2"]: "axéx"=>"axéx" "béxccax"=>"2éxccax" "babaaaxé"=>"2a2aaaxé"
// CHECK-NEXT: ["a" "é" "a" "2" "b" "b"]: "ac"=>"éc" "xébabbaébb"=>"xébébbéébb" "ccbaxax"=>"ccbéxéx"
// CHECK-NEXT: []: "éécx"=>"éécx" "acaab"=>"acaab" "acaaxbéaacé"=>"acaaxbéaacé"
// CHECK-NEXT: ["cab" "XYZ"]: "bbéabb"=>"bbéabb" "xcbaaccbbb"=>"xcbaaccbbb" "éb"=>"éb"
// CHECK-NEXT: ["c" "1" "a" "1" "a" "2"]: "xbb"=>"xbb" "xxab"=>"xx1b" "xbbb"=>"xbbb"
// CHECK-NEXT: ["a" "a" "a" "ab"]: "bxccab"=>"bxccab" "aa"=>"aa" "aaaa"=>"aaaa"
// CHECK-NEXT: ["b" "[]" "é" "é" "aa" "b" "abc" "a"]: "bbbcxxabcb"=>"[][][]cxxa[]" "bxbaxaaxxaa"=>"[]x[]axbxxb" "abaaa"=>"a[]ba"
// CHECK-NEXT: ["cab" "[]"]: "xéaacbx"=>"xéaacbx" "acacc"=>"acacc" "bacb"=>"bacb"
// CHECK-NEXT: ["b" "2" "c" "1"]: "béaaéx"=>"2éaaéx" "a"=>"a" "abbx"=>"a22x"
// CHECK-NEXT: ["x" "é" "x" "a" "a" "ab"]: "bbba"=>"bbbab" ""=>"" "cxxcaxb"=>"céécabéb"
// CHECK-NEXT: ["c" "a"]: "ax"=>"ax" "bbcbabcaéab"=>"bbababaaéab" "a"=>"a"
// CHECK-NEXT: ["cab" "é"]: "acaa"=>"acaa" "xbba"=>"xbba" "bbxébbbcaa"=>"bbxébbbcaa"
// CHECK-NEXT: ["c" "2" "a" "2" "a" "1"]: "abbxab"=>"2bbx2b" "bxbacxxb"=>"bxb22xxb" "aaaébaéacxa"=>"222éb2é22x2"
// CHECK-NEXT: ["b" "XYZ" "b" "2"]: "abcabaab"=>"aXYZcaXYZaaXYZ" "acb"=>"acXYZ" "bbaacbbaax"=>"XYZXYZaacXYZXYZaax"
// CHECK-NEXT: []: "xbaccbcaxb"=>"xbaccbcaxb" "bbabca"=>"bbabca" "xbxxxxb"=>"xbxxxxb"
// CHECK-NEXT: ["ba" "ab"]: "b"=>"b" ""=>"" "bcbéaéébb"=>"bcbéaéébb"
// CHECK-NEXT: ["c" "2" "a" "1" "c" "2"]: "babéxbb"=>"b1béxbb" "bab"=>"b1b" "xaxabxx"=>"x1x1bxx"
// CHECK-NEXT: ["b" "XYZ" "x" "[]"]: "éaxaa"=>"éa[]aa" "bcaccb"=>"XYZcaccXYZ" "b"=>"XYZ"
// CHECK-NEXT: ["\xc3" "b"]: "aéxbébaabac"=>"ab\xa9xbb\xa9baabac" "éax"=>"b\xa9ax" "xécaéacxba"=>"xb\xa9cab\xa9acxba"
// CHECK-NEXT: ["abc" "ab"]: "bxaxb"=>"bxaxb" "ébcbéaba"=>"ébcbéaba" "cbxcbbaxb"=>"cbxcbbaxb"
// CHECK-NEXT: ["c" "1" "b" "1"]: "abxaxbcé"=>"a1xax11é" "xbbbéba"=>"x111é1a" "caaxaxééb"=>"1aaxaxéé1"
// CHECK-NEXT: ["a" "b"]: "baaéabcaéc"=>"bbbébbcbéc" "c"=>"c" "abbbaxbcc"=>"bbbbbxbcc"
// CHECK-NEXT: []: "abbéxabbé"=>"abbéxabbé" "aabxaacacc"=>"aabxaacacc" "abacbxabc"=>"abacbxabc"
// CHECK-NEXT: ["ba" "XYZ"]: "bbaax"=>"bXYZax" "bbbbabcaa"=>"bbbXYZbcaa" "aacxbbbbb"=>"aacxbbbbb"
// CHECK-NEXT: ["c" "2" "a" "1" "b" "1"]: "aéx"=>"1éx" "a"=>"1" "aabbbbaaéxa"=>"11111111éx1"
// CHECK-NEXT: ["c" "2" "c" "ab" "a" "1"]: "é"=>"é" "éaxbba"=>"é1xbb1" "xbcbax"=>"xb2b1x"
// CHECK-NEXT: ["" "é" "é" "a" "c" "XYZ" "é" "ab"]: "babxxac"=>"ébéaébéxéxéaéXYZé" "ééxaxa"=>"éaéaéxéaéxéaé" "aa"=>"éaéaé"
// CHECK-NEXT: ["ba" "2"]: "cbcaxéxé"=>"cbcaxéxé" "bbaaxébb"=>"b2axébb" "cxcbbbcbbax"=>"cxcbbbcb2x"
// CHECK-NEXT: ["a" "1" "b" "1" "a" "1"]: "x"=>"x" "b"=>"1" "aaé"=>"11é"
// CHECK-NEXT: ["x" "a" "x" "ab" "x" "ab"]: "x"=>"a" "aaaaacbaa"=>"aaaaacbaa" "aa"=>"aa"
// CHECK-NEXT: ["b" "2" "aaa" ""]: "ca"=>"ca" "xxébaébbéaé"=>"xxé2aé22éaé" "béba"=>"2é2a"
// CHECK-NEXT: ["aa" "a"]: "b"=>"b" "éabbacéaéa"=>"éabbacéaéa" "cbxxbcxé"=>"cbxxbcxé"
// CHECK-NEXT: ["b" "2" "a" "1"]: "xxbxcxxxéab"=>"xx2xcxxxé12" "abaa"=>"1211" ""=>""
// CHECK-NEXT: ["a" "ab" "c" "XYZ" "a" "2"]: "baabbacéaa"=>"bababbbabXYZéabab" "xécaaaabé"=>"xéXYZababababbé" "bbacbc"=>"bbabXYZbXYZ"
// CHECK-NEXT: ["" "ab" "ab" "1"]: "xabbé"=>"abxab1abbab\xc3ab\xa9ab" ""=>"ab" "b"=>"abbab"
// CHECK-NEXT: ["ab" "XYZ"]: "aaabébacbbc"=>"aaXYZébacbbc" ""=>"" "caéxcabacé"=>"caéxcXYZacé"
// CHECK-NEXT: ["b" "1" "a" "2"]: "ébb"=>"é11" "a"=>"2" "éébaébaab"=>"éé12é1221"
// CHECK-NEXT: ["x" "[]" "c" "a"]: "cxaé"=>"a[]aé" "bbbaxba"=>"bbba[]ba" "éaxé"=>"éa[]é"
// CHECK-NEXT: ["x" "a" "bc" "ab" "c" "é"]: "aaaxccax"=>"aaaaééaa" "éxbcxaccca"=>"éaabaaéééa" "bxacéb"=>"baaééb"
// CHECK-NEXT: ["cab" "[]"]: "abxbxé"=>"abxbxé" "xxx"=>"xxx" "babacébaxba"=>"babacébaxba"
// CHECK-NEXT: ["b" "2" "c" "2" "b" "2" "a" "1"]: "xxx"=>"xxx" "béxbbbcca"=>"2éx222221" ""=>""
// CHECK-NEXT: ["c" "ab" "x" "a" "x" "[]"]: "axbbbb"=>"aabbbb" ""=>"" "aaa"=>"aaa"
// CHECK-NEXT: ["bc" "b"]: "bcba"=>"bba" "abcaabbxc"=>"abaabbxc" "bxcbb"=>"bxcbb"
// CHECK-NEXT: ["ab" "ab"]: "bbacb"=>"bbacb" "abxbbbébcx"=>"abxbbbébcx" ""=>""
// CHECK-NEXT: ["a" "1"]: "ccébbaacbc"=>"ccébb11cbc" "bé"=>"bé" ""=>""
// CHECK-NEXT: ["a" ""]: "bxb"=>"bxb" "baaéxx"=>"béxx" "bxbbbaéabaa"=>"bxbbbéb"
// CHECK-NEXT: ["a" "ab" "aaa" "XYZ" "a" "ab"]: "cx"=>"cx" "cbccaaxéc"=>"cbccababxéc" "caxcccéa"=>"cabxcccéab"
// CHECK-NEXT: ["cab" "b"]: "b"=>"b" ""=>"" "babbbé"=>"babbbé"
// CHECK-NEXT: ["a" "1" "a" "2"]: "bcaaxbécéa"=>"bc11xbécé1" "aacbébcc"=>"11cbébcc" "cbaxbb"=>"cb1xbb"
// CHECK-NEXT: ["a" "" "a" "a" "c" "1"]: "baab"=>"bb" "ax"=>"x" "a"=>""
// CHECK-NEXT: ["abc" "é"]: "axéxaaxba"=>"axéxaaxba" "bxbccca"=>"bxbccca" "cxaaxaba"=>"cxaaxaba"
// CHECK-NEXT: ["ab" "b"]: ""=>"" "caa"=>"caa" "axax"=>"axax"
// CHECK-NEXT: ["a" "1" "c" "2" "b" "1" "c" "1"]: "a"=>"1" "cxcaaaacacb"=>"2x211112121" "bxbbbaaxbbé"=>"1x11111x11é"
// CHECK-NEXT: ["a" "ab" "x" "é"]: "cxbbabbcéa"=>"cébbabbbcéab" "bbaxb"=>"bbabéb" "bbaa"=>"bbabab"
// CHECK-NEXT: ["c" "ab" "aa" "ab" "b" "b"]: "b"=>"b" "c"=>"ab" "acbbé"=>"aabbbé"
// CHECK-NEXT: ["ba" "é"]: "axb"=>"axb" "aabaéxaaécb"=>"aaééxaaécb" "xxba"=>"xxé"
// CHECK-NEXT: ["c" "2" "c" "1" "c" "2" "b" "2"]: "bbacaab"=>"22a2aa2" ""=>"" ""=>""
// CHECK-NEXT: ["c" "b" "a" "b" "x" "é" "a" "b"]: "xaécabxa"=>"ébébbbéb" "b"=>"b" "xbbbcccé"=>"ébbbbbbé"
// CHECK-NEXT: []: "bxbbaxba"=>"bxbbaxba" "éécéc"=>"éécéc" "xx"=>"xx"
// CHECK-NEXT: ["ab" "[]"]: "xxbbbbxb"=>"xxbbbbxb" "bacéaabbbéx"=>"bacéa[]bbéx" "ébaaéca"=>"ébaaéca"
// CHECK-NEXT: ["a" "2" "c" "1"]: "bb"=>"bb" "bxbaabbaab"=>"bxb22bb22b" "cccaaxb"=>"11122xb"
// CHECK-NEXT: ["a" "1" "x" "[]"]: "bbxaa"=>"bb[]11" "éébxcbbabba"=>"ééb[]cbb1bb1" "ac"=>"1c"
// CHECK-NEXT: []: "a"=>"a" "xécbb"=>"xécbb" "bbcccc"=>"bbcccc"
// CHECK-NEXT: ["cab" "a"]: "aaaa"=>"aaaa" "bcxcaxabxba"=>"bcxcaxabxba" "aacbaéaxaab"=>"aacbaéaxaab"
// CHECK-NEXT: ["a" "2" "b" "1" "c" "1" "a" "1"]: "cbcbbbxc"=>"111111x1" "c"=>"1" ""=>""
// CHECK-NEXT: ["a" "" "a" "XYZ" "b" "a" "c" "é"]: "bcbéa"=>"aéaé" "ccbxaacaca"=>"ééaxéé" "bbaaéb"=>"aaéa"
// CHECK-NEXT: []: "c"=>"c" "xbcabacéc"=>"xbcabacéc" "xbc"=>"xbc"
// CHECK-NEXT: ["ba" "2"]: "xbaac"=>"x2ac" "xbaaccéaa"=>"x2accéaa" "bc"=>"bc"
// CHECK-NEXT: ["b" "2" "c" "2" "b" "1"]: "b"=>"2" "acébb"=>"a2é22" "xbcbccc"=>"x222222"
// CHECK-NEXT: ["x" "a" "b" "" "b" "b" "x" "é"]: "axbbxabaxa"=>"aaaaaaa" "ccxccbcabc"=>"ccacccac" ""=>""
// CHECK-NEXT: []: "xccébba"=>"xccébba" "éabb"=>"éabb" ""=>""
// CHECK-NEXT: ["ab" "a"]: "xbc"=>"xbc" "cbbbbcxbb"=>"cbbbbcxbb" "caaxcaxxbc"=>"caaxcaxxbc"
// CHECK-NEXT: ["c" "2" "b" "2"]: "bbébbbbaa"=>"22é2222aa" "aaccéa"=>"aa22éa" "bbbc"=>"2222"
// CHECK-NEXT: ["a" "[]"]: "aa"=>"[][]" "é"=>"é" "béxébb"=>"béxébb"
// CHECK-NEXT: ["\xc3" "XYZ" "c" "XYZ" "x" "b"]: "xcbaaaxaccé"=>"bXYZbaaabaXYZXYZXYZ\xa9" "babaééb"=>"babaXYZ\xa9XYZ\xa9b" "ca"=>"XYZa"
// CHECK-NEXT: ["bc" "1"]: "bcbaxb"=>"1baxb" "cbéaa"=>"cbéaa" "cx"=>"cx"
// CHECK-NEXT: ["c" "1"]: "aéaa"=>"aéaa" "abxxx"=>"abxxx" "aé"=>"aé"
// CHECK-NEXT: ["b" "" "b" "ab" "a" "2"]: "acxbé"=>"2cxé" ""=>"" "bxbbxbbxbb"=>"xxx"
// CHECK-NEXT: ["cab" ""]: "écxbcxxxxa"=>"écxbcxxxxa" "abbbbaéaaa"=>"abbbbaéaaa" "abaac"=>"abaac"
// CHECK-NEXT: ["ab" ""]: "axb"=>"axb" "cacaac"=>"cacaac" "xbxaébbé"=>"xbxaébbé"
// CHECK-NEXT: ["a" "2" "a" "2"]: "aabxbbbaa"=>"22bxbbb22" "cbabxbébacé"=>"cb2bxbéb2cé" "caxéb"=>"c2xéb"
// CHECK-NEXT: ["b" "" "b" "XYZ" "a" "é" "b" "1"]: "xbaébbx"=>"xééx" "bbaccxxa"=>"éccxxé" "accab"=>"éccé"
// CHECK-NEXT: []: "xbabbacc"=>"xbabbacc" "bc"=>"bc" ""=>""
// CHECK-NEXT: ["ab" "é"]: "abb"=>"éb" "axaxaxba"=>"axaxaxba" "cccccb"=>"cccccb"
// CHECK-NEXT: ["c" "2" "a" "1" "b" "1" "c" "2"]: "ébcaébc"=>"é121é12" "ccbbbéébx"=>"22111éé1x" "bbxb"=>"11x1"
// CHECK-NEXT: ["x" "XYZ"]: "aaxbaabb"=>"aaXYZbaabb" ""=>"" "xbécéxxb"=>"XYZbécéXYZXYZb"
// CHECK-NEXT: ["é" "2"]: "aécb"=>"a2cb" "aécéb"=>"a2c2b" "xaxba"=>"xaxba"
// CHECK-NEXT: ["abc" "[]"]: "b"=>"b" "axbbaa"=>"axbbaa" ""=>""
// CHECK-NEXT: ["a" "2" "b" "1"]: "a"=>"2" "ca"=>"c2" "cabbcccébba"=>"c211cccé112"
// CHECK-NEXT: ["c" "b" "x" "[]"]: ""=>"" "baééaacca"=>"baééaabba" "acaaaébaca"=>"abaaaébaba"
// CHECK-NEXT: ["aa" "" "cab" "1"]: "éax"=>"éax" "bbcabaa"=>"bb1" "xb"=>"xb"
// CHECK-NEXT: ["cab" "é"]: "bbbxcécécxc"=>"bbbxcécécxc" "aaaaé"=>"aaaaé" "c"=>"c"
// CHECK-NEXT: ["b" "1"]: "aaababc"=>"aaa1a1c" "bbcabbxaéx"=>"11ca11xaéx" "acébaaéa"=>"acé1aaéa"
// CHECK-NEXT: ["b" "é" "a" "2" "c" "a" "x" "a"]: "baxaéécabx"=>"é2a2ééa2éa" "bacxxxbb"=>"é2aaaaéé" "xabbb"=>"a2ééé"
// CHECK-NEXT: []: "bac"=>"bac" "ébbaba"=>"ébbaba" "bbc"=>"bbc"
// CHECK-NEXT: ["ba" "a"]: "bcacabaxaxa"=>"bcacaaxaxa" "aaaxbxabb"=>"aaaxbxabb" "baaaaab"=>"aaaaab"
// CHECK-NEXT: ["c" "1" "a" "1"]: "cababbéxbb"=>"11b1bbéxbb" ""=>"" ""=>""
// CHECK-NEXT: ["a" "b" "a" "b" "c" "2"]: "xb"=>"xb" "bxéa"=>"bxéb" "babéé"=>"bbbéé"
// CHECK-NEXT: ["é" "[]" "aa" "XYZ" "a" "[]" "cab" "XYZ"]: "abbxaaaaéxc"=>"[]bbxXYZXYZ[]xc" "a"=>"[]" ""=>""
// CHECK-NEXT: ["cab" "a"]: "baabacbx"=>"baabacbx" "a"=>"a" "b"=>"b"
// CHECK-NEXT: ["a" "1" "c" "1" "c" "1"]: "cccxxaaca"=>"111xx1111" "aéc"=>"1é1" "accca"=>"11111"
// CHECK-NEXT: ["b" "2"]: "b"=>"2" "aaccc"=>"aaccc" "acbé"=>"ac2é"
// CHECK-NEXT: []: "c"=>"c" "éaéaabbabac"=>"éaéaabbabac" "baa"=>"baa"
// CHECK-NEXT: ["ab" "XYZ"]: ""=>"" "bxbccéxé"=>"bxbccéxé" "aé"=>"aé"
// CHECK-NEXT: ["a" "2"]: "ba"=>"b2" "xaxxcaaabxc"=>"x2xxc222bxc" "éb"=>"éb"
// CHECK-NEXT: ["b" "b" "a" "[]"]: "c"=>"c" "aaxbbéacxaa"=>"[][]xbbé[]cx[][]" ""=>""
// CHECK-NEXT: ["c" "XYZ" "\xc3" "2" "cab" "a" "c" "a"]: "ac"=>"aXYZ" "éabbaccxé"=>"2\xa9abbaXYZXYZx2\xa9" ""=>""
// CHECK-NEXT: ["aa" "ab"]: "abcaa"=>"abcab" "cébébbxbbaa"=>"cébébbxbbab" "a"=>"a"
// CHECK-NEXT: ["c" "1" "b" "2" "a" "1"]: "xxbé"=>"xx2é" "éé"=>"éé" "xbxaaaéa"=>"x2x111é1"
// CHECK-NEXT: ["b" "[]"]: "éaaaébcabac"=>"éaaaé[]ca[]ac" "b"=>"[]" ""=>""
// CHECK-NEXT: ["ba" "é" "c" "2" "aaa" "[]"]: "baaéaxb"=>"éaéaxb" "baaéacb"=>"éaéa2b" "b"=>"b"
// CHECK-NEXT: ["ba" "é"]: "baxbxbbbbcx"=>"éxbxbbbbcx" "abcx"=>"abcx" "abxaacbéa"=>"abxaacbéa"
// CHECK-NEXT: ["b" "1" "c" "1"]: ""=>"" "abb"=>"a11" "accaxxxaax"=>"a11axxxaax"
// CHECK-NEXT: ["c" "1" "a" "ab" "c" "b" "c" "XYZ"]: "aébbxcbaaa"=>"abébbx1bababab" "b"=>"b" "xéx"=>"xéx"
// CHECK-NEXT: ["\xc3" "2" "x" "é"]: "cc"=>"cc" "xaéxa"=>"éa2\xa9éa" "baab"=>"baab"
// CHECK-NEXT: ["bc" "é"]: "cccb"=>"cccb" "aabb"=>"aabb" "b"=>"b"
// CHECK-NEXT: ["a" "1"]: "bé"=>"bé" "x"=>"x" "aaaébbxb"=>"111ébbxb"
// CHECK-NEXT: ["a" "ab" "x" ""]: "c"=>"c" "bcbababb"=>"bcbabbabbb" "céébx"=>"cééb"
// CHECK-NEXT: ["abc" "b" "aaa" "2"]: "bbbxaaba"=>"bbbxaaba" "abacécbbaé"=>"abacécbbaé" "ax"=>"ax"
// CHECK-NEXT: ["abc" "1"]: "aa"=>"aa" "éa"=>"éa" "abb"=>"abb"
// CHECK-NEXT: ["a" "2" "b" "2" "a" "1" "c" "1"]: "baéé"=>"22éé" "bbaabxaé"=>"22222x2é" ""=>""
// CHECK-NEXT: ["b" "2" "a" "" "c" "a"]: "baaba"=>"22" "bcéac"=>"2aéa" "cbabééc"=>"a22ééa"
// CHECK-NEXT: ["\xc3" "é"]: "abb"=>"abb" "axababc"=>"axababc" "bb"=>"bb"
// CHECK-NEXT: ["ab" ""]: "aa"=>"aa" "éabbbbbcbéé"=>"ébbbbcbéé" "bxc"=>"bxc"
// CHECK-NEXT: ["b" "2" "b" "2" "b" "2" "c" "1"]: "axé"=>"axé" "abacc"=>"a2a11" "aéabca"=>"aéa21a"
// CHECK-NEXT: ["b" "ab" "a" "1" "b" "é" "a" "[]"]: "aéaaabbbccé"=>"1é111abababccé" "abbxxcba"=>"1ababxxcab1" "abxéé"=>"1abxéé"
// CHECK-NEXT: ["ba" "b" "" "é" "b" "a" "b" "ab"]: "cbaa"=>"écbéaé" "bcbccbabaé"=>"éaécéaécécbbé\xc3é\xa9é" "x"=>"éxé"
// CHECK-NEXT: ["ab" "a"]: "aab"=>"aa" "abbaab"=>"abaa" "aaéa"=>"aaéa"
// CHECK-NEXT: ["b" "1"]: "aaax"=>"aaax" "cébcabcxbb"=>"cé1ca1cx11" "cac"=>"cac"
// CHECK-NEXT: ["c" "XYZ" "a" "[]" "x" "" "c" "ab"]: "xaaéaabb"=>"[][]é[][]bb" "ba"=>"b[]" "aa"=>"[][]"
// CHECK-NEXT: ["ab" "2" "" "ab" "x" "é"]: "xcbbbbbcaaa"=>"abéabcabbabbabbabbabbabcabaabaabaab" "béaxéaxc"=>"abbab\xc3ab\xa9abaabéab\xc3ab\xa9abaabéabcab" "bcéaaaxabb"=>"abbabcab\xc3ab\xa9abaabaabaabé2abbab"
// CHECK-NEXT: ["ab" "XYZ"]: "bbbbbxaab"=>"bbbbbxaXYZ" "bébbéa"=>"bébbéa" "caééé"=>"caééé"
// CHECK-NEXT: ["a" "1" "a" "2" "a" "1"]: "xaaé"=>"x11é" "bcbacbx"=>"bcb1cbx" "x"=>"x"
// CHECK-NEXT: ["x" "é" "c" ""]: "axaaba"=>"aéaaba" "bxbacccxaax"=>"bébaéaaé" "cbaba"=>"baba"
// CHECK-NEXT: []: "baaébb"=>"baaébb" "axbacacaab"=>"axbacacaab" "cxbcbabaaxx"=>"cxbcbabaaxx"
// CHECK-NEXT: ["aa" "b"]: "xaxa"=>"xaxa" "xacbbxc"=>"xacbbxc" "xxéab"=>"xxéab"
// CHECK-NEXT: ["c" "1"]: "bcbaaaa"=>"b1baaaa" "béxbéabéa"=>"béxbéabéa" "xacxébaxb"=>"xa1xébaxb"
// CHECK-NEXT: ["c" "é" "x" "XYZ" "a" "2"]: "baaxxabbx"=>"b22XYZXYZ2bbXYZ" "bcbcé"=>"bébéé" "ébbbb"=>"ébbbb"
// CHECK-NEXT: ["aa" "XYZ" "aa" "é"]: "aaa"=>"XYZa" "bx"=>"bx" "xxcbcacbéab"=>"xxcbcacbéab"
// CHECK-NEXT: ["bc" ""]: "axbca"=>"axa" "caécabxcaax"=>"caécabxcaax" "cébxbxbxabc"=>"cébxbxbxa"
// CHECK-NEXT: ["a" "1" "b" "2"]: "abxbbbxbc"=>"12x222x2c" "xébcba"=>"xé2c21" "éc"=>"éc"
// CHECK-NEXT: ["b" "XYZ" "b" "XYZ" "a" "b" "a" "ab"]: "bbbébb"=>"XYZXYZXYZéXYZXYZ" "cbcxxbbé"=>"cXYZcxxXYZXYZé" "axbcb"=>"bxXYZcXYZ"
// CHECK-NEXT: ["ab" "XYZ" "bc" "ab" "c" "b"]: "bacxaxabca"=>"babxaxXYZba" "xbaaacbxa"=>"xbaaabbxa" "aab"=>"aXYZ"
// CHECK-NEXT: ["ab" ""]: "b"=>"b" "xxaéaa"=>"xxaéaa" "xxaébb"=>"xxaébb"
// CHECK-NEXT: ["c" "2"]: "aébaaééxc"=>"aébaaééx2" "bbbbxcaac"=>"bbbbx2aa2" "béxcb"=>"béx2b"
// CHECK-NEXT: ["b" "b" "a" ""]: "cacxc"=>"ccxc" "bbcc"=>"bbcc" "ac"=>"c"
// CHECK-NEXT: ["aaa" "é" "\xc3" "é" "a" "ab" "aaa" "ab"]: "bacxa"=>"babcxab" "bacaxa"=>"babcabxab" ""=>""
// CHECK-NEXT: ["cab" "b"]: "béb"=>"béb" "xbabéxbbxaé"=>"xbabéxbbxaé" "éxa"=>"éxa"
// CHECK-NEXT: ["b" "1" "a" "1" "a" "2"]: "bbbabcbxca"=>"11111c1xc1" "baxaabb"=>"11x1111" "cb"=>"c1"
// CHECK-NEXT: ["x" "XYZ" "x" "[]"]: "acab"=>"acab" "bxaaéabbaaa"=>"bXYZaaéabbaaa" "bbbbbcbba"=>"bbbbbcbba"
// CHECK-NEXT: []: "cbccb"=>"cbccb" "bbéabbaba"=>"bbéabbaba" "ééca"=>"ééca"
// CHECK-NEXT: ["abc" "1"]: "axbbébcc"=>"axbbébcc" "xaxé"=>"xaxé" "aéxxbababbx"=>"aéxxbababbx"
// CHECK-NEXT: ["b" "2" "a" "1"]: "cbxccaxb"=>"c2xcc1x2" "xxxaéc"=>"xxx1éc" "aabcc"=>"112cc"
// CHECK-NEXT: ["b" "" "x" "" "b" "a"]: "ca"=>"ca" "axx"=>"a" "xxéc"=>"éc"
// CHECK-NEXT: ["\xc3" "ab" "c" "ab" "x" "b" "aa" ""]: "abxbb"=>"abbbb" "baébbébaéxa"=>"baab\xa9bbab\xa9baab\xa9ba" "cabbba"=>"ababbba"
// CHECK-NEXT: ["ba" "[]"]: "cccacb"=>"cccacb" ""=>"" "ccxéxcbaa"=>"ccxéxc[]a"
// CHECK-NEXT: ["b" "2" "c" "2"]: "babbxbx"=>"2a22x2x" "baébbcéba"=>"2aé222é2a" "xxa"=>"xxa"
// CHECK-NEXT: ["x" "a" "b" "XYZ"]: "xb"=>"aXYZ" "a"=>"a" "éébbxxb"=>"ééXYZXYZaaXYZ"
// CHECK-NEXT: ["a" "a" "aaa" "a"]: "cabébx"=>"cabébx" "xaéxéé"=>"xaéxéé" ""=>""
// CHECK-NEXT: ["cab" "2"]: "xaabxbab"=>"xaabxbab" "xbcab"=>"xb2" "xxaca"=>"xxaca"
// CHECK-NEXT: ["c" "2" "a" "1" "b" "1" "a" "1"]: "b"=>"1" "aéaccbb"=>"1é12211" "bcba"=>"1211"
// CHECK-NEXT: ["c" "[]"]: "abxx"=>"abxx" ""=>"" "a"=>"a"
// CHECK-NEXT: ["b" "XYZ" "é" "é" "cab" "é"]: ""=>"" "cba"=>"cXYZa" "xaéb"=>"xaéXYZ"
// CHECK-NEXT: ["abc" "XYZ"]: "cbccaaab"=>"cbccaaab" "x"=>"x" "xabx"=>"xabx"
// CHECK-NEXT: ["c" "2"]: "éabcab"=>"éab2ab" "bbcébcaxa"=>"bb2éb2axa" "ab"=>"ab"
// CHECK-NEXT: ["c" "a" "a" "2"]: "xbbacba"=>"xbb2ab2" ""=>"" "xaxxébaé"=>"x2xxéb2é"
// CHECK-NEXT: ["abc" "2" "" "a" "ab" "a" "c" "a"]: "xaxcaa"=>"axaaaxaaaaaaa" "cxbxbb"=>"aaaxabaxababa" "xabcéaa"=>"ax2a\xc3a\xa9aaaaa"
// CHECK-NEXT: ["cab" "é"]: "accé"=>"accé" "xbcaé"=>"xbcaé" "cbabcébxbbé"=>"cbabcébxbbé"
// CHECK-NEXT: ["a" "2" "a" "2" "a" "2"]: ""=>"" "caa"=>"c22" "ababb"=>"2b2bb"
// CHECK-NEXT: ["a" "2" "x" "" "a" "XYZ" "a" "é"]: "axaé"=>"22é" "béxbbbab"=>"bébbb2b" "cxéxaaab"=>"cé222b"
// CHECK-NEXT: ["b" "XYZ"]: "béxbaabaéx"=>"XYZéxXYZaaXYZaéx" "abacax"=>"aXYZacax" "ébbaxb"=>"éXYZXYZaxXYZ"
// CHECK-NEXT: ["ab" "a"]: "xaéécxbxbxa"=>"xaéécxbxbxa" "xax"=>"xax" "bcxéxbba"=>"bcxéxbba"
// CHECK-NEXT: ["b" "2" "a" "2"]: "xbcc"=>"x2cc" "babbaac"=>"222222c" "bccxcbaééc"=>"2ccxc22ééc"
// CHECK-NEXT: ["x" "" "c" "XYZ"]: "xbbbaabxcax"=>"bbbaabXYZa" "aéacx"=>"aéaXYZ" "acb"=>"aXYZb"
// CHECK-NEXT: []: "bxaxxa"=>"bxaxxa" "xaabb"=>"xaabb" "cca"=>"cca"
// CHECK-NEXT: ["bc" ""]: "xbbbxx"=>"xbbbxx" "cccbaba"=>"cccbaba" ""=>""
// CHECK-NEXT: ["b" "1" "c" "2"]: "xaabbbéx"=>"xaa111éx" "abbéaébab"=>"a11éaé1a1" "bxbébbab"=>"1x1é11a1"
// CHECK-NEXT: ["a" "[]" "a" "b" "x" "b" "x" "XYZ"]: "cxab"=>"cb[]b" "cbacaab"=>"cb[]c[][]b" ""=>""
// CHECK-NEXT: []: "abacaéc"=>"abacaéc" "aaaéacaa"=>"aaaéacaa" ""=>""
// CHECK-NEXT: ["bc" "1"]: "bbbbxa"=>"bbbbxa" "axcxxbéxx"=>"axcxxbéxx" "bxabcxxcéx"=>"bxa1xxcéx"
// CHECK-NEXT: ["c" "1" "b" "1" "c" "2"]: "bbaéaaa"=>"11aéaaa" "acbbc"=>"a1111" "ééabbca"=>"ééa111a"
// CHECK-NEXT: ["c" "2" "c" "1" "c" ""]: "xéb"=>"xéb" "aacbacbbcx"=>"aa2ba2bb2x" "aaaabb"=>"aaaabb"
// CHECK-NEXT: ["aaa" "1" "bc" "2" "aaa" "2" "cab" "[]"]: "éaabxcéax"=>"éaabxcéax" "ccxbb"=>"ccxbb" "a"=>"a"
// CHECK-NEXT: ["ab" "a"]: "xaacbaé"=>"xaacbaé" "bbaxa"=>"bbaxa" "xbbcbabaaxx"=>"xbbcbaaaxx"
// CHECK-NEXT: ["b" "2" "a" "2" "c" "1"]: "cxaxaabbaac"=>"1x2x2222221" "aacaaxbb"=>"22122x22" "xcabx"=>"x122x"
// CHECK-NEXT: ["a" "é" "b" "a" "b" "b"]: "x"=>"x" "bcbabcéc"=>"acaéacéc" ""=>""
// CHECK-NEXT: ["abc" "[]"]: "xaé"=>"xaé" "aébaxxb"=>"aébaxxb" "bcb"=>"bcb"
// CHECK-NEXT: ["bc" "é"]: "éxbbca"=>"éxbéa" "xcbaabcbcxa"=>"xcbaaééxa" "céaa"=>"céaa"
// CHECK-NEXT: ["b" "1" "c" "2" "a" "2"]: "axébbaxbaxb"=>"2xé112x12x1" "baacacéa"=>"122222é2" "acéaaéaxxba"=>"22é22é2xx12"
// CHECK-NEXT: ["a" "a" "b" "XYZ"]: "aaééébxabx"=>"aaéééXYZxaXYZx" "baéébé"=>"XYZaééXYZé" "ba"=>"XYZa"
// CHECK-NEXT: []: "ccbbb"=>"ccbbb" "bx"=>"bx" "b"=>"b"
// CHECK-NEXT: ["abc" "é"]: "xxxcaaxxaaa"=>"xxxcaaxxaaa" "caa"=>"caa" "bbxabbcccxa"=>"bbxabbcccxa"
// CHECK-NEXT: ["b" "1" "a" "1"]: "ébbbxé"=>"é111xé" "acbbaxcb"=>"1c111xc1" ""=>""
// CHECK-NEXT: ["x" "XYZ" "a" "a"]: "cbaa"=>"cbaa" "ac"=>"ac" ""=>""
// CHECK-NEXT: ["aaa" ""]: "éaécbécbxb"=>"éaécbécbxb" "aéaéaacxc"=>"aéaéaacxc" "baa"=>"baa"
// CHECK-NEXT: ["bc" ""]: "bbcaaabcx"=>"baaax" "bébbxba"=>"bébbxba" "caaébbaaxa"=>"caaébbaaxa"
// CHECK-NEXT: ["a" "2" "a" "1" "b" "1" "a" "1"]: ""=>"" "éabxaba"=>"é21x212" "xbéaa"=>"x1é22"
// CHECK-NEXT: ["b" "a" "c" "a" "b" "1" "a" "ab"]: "xbéécéxc"=>"xaééaéxa" "aaa"=>"ababab" "xxbc"=>"xxaa"
// CHECK-NEXT: ["x" "a" "c" "XYZ" "bc" "[]" "cab" "é"]: "xéa"=>"aéa" "béx"=>"béa" "bbc"=>"b[]"
// CHECK-NEXT: ["ab" "ab"]: "ababxébbbé"=>"ababxébbbé" "xabbaabéa"=>"xabbaabéa" "cbababac"=>"cbababac"
// CHECK-NEXT: ["a" "2" "b" "1"]: "bbaabcaécc"=>"11221c2écc" "xxxbbabxcxé"=>"xxx1121xcxé" "baabbbbaca"=>"12211112c2"
// CHECK-NEXT: ["c" "XYZ" "a" "XYZ"]: "caaaacxaécé"=>"XYZXYZXYZXYZXYZXYZxXYZéXYZé" "abaébaébbc"=>"XYZbXYZébXYZébbXYZ" "b"=>"b"
// CHECK-NEXT: ["aa" "ab"]: "abaa"=>"abab" "aaébbcb"=>"abébbcb" "bbbbabcaaax"=>"bbbbabcabax"
// CHECK-NEXT: ["ab" "b"]: "aaaa"=>"aaaa" "xxaébab"=>"xxaébb" "b"=>"b"
// CHECK-NEXT: ["b" "1" "a" "1" "a" "2"]: "abb"=>"111" "bbxxccbc"=>"11xxcc1c" "baaabbb"=>"1111111"
// CHECK-NEXT: ["c" "b" "c" "XYZ" "x" "XYZ" "b" "b"]: "baabéaxxbé"=>"baabéaXYZXYZbé" "acxc"=>"abXYZb" "bbb"=>"bbb"
// CHECK-NEXT: ["aa" "[]" "b" "XYZ" "aa" "b" "abc" ""]: "cbbaxbac"=>"cXYZXYZaxXYZac" "x"=>"x" ""=>""
// CHECK-NEXT: ["abc" "a"]: "axabéabax"=>"axabéabax" "aacbcéxab"=>"aacbcéxab" "xaa"=>"xaa"
// CHECK-NEXT: ["b" "1" "b" "2"]: "abbxba"=>"a11x1a" "xaxabbxbxca"=>"xaxa11x1xca" "bcbaaa"=>"1c1aaa"
// CHECK-NEXT: ["x" "é" "b" "é"]: "abx"=>"aéé" "écxac"=>"écéac" "baacacxx"=>"éaacacéé"
// CHECK-NEXT: ["ba" "ab" "bc" "2" "aaa" "1"]: "xaabaéax"=>"xaaabéax" "bcaa"=>"2aa" ""=>""
// CHECK-NEXT: ["ba" "XYZ"]: "aaéxcbxcxa"=>"aaéxcbxcxa" "b"=>"b" "bxbcacabacb"=>"bxbcacaXYZcb"
// CHECK-NEXT: ["b" "1" "b" "1" "b" "2"]: "abbbcbbabéé"=>"a111c11a1éé" "axbxbéb"=>"ax1x1é1" "cbbaa"=>"c11aa"
// CHECK-NEXT: ["c" "" "c" "b"]: "bccaa"=>"baa" "abbé"=>"abbé" "abaaxa"=>"abaaxa"
// CHECK-NEXT: ["" "a"]: "béaéébbbxxa"=>"aba\xc3a\xa9aaa\xc3a\xa9a\xc3a\xa9abababaxaxaaa" "xbaabbac"=>"axabaaaaababaaaca" "bacxcab"=>"abaaacaxacaaaba"
// CHECK-NEXT: ["ab" "a"]: "xabaxa"=>"xaaxa" "céb"=>"céb" "béabécabxac"=>"béaécaxac"
// CHECK-NEXT: ["a" "2" "c" "2" "c" "2"]: "cabaxcbx"=>"22b2x2bx" "xxaaxcxc"=>"xx22x2x2" ""=>""
// CHECK-NEXT: ["a" "XYZ" "x" "[]" "a" "é"]: "ababcb"=>"XYZbXYZbcb" "baba"=>"bXYZbXYZ" "bcbac"=>"bcbXYZc"
// CHECK-NEXT: ["ba" "XYZ" "ab" "1" "aa" "b" "ab" "a"]: "béababxb"=>"bé11xb" ""=>"" "cébxcbx"=>"cébxcbx"
// CHECK-NEXT: ["bc" "XYZ"]: "béb"=>"béb" "bbbx"=>"bbbx" "xbbbxbbxb"=>"xbbbxbbxb"
// CHECK-NEXT: ["a" "2" "a" "1" "c" "2" "c" "2"]: "xxbbébéa"=>"xxbbébé2" "bbb"=>"bbb" "abcébbxa"=>"2b2ébbx2"
// CHECK-NEXT: ["b" "ab" "x" "1" "b" "2" "a" "1"]: "abb"=>"1abab" "babcbbbxcaa"=>"ab1abcababab1c11" "bcbxbbaba"=>"abcab1abab1ab1"
// CHECK-NEXT: ["aaa" "a" "a" "é" "a" "é"]: "xxbbé"=>"xxbbé" "abxbaxaxbaa"=>"ébxbéxéxbéé" "bbc"=>"bbc"
// CHECK-NEXT: ["bc" ""]: "bxbxaaébbb"=>"bxbxaaébbb" "bbabcaacx"=>"bbaaacx" ""=>""
// CHECK-NEXT: ["c" "2" "a" "1" "b" "1"]: "baabcc"=>"111122" "aabcc"=>"11122" "ababacaabéé"=>"111112111éé"
// CHECK-NEXT: ["a" "ab" "c" "ab" "x" "XYZ"]: "aacxcbéb"=>"abababXYZabbéb" ""=>"" "bbcc"=>"bbabab"
// CHECK-NEXT: ["b" "[]" "é" "1"]: "éxx"=>"1xx" "xxbxbxc"=>"xx[]x[]xc" "éax"=>"1ax"
// CHECK-NEXT: ["ba" ""]: "bxaaébc"=>"bxaaébc" "bbéac"=>"bbéac" "b"=>"b"
// CHECK-NEXT: ["b" "1" "a" "1" "c" "2"]: "xcabccb"=>"x211221" "a"=>"1" "écccéaxbb"=>"é222é1x11"
// CHECK-NEXT: ["b" "a" "c" "2" "c" "a" "c" "2"]: "baé"=>"aaé" "aé"=>"aé" "bcbcac"=>"a2a2a2"
// CHECK-NEXT: []: "xabx"=>"xabx" "a"=>"a" "bcabbcaaaab"=>"bcabbcaaaab"
// CHECK-NEXT: ["ba" "[]"]: ""=>"" "baa"=>"[]a" "xcé"=>"xcé"
// CHECK-NEXT: ["b" "2" "c" "1"]: "bbaa"=>"22aa" "céaxc"=>"1éax1" "ébbx"=>"é22x"
// CHECK-NEXT: ["b" "a" "b" "1" "x" "a" "b" "2"]: "xc"=>"ac" "a"=>"a" "aacbxbb"=>"aacaaaa"
// CHECK-NEXT: ["bc" "é"]: "axcbbabaca"=>"axcbbabaca" "éa"=>"éa" "xxbcxbcc"=>"xxéxéc"
// CHECK-NEXT: ["ba" "é"]: "accbccxaé"=>"accbccxaé" "xacbaabxé"=>"xacéabxé" "bbébxaécb"=>"bbébxaécb"
// CHECK-NEXT: ["c" "1"]: "baéxab"=>"baéxab" "baabaaaxa"=>"baabaaaxa" "abaxxaab"=>"abaxxaab"
// CHECK-NEXT: ["b" "1" "b" "a" "x" "é"]: "aacbxxb"=>"aac1éé1" "abbbéaacacc"=>"a111éaacacc" "bacabxxa"=>"1aca1ééa"
// CHECK-NEXT: ["bc" "é" "c" "[]" "cab" ""]: "béabaécxca"=>"béabaé[]x[]a" ""=>"" "bxb"=>"bxb"
// CHECK-NEXT: ["bc" "1"]: "ccbéxbbcab"=>"ccbéxb1ab" "abbaab"=>"abbaab" "bcx"=>"1x"
// CHECK-NEXT: ["b" "1"]: "bbbac"=>"111ac" "éaax"=>"éaax" ""=>""
// CHECK-NEXT: ["a" "" "c" "2" "a" "1"]: "ab"=>"b" "éabxbc"=>"ébxb2" "cbbcax"=>"2bb2x"
// CHECK-NEXT: []: "bbcabbbabbc"=>"bbcabbbabbc" "baaxax"=>"baaxax" "ba"=>"ba"
// CHECK-NEXT: ["abc" "b"]: "xcb"=>"xcb" "babbbaacééb"=>"babbbaacééb" "b"=>"b"
// CHECK-NEXT: ["b" "1" "c" "1" "b" "1"]: ""=>"" "cxaxa"=>"1xaxa" "xbaxaxxaa"=>"x1axaxxaa"
// CHECK-NEXT: ["x" "XYZ" "c" ""]: "babxaaax"=>"babXYZaaaXYZ" "baéébba"=>"baéébba" "a"=>"a"
// CHECK-NEXT: ["cab" "é" "a" "é"]: "a"=>"é" "cxcab"=>"cxé" "baxaccaacxa"=>"béxéccéécxé"
// CHECK-NEXT: ["ba" "XYZ"]: "aacbacaa"=>"aacXYZcaa" "écabcax"=>"écabcax" "b"=>"b"
// CHECK-NEXT: ["c" "2" "b" "2" "c" "1" "b" "1"]: "ébxbaébc"=>"é2x2aé22" "aaaba"=>"aaa2a" "bbébaaxaca"=>"22é2aaxa2a"
// CHECK-NEXT: ["x" "2" "x" "2"]: "xbabéb"=>"2babéb" "aac"=>"aac" "ébc"=>"ébc"
// CHECK-NEXT: ["\xc3" "XYZ"]: "abxb"=>"abxb" "ccxbc"=>"ccxbc" "caaxbaxéx"=>"caaxbaxXYZ\xa9x"
// CHECK-NEXT: ["cab" "b"]: ""=>"" "baéccécaaa"=>"baéccécaaa" "bxabaa"=>"bxabaa"
// CHECK-NEXT: ["b" "1"]: "cbbx"=>"c11x" "ax"=>"ax" "c"=>"c"
// CHECK-NEXT: ["x" "" "a" "" "a" "é"]: "axb"=>"b" "ab"=>"b" "a"=>""
// CHECK-NEXT: ["abc" "a" "c" "[]" "" "b" "ba" "1"]: "bxbaa"=>"bbbxb1bab" "caccaxccxc"=>"[]ba[][]babx[][]bx[]b" "bbéacaéba"=>"bbbbb\xc3b\xa9ba[]bab\xc3b\xa9b1b"
// CHECK-NEXT: ["ab" "a"]: "aaéccbcbabé"=>"aaéccbcbaé" "axccb"=>"axccb" "bé"=>"bé"
// CHECK-NEXT: ["a" "1" "c" "2" "c" "2" "a" "1"]: "acbbbbé"=>"12bbbbé" "acacabxx"=>"12121bxx" "acaé"=>"121é"
// CHECK-NEXT: ["a" ""]: "abcb"=>"bcb" "aaéx"=>"éx" "b"=>"b"
// CHECK-NEXT: ["ba" "XYZ" "abc" "2"]: "b"=>"b" "aaxxca"=>"aaxxca" "cbxcbax"=>"cbxcXYZx"
// CHECK-NEXT: ["ab" "b"]: "ab"=>"b" "xaaxaac"=>"xaaxaac" "cabxaa"=>"cbxaa"
// CHECK-NEXT: ["a" "2" "a" "2" "c" "1" "b" "2"]: "ab"=>"22" "éacc"=>"é211" "ca"=>"12"
// CHECK-NEXT: ["b" "2"]: "aa"=>"aa" "cbbbaacéx"=>"c222aacéx" "bbbxcaabé"=>"222xcaa2é"
// CHECK-NEXT: ["cab" "b" "é" "XYZ" "x" "b" "b" "a"]: "ba"=>"aa" "xxaxéxxbbbc"=>"bbabXYZbbaaac" "abbcxébba"=>"aaacbXYZaaa"
// CHECK-NEXT: ["bc" "ab"]: "béacxxéax"=>"béacxxéax" "ax"=>"ax" "aaaa"=>"aaaa"
// CHECK-NEXT: ["c" "2" "b" "2"]: "abbbbxabbba"=>"a2222xa222a" "bcccaacé"=>"2222aa2é" "aébcbxa"=>"aé222xa"
// CHECK-NEXT: ["c" "XYZ" "a" "b"]: "baccaca"=>"bbXYZXYZbXYZb" ""=>"" ""=>""
// CHECK-NEXT: ["abc" "XYZ" "aa" "b" "c" "2" "ba" ""]: "xbacbbaaba"=>"x2ba" "xxac"=>"xxa2" "babbaébaa"=>"béa"
// CHECK-NEXT: ["bc" "XYZ"]: "axbbc"=>"axbXYZ" "bbaa"=>"bbaa" "bbabcaaéax"=>"bbaXYZaaéax"
// CHECK-NEXT: ["c" "1" "b" "1" "c" "1" "b" "1"]: "x"=>"x" "cxbé"=>"1x1é" "bbcabaxéa"=>"111a1axéa"
// CHECK-NEXT: ["x" "XYZ"]: "bccxbx"=>"bccXYZbXYZ" "cbacaaaxbb"=>"cbacaaaXYZbb" "aabbcba"=>"aabbcba"
// CHECK-NEXT: []: "bbacxéxbbcc"=>"bbacxéxbbcc" "caabéxx"=>"caabéxx" "xbéb"=>"xbéb"
// CHECK-NEXT: ["ab" "b"]: "aabaaaax"=>"abaaaax" "b"=>"b" "baébxaxc"=>"baébxaxc"
// CHECK-NEXT: ["b" "2" "c" "2"]: "bcbaacaa"=>"222aa2aa" "aaa"=>"aaa" "aéabxa"=>"aéa2xa"
// CHECK-NEXT: ["b" "b" "a" "[]"]: "aaababa"=>"[][][]b[]b[]" "aaaacxbxbb"=>"[][][][]cxbxbb" "baacabba"=>"b[][]c[]bb[]"
// CHECK-NEXT: ["a" "2" "ba" "1"]: "aacébébxa"=>"22cébébx2" "ébcxbbxcaab"=>"ébcxbbxc22b" "bxb"=>"bxb"
// CHECK-NEXT: ["ab" "X"] "" -1: 0 <nil> [""] 1
// CHECK-NEXT: ["ab" "X"] "" 0: 0 writer full [] 1
// CHECK-NEXT: ["ab" "X"] "" 1: 0 <nil> [""] 1
// CHECK-NEXT: ["ab" "X"] "" 2: 0 <nil> [""] 1
// CHECK-NEXT: ["ab" "X"] "" 3: 0 <nil> [""] 1
// CHECK-NEXT: ["ab" "X"] "ab" -1: 1 <nil> ["" "X" ""] 3
// CHECK-NEXT: ["ab" "X"] "ab" 0: 0 writer full [] 1
// CHECK-NEXT: ["ab" "X"] "ab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["ab" "X"] "ab" 2: 1 writer full ["" "X"] 3
// CHECK-NEXT: ["ab" "X"] "ab" 3: 1 <nil> ["" "X" ""] 3
// CHECK-NEXT: ["ab" "X"] "xaby" -1: 3 <nil> ["x" "X" "y"] 3
// CHECK-NEXT: ["ab" "X"] "xaby" 0: 1 writer full [] 1
// CHECK-NEXT: ["ab" "X"] "xaby" 1: 2 writer full ["x"] 2
// CHECK-NEXT: ["ab" "X"] "xaby" 2: 3 writer full ["x" "X"] 3
// CHECK-NEXT: ["ab" "X"] "xaby" 3: 3 <nil> ["x" "X" "y"] 3
// CHECK-NEXT: ["ab" "X"] "abab" -1: 2 <nil> ["" "X" "" "X" ""] 5
// CHECK-NEXT: ["ab" "X"] "abab" 0: 0 writer full [] 1
// CHECK-NEXT: ["ab" "X"] "abab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["ab" "X"] "abab" 2: 1 writer full ["" "X"] 3
// CHECK-NEXT: ["ab" "X"] "abab" 3: 2 writer full ["" "X" ""] 4
// CHECK-NEXT: ["ab" "X"] "bab" -1: 2 <nil> ["b" "X" ""] 3
// CHECK-NEXT: ["ab" "X"] "bab" 0: 1 writer full [] 1
// CHECK-NEXT: ["ab" "X"] "bab" 1: 2 writer full ["b"] 2
// CHECK-NEXT: ["ab" "X"] "bab" 2: 2 writer full ["b" "X"] 3
// CHECK-NEXT: ["ab" "X"] "bab" 3: 2 <nil> ["b" "X" ""] 3
// CHECK-NEXT: ["a" "1" "b" "2"] "" -1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "b" "2"] "" 0: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "b" "2"] "" 1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "b" "2"] "" 2: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "b" "2"] "" 3: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "b" "2"] "ab" -1: 2 <nil> ["12"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "ab" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "ab" 1: 2 <nil> ["12"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "ab" 2: 2 <nil> ["12"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "ab" 3: 2 <nil> ["12"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "xaby" -1: 4 <nil> ["x12y"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "xaby" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "xaby" 1: 4 <nil> ["x12y"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "xaby" 2: 4 <nil> ["x12y"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "xaby" 3: 4 <nil> ["x12y"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "abab" -1: 4 <nil> ["1212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "abab" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "abab" 1: 4 <nil> ["1212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "abab" 2: 4 <nil> ["1212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "abab" 3: 4 <nil> ["1212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "bab" -1: 3 <nil> ["212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "bab" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "bab" 1: 3 <nil> ["212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "bab" 2: 3 <nil> ["212"] 1
// CHECK-NEXT: ["a" "1" "b" "2"] "bab" 3: 3 <nil> ["212"] 1
// CHECK-NEXT: ["a" "" "b" "22"] "" -1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "" "b" "22"] "" 0: 0 <nil> [] 0
// CHECK-NEXT: ["a" "" "b" "22"] "" 1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "" "b" "22"] "" 2: 0 <nil> [] 0
// CHECK-NEXT: ["a" "" "b" "22"] "" 3: 0 <nil> [] 0
// CHECK-NEXT: ["a" "" "b" "22"] "ab" -1: 2 <nil> ["" "22"] 2
// CHECK-NEXT: ["a" "" "b" "22"] "ab" 0: 0 writer full [] 1
// CHECK-NEXT: ["a" "" "b" "22"] "ab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["a" "" "b" "22"] "ab" 2: 2 <nil> ["" "22"] 2
// CHECK-NEXT: ["a" "" "b" "22"] "ab" 3: 2 <nil> ["" "22"] 2
// CHECK-NEXT: ["a" "" "b" "22"] "xaby" -1: 4 <nil> ["x" "" "22" "y"] 4
// CHECK-NEXT: ["a" "" "b" "22"] "xaby" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "" "b" "22"] "xaby" 1: 1 writer full ["x"] 2
// CHECK-NEXT: ["a" "" "b" "22"] "xaby" 2: 2 writer full ["x" ""] 3
// CHECK-NEXT: ["a" "" "b" "22"] "xaby" 3: 4 writer full ["x" "" "22"] 4
// CHECK-NEXT: ["a" "" "b" "22"] "abab" -1: 4 <nil> ["" "22" "" "22"] 4
// CHECK-NEXT: ["a" "" "b" "22"] "abab" 0: 0 writer full [] 1
// CHECK-NEXT: ["a" "" "b" "22"] "abab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["a" "" "b" "22"] "abab" 2: 2 writer full ["" "22"] 3
// CHECK-NEXT: ["a" "" "b" "22"] "abab" 3: 3 writer full ["" "22" ""] 4
// CHECK-NEXT: ["a" "" "b" "22"] "bab" -1: 4 <nil> ["22" "" "22"] 3
// CHECK-NEXT: ["a" "" "b" "22"] "bab" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "" "b" "22"] "bab" 1: 2 writer full ["22"] 2
// CHECK-NEXT: ["a" "" "b" "22"] "bab" 2: 3 writer full ["22" ""] 3
// CHECK-NEXT: ["a" "" "b" "22"] "bab" 3: 4 <nil> ["22" "" "22"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "" -1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "bb" "2"] "" 0: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "bb" "2"] "" 1: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "bb" "2"] "" 2: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "bb" "2"] "" 3: 0 <nil> [] 0
// CHECK-NEXT: ["a" "1" "bb" "2"] "ab" -1: 2 <nil> ["" "1" "b"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "ab" 0: 0 writer full [] 1
// CHECK-NEXT: ["a" "1" "bb" "2"] "ab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["a" "1" "bb" "2"] "ab" 2: 2 writer full ["" "1"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "ab" 3: 2 <nil> ["" "1" "b"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "xaby" -1: 4 <nil> ["x" "1" "by"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "xaby" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "bb" "2"] "xaby" 1: 2 writer full ["x"] 2
// CHECK-NEXT: ["a" "1" "bb" "2"] "xaby" 2: 3 writer full ["x" "1"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "xaby" 3: 4 <nil> ["x" "1" "by"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "abab" -1: 4 <nil> ["" "1" "b" "1" "b"] 5
// CHECK-NEXT: ["a" "1" "bb" "2"] "abab" 0: 0 writer full [] 1
// CHECK-NEXT: ["a" "1" "bb" "2"] "abab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["a" "1" "bb" "2"] "abab" 2: 2 writer full ["" "1"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "abab" 3: 3 writer full ["" "1" "b"] 4
// CHECK-NEXT: ["a" "1" "bb" "2"] "bab" -1: 3 <nil> ["b" "1" "b"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "bab" 0: 1 writer full [] 1
// CHECK-NEXT: ["a" "1" "bb" "2"] "bab" 1: 2 writer full ["b"] 2
// CHECK-NEXT: ["a" "1" "bb" "2"] "bab" 2: 3 writer full ["b" "1"] 3
// CHECK-NEXT: ["a" "1" "bb" "2"] "bab" 3: 3 <nil> ["b" "1" "b"] 3
// CHECK-NEXT: ["" "-"] "" -1: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-"] "" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-"] "" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-"] "" 2: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-"] "" 3: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-"] "ab" -1: 5 <nil> ["" "-" "a" "-" "b" "-"] 6
// CHECK-NEXT: ["" "-"] "ab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-"] "ab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-"] "ab" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-"] "ab" 3: 3 writer full ["" "-" "a"] 4
// CHECK-NEXT: ["" "-"] "xaby" -1: 9 <nil> ["" "-" "x" "-" "a" "-" "b" "-" "y" "-"] 10
// CHECK-NEXT: ["" "-"] "xaby" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-"] "xaby" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-"] "xaby" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-"] "xaby" 3: 3 writer full ["" "-" "x"] 4
// CHECK-NEXT: ["" "-"] "abab" -1: 9 <nil> ["" "-" "a" "-" "b" "-" "a" "-" "b" "-"] 10
// CHECK-NEXT: ["" "-"] "abab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-"] "abab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-"] "abab" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-"] "abab" 3: 3 writer full ["" "-" "a"] 4
// CHECK-NEXT: ["" "-"] "bab" -1: 7 <nil> ["" "-" "b" "-" "a" "-" "b" "-"] 8
// CHECK-NEXT: ["" "-"] "bab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-"] "bab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-"] "bab" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-"] "bab" 3: 3 writer full ["" "-" "b"] 4
// CHECK-NEXT: ["" "-" "a" "A"] "" -1: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-" "a" "A"] "" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-" "a" "A"] "" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-" "a" "A"] "" 2: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-" "a" "A"] "" 3: 1 <nil> ["" "-"] 2
// CHECK-NEXT: ["" "-" "a" "A"] "ab" -1: 5 <nil> ["" "-" "" "A" "" "-" "b" "-"] 8
// CHECK-NEXT: ["" "-" "a" "A"] "ab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-" "a" "A"] "ab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-" "a" "A"] "ab" 2: 1 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-" "a" "A"] "ab" 3: 2 writer full ["" "-" ""] 4
// CHECK-NEXT: ["" "-" "a" "A"] "xaby" -1: 9 <nil> ["" "-" "x" "-" "" "A" "" "-" "b" "-" "y" "-"] 12
// CHECK-NEXT: ["" "-" "a" "A"] "xaby" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-" "a" "A"] "xaby" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-" "a" "A"] "xaby" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-" "a" "A"] "xaby" 3: 3 writer full ["" "-" "x"] 4
// CHECK-NEXT: ["" "-" "a" "A"] "abab" -1: 9 <nil> ["" "-" "" "A" "" "-" "b" "-" "" "A" "" "-" "b" "-"] 14
// CHECK-NEXT: ["" "-" "a" "A"] "abab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-" "a" "A"] "abab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-" "a" "A"] "abab" 2: 1 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-" "a" "A"] "abab" 3: 2 writer full ["" "-" ""] 4
// CHECK-NEXT: ["" "-" "a" "A"] "bab" -1: 7 <nil> ["" "-" "b" "-" "" "A" "" "-" "b" "-"] 10
// CHECK-NEXT: ["" "-" "a" "A"] "bab" 0: 0 writer full [] 1
// CHECK-NEXT: ["" "-" "a" "A"] "bab" 1: 1 writer full [""] 2
// CHECK-NEXT: ["" "-" "a" "A"] "bab" 2: 2 writer full ["" "-"] 3
// CHECK-NEXT: ["" "-" "a" "A"] "bab" 3: 3 writer full ["" "-" "b"] 4
// CHECK-NEXT: unchanged
// CHECK-NEXT: bbb
// CHECK-NEXT: 33
// CHECK-NEXT: 111111
// CHECK-NEXT: &lt;a href="x&amp;y"&gt;
// CHECK-NEXT: "|h|\xc3|\xa9|l|l|o|"
// CHECK-NEXT: "|h|\xc3|\xa9|L|L|o|"
// CHECK-NEXT: "|h|\xc3|\xa9LL|o|"
// CHECK-NEXT: HI_ _w_0_r_l_d_
// CHECK-NEXT: "h?\xa9llo"
// CHECK-NEXT: 50000 AbcdefghijAb 5000
// CHECK-NEXT: 50000 <nil> 5000
// CHECK-NEXT: 50000 <nil> 2
// CHECK-NEXT: recovered: strings.NewReplacer: odd argument count
// CHECK-NEXT: 168
