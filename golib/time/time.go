// Package time: Go 1.19's durations, timers, tickers and instants, on the
// runtime's clocks and timer heap.
//
// Left out for now: Format and Parse with layouts (String's layout is
// written directly), AddDate, Round and Truncate of a Time, and time
// zones: Local is UTC, as on a machine whose /etc/localtime is UTC.
package time

// A Time is an instant: seconds since January 1 of year 1 UTC and
// nanoseconds, plus, from Now, a reading of the monotonic clock that
// Sub, Since, Before, After and Equal prefer when both operands have one.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64 // ns since the package started (startNano)
}

// A Location names a time zone; there are only UTC and Local (the same).
type Location struct {
	name string
}

var (
	utcLoc   = Location{"UTC"}
	localLoc = Location{"Local"}
	UTC      = &utcLoc
	Local    = &localLoc
)

func (l *Location) String() string { return l.name }

const (
	secondsPerDay = 86400
	// Seconds from year 1 to 1970: 1969 years of 365 days plus their
	// leap days.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// unixnano is the wall clock in nanoseconds since 1970.
func unixnano() int64

// The monotonic clock at start, less one, so that readings are positive.
var startNano = runtimeNano() - 1

// Now is the current time, with a monotonic reading.
func Now() Time {
	w := unixnano()
	return Time{sec: w/1e9 + unixToInternal, nsec: int32(w % 1e9),
		hasMono: true, mono: runtimeNano() - startNano}
}

// Unix is the time sec seconds and nsec nanoseconds after 1970 (nsec may
// be outside [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec)}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64         { return t.sec - unixToInternal }
func (t Time) UnixNano() int64     { return (t.sec-unixToInternal)*1e9 + int64(t.nsec) }
func (t Time) UnixMilli() int64    { return (t.sec-unixToInternal)*1e3 + int64(t.nsec)/1e6 }
func (t Time) UnixMicro() int64    { return (t.sec-unixToInternal)*1e6 + int64(t.nsec)/1e3 }
func (t Time) Nanosecond() int     { return int(t.nsec) }
func (t Time) IsZero() bool        { return t.sec == 0 && t.nsec == 0 }
func (t Time) UTC() Time           { return t }
func (t Time) Local() Time         { return t }
func (t Time) Location() *Location { return UTC }

// Add is t+d, keeping the monotonic reading unless it would overflow.
func (t Time) Add(d Duration) Time {
	sec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		sec++
		nsec -= 1e9
	} else if nsec < 0 {
		sec--
		nsec += 1e9
	}
	t.sec += sec
	t.nsec = nsec
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.hasMono, t.mono = false, 0
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub is t-u, saturated at the Duration's limits.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return maxDuration
		case d > 0 && t.mono < u.mono:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Since is Now().Sub(t); Until is t.Sub(Now()).
func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}
