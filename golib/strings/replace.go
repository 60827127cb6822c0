package strings

import (
	"io"
	"sync"
)

// A Replacer replaces a list of strings with replacements, safely from
// several goroutines. At each position the earliest pair whose old string
// matches there wins; the text a replacement produces is not searched
// again. An empty old string matches at every position, between the
// replacements of the others.
type Replacer struct {
	once   sync.Once // builds r
	r      replacer
	oldnew []string // the pairs, until r is built
}

// replacer is one of the algorithms below, chosen by the kind of pairs.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a Replacer of the pairs old, new, ...; it panics
// on an odd count.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns s with all replacements made.
func (r *Replacer) Replace(s string) string {
	r.once.Do(func() { r.build() })
	return r.r.Replace(s)
}

// WriteString writes s with all replacements made to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(func() { r.build() })
	return r.r.WriteString(w, s)
}

// build picks the algorithm, as Go 1.19 does (the choice shows in the
// calls WriteString makes): one pair with a longer old string searches
// for it; single-byte old strings use a table of bytes, or of
// replacement strings; anything else is the general matcher.
func (r *Replacer) build() {
	oldnew := r.oldnew
	r.oldnew = nil
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		r.r = &singleReplacer{old: oldnew[0], new: oldnew[1]}
		return
	}
	oneByte := true // every new string is one byte long
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			r.r = newGenericReplacer(oldnew)
			return
		}
		if len(oldnew[i+1]) != 1 {
			oneByte = false
		}
	}
	// Earlier pairs win: fill the tables from the last pair back.
	if oneByte {
		t := new(byteReplacer)
		for i := range t {
			t[i] = byte(i)
		}
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			t[oldnew[i][0]] = oldnew[i+1][0]
		}
		r.r = t
		return
	}
	t := new(byteStringReplacer)
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		c := oldnew[i][0]
		if !t.has[c] {
			t.olds = append(t.olds, oldnew[i])
		}
		t.has[c] = true
		t.new[c] = oldnew[i+1]
	}
	r.r = t
}

// asStringWriter returns w's WriteString, or one through its Write.
func asStringWriter(w io.Writer) io.StringWriter {
	if sw, ok := w.(io.StringWriter); ok {
		return sw
	}
	return bytesWriter{w}
}

type bytesWriter struct{ w io.Writer }

func (b bytesWriter) WriteString(s string) (int, error) { return b.w.Write([]byte(s)) }

// A genericReplacer matches at each position the earliest pair whose old
// string starts there, finding the candidates by their first byte.
type genericReplacer struct {
	old, new []string
	byFirst  [256][]int // pairs whose old string starts with the byte, earliest first
	empty    int        // the earliest pair with an empty old string, or -1
}

func newGenericReplacer(oldnew []string) *genericReplacer {
	g := &genericReplacer{empty: -1}
	seen := make(map[string]bool)
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if seen[old] { // a repeated old string never wins
			continue
		}
		seen[old] = true
		k := len(g.old)
		g.old = append(g.old, old)
		g.new = append(g.new, oldnew[i+1])
		if old == "" {
			g.empty = k
		} else {
			g.byFirst[old[0]] = append(g.byFirst[old[0]], k)
		}
	}
	return g
}

// match returns the pair that wins at s[i:], or -1; noEmpty leaves out
// the empty old string (which has just matched here).
func (g *genericReplacer) match(s string, i int, noEmpty bool) int {
	best := -1
	if !noEmpty {
		best = g.empty
	}
	if i == len(s) {
		return best
	}
	for _, k := range g.byFirst[s[i]] {
		if best >= 0 && k > best {
			break
		}
		if old := g.old[k]; len(s)-i >= len(old) && s[i:i+len(old)] == old {
			return k
		}
	}
	return best
}

func (g *genericReplacer) Replace(s string) string {
	var b appendWriter
	b = make([]byte, 0, len(s))
	g.WriteString(&b, s)
	return string(b)
}

// WriteString writes the text before each match and the replacement.
// After an empty old string matches, the same position is tried once more
// without it, so that a non-empty match there is still made; the end of
// s is a position too.
func (g *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	last := 0
	afterEmpty := false
	for i := 0; i <= len(s); {
		k := g.match(s, i, afterEmpty)
		afterEmpty = k >= 0 && g.old[k] == ""
		if k < 0 {
			i++
			continue
		}
		m, err := sw.WriteString(s[last:i])
		n += m
		if err != nil {
			return n, err
		}
		m, err = sw.WriteString(g.new[k])
		n += m
		if err != nil {
			return n, err
		}
		i += len(g.old[k])
		last = i
	}
	if last != len(s) {
		var m int
		m, err = sw.WriteString(s[last:])
		n += m
	}
	return n, err
}

// appendWriter collects writes in a slice.
type appendWriter []byte

func (w *appendWriter) Write(p []byte) (int, error) {
	*w = append(*w, p...)
	return len(p), nil
}

func (w *appendWriter) WriteString(s string) (int, error) {
	*w = append(*w, s...)
	return len(s), nil
}

// A singleReplacer replaces one old string of two or more bytes.
type singleReplacer struct {
	old, new string
}

func (r *singleReplacer) Replace(s string) string {
	i := Index(s, r.old)
	if i < 0 {
		return s
	}
	var b Builder
	for ; i >= 0; i = Index(s, r.old) {
		b.Grow(i + len(r.new))
		b.WriteString(s[:i])
		b.WriteString(r.new)
		s = s[i+len(r.old):]
	}
	b.WriteString(s)
	return b.String()
}

// WriteString writes the text before each match (even when empty), the
// replacement, and at the end the rest (even when empty).
func (r *singleReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	for {
		i := Index(s, r.old)
		if i < 0 {
			break
		}
		m, err := sw.WriteString(s[:i])
		n += m
		if err != nil {
			return n, err
		}
		m, err = sw.WriteString(r.new)
		n += m
		if err != nil {
			return n, err
		}
		s = s[i+len(r.old):]
	}
	m, err := sw.WriteString(s)
	return n + m, err
}

// A byteReplacer maps each byte to a byte.
type byteReplacer [256]byte

func (t *byteReplacer) Replace(s string) string {
	var b []byte // made at the first change
	for i := 0; i < len(s); i++ {
		if c := s[i]; t[c] != c {
			if b == nil {
				b = []byte(s)
			}
			b[i] = t[c]
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// WriteString writes through a buffer of up to 32 KiB.
func (t *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	size := 32 << 10
	if len(s) < size {
		size = len(s)
	}
	buf := make([]byte, size)
	for len(s) > 0 {
		k := copy(buf, s)
		s = s[k:]
		for i, c := range buf[:k] {
			buf[i] = t[c]
		}
		m, err := w.Write(buf[:k])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// A byteStringReplacer maps some bytes to strings.
type byteStringReplacer struct {
	has  [256]bool
	new  [256]string
	olds []string // the bytes replaced, as strings, for Count
}

// countCutOff: with at least this many input bytes per replaced byte,
// Count sizes the result; else one pass over the input does.
const countCutOff = 8

func (t *byteStringReplacer) Replace(s string) string {
	size, changed := len(s), false
	if len(t.olds)*countCutOff <= len(s) {
		for _, o := range t.olds {
			if c := Count(s, o); c != 0 {
				size += c * (len(t.new[o[0]]) - 1)
				changed = true
			}
		}
	} else {
		for i := 0; i < len(s); i++ {
			if c := s[i]; t.has[c] {
				size += len(t.new[c]) - 1
				changed = true
			}
		}
	}
	if !changed {
		return s
	}
	b := make([]byte, size)
	j := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; t.has[c] {
			j += copy(b[j:], t.new[c])
		} else {
			b[j] = c
			j++
		}
	}
	return string(b)
}

// WriteString writes the unchanged runs as strings and each replacement
// through w.Write.
func (t *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !t.has[c] {
			continue
		}
		if last != i {
			m, err := sw.WriteString(s[last:i])
			n += m
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		m, err := w.Write([]byte(t.new[c]))
		n += m
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		var m int
		m, err = sw.WriteString(s[last:])
		n += m
	}
	return n, err
}
