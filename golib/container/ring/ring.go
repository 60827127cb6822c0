// Package ring is a circular list, as Go 1.19's container/ring. A Ring is
// one element of it and the whole ring; the zero Ring is a ring of one.
// There is no empty ring but the nil *Ring.
package ring

// A Ring is an element of a circular list.
type Ring struct {
	next, prev *Ring
	Value      any
}

// init makes a zero Ring a ring of one.
func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next element.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

// Prev returns the previous element.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.prev
}

// Move returns the element n steps forward (back for negative n).
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.init()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New returns a ring of n elements, nil for n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects s after r and returns r's old next. With r and s in
// different rings that splices s's ring in; in the same ring it removes
// the elements between r and s, returned as a ring of their own.
func (r *Ring) Link(s *Ring) *Ring {
	n := r.Next()
	if s != nil {
		p := s.Prev()
		r.next = s
		s.prev = r
		n.prev = p
		p.next = n
	}
	return n
}

// Unlink removes the n (mod Len) elements after r and returns them as a
// ring, nil for n <= 0.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len returns the number of elements, counting them.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element's value, forward from r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
