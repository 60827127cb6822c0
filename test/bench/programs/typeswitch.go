// Type switches: a slice of 1,000 interface{} values of six dynamic
// types (int, string, float64, a struct, a pointer and a named slice
// type) in a pseudo-random order, and 1,000,000 passes of a type switch
// over each (a case per type, each binding the value). The checksum: the
// sum of what each case folds in (xor the pass, so that no pass can be
// computed once for all).
package main

const (
	values = 1000
	passes = 1000000
)

type Point struct{ x, y int }

type List []int

type rng struct{ state uint64 }

func (r *rng) next() uint32 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return uint32(r.state >> 32)
}

func classify(v interface{}) int {
	switch x := v.(type) {
	case int:
		return x
	case string:
		return len(x)
	case float64:
		return int(x)
	case Point:
		return x.x - x.y
	case *Point:
		return x.y
	case List:
		return len(x)
	}
	return -1
}

func main() {
	r := &rng{state: 2011}
	vs := make([]interface{}, values)
	for i := range vs {
		n := int(r.next() % 100)
		switch r.next() % 6 {
		case 0:
			vs[i] = n
		case 1:
			vs[i] = "abcdefghij"[:n%10]
		case 2:
			vs[i] = float64(n) + 0.5
		case 3:
			vs[i] = Point{n, n / 2}
		case 4:
			vs[i] = &Point{n, n * 2}
		default:
			vs[i] = make(List, n%7)
		}
	}
	sum := 0
	for p := 0; p < passes; p++ {
		for _, v := range vs {
			sum += classify(v) ^ p
		}
	}
	println("checksum", sum)
}
