// Package list is a doubly linked list, as Go 1.19's container/list.
// A List is a ring through a sentinel Element, its root; the zero List is
// empty and ready to use (linked up at its first insertion).
package list

// An Element is one item of a List.
type Element struct {
	next, prev *Element
	list       *List // the List holding it, nil once removed
	Value      any
}

// Next returns the following element, or nil.
func (e *Element) Next() *Element {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

// Prev returns the preceding element, or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// A List is a doubly linked list.
type List struct {
	root Element // the sentinel: root.next is the front, root.prev the back
	len  int     // elements, the root not counted
}

// Init empties l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

// Len returns the number of elements, in constant time.
func (l *List) Len() int { return l.len }

// Front returns the first element, or nil.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element, or nil.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit links up a zero List.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// insertAfter links e in after at and returns it.
func (l *List) insertAfter(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

func (l *List) insertValue(v any, at *Element) *Element {
	return l.insertAfter(&Element{Value: v}, at)
}

// unlink takes e out of l.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// move moves e to after at.
func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
}

// Remove removes e if it is in l, and returns its value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts v at the front.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, &l.root)
}

// PushBack inserts v at the back.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, l.root.prev)
}

// InsertBefore inserts v before mark, if mark is in l (else nil).
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark.prev)
}

// InsertAfter inserts v after mark, if mark is in l (else nil).
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark)
}

// MoveToFront moves e, if in l, to the front.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}

// MoveToBack moves e, if in l, to the back.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}

// MoveBefore moves e before mark, both in l.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}

// MoveAfter moves e after mark, both in l.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}

// PushBackList appends copies of other's values (other may be l).
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	e := other.Front()
	for i := other.Len(); i > 0; i-- {
		l.insertValue(e.Value, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values (other may be l).
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	e := other.Back()
	for i := other.Len(); i > 0; i-- {
		l.insertValue(e.Value, &l.root)
		e = e.Prev()
	}
}
