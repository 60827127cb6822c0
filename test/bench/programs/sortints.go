// Sorting: sort.Ints of 1,000,000 pseudo-random ints (a xorshift stream,
// so every implementation sorts the same data), then of the sorted slice
// with a tenth of its elements changed, and sort.Sort of a reversed run.
// Measures golib's pdqsort against Go's. The checksum folds in elements
// of every result.
package main

import "sort"

const n = 1000000

func main() {
	a := make([]int, n)
	x := uint64(88172645463325252)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1000000007)
	}
	sort.Ints(a)
	sum := uint64(0)
	for i := 0; i < n; i += 997 {
		sum = sum*31 + uint64(a[i])
	}
	for i := 0; i < n; i += 10 {
		a[i] = (a[i] * 7) % 1000003
	}
	sort.Ints(a)
	for i := 0; i < n; i += 991 {
		sum = sum*31 + uint64(a[i])
	}
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	for i := 0; i < n; i += 983 {
		sum = sum*31 + uint64(a[i])
	}
	println("checksum", sum, sort.IntsAreSorted(a))
}
