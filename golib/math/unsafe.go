package math

// A float's bits, and back: the compiler writes these bodies (a bit cast;
// tools/gort/CGIntrinsics.cpp), as Go's compiler does.

// Float64bits returns the IEEE 754 bits of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 bits are b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 bits of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 bits are b.
func Float32frombits(b uint32) float32
