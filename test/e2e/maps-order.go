// The order of evaluation around maps, as gc does it: in m[k] = v the
// calls among m and k come before v's, and a variable key is read after
// the right-hand side's calls but before any assignment; m[k] op= v and
// m[k]++ evaluate m and k once; for / and % the division happens before
// the entry is made, so a division by zero leaves a nil map untouched and
// adds no key; the entries of a literal are evaluated in source order.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

var k = 1
var m = map[int]int{}

func f() int { k = 2; return 5 }

func g() map[int]int { println("g"); return m }

var gm, gm2 map[int]int

func swap() int { gm = gm2; k = 9; return 5 }

func key(n int) int { println("key", n); return n }

func val(n int) int { println("val", n); return n }

func divide(mm map[int]int, d int) {
	defer func() {
		println("recovered", recover() != nil, len(mm))
	}()
	mm[key(3)] /= val(d)
}

func main() {
	m[k] = f()
	// CHECK: 0 5 2
	println(m[1], m[2], k)

	// CHECK-NEXT: g
	// CHECK-NEXT: key 7
	// CHECK-NEXT: val 8
	g()[key(7)] = val(8)
	// CHECK-NEXT: g
	// CHECK-NEXT: key 7
	// CHECK-NEXT: val 2
	g()[key(7)] += val(2)
	// CHECK-NEXT: g
	// CHECK-NEXT: key 7
	g()[key(7)]++
	// CHECK-NEXT: 11
	println(m[7])

	// CHECK-NEXT: key 1
	// CHECK-NEXT: val 10
	// CHECK-NEXT: key 2
	// CHECK-NEXT: val 20
	lit := map[int]int{key(1): val(10), key(2): val(20)}
	// CHECK-NEXT: 2 30
	println(len(lit), lit[1]+lit[2])

	// A later key of a literal replaces an earlier one of equal value.
	j := 1
	dup := map[int]string{j: "first", 1 + 0*j: "second"}
	// CHECK-NEXT: 1 second
	println(len(dup), dup[1])

	var nm map[int]int
	// CHECK-NEXT: key 3
	// CHECK-NEXT: val 0
	// CHECK-NEXT: recovered true 0
	divide(nm, 0)
	mm := map[int]int{}
	// CHECK-NEXT: key 3
	// CHECK-NEXT: val 0
	// CHECK-NEXT: recovered true 0
	divide(mm, 0)
	mm[3] = 12
	// CHECK-NEXT: key 3
	// CHECK-NEXT: val 4
	// CHECK-NEXT: recovered false 1
	divide(mm, 4)
	// CHECK-NEXT: 3
	println(mm[3])

	// Calls on the left come before the right-hand side; variables on
	// the left are read after it.
	old := map[int]int{}
	gm, gm2 = old, map[int]int{}
	// CHECK-NEXT: key 3
	gm[key(3)] = swap()
	// CHECK-NEXT: 0 5
	println(len(old), gm2[3])
	k = 1
	// CHECK-NEXT: g
	func() map[int]int { println("g"); return old }()[k] = swap()
	// CHECK-NEXT: 5 0
	println(old[9], old[1])

	// Swapping two entries.
	s := map[string]int{"a": 1, "b": 2}
	s["a"], s["b"] = s["b"], s["a"]
	// CHECK-NEXT: 2 1
	println(s["a"], s["b"])
	// v, ok = m[k] into map entries.
	s["c"], s["ok"] = 0, 0
	var found bool
	s["c"], found = s["b"]
	// CHECK-NEXT: 1 true 4
	println(s["c"], found, len(s))
}
