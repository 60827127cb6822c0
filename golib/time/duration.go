// Durations: Go 1.19's Duration, its units and methods.

package time

// A Duration is a span of time in nanoseconds (about 292 years either way).
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String writes d as Go does: "72h3m0.5s", "1.5ms", "2µs", "0s"; the
// largest unit that fits below a second, hours at most above it, and no
// trailing zeros in a fraction.
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	w--
	buf[w] = 's'
	if u < uint64(Second) {
		if u == 0 {
			return "0s"
		}
		digits := 0 // of the fraction
		switch {
		case u < uint64(Microsecond):
			w--
			buf[w] = 'n'
		case u < uint64(Millisecond):
			digits = 3
			w -= 2
			copy(buf[w:], "µ")
		default:
			digits = 6
			w--
			buf[w] = 'm'
		}
		w, u = putFraction(buf[:w], u, digits)
		w = putDecimal(buf[:w], u)
	} else {
		w, u = putFraction(buf[:w], u, 9)
		w = putDecimal(buf[:w], u%60)
		if u /= 60; u > 0 {
			w--
			buf[w] = 'm'
			w = putDecimal(buf[:w], u%60)
			if u /= 60; u > 0 {
				w--
				buf[w] = 'h'
				w = putDecimal(buf[:w], u)
			}
		}
	}
	if d < 0 {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// putFraction writes the low digits of v, a fraction of 10^digits, at the
// end of buf with a point, leaving out trailing zeros (and the point if
// all are); it returns where it began and v without those digits.
func putFraction(buf []byte, v uint64, digits int) (int, uint64) {
	w := len(buf)
	seen := false
	for i := 0; i < digits; i++ {
		d := v % 10
		v /= 10
		if seen = seen || d != 0; seen {
			w--
			buf[w] = byte(d) + '0'
		}
	}
	if seen {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putDecimal writes v at the end of buf and returns where it began.
func putDecimal(buf []byte, v uint64) int {
	w := len(buf)
	for {
		w--
		buf[w] = byte(v%10) + '0'
		if v /= 10; v == 0 {
			return w
		}
	}
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds, Minutes and Hours add the whole units and the rest separately,
// so that the whole part is exact.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// saturating at the extremes (d itself if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if below(r, m) {
			return d + r
		}
		if e := d - m + r; e < d {
			return e
		}
		return minDuration
	}
	if below(r, m) {
		return d - r
	}
	if e := d + m - r; e > d {
		return e
	}
	return maxDuration
}

// below reports whether r is less than half of m, without overflow.
func below(r, m Duration) bool { return uint64(r)+uint64(r) < uint64(m) }

// Abs is |d|, the largest Duration for the smallest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}
