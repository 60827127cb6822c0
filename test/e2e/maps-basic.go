// Maps: make with and without a hint, m[k] (the zero value for a missing
// key), v, ok := m[k] in :=, = and var forms (also into interface{} and a
// named bool), m[k] = v, op= and ++/-- on entries, delete, len, nil maps
// (read, len, delete, compare with nil), map literals with constant and
// computed keys, and growth to 10,000 entries; local map types of one
// name in two functions are two types. Output is deterministic: no loop
// over a map prints in its order.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type Counts map[string]int

type B bool

func localA() int {
	type M map[int]int
	m := M{1: 2}
	m[3] = 4
	return m[1] + m[3] + len(m)
}

func localB() string {
	type M map[string]string
	m := M{"x": "y"}
	m["z"] = "w"
	println(m["x"], m["z"], len(m))
	return m["x"]
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	m["d"]--
	// CHECK: 4 11 2 1 -1 0
	println(len(m), m["a"], m["b"], m["c"], m["d"], m["zz"])

	v, ok := m["b"]
	// CHECK-NEXT: 2 true
	println(v, ok)
	v, ok = m["q"]
	// CHECK-NEXT: 0 false
	println(v, ok)
	var w, found = m["c"]
	// CHECK-NEXT: 1 true
	println(w, found)
	var b bool
	_, b = m["d"]
	// CHECK-NEXT: true
	println(b)
	if _, ok := m["zz"]; !ok {
		// CHECK-NEXT: zz missing
		println("zz missing")
	}
	// Reading a missing key does not add it.
	// CHECK-NEXT: 4
	println(len(m))

	delete(m, "a")
	delete(m, "nothing")
	// CHECK-NEXT: 3 0
	println(len(m), m["a"])

	// Every op= on an entry.
	o := map[int]int{0: 100}
	o[0] -= 1
	o[0] *= 3
	o[0] /= 2
	o[0] %= 100
	o[0] <<= 4
	o[0] >>= 1
	o[0] |= 1
	o[0] &= 0xff
	o[0] ^= 0x10
	o[0] &^= 2
	// CHECK-NEXT: 145 1
	println(o[0], len(o))
	o[7] += 5 // a new key starts at zero
	// CHECK-NEXT: 5 2
	println(o[7], len(o))

	var nm map[int]int
	delete(nm, 1)
	v2, ok2 := nm[3]
	// CHECK-NEXT: true 0 0 0 false
	println(nm == nil, len(nm), nm[5], v2, ok2)
	// CHECK-NEXT: false true
	println(m == nil, nil != m)
	nm = map[int]int{}
	// CHECK-NEXT: false 0
	println(nm == nil, len(nm))
	nm = nil
	// CHECK-NEXT: true
	println(nm == nil)

	x := 3
	lit := map[int]string{1: "one", 2: "two", x: "three", x + 1: "four"}
	// CHECK-NEXT: 4 two three four
	println(len(lit), lit[2], lit[3], lit[4])

	var c Counts = Counts{"x": 1}
	c["y"] = 2
	// CHECK-NEXT: 2 1 2
	println(len(c), c["x"], c["y"])

	// Growth: 10,000 keys, then half deleted.
	big := make(map[int]int, 10)
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i*7)
	}
	sum := 0
	for i := 0; i < 10000; i++ {
		if v, ok := big[i*7]; ok {
			sum += v
		}
	}
	// CHECK-NEXT: 5000 25000000
	println(len(big), sum)

	// A hint of every integer type.
	var h8 int8 = 3
	var hu uint64 = 5
	var h64 int64 = 1 << 40
	m8 := make(map[int8]int8, h8)
	mu := make(map[uint]bool, hu)
	m64 := make(map[int64]int64, h64/(1<<30))
	m8[-1] = 2
	mu[1<<31] = true
	m64[1<<40] = -1
	// CHECK-NEXT: 2 true -1
	println(m8[-1], mu[1<<31], m64[1<<40])

	// CHECK-NEXT: y w 2
	// CHECK-NEXT: 8 y
	println(localA(), localB())

	// v, ok into variables of other (assignable) types.
	var iv, iok interface{} = m["b"]
	var ix interface{}
	var nb B
	ix, nb = m["zz"]
	y, ok3 := (m["b"])
	// CHECK-NEXT: true true true false 2 true
	println(iv == 2, iok == true, ix == 0, nb, y, ok3)
}
