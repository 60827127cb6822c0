package math

// Where Go 1.19's math uses assembly or an instruction on one target,
// this package does what that code does there (in Go), chosen by goarch.
const (
	archAMD64 = 1
	arch386   = 2
	archARM   = 3
)

// goarch returns the target, archAMD64, arch386 or archARM: a constant
// the compiler writes.
func goarch() int

// x86HasFMA reports whether the CPU has AVX and FMA, which Go's Exp on
// amd64 uses; the runtime answers (runtime/math.cpp).
func x86HasFMA() bool

// fmaAMD64 is x·y+z rounded once, by the FMA instruction (compiled for
// amd64 only, called only when x86HasFMA).
func fmaAMD64(x, y, z float64) float64
