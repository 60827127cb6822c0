// Package time: the fuzzer's stub (../README.md).
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

type Time struct{ ns int64 }

func (d Duration) Seconds() float64 { return float64(d) / 1e9 }
func (d Duration) String() string   { return "" }
func (t Time) Sub(u Time) Duration  { return Duration(t.ns - u.ns) }
func (t Time) UnixNano() int64      { return t.ns }
func Now() Time                     { return Time{} }
func Since(t Time) Duration         { return Now().Sub(t) }
func Sleep(d Duration)              {}
func After(d Duration) <-chan Time  { return make(chan Time, 1) }
