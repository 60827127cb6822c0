// String building: 300,000 rounds of decimal formatting by hand, string
// concatenation in a loop, []byte appends, conversions string <-> []byte
// and string <-> []rune (with multi-byte UTF-8), range over a string by
// rune, indexing, slicing, comparison and a naive substring search.
// Measures the allocator and the string and slice operations of the
// language itself. The checksum folds in a hash of every string built.
package main

const rounds = 300000

// words mixes ASCII and 2-, 3- and 4-byte UTF-8 sequences.
var words = []string{
	"gopher", "héllo", "wörld", "Grüße", "世界", "señal", "✓ok", "𝔊o",
	"stack", "ünïcödé", "Ω", "channel",
}

// itoa formats v in decimal, building the digits backwards in an array.
func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := v < 0
	if neg {
		v = -v
	}
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// mix folds the bytes of s into h (FNV-1a).
func mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// reverseRunes reverses s by runes, through a []rune.
func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// upper turns the ASCII lower-case letters of s upper-case, through a
// []byte.
func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// index returns the first byte offset of sub in s, or -1, by comparing
// slices of s.
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	h := uint64(14695981039346656037)
	runeSum, found, less := 0, 0, 0
	var out []byte
	prev := ""
	for i := 0; i < rounds; i++ {
		// Concatenation in a loop: a line of eight fields.
		line := ""
		for j := 0; j < 8; j++ {
			line += words[(i+j)%len(words)] + "=" + itoa(i*j-3*j) + ";"
		}
		h = mix(h, line)
		// Range by rune: rune values and their byte offsets.
		for k, r := range line {
			runeSum += int(r) ^ k
		}
		rev := reverseRunes(line)
		h = mix(h, rev)
		up := upper(line[len(line)/3:])
		h = mix(h, up)
		if p := index(line, "ok"); p >= 0 {
			found += p
		}
		if line < prev {
			less++
		}
		prev = line
		// []byte appends: a growing buffer, cut back when large.
		out = append(out, line[:len(line)/2]...)
		out = append(out, '\n')
		if len(out) > 1<<16 {
			h = mix(h, string(out[len(out)-100:]))
			out = out[:0]
		}
	}
	println("checksum", h, runeSum, found, less, len(out))
}
