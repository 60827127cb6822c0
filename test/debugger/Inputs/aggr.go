package main

type Point struct {
	X, Y int
}

type Node struct {
	Key  int
	Name string
	Next *Node
}

func use(p Point, n *Node, a [3]int) int {
	return p.X + n.Key + len(a)
}

func main() {
	p := Point{3, 4}
	n := &Node{7, "seven", nil}
	a := [3]int{1, 2, 3}
	println(use(p, n, a))
}
