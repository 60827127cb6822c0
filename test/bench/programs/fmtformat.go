// Formatting: 200,000 rounds of fmt.Sprintf with the common verbs (%d,
// %5.2f, %s, %x, %q, %v of a struct and a slice, %-8s|, %08.3e), and of
// strconv's Itoa, FormatFloat (shortest and fixed), Quote and AppendInt.
// Measures fmt's and strconv's formatting paths and the allocations they
// make. The checksum folds in a hash of every string built.
package main

import (
	"fmt"
	"strconv"
)

const rounds = 200000

type point struct {
	X, Y int
	Name string
}

var words = []string{"gopher", "héllo", "tab\there", "世界", "quote\"d", "x"}

// mix folds the bytes of s into h (FNV-1a).
func mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	h := uint64(14695981039346656037)
	buf := make([]byte, 0, 64)
	for i := 0; i < rounds; i++ {
		w := words[i%len(words)]
		f := float64(i) / 7
		h = mix(h, fmt.Sprintf("%d %5.2f %s %x", i, f, w, i*31))
		h = mix(h, fmt.Sprintf("%q %v|%-8s|%08.3e", w, point{i, -i, w}, w, f*1e5))
		h = mix(h, fmt.Sprint(i, w, []int{i, i + 1}))
		h = mix(h, strconv.Itoa(i*-7))
		h = mix(h, strconv.FormatFloat(f, 'g', -1, 64))
		h = mix(h, strconv.FormatFloat(f*3.5, 'f', 3, 64))
		h = mix(h, strconv.Quote(w))
		buf = strconv.AppendInt(buf[:0], int64(i)<<20, 16)
		h = mix(h, string(buf))
	}
	println("checksum", h)
}
