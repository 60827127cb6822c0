// Binary trees (the Benchmarks Game's binary-trees), maximum depth 18.
// binarytrees20.go is this program with depth 20; the two differ only in
// the constant n and this comment's first line.
//
// A stretch tree of depth n+1 is built, checked and dropped; a long-lived
// tree of depth n is built and kept to the end; then for each depth d from
// 4 to n in steps of 2, 2^(n-d+4) trees of depth d are built, checked and
// dropped one after another. A tree of depth d is a complete binary tree of
// 2^(d+1)-1 nodes, each a struct of two pointers (16 bytes on 64-bit
// targets), built bottom up; its check counts its nodes by walking it.
// Measures the allocation of many small pointer-holding objects, nearly
// all short-lived, against one long-lived tree; single goroutine.
// It prints the benchmark's own lines (one print statement each, so that a
// runtime's GC trace on the same stream cannot split them), then the
// checksum: the stretch tree's check, the sum of every depth's check, and
// the long-lived tree's check.
package main

const n = 18

const minDepth = 4

type Node struct {
	left, right *Node
}

// bottomUpTree returns a new complete tree of the given depth.
func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

// itemCheck counts the nodes of the tree rooted at t.
func (t *Node) itemCheck() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.itemCheck() + t.right.itemCheck()
}

func main() {
	maxDepth := n
	if minDepth+2 > n {
		maxDepth = minDepth + 2
	}
	stretch := bottomUpTree(maxDepth + 1).itemCheck()
	print("stretch tree of depth ", maxDepth+1, "\t check: ", stretch, "\n")
	longLived := bottomUpTree(maxDepth)
	total := 0
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUpTree(depth).itemCheck()
		}
		print(iterations, "\t trees of depth ", depth, "\t check: ", check, "\n")
		total += check
	}
	long := longLived.itemCheck()
	print("long lived tree of depth ", maxDepth, "\t check: ", long, "\n")
	println("checksum", stretch, total, long)
}
