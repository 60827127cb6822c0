// golib's bytes on 4000 random inputs (a fixed-seed generator of its
// own): every function's results folded into a checksum, with their
// lengths, capacities, nil-ness and where they start in the argument's
// array; Buffer and Reader under random operations; a checksum every 500
// rounds.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"bytes"
	"unicode"
)

var seed uint64 = 19

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var pieces = []string{"", "a", "b", "ab", "A", "K", "\u212a", "s", "\u017f", " ", "\t", "\n", "\u0085",
	"\u00a0", "\u3000", "é", "É", "ß", "σ", "Σ", "ς", "世", "\U0001F600", "\xff", "\xe2\x82", "\x80",
	"\ufffd", "ǅ", "İ", "Ⱥ", "x", "aba", "-", ",", "\x00", "1", "_"}

func randString(max int) string {
	s := ""
	for n := next(max + 1); n > 0; n-- {
		s += pieces[next(len(pieces))]
	}
	return s
}

// randBytes returns a new slice of a random string: nil now and then when
// it is empty, with spare capacity now and then.
func randBytes(max int) []byte {
	s := randString(max)
	if s == "" && next(3) == 0 {
		return nil
	}
	b := make([]byte, len(s), len(s)+next(2)*next(4))
	copy(b, s)
	return b
}

var sum uint32

func mix(v int) { sum = sum*31 + uint32(v) }

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// offset is where x starts in arg's array, -1 if elsewhere, -2 if x has
// no capacity.
func offset(arg, x []byte) int {
	if cap(x) == 0 {
		return -2
	}
	first := &x[:cap(x)][0]
	all := arg[:cap(arg)]
	for k := range all {
		if &all[k] == first {
			return k
		}
	}
	return -1
}

// mixb folds a slice result of f(arg) into the sum.
func mixb(arg, x []byte) {
	for _, c := range x {
		mix(int(c))
	}
	mix(len(x))
	mix(cap(x))
	mix(bit(x == nil))
	mix(offset(arg, x))
}

func mixs(s string) {
	for i := 0; i < len(s); i++ {
		mix(int(s[i]))
	}
	mix(len(s))
}

func mixl(arg []byte, l [][]byte) {
	mix(len(l))
	mix(cap(l))
	mix(bit(l == nil))
	for _, x := range l {
		mixb(arg, x)
	}
}

var calls int

func isSpaceCounted(r rune) bool { calls++; mix(int(r)); return unicode.IsSpace(r) }

func pair(a, b []byte, t string, n int) {
	mix(bit(bytes.Equal(a, b)))
	mix(bytes.Compare(a, b))
	mix(bit(bytes.EqualFold(a, b)))
	mix(bit(bytes.Contains(a, b)))
	mix(bit(bytes.ContainsAny(a, t)))
	mix(bytes.Index(a, b))
	mix(bytes.LastIndex(a, b))
	mix(bytes.IndexAny(a, t))
	mix(bytes.LastIndexAny(a, t))
	mix(bit(bytes.HasPrefix(a, b)))
	mix(bit(bytes.HasSuffix(a, b)))
	mix(bytes.Count(a, b))
	mixl(a, bytes.Split(a, b))
	mixl(a, bytes.SplitAfter(a, b))
	mixl(a, bytes.SplitN(a, b, n))
	mixl(a, bytes.SplitAfterN(a, b, n))
	mixb(a, bytes.Trim(a, t))
	mixb(a, bytes.TrimLeft(a, t))
	mixb(a, bytes.TrimRight(a, t))
	mixb(a, bytes.TrimPrefix(a, b))
	mixb(a, bytes.TrimSuffix(a, b))
	before, after, found := bytes.Cut(a, b)
	mixb(a, before)
	mixb(a, after)
	mix(bit(found))
	u := randBytes(2)
	mixb(a, bytes.Replace(a, b, u, n))
	mixb(a, bytes.ReplaceAll(a, b, u))
	mixb(a, bytes.Join([][]byte{a, b, u}, b))
	mixb(a, bytes.ToValidUTF8(a, b))
}

func single(a []byte) {
	mixl(a, bytes.Fields(a))
	mixb(a, bytes.ToUpper(a))
	mixb(a, bytes.ToLower(a))
	mixb(a, bytes.ToTitle(a))
	mixb(a, bytes.Title(a))
	mixb(a, bytes.TrimSpace(a))
	for _, r := range bytes.Runes(a) {
		mix(int(r))
	}
	for _, r := range []rune{'a', 0x212A, ' ', 0xFFFD, -1, '世', 0x1F600} {
		mix(bytes.IndexRune(a, r))
	}
	mix(bytes.IndexByte(a, 0x80))
	mix(bytes.LastIndexByte(a, 'a'))
	calls = 0
	mixl(a, bytes.FieldsFunc(a, isSpaceCounted))
	mixb(a, bytes.TrimFunc(a, isSpaceCounted))
	mixb(a, bytes.TrimLeftFunc(a, isSpaceCounted))
	mixb(a, bytes.TrimRightFunc(a, isSpaceCounted))
	mix(bytes.IndexFunc(a, isSpaceCounted))
	mix(bytes.LastIndexFunc(a, isSpaceCounted))
	mix(calls)
	mixb(a, bytes.Map(func(r rune) rune {
		if r == 'a' || r == 0xFFFD {
			return -1
		}
		return unicode.SimpleFold(r)
	}, a))
	mixb(a, bytes.Repeat(a, next(4)))
}

func mixErr(err error) {
	if err == nil {
		mix(-1)
		return
	}
	mix(len(err.Error()))
}

// buffer runs random operations on a Buffer.
func buffer() {
	b := bytes.NewBuffer(randBytes(6))
	for n := next(30); n > 0; n-- {
		switch next(13) {
		case 0:
			k, err := b.WriteString(randString(3))
			mix(k)
			mixErr(err)
		case 1:
			k, _ := b.WriteRune([]rune{'a', 0xFFFD, -1, '世', 0x1F600}[next(5)])
			mix(k)
		case 2:
			b.WriteByte(byte(next(256)))
		case 3:
			k, _ := b.Write(randBytes(4))
			mix(k)
		case 4:
			b.Grow(next(100))
		case 5:
			b.Truncate(next(b.Len() + 1))
		case 6:
			p := make([]byte, next(5))
			k, err := b.Read(p)
			mix(k)
			mixErr(err)
			mixb(nil, p[:k])
		case 7:
			mixb(nil, b.Next(next(6)))
		case 8:
			c, err := b.ReadByte()
			mix(int(c))
			mixErr(err)
		case 9:
			r, size, err := b.ReadRune()
			mix(int(r))
			mix(size)
			mixErr(err)
		case 10:
			mixErr(b.UnreadByte())
			mixErr(b.UnreadRune())
		case 11:
			line, err := b.ReadBytes(",a\xff"[next(3)])
			mixb(nil, line)
			mixErr(err)
		case 12:
			s, err := b.ReadString(' ')
			mix(len(s))
			mixErr(err)
		}
		mix(b.Len())
		mix(b.Cap())
		mixs(b.String())
	}
}

// reader runs random operations on a Reader.
func reader() {
	s := randBytes(6)
	r := bytes.NewReader(s)
	for n := next(20); n > 0; n-- {
		switch next(7) {
		case 0:
			p := make([]byte, next(5))
			k, err := r.Read(p)
			mix(k)
			mixErr(err)
		case 1:
			p := make([]byte, next(5))
			k, err := r.ReadAt(p, int64(next(len(s)+3)-1))
			mix(k)
			mixErr(err)
		case 2:
			c, err := r.ReadByte()
			mix(int(c))
			mixErr(err)
		case 3:
			c, size, err := r.ReadRune()
			mix(int(c))
			mix(size)
			mixErr(err)
		case 4:
			mixErr(r.UnreadByte())
		case 5:
			mixErr(r.UnreadRune())
		case 6:
			pos, err := r.Seek(int64(next(len(s)+5)-3), next(4))
			mix(int(pos))
			mixErr(err)
		}
		mix(r.Len())
	}
}

func main() {
	for i := 1; i <= 4000; i++ {
		a, b := randBytes(8), randBytes(2)
		if next(4) == 0 && len(a) > 2 {
			// A separator that certainly occurs.
			j := next(len(a))
			b = a[j : j+next(len(a)-j)]
		}
		pair(a, b, randString(2), next(6)-1)
		single(a)
		buffer()
		reader()
		if i%500 == 0 {
			println(i, sum)
		}
	}
}

// CHECK: 500 3871421245
// CHECK-NEXT: 1000 3230907636
// CHECK-NEXT: 1500 1616255531
// CHECK-NEXT: 2000 2837810092
// CHECK-NEXT: 2500 3776529314
// CHECK-NEXT: 3000 975045730
// CHECK-NEXT: 3500 407742251
// CHECK-NEXT: 4000 1658853072
// CHECK-NOT: {{.}}
