// Package heap keeps a min-heap in any sort.Interface that can also Push
// and Pop at its end, as Go 1.19's container/heap does: element 0 is the
// least, and every element i is no greater than its children 2i+1 and
// 2i+2. The same calls to Less and Swap are made as Go's, so the order of
// equal elements is Go's too.
package heap

import "sort"

// Interface is a sort.Interface whose Push appends an element and whose
// Pop removes and returns the last one.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init turns h into a heap, sifting down every parent from the last.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x to the heap.
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the least element.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns element i.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap after element i changed.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j up while it is less than its parent.
func siftUp(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element i of h[:n] down while a child is less, reporting
// whether it moved.
func siftDown(h Interface, i, n int) bool {
	at := i
	for {
		child := 2*at + 1
		if child >= n || child < 0 { // negative: overflowed
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, at) {
			break
		}
		h.Swap(at, child)
		at = child
	}
	return at > i
}
