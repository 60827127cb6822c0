// Package sort: Go 1.19's sorting and searching. Sort is pattern-defeating
// quicksort (pdq.go) and Stable insertion-sorted blocks merged in place
// (stable.go), each making the same calls to Less and Swap as Go 1.19's,
// so elements that compare equal end in the same order.
package sort

// A collection sortable by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// bitLen is the number of bits needed to write n (0 for 0).
func bitLen(n uint) int {
	k := 0
	for ; n != 0; n >>= 1 {
		k++
	}
	return k
}

// Sort sorts data in increasing order, not stably; it falls back to
// heapsort after bitLen(n) unbalanced partitions.
func Sort(data Interface) {
	n := data.Len()
	if n > 1 {
		pdqsort(data, 0, n, bitLen(uint(n)))
	}
}

// Stable sorts data keeping equal elements in their order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether no element is less than the one before it.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse is data in decreasing order.
func Reverse(data Interface) Interface { return &reversed{data} }

// IntSlice sorts []int increasingly.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts []float64 increasingly, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts []string increasingly.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
