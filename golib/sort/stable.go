// Stable sorting in place, as Go 1.19's: blocks of 20 insertion-sorted,
// then merged pairwise by SymMerge (Kim and Kutzner) with rotations made
// of block swaps; O(n log n) calls to Less, O(n log^2 n) to Swap.

package sort

func stable(data Interface, n int) {
	block := 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block)
	}
	insertionSort(data, a, n)
	for ; block < n; block *= 2 {
		a = 0
		for ; a+2*block <= n; a += 2 * block {
			symMerge(data, a, a+block, a+2*block)
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
	}
}

// symMerge merges the sorted runs [a, m) and [m, b).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// One element on the left: binary search its place on the right
		// (after its equals) and bubble it there.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// One on the right: its place on the left, before its equals.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the blocks [a, m) and [m, b) by swapping equal-length
// pieces.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapBlocks(data, m-i, m, j)
			i -= j
		} else {
			swapBlocks(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapBlocks(data, m-i, m, i)
}

func swapBlocks(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
