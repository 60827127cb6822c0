package math

// Sqrt returns the square root of x, correctly rounded (the hardware's
// instruction on every target, as in Go; the compiler writes the body):
// Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, NaN for x < 0 or NaN.
func Sqrt(x float64) float64
