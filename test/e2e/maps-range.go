// range over maps in every form: k, v :=; k :=; no variables; _, v :=;
// k, v = with existing variables and with map entries on the left; break
// and continue (labeled too); a nil map; deleting the entry being visited;
// adding entries while ranging (each loop still ends, every entry at most
// once); updating values; nested loops over one map; closures over the
// iteration variables (one pair per loop, as in Go 1.19). Go's iteration
// order is random: twenty pairs of loops over maps of 100 entries do not
// all see one order. Only order-independent facts are printed.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

// order is the sequence of keys one loop over m sees, as a number.
func order(m map[int]int) int {
	h := 0
	for k := range m {
		h = h*131 + k + 1
	}
	return h
}

func main() {
	m := fill(100)
	sk, sv, n := 0, 0, 0
	for k, v := range m {
		sk += k
		sv += v
		n++
	}
	// CHECK: 100 4950 328350
	println(n, sk, sv)
	n = 0
	for k := range m {
		n += k
	}
	for range m {
		n++
	}
	for _, v := range m {
		n += v
	}
	// CHECK-NEXT: 333400
	println(n)

	var k, v int
	sk, sv = 0, 0
	for k, v = range m {
		sk += k
		sv += v
	}
	// CHECK-NEXT: 4950 328350 true
	println(sk, sv, m[k] == v)

	// The index operand k on the left is evaluated before k is assigned.
	m1 := map[int]int{5: 50}
	m2 := map[int]int{}
	k = 1
	for k, m2[k] = range m1 {
	}
	// CHECK-NEXT: 5 50 0 1
	println(k, m2[1], m2[5], len(m2))
	k = 2
	k, m2[k] = 3, 4
	// CHECK-NEXT: 3 4 0
	println(k, m2[2], m2[3])

	n = 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		n++
		if n == 10 {
			break
		}
	}
	// CHECK-NEXT: 10
	println(n)
	n = 0
outer:
	for a := range m {
		for b := range m {
			if b == a {
				continue outer
			}
			if b > 1000 {
				break outer
			}
			n++
		}
	}
	// Without early exits, a nested loop sees every pair of distinct keys.
	pairs := 0
	for a := range m {
		for b := range m {
			if a != b {
				pairs++
			}
		}
	}
	// CHECK-NEXT: 9900 true
	println(pairs, n <= 9900)

	var nm map[string]bool
	n = 0
	for range nm {
		n++
	}
	// CHECK-NEXT: 0
	println(n)

	// Deleting the entry being visited: each is visited once.
	d := fill(1000)
	n = 0
	for k := range d {
		delete(d, k)
		n++
	}
	// CHECK-NEXT: 1000 0
	println(n, len(d))

	// Adding while ranging: the loop ends; new entries may or may not be
	// visited, none twice.
	a := fill(1000)
	seen := map[int]int{}
	for k := range a {
		seen[k]++
		if k < 1000 {
			a[k+1000] = k
		}
	}
	twice := false
	for _, c := range seen {
		if c != 1 {
			twice = true
		}
	}
	// CHECK-NEXT: 2000 false true
	println(len(a), twice, len(seen) >= 1000)

	// Updating values of visited entries.
	u := fill(50)
	for k, v := range u {
		u[k] = v + 1
	}
	s := 0
	for _, v := range u {
		s += v
	}
	// CHECK-NEXT: 40475
	println(s)

	// Closures capture the loop's one pair of variables.
	fs := map[int]func() int{}
	for k := range fill(10) {
		fs[k] = func() int { return k }
	}
	last := fs[0]()
	all := true
	for _, f := range fs {
		if f() != last {
			all = false
		}
	}
	// CHECK-NEXT: 10 true
	println(len(fs), all)

	// Random order: of twenty pairs of loops, some differ.
	differ := 0
	for t := 0; t < 20; t++ {
		r := fill(100)
		if order(r) != order(r) {
			differ++
		}
	}
	// CHECK-NEXT: true
	println(differ > 0)
}
