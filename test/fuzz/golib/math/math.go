// Package math: the fuzzer's stub (../README.md).
package math

const (
	Pi         = 3.14159265358979323846264338327950288419716939937510582097494459
	MaxInt64   = 1<<63 - 1
	MinInt64   = -1 << 63
	MaxUint32  = 1<<32 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
)

func Sqrt(x float64) float64           { return x }
func Abs(x float64) float64            { return x }
func Inf(sign int) float64             { return 0 }
func NaN() float64                     { return 0 }
func IsNaN(f float64) bool             { return f != f }
func Float64bits(f float64) uint64     { return 0 }
func Float64frombits(b uint64) float64 { return 0 }
