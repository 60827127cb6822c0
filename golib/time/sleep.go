// Sleeping and timers, on the runtime's timer heap (runtime/time.cpp, Go
// 1.0's time.goc), whose entry points have no bodies here.

package time

// Sleep pauses the goroutine for at least d; at once if d <= 0.
func Sleep(d Duration)

// runtimeTimer is the runtime's GoTimer (docs/ABI.md, "Timers"), field
// for field: when the monotonic clock reaches when, the timer goroutine
// calls f(now, arg), and again every period ns if period > 0.
type runtimeTimer struct {
	i      int32 // its place in the heap, the runtime's
	when   int64
	period int64
	f      func(now int64, arg interface{})
	arg    interface{}
}

func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool

// runtimeNano is the monotonic clock in nanoseconds.
func runtimeNano() int64

// deadline is the monotonic time d from now: now if d <= 0, the end of
// time if that overflows.
func deadline(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// A Timer sends the time on C once, when it expires (unless stopped);
// AfterFunc's calls a function instead.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer is a Timer that expires after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = deadline(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Stop keeps t from firing; false if it had already expired or been
// stopped. It does not drain C.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset makes t expire after d; whether it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	pending := stopTimer(&t.r)
	t.r.when = deadline(d)
	startTimer(&t.r)
	return pending
}

// sendTime delivers the time on the channel arg unless a value is still
// waiting there (the timer goroutine must never block).
func sendTime(now int64, arg interface{}) {
	select {
	case arg.(chan Time) <- Now():
	default:
	}
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d.
func AfterFunc(d Duration, f func()) *Timer {
	t := new(Timer)
	t.r.when = deadline(d)
	t.r.f = goFunc
	t.r.arg = f
	startTimer(&t.r)
	return t
}

func goFunc(now int64, arg interface{}) {
	go arg.(func())()
}
