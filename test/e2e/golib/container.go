// Packages container/heap, container/list and container/ring from golib:
// a priority queue with Push, Pop, Fix and Remove (the Less and Swap
// calls counted, the order of equal priorities shown), heap sort of
// random data; every List operation including those given foreign or
// removed elements and the zero List; Ring's New, Link, Unlink, Move,
// Len, Do and the zero Ring.
// Expected output: Go 1.19 (test/tools/goexpect.py).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

var seed = uint32(7)

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

// An item of the priority queue knows its index, for Fix and Remove.
type item struct {
	name     string
	priority int
	index    int
}

type queue struct {
	items       []*item
	less, swaps int
}

func (q *queue) Len() int { return len(q.items) }
func (q *queue) Less(i, j int) bool {
	q.less++
	return q.items[i].priority < q.items[j].priority
}
func (q *queue) Swap(i, j int) {
	q.swaps++
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.items[i].index = i
	q.items[j].index = j
}
func (q *queue) Push(x any) {
	it := x.(*item)
	it.index = len(q.items)
	q.items = append(q.items, it)
}
func (q *queue) Pop() any {
	n := len(q.items)
	it := q.items[n-1]
	q.items[n-1] = nil
	it.index = -1
	q.items = q.items[:n-1]
	return it
}

func (q *queue) show() string {
	var s []string
	for _, it := range q.items {
		s = append(s, fmt.Sprintf("%s:%d", it.name, it.priority))
	}
	return strings.Join(s, " ")
}

func heaps() {
	fmt.Println("== heap")
	q := &queue{}
	var all []*item
	for i := 0; i < 12; i++ {
		it := &item{name: fmt.Sprint("i", i), priority: rnd(6)}
		all = append(all, it)
		q.items = append(q.items, it)
		it.index = i
	}
	heap.Init(q)
	fmt.Println(q.show(), q.less, q.swaps)
	heap.Push(q, &item{name: "new", priority: -1})
	fmt.Println(q.show())
	all[3].priority = 10
	heap.Fix(q, all[3].index)
	all[7].priority = -5
	heap.Fix(q, all[7].index)
	fmt.Println(q.show())
	r := heap.Remove(q, all[5].index).(*item)
	fmt.Println("removed", r.name, r.index, q.show())
	r = heap.Remove(q, q.Len()-1).(*item)
	fmt.Println("removed last", r.name)
	for q.Len() > 0 {
		it := heap.Pop(q).(*item)
		fmt.Print(it.name, ":", it.priority, " ")
	}
	fmt.Println(q.less, q.swaps)
	// Heap sort of random data of many sizes: counts and a digest.
	for _, n := range []int{0, 1, 2, 3, 10, 100, 1000} {
		q := &queue{}
		for i := 0; i < n; i++ {
			heap.Push(q, &item{name: fmt.Sprint(i), priority: rnd(50)})
		}
		h := uint32(0)
		prev := -1
		ok := true
		for q.Len() > 0 {
			it := heap.Pop(q).(*item)
			if it.priority < prev {
				ok = false
			}
			prev = it.priority
			for _, c := range it.name {
				h = h*31 + uint32(c)
			}
		}
		fmt.Println(n, ok, q.less, q.swaps, h)
	}
}

func show(l *list.List) string {
	var s []string
	for e := l.Front(); e != nil; e = e.Next() {
		s = append(s, fmt.Sprint(e.Value))
	}
	var back []string
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, fmt.Sprint(e.Value))
	}
	return fmt.Sprintf("[%s] len %d back [%s]", strings.Join(s, " "), l.Len(), strings.Join(back, " "))
}

func lists() {
	fmt.Println("== list")
	var l list.List
	fmt.Println(show(&l), l.Front() == nil, l.Back() == nil)
	e1 := l.PushBack(1)
	e0 := l.PushFront(0)
	e3 := l.PushBack(3)
	e2 := l.InsertBefore(2, e3)
	e4 := l.InsertAfter(4, e3)
	fmt.Println(show(&l))
	l.MoveToFront(e4)
	l.MoveToBack(e0)
	fmt.Println(show(&l))
	l.MoveBefore(e0, e4)
	l.MoveAfter(e4, e3)
	l.MoveAfter(e1, e1)
	l.MoveToFront(e0)
	l.MoveToBack(e4)
	fmt.Println(show(&l))
	fmt.Println(l.Remove(e2), show(&l), e2.Next() == nil, e2.Prev() == nil)
	fmt.Println(l.Remove(e2), show(&l))
	other := list.New()
	f := other.PushBack("foreign")
	fmt.Println(l.InsertBefore(9, f) == nil, l.InsertAfter(9, f) == nil)
	l.MoveToFront(f)
	l.MoveBefore(e1, f)
	l.MoveAfter(f, e1)
	fmt.Println(l.Remove(f), show(&l), show(other))
	l.PushBackList(other)
	other.PushFrontList(&l)
	fmt.Println(show(&l), show(other))
	l.PushBackList(&l)
	l.PushFrontList(&l)
	fmt.Println(show(&l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(int); ok {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(show(&l))
	l.Init()
	fmt.Println(show(&l), e1.Next() == nil)
	// Random operations checked against a slice.
	l2 := list.New()
	var model []int
	var elems []*list.Element
	for i := 0; i < 300; i++ {
		switch rnd(6) {
		case 0:
			elems = append(elems, l2.PushBack(i))
			model = append(model, i)
		case 1:
			elems = append(elems, l2.PushFront(i))
			model = append([]int{i}, model...)
		case 2, 3:
			if len(elems) > 0 {
				k := rnd(len(elems))
				v := l2.Remove(elems[k]).(int)
				for j, m := range model {
					if m == v {
						model = append(model[:j], model[j+1:]...)
						break
					}
				}
				elems = append(elems[:k], elems[k+1:]...)
			}
		case 4:
			if len(elems) > 0 {
				e := elems[rnd(len(elems))]
				l2.MoveToFront(e)
				v := e.Value.(int)
				for j, m := range model {
					if m == v {
						model = append([]int{v}, append(model[:j:j], model[j+1:]...)...)
						break
					}
				}
			}
		case 5:
			if len(elems) > 0 {
				e := elems[rnd(len(elems))]
				elems = append(elems, l2.InsertAfter(i, e))
				v := e.Value.(int)
				for j, m := range model {
					if m == v {
						model = append(model[:j+1:j+1], append([]int{i}, model[j+1:]...)...)
						break
					}
				}
			}
		}
	}
	got := []int{}
	for e := l2.Front(); e != nil; e = e.Next() {
		got = append(got, e.Value.(int))
	}
	fmt.Println(fmt.Sprint(got) == fmt.Sprint(model), l2.Len(), len(model), got)
}

func rshow(r *ring.Ring) string {
	var s []string
	r.Do(func(v any) { s = append(s, fmt.Sprint(v)) })
	return fmt.Sprintf("(%s) len %d", strings.Join(s, " "), r.Len())
}

func rings() {
	fmt.Println("== ring")
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil, rshow(nil))
	r := ring.New(5)
	for i := 0; i < 5; i++ {
		r.Value = i
		r = r.Next()
	}
	fmt.Println(rshow(r), rshow(r.Move(2)), rshow(r.Move(-7)), rshow(r.Prev()))
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprint("s", i)
		s = s.Next()
	}
	r.Link(s)
	fmt.Println(rshow(r))
	removed := r.Unlink(3)
	fmt.Println(rshow(r), rshow(removed))
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-2) == nil)
	removed = r.Unlink(7)
	fmt.Println(rshow(r), rshow(removed))
	// Link within one ring removes the elements between.
	t := r.Move(1)
	cut := r.Link(t.Move(2))
	fmt.Println(rshow(r), rshow(cut))
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(3) == &z2)
	z.Value = "z"
	z.Link(ring.New(2))
	fmt.Println(rshow(&z))
	one := &ring.Ring{Value: "solo"}
	fmt.Println(rshow(one.Link(nil)))
	sum := 0
	big := ring.New(100)
	for i := 0; i < 100; i++ {
		big.Value = i
		big = big.Next()
	}
	big.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, big.Move(1000).Value, big.Move(-1001).Value)
}

func main() {
	heaps()
	lists()
	rings()
}

// CHECK: == heap
// CHECK-NEXT: i3:0 i7:0 i5:1 i8:0 i10:0 i2:4 i6:3 i1:1 i0:3 i9:1 i4:5 i11:5 18 7
// CHECK-NEXT: new:-1 i7:0 i3:0 i8:0 i10:0 i5:1 i6:3 i1:1 i0:3 i9:1 i4:5 i11:5 i2:4
// CHECK-NEXT: i7:-5 new:-1 i5:1 i8:0 i10:0 i2:4 i6:3 i1:1 i0:3 i9:1 i4:5 i11:5 i3:10
// CHECK-NEXT: removed i5 -1 i7:-5 new:-1 i6:3 i8:0 i10:0 i2:4 i3:10 i1:1 i0:3 i9:1 i4:5 i11:5
// CHECK-NEXT: removed last i11
// CHECK-NEXT: i7:-5 new:-1 i8:0 i10:0 i1:1 i9:1 i0:3 i6:3 i2:4 i4:5 i3:10 62 40
// CHECK-NEXT: 0 true 0 0 0
// CHECK-NEXT: 1 true 0 1 48
// CHECK-NEXT: 2 true 1 2 1537
// CHECK-NEXT: 3 true 3 5 49617
// CHECK-NEXT: 10 true 36 26 1171908929
// CHECK-NEXT: 100 true 1049 614 1959600752
// CHECK-NEXT: 1000 true 17003 9385 3081782682
// CHECK-NEXT: == list
// CHECK-NEXT: [] len 0 back [] true true
// CHECK-NEXT: [0 1 2 3 4] len 5 back [4 3 2 1 0]
// CHECK-NEXT: [4 1 2 3 0] len 5 back [0 3 2 1 4]
// CHECK-NEXT: [0 1 2 3 4] len 5 back [4 3 2 1 0]
// CHECK-NEXT: 2 [0 1 3 4] len 4 back [4 3 1 0] true true
// CHECK-NEXT: 2 [0 1 3 4] len 4 back [4 3 1 0]
// CHECK-NEXT: true true
// CHECK-NEXT: foreign [0 1 3 4] len 4 back [4 3 1 0] [foreign] len 1 back [foreign]
// CHECK-NEXT: [0 1 3 4 foreign] len 5 back [foreign 4 3 1 0] [0 1 3 4 foreign foreign] len 6 back [foreign foreign 4 3 1 0]
// CHECK-NEXT: [0 1 3 4 foreign 0 1 3 4 foreign 0 1 3 4 foreign 0 1 3 4 foreign] len 20 back [foreign 4 3 1 0 foreign 4 3 1 0 foreign 4 3 1 0 foreign 4 3 1 0]
// CHECK-NEXT: [foreign foreign foreign foreign] len 4 back [foreign foreign foreign foreign]
// CHECK-NEXT: [] len 0 back [] true
// CHECK-NEXT: true 74 74 [193 101 272 219 287 202 255 280 298 273 220 203 221 266 246 285 215 204 231 253 133 242 184 182 192 232 235 90 230 226 263 130 98 207 247 205 250 87 175 183 173 284 155 138 106 159 112 296 151 196 178 147 165 153 131 157 216 179 199 186 197 201 222 210 218 223 245 254 259 270 279 281 289 292]
// CHECK-NEXT: == ring
// CHECK-NEXT: true true () len 0
// CHECK-NEXT: (0 1 2 3 4) len 5 (2 3 4 0 1) len 5 (3 4 0 1 2) len 5 (4 0 1 2 3) len 5
// CHECK-NEXT: (0 s0 s1 s2 1 2 3 4) len 8
// CHECK-NEXT: (0 1 2 3 4) len 5 (s0 s1 s2) len 3
// CHECK-NEXT: true true
// CHECK-NEXT: (0 3 4) len 3 (1 2) len 2
// CHECK-NEXT: (0) len 1 (3 4) len 2
// CHECK-NEXT: 1 true true
// CHECK-NEXT: true
// CHECK-NEXT: (z <nil> <nil>) len 3
// CHECK-NEXT: (solo) len 1
// CHECK-NEXT: 4950 0 99
