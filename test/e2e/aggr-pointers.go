// Pointers: a binary search tree of *Node (insertion through a **Node,
// walk, height, find), a linked list whose nodes are loop variables whose
// addresses escape (each iteration a new heap variable), &x escaping through
// a closure, a global and a channel (escape analysis: such variables live
// in the heap), &T{} and new(T), pointer comparison, auto-dereference p.f,
// println of a nil pointer, and a nil dereference (find returns nil): Go's
// panic with its [signal] line, exit status 2.
// Expected output: Go 1.19 (`go run`), up to the pc and the traceback.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s
package main

type Node struct {
	Key         int
	Left, Right *Node
}

type Tree struct {
	root *Node
	size int
}

func insert(t *Tree, k int) {
	p := &t.root
	for *p != nil {
		n := *p
		if k == n.Key {
			return
		}
		if k < n.Key {
			p = &n.Left
		} else {
			p = &n.Right
		}
	}
	*p = &Node{Key: k}
	t.size++
}

func walk(n *Node, depth int) {
	if n == nil {
		return
	}
	walk(n.Left, depth+1)
	println(n.Key, depth)
	walk(n.Right, depth+1)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func find(t *Tree, k int) *Node {
	n := t.root
	for n != nil && n.Key != k {
		if k < n.Key {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return n
}

type List struct {
	v    int
	next *List
}

// Each iteration's l is a new variable whose address outlives it.
func chain(n int) *List {
	var head *List
	for i := 0; i < n; i++ {
		l := List{i, head}
		head = &l
	}
	return head
}

func counter() func() int {
	c := 0
	p := &c
	return func() int { *p++; return c }
}

var saved *[2]int

func keep(p *[2]int) { saved = p }

func escapes() {
	a := [2]int{1, 2}
	keep(&a)
	b := a
	b = [2]int{}
	println(b == [2]int{}, *saved == [2]int{1, 2})
}

func fresh() *Point { p := Point{1, 2}; return &p }

type Point struct{ X, Y int }

func main() {
	for l := chain(4); l != nil; l = l.next {
		println("list", l.v)
	}
	next := counter()
	next()
	println("counter", next(), next())
	escapes()
	escapes()
	p1, p2 := fresh(), fresh()
	p1.X = 100
	println(p1.X, p2.X, p1 != p2, *p1 != *p2)
	ch := make(chan *Point, 1)
	v := Point{5, 6}
	ch <- &v
	(<-ch).Y = 60
	println(v.Y)
	t := new(Tree)
	x := 7
	for i := 0; i < 20; i++ {
		x = (x*37 + 11) % 101
		insert(t, x%50)
	}
	println("size", t.size, "height", height(t.root))
	walk(t.root, 0)
	println(find(t, 23) != nil, find(t, 1000) == nil)
	var empty Tree
	println(empty.root == nil, height(empty.root))
	var np *Point
	println(np == nil, np)
	println(find(&empty, 3).Key)
}

// CHECK: list 3
// CHECK-NEXT: list 2
// CHECK-NEXT: list 1
// CHECK-NEXT: list 0
// CHECK-NEXT: counter 2 3
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: 100 1 true true
// CHECK-NEXT: 60
// CHECK-NEXT: size 18 height 6
// CHECK-NEXT: 0 2
// CHECK-NEXT: 2 1
// CHECK-NEXT: 5 5
// CHECK-NEXT: 9 4
// CHECK-NEXT: 10 3
// CHECK-NEXT: 11 2
// CHECK-NEXT: 13 4
// CHECK-NEXT: 14 3
// CHECK-NEXT: 18 0
// CHECK-NEXT: 24 3
// CHECK-NEXT: 25 2
// CHECK-NEXT: 26 4
// CHECK-NEXT: 27 3
// CHECK-NEXT: 35 1
// CHECK-NEXT: 38 3
// CHECK-NEXT: 41 2
// CHECK-NEXT: 44 4
// CHECK-NEXT: 45 3
// CHECK-NEXT: false true
// CHECK-NEXT: true 0
// CHECK-NEXT: true 0x0
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: exit status 2
