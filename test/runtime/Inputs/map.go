// The Go program behind ../map.c: `go run map.go` (Go 1.19) prints the
// lines map.c's CHECKs expect.
package main

import (
	"math"
	"strconv"
)

var x uint64 = 1

func rnd() uint64 {
	x = x*6364136223846793005 + 1442695040888963407
	return x >> 33
}

type T int

func main() {
	// int64 churn against a reference
	{
		m := make(map[int64]int64)
		var ref [4096]int64
		var has [4096]bool
		bad := 0
		for i := 0; i < 100000; i++ {
			r := rnd()
			k := int64(r % 4096)
			switch (r >> 12) % 3 {
			case 0:
				v := int64(r >> 8)
				m[k] = v
				ref[k], has[k] = v, true
			case 1:
				v, ok := m[k]
				if ok != has[k] || (ok && v != ref[k]) || (!ok && v != 0) {
					bad++
				}
			case 2:
				delete(m, k)
				has[k] = false
			}
		}
		n, sum := 0, int64(0)
		var seen [4096]bool
		for k, v := range m {
			if !has[k] || ref[k] != v || seen[k] {
				bad++
			}
			seen[k] = true
			n++
			sum += k ^ v
		}
		for k := range has {
			if has[k] && !seen[k] {
				bad++
			}
		}
		println("int64 churn: len", len(m), "iterated", n, "sum", sum, "bad", bad)
	}
	// 100,000 distinct keys
	{
		m := make(map[int64]int64)
		for i := int64(0); i < 100000; i++ {
			m[i*7919] = -i
		}
		found, bad := 0, 0
		for i := int64(0); i < 100000; i++ {
			if v, ok := m[i*7919]; ok && v == -i {
				found++
			}
			if _, ok := m[i*7919+1]; ok {
				bad++
			}
		}
		l1 := len(m)
		for i := int64(0); i < 100000; i += 2 {
			delete(m, i*7919)
		}
		n := 0
		for k, v := range m {
			if k%7919 != 0 || (k/7919)%2 == 0 || v != -(k/7919) {
				bad++
			}
			n++
		}
		println("int64 bulk: len", l1, "found", found, "after delete", len(m), "iterated", n, "bad", bad)
	}
	// string keys
	{
		m := map[string]int64{}
		var ref [2000]int64
		var has [2000]bool
		bad := 0
		for i := 0; i < 30000; i++ {
			r := rnd()
			k := int(r % 2000)
			s := "key-" + strconv.Itoa(k)
			switch (r >> 12) % 3 {
			case 0:
				m[s] = int64(r)
				ref[k], has[k] = int64(r), true
			case 1:
				v, ok := m[s]
				if ok != has[k] || (ok && v != ref[k]) {
					bad++
				}
			case 2:
				delete(m, s)
				has[k] = false
			}
		}
		n := 0
		for s, v := range m {
			k, _ := strconv.Atoi(s[4:])
			if !has[k] || ref[k] != v {
				bad++
			}
			n++
		}
		_, ok := m[""]
		m[""] = 7
		println("string: len", len(m), "iterated", n+1, "empty", ok, m[""], "bad", bad)
	}
	// float64 keys: NaN and signed zero
	{
		m := map[float64]int{}
		nan := math.NaN()
		m[nan] = 1
		m[nan] = 2
		m[nan] = 3
		v, ok := m[nan]
		println("nan: len", len(m), "lookup", v, ok)
		delete(m, nan)
		nans, sum := 0, 0
		for k, v := range m {
			if k != k {
				nans++
				sum += v
			}
		}
		println("nan: after delete", len(m), "iterated", nans, "sum", sum)
		m[0] = 10
		negz := math.Copysign(0, -1)
		m[negz] = 20
		v, ok = m[0]
		println("zero: len", len(m), "m[+0]", v, ok, "m[-0]", m[negz])
		for k, v := range m {
			if k == 0 {
				println("zero: key is -0", math.Signbit(k), v)
			}
		}
		delete(m, 0)
		_, ok = m[negz]
		println("zero: deleted", !ok, len(m))
	}
	// interface{} keys
	{
		m := map[interface{}]int{}
		m[1] = 1
		m["1"] = 2
		m[1.0] = 3
		m[nil] = 4
		m[T(1)] = 5
		m[math.NaN()] = 6
		m[math.NaN()] = 7
		s := strconv.Itoa(1)
		_, ok := m[2]
		println("iface: len", len(m), "int", m[1], "string", m[s], "float", m[1.0], "nil", m[nil], "T", m[T(1)], "missing", ok)
		m[T(1)] = 8
		m[s] = 9
		delete(m, 1)
		println("iface: len", len(m), "T", m[T(1)], "string", m["1"])
	}
	// nil map
	{
		var m map[int64]int64
		v, ok := m[5]
		delete(m, 5)
		n := 0
		for range m {
			n++
		}
		println("nil: len", len(m), "lookup", v, ok, "iterated", n)
	}
	// big keys and elems, stored indirectly
	{
		type K [200]byte
		type E [300]byte
		m := map[K]E{}
		bad := 0
		for i := 0; i < 500; i++ {
			var k K
			var e E
			k[0], k[199] = byte(i), byte(i>>8)
			e[0], e[299] = byte(i), byte(i>>8)
			m[k] = e
		}
		for i := 0; i < 500; i += 3 {
			var k K
			k[0], k[199] = byte(i), byte(i>>8)
			delete(m, k)
		}
		for k, e := range m {
			if k[0] != e[0] || k[199] != e[299] || e[1] != 0 {
				bad++
			}
		}
		var k K
		k[0], k[199] = 1, 1
		e, found := m[k]
		k[0], k[199] = 3, 0
		z, ok := m[k]
		zero := true
		for _, b := range z {
			zero = zero && b == 0
		}
		big := map[int64][2000]byte{}
		bz, ok2 := big[1]
		zero2 := true
		for _, b := range bz {
			zero2 = zero2 && b == 0
		}
		println("big: len", len(m), "bad", bad, "found", found, e[0], e[299], "missing", ok, zero, "huge missing", ok2, zero2)
	}
	// maps on several goroutines at once
	{
		done := make(chan int)
		for g := 0; g < 4; g++ {
			go func(g int) {
				m := map[int64]int64{}
				bad := 0
				for i := int64(0); i < 20000; i++ {
					m[i] = i + int64(g)
				}
				for i := int64(0); i < 20000; i++ {
					if m[i] != i+int64(g) {
						bad++
					}
				}
				done <- bad + len(m) - 20000
			}(g)
		}
		bad := 0
		for g := 0; g < 4; g++ {
			bad += <-done
		}
		println("goroutines: bad", bad)
	}
	// clear, and make's hint
	{
		m := make(map[int64]int64, 1000)
		for i := int64(0); i < 1000; i++ {
			m[i] = i
		}
		for k := range m {
			delete(m, k)
		}
		m[5] = 6
		n := -1
		m2 := make(map[int64]int64, n)
		m2[1] = 1
		n = math.MaxInt
		m3 := make(map[int64]int64, n)
		m3[1] = 1
		println("clear: len", len(m), m[5], "make(-1):", len(m2), "make(MaxInt):", len(m3))
	}
}
