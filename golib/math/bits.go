package math

// float64's layout.
const (
	signBit  = 1 << 63
	expShift = 52 // the exponent's lowest bit
	expMask  = 0x7FF
	expBias  = 1023
	fracMask = 1<<expShift - 1
	nanBits  = 0x7FF8000000000001 // Go's NaN()
	infBits  = 0x7FF0000000000000
)

// Inf returns +Inf for sign >= 0, else -Inf.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(infBits)
	}
	return Float64frombits(signBit | infBits)
}

// NaN returns a quiet NaN (the one Go returns: 0x7FF8000000000001).
func NaN() float64 {
	return Float64frombits(nanBits)
}

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) bool {
	return f != f
}

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x's sign bit is set (negative or -0).
func Signbit(x float64) bool {
	return Float64bits(x)&signBit != 0
}

// Copysign returns |f| with the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Abs returns |x|: x with its sign bit cleared.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signBit)
}

// scaleSubnormal returns x (finite, nonzero) as y·2^e with y normal: a
// subnormal x is scaled up by 2^52.
func scaleSubnormal(x float64) (y float64, e int) {
	if Abs(x) < 0x1p-1022 {
		return x * (1 << 52), -52
	}
	return x, 0
}
