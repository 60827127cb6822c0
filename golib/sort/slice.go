// Sorting slices of any type through a less function, by reflection.

package sort

import "reflect"

// byFunc sorts n elements with less and a swapper.
type byFunc struct {
	less func(i, j int) bool
	swap func(i, j int)
	n    int
}

func (s byFunc) Len() int           { return s.n }
func (s byFunc) Less(i, j int) bool { return s.less(i, j) }
func (s byFunc) Swap(i, j int)      { s.swap(i, j) }

// Slice sorts the slice x by less, not stably.
func Slice(x interface{}, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := reflect.ValueOf(x).Len()
	pdqsort(byFunc{less, swap, n}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x by less, keeping equal elements in order.
func SliceStable(x interface{}, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := reflect.ValueOf(x).Len()
	stable(byFunc{less, swap, n}, n)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	for i := reflect.ValueOf(x).Len() - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
