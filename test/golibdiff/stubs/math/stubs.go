// Go stand-ins for golib/math's bodyless functions (the compiler and
// gort's runtime define them), so that difftest.sh builds the package
// with Go.
package math

import (
	stdmath "math"
	"os"
	"runtime"
	"strings"
)

func Float64bits(f float64) uint64     { return stdmath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return stdmath.Float64frombits(b) }
func Float32bits(f float32) uint32     { return stdmath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return stdmath.Float32frombits(b) }
func Sqrt(x float64) float64           { return stdmath.Sqrt(x) }
func fmaAMD64(x, y, z float64) float64 { return stdmath.FMA(x, y, z) }

func goarch() int {
	switch runtime.GOARCH {
	case "amd64":
		return archAMD64
	case "386":
		return arch386
	}
	return archARM
}

var hasFMA = func() bool {
	b, _ := os.ReadFile("/proc/cpuinfo")
	f := " " + string(b) + " "
	return runtime.GOARCH == "amd64" && strings.Contains(f, " fma ") && strings.Contains(f, " avx ")
}()

func x86HasFMA() bool { return hasFMA }

// hypot387 is only called on 386, where Go's Hypot is that x87 code.
func hypot387(p, q float64) float64 { return stdmath.Hypot(p, q) }
