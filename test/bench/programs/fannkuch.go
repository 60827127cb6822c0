// fannkuch-redux (the Benchmarks Game's problem) for n = 11: every
// permutation of 1..n in the problem's order, each flipped (its first k
// elements reversed, k being its first element) until 1 comes first.
// Small-array indexing, swaps and counting loops, no allocation in the
// loop. The checksum is the problem's alternating sum of flip counts and
// the largest count.
package main

const n = 11

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n) // the current permutation
	perm := make([]int, n)  // its copy, flipped
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	checksum, maxFlips, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// The next permutation: rotate the first r+1 elements left by one
		// until some count[r] is not yet exhausted.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	checksum, maxFlips := fannkuch(n)
	println("checksum", checksum, maxFlips)
}
