// Calendar dates: the proleptic Gregorian calendar in UTC, by whole days
// since 1970 (Howard Hinnant's conversions between days and civil dates,
// which count in 400-year eras starting in March).

package time

import "strconv"

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April",
	"May", "June", "July", "August", "September", "October", "November",
	"December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + strconv.FormatUint(uint64(uint(m)), 10) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + strconv.FormatUint(uint64(uint(d)), 10) + ")"
}

// floorDiv is a/b rounded down, and the remainder in [0, b).
func floorDiv(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// civil is the date of the day z days after 1970-01-01.
func civil(z int64) (year int, month Month, day int) {
	era, doe := floorDiv(z+719468, 146097) // 719468: 0000-03-01 to 1970
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153 // months since March
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= February {
		year++
	}
	return
}

// daysSince1970 is the inverse of civil, for a month in [1, 12] and any
// day (days past the month's end run into the next).
func daysSince1970(year int, month Month, day int) int64 {
	y := int64(year)
	if month <= February {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := int64(month) - 3
	if mp < 0 {
		mp += 12
	}
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// days is t's day since 1970 and the seconds into it.
func (t Time) days() (int64, int64) {
	return floorDiv(t.sec-unixToInternal, secondsPerDay)
}

func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

func (t Time) Year() int    { y, _, _ := t.Date(); return y }
func (t Time) Month() Month { _, m, _ := t.Date(); return m }
func (t Time) Day() int     { _, _, d := t.Date(); return d }
func (t Time) Hour() int    { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int  { _, m, _ := t.Clock(); return m }
func (t Time) Second() int  { _, _, s := t.Clock(); return s }

func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Weekday: 1970-01-01 was a Thursday.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+4, 7)
	return Weekday(w)
}

func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civil(d)
	return int(d-daysSince1970(y, January, 1)) + 1
}

// normalize carries lo's excess over [0, base) into hi.
func normalize(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date is the time of that date and clock in loc (which is UTC), with
// each field out of its range carried into the next larger, as Go does.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = normalize(year, m, 12)
	sec, nsec = normalize(sec, nsec, 1e9)
	min, sec = normalize(min, sec, 60)
	hour, min = normalize(hour, min, 60)
	day, hour = normalize(day, hour, 24)
	d := daysSince1970(year, Month(m+1), 1) + int64(day-1)
	s := d*secondsPerDay + int64(hour*3600+min*60+sec)
	return Time{sec: s + unixToInternal, nsec: int32(nsec)}
}

// String is the time as Go's layout "2006-01-02 15:04:05.999999999 -0700
// MST" writes it, then " m=±s.nnnnnnnnn" for a monotonic reading.
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := make([]byte, 0, 64)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = pad(b, y, 4)
	b = append(b, '-')
	b = pad(b, int(mo), 2)
	b = append(b, '-')
	b = pad(b, d, 2)
	b = append(b, ' ')
	b = pad(b, h, 2)
	b = append(b, ':')
	b = pad(b, mi, 2)
	b = append(b, ':')
	b = pad(b, s, 2)
	if t.nsec != 0 {
		f := pad(nil, int(t.nsec), 9)
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		b = append(b, '.')
		b = append(b, f...)
	}
	b = append(b, " +0000 UTC"...)
	if t.hasMono {
		m := uint64(t.mono)
		b = append(b, " m="...)
		if t.mono < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		whole := m / 1e9
		if whole >= 1e9 {
			b = strconv.AppendUint(b, whole/1e9, 10)
			b = pad(b, int(whole%1e9), 9)
		} else {
			b = strconv.AppendUint(b, whole, 10)
		}
		b = append(b, '.')
		b = pad(b, int(m%1e9), 9)
	}
	return string(b)
}

// pad appends v in decimal with zeros in front to width digits.
func pad(b []byte, v int, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
