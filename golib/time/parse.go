package time

import "errors"

// durationUnits are ParseDuration's units in nanoseconds (both spellings
// of the micro sign).
var durationUnits = map[string]uint64{
	"ns": 1,
	"us": 1e3, "µs": 1e3, "μs": 1e3,
	"ms": 1e6,
	"s":  1e9,
	"m":  60e9,
	"h":  3600e9,
}

// ParseDuration parses a signed sequence of decimal numbers, each with an
// optional fraction and a unit ("1h30m", "-1.5s", "300ms"), as Go 1.19's.
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	invalid := errors.New("time: invalid duration " + quote(orig))
	if s == "" {
		return 0, invalid
	}
	var d uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return 0, invalid
		}
		n := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalid
		}
		s = rest
		digits := n != len(s)
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			f, scale, s = leadingFraction(s)
			digits = digits || n != len(s)
		}
		if !digits {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unit, ok := durationUnits[s[:i]]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(s[:i]) + " in duration " + quote(orig))
		}
		s = s[i:]
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			// A float64 holds the fraction of an hour to the nanosecond.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

// leadingInt consumes the leading digits of s; ok is false past 2^63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, s, false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, s, false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading digits of s as the fraction
// x/scale, ignoring the digits beyond what 63 bits hold.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote quotes s as the time package's errors do: with \x escapes for
// bytes of non-ASCII and control characters.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, '"'))
}
