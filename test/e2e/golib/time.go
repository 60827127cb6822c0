// Package time from golib: Duration's String (every unit, fractions,
// extremes), Seconds/Minutes/Hours, Round, Truncate, Abs; Date's
// normalization, the calendar (leap years, negative years, weekdays), Unix
// times, Time's String, Sub, Add, Before/After/Equal; Sleep, Since, a
// Timer, After, AfterFunc and a Ticker; NewTicker's panic.
// Expected output: Go 1.19 (`go run`), on a machine whose time zone is UTC.
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "time"

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 1500000, 1000000000, 1500 * time.Millisecond, 90 * time.Minute, -3723 * time.Second, 1<<63 - 1, -1 << 63, 100 * time.Hour} {
		println(d.String(), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Round(time.Hour).String(), d.Truncate(time.Second).String(), d.Abs().String())
	}
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	println(t.String(), t.Weekday().String(), t.YearDay(), t.Unix())
	t2 := time.Date(2023, 14, 35, 25, 61, -1, 1500000000, time.UTC)
	println(t2.String(), t2.Month().String(), t2.Day(), t2.UnixNano())
	println(time.Time{}.String(), time.Time{}.IsZero(), time.Unix(0, 0).String(), time.Unix(-1, 5).String())
	println(time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC).Weekday().String(), time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC).String())
	println(time.Month(13).String(), time.Weekday(-1).String() != "", time.Month(-2).String() != "", time.Weekday(7).String())
	println(t.Add(36*time.Hour).Sub(t).String(), t.Before(t2), t.After(t2), t.Equal(t))
	println(time.UnixMilli(1700000000123).String())
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println(el >= 20*time.Millisecond, el < 2*time.Second)
	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	println("timer", timer.Stop(), timer.Reset(time.Hour), timer.Stop())
	select {
	case <-time.After(10 * time.Millisecond):
		println("after")
	}
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	<-done
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	println("ticks", n)
	defer func() { println("recovered:", recover().(error).Error()) }()
	time.NewTicker(0)
}

// CHECK: 0s +0.000000e+000 +0.000000e+000 +0.000000e+000 0 0s 0s 0s
// CHECK-NEXT: 1ns +1.000000e-009 +1.666667e-011 +2.777778e-013 0 0s 0s 1ns
// CHECK-NEXT: 999ns +9.990000e-007 +1.665000e-008 +2.775000e-010 0 0s 0s 999ns
// CHECK-NEXT: 1µs +1.000000e-006 +1.666667e-008 +2.777778e-010 0 0s 0s 1µs
// CHECK-NEXT: 1.5µs +1.500000e-006 +2.500000e-008 +4.166667e-010 0 0s 0s 1.5µs
// CHECK-NEXT: 1.5ms +1.500000e-003 +2.500000e-005 +4.166667e-007 1 0s 0s 1.5ms
// CHECK-NEXT: 1s +1.000000e+000 +1.666667e-002 +2.777778e-004 1000 0s 1s 1s
// CHECK-NEXT: 1.5s +1.500000e+000 +2.500000e-002 +4.166667e-004 1500 0s 1s 1.5s
// CHECK-NEXT: 1h30m0s +5.400000e+003 +9.000000e+001 +1.500000e+000 5400000 2h0m0s 1h30m0s 1h30m0s
// CHECK-NEXT: -1h2m3s -3.723000e+003 -6.205000e+001 -1.034167e+000 -3723000 -1h0m0s -1h2m3s 1h2m3s
// CHECK-NEXT: 2562047h47m16.854775807s +9.223372e+009 +1.537229e+008 +2.562048e+006 9223372036854 2562047h47m16.854775807s 2562047h47m16s 2562047h47m16.854775807s
// CHECK-NEXT: -2562047h47m16.854775808s -9.223372e+009 -1.537229e+008 -2.562048e+006 -9223372036854 -2562047h47m16.854775808s -2562047h47m16s 2562047h47m16.854775807s
// CHECK-NEXT: 100h0m0s +3.600000e+005 +6.000000e+003 +1.000000e+002 360000000 100h0m0s 100h0m0s 100h0m0s
// CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC Tuesday 314 1257894000
// CHECK-NEXT: 2024-03-07 02:01:00.5 +0000 UTC March 7 1709776860500000000
// CHECK-NEXT: 0001-01-01 00:00:00 +0000 UTC true 1970-01-01 00:00:00 +0000 UTC 1969-12-31 23:59:59.000000005 +0000 UTC
// CHECK-NEXT: Tuesday -0005-03-01 00:00:00 +0000 UTC
// CHECK-NEXT: %!Month(13) true true %!Weekday(7)
// CHECK-NEXT: 36h0m0s true false true
// CHECK-NEXT: 2023-11-14 22:13:20.123 +0000 UTC
// CHECK-NEXT: true true
// CHECK-NEXT: timer false false true
// CHECK-NEXT: after
// CHECK-NEXT: ticks 3
// CHECK-NEXT: recovered: non-positive interval for NewTicker
