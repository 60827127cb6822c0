// The Go program behind ../map-iter.c: `go run map-iter.go` (Go 1.19)
// prints the lines map-iter.c's CHECKs expect. map-iter.c runs the third
// and fifth grow with a hash that sends every key to one of four buckets;
// Go's semantics, and so these lines, do not depend on the hash.
package main

import "math"

func grow(m map[int64]int64, orig int64) {
	produced := make([]int, 100000)
	delBefore := make([]bool, 100000)
	next := orig
	bad := 0
	for k, v := range m {
		if v != k*2 {
			bad++
		}
		produced[k]++
		for j := 0; j < 5; j++ {
			m[next] = next * 2
			next++
		}
		d := (k*7 + 3) % orig
		if d != k {
			if _, ok := m[d]; ok && produced[d] == 0 {
				delBefore[d] = true
			}
			delete(m, d)
		}
	}
	for k := int64(0); k < next; k++ {
		switch {
		case produced[k] > 1:
			bad++
		case delBefore[k] && produced[k] != 0:
			bad++
		case k < orig && !delBefore[k] && produced[k] != 1:
			bad++
		}
	}
	println("grow: from", orig, "bad", bad, "grew", len(m) > int(orig))
}

func nans() {
	m := map[float64]int{}
	for i := 0; i < 105; i++ {
		if i < 104 {
			m[math.NaN()] = i
		}
		m[float64(i)] = 104 + i
	}
	seen := make([]int, 10000)
	next := 209
	bad := 0
	for k, v := range m {
		seen[v]++
		if (v < 104) != (k != k) || (v >= 104 && v < 209 && k != float64(v-104)) {
			bad++
		}
		for j := 0; j < 3; j++ {
			m[float64(next)+0.5] = next
			next++
		}
	}
	for v := 0; v < next; v++ {
		if seen[v] > 1 || (v < 209 && seen[v] != 1) {
			bad++
		}
	}
	println("nan grow: bad", bad, "grew", len(m) > 209)
}

func order(n int64) {
	m := map[int64]int64{}
	for i := int64(0); i < n; i++ {
		m[i] = i
	}
	var first []int64
	differ, bad := false, 0
	for loop := 0; loop < 20; loop++ {
		var keys []int64
		for k := range m {
			keys = append(keys, k)
		}
		if int64(len(keys)) != n {
			bad++
		}
		if loop == 0 {
			first = keys
			continue
		}
		for i := range keys {
			if keys[i] != first[i] {
				differ = true
			}
		}
	}
	println("order:", n, "keys, differ", differ, "bad", bad)
}

func deleteall() {
	m := map[int64]int64{}
	for i := int64(0); i < 1000; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	println("delete all:", n, len(m))
}

func main() {
	m := map[int64]int64{}
	for i := int64(0); i < 1000; i++ {
		m[i] = i * 2
	}
	grow(m, 1000)
	m = map[int64]int64{}
	for i := int64(0); i < 300; i++ {
		m[i] = i * 2
	}
	grow(m, 300)
	grow(m2(300), 300)
	grow(m2(833), 833)
	grow(m2(833), 833)
	nans()
	order(100)
	order(5)
	deleteall()
}

func m2(n int64) map[int64]int64 {
	m := map[int64]int64{}
	for i := int64(0); i < n; i++ {
		m[i] = i * 2
	}
	return m
}
