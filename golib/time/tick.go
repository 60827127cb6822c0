// Tickers: timers that fire every period.

package time

import "errors"

// A Ticker sends the time on C every period, dropping ticks a slow
// receiver has not taken.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker is a Ticker of period d > 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = deadline(d)
	t.r.period = int64(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Stop ends the ticks; C is not closed.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset makes the ticks come every d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(&t.r)
	t.r.when = deadline(d)
	t.r.period = int64(d)
	startTimer(&t.r)
}

// Tick is NewTicker(d).C, nil if d <= 0; the Ticker cannot be stopped.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
