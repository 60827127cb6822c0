// Pattern-defeating quicksort (Orson Peters), as Go 1.19 sorts: insertion
// sort below 13 elements, heapsort when the depth limit is spent, a
// ninther pivot that also says whether the range looks sorted or reversed,
// a bounded insertion pass for nearly sorted ranges, a partition that
// keeps elements equal to the one before the range together, and three
// pseudo-random swaps after an unbalanced partition.

package sort

const (
	smallSort       = 12 // ranges this short are insertion-sorted
	ninther         = 50 // ranges this long take medians of three triples
	nearlySortedMax = 5  // out-of-order pairs the insertion pass repairs
	shiftMin        = 50 // shorter ranges are not repaired
)

// What the pivot's choice saw of the range's order.
const (
	orderUnknown = iota
	orderIncreasing
	orderDecreasing
)

func pdqsort(data Interface, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= smallSort {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, order := choosePivot(data, a, b)
		if order == orderDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			order = orderIncreasing
		}
		if balanced && partitioned && order == orderIncreasing &&
			nearlySorted(data, a, b) {
			return
		}
		// The element before the range is no greater than any in it: if
		// the pivot equals it, everything equal goes left, done.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap at root over [lo, hi), offset by first.
func siftDown(data Interface, root, hi, first int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// partition moves the pivot to a, the elements less than it before and
// the others after the place it then goes to, which it returns; already:
// nothing had to move.
func partition(data Interface, a, b, pivot int) (mid int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	already = true
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			data.Swap(j, a)
			return j, already
		}
		data.Swap(i, j)
		i++
		j--
		already = false
	}
}

// partitionEqual puts the elements equal to the pivot (none is less) first
// and returns where the greater ones begin.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// nearlySorted repairs up to nearlySortedMax out-of-order neighbours by
// shifting each into place both ways; true if [a, b) is then sorted.
func nearlySorted(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < nearlySortedMax; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shiftMin {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements with ones picked by a
// xorshift generator seeded with the length.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(uint(n))) - 1
	mid := a + (n/4)*2
	for i := mid - 1; i <= mid+1; i++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		k := int(uint(r) & mask)
		if k >= n {
			k -= n
		}
		data.Swap(i, a+k)
	}
}

// choosePivot takes the median of the elements at a quarter, half and
// three quarters (of their neighbourhoods too from ninther up); no swap
// in the comparisons means the range looks increasing, all of them
// decreasing.
func choosePivot(data Interface, a, b int) (pivot, order int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= ninther {
			i = medianOfNeighbours(data, i, &swaps)
			j = medianOfNeighbours(data, j, &swaps)
			k = medianOfNeighbours(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, orderIncreasing
	case 12:
		return j, orderDecreasing
	}
	return j, orderUnknown
}

// sorted2 orders two indices by their elements, counting an inversion.
func sorted2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data Interface, a, b, c int, swaps *int) int {
	a, b = sorted2(data, a, b, swaps)
	b, c = sorted2(data, b, c, swaps)
	a, b = sorted2(data, a, b, swaps)
	return b
}

func medianOfNeighbours(data Interface, i int, swaps *int) int {
	return median(data, i-1, i, i+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
