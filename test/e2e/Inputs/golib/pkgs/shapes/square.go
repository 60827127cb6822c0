package shapes

const Sides = 4

type Square struct{ Rect }

func NewSquare(s int) Square {
	return Square{Rect{W: s, H: s, label: "square"}}
}

var registry = []string{"rect", "square"}

// Total sums the areas of any shapes, the program's too.
func Total(ss ...Shape) int {
	t := 0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

// At panics past the end of the registry.
func At(i int) string { return registry[i] }

// Apply calls f, a function value of another package.
func Apply(f func(int) int, x int) int { return f(x) }
