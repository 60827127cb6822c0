// Package base is imported by shapes and by the program: it is
// initialized once, first.
package base

var Unit = unit()

func unit() int {
	println("base: var Unit")
	return 1
}

func init() { println("base: init") }

// Scale multiplies by Factor.
var Factor = 2 * Unit

func Scale(x int) int { return x * Factor }
