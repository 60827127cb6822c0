// Maps as values: package-level maps and comma-ok initializers, maps as
// arguments and results (a map is a reference: the callee's writes are
// seen), closures over maps, maps in go and defer argument lists (taken
// when the statement runs) and deferred delete, maps sent on channels,
// maps of maps, and print of a map: its pointer, 0x0 when nil.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

var table = map[string]int{"x": 1, "y": 2}

var ty, hasY = table["y"]

func add(m map[string]int, k string, n int) { m[k] += n }

func fresh(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = -i
	}
	return m
}

func sum(m map[int]int) (s int) {
	for _, v := range m {
		s += v
	}
	return
}

func report(name string, m map[string]int) {
	println(name, len(m), m["x"])
}

func worker(m map[int]int, lo, hi int, done chan bool) {
	for i := lo; i < hi; i++ {
		m[i] = i
	}
	done <- true
}

func deferred() (n int) {
	m := map[string]int{"x": 1, "gone": 2}
	defer report("deferred", m)
	defer delete(m, "gone")
	defer func() { n = len(m) }()
	m["x"] = 10
	m = map[string]int{}
	return -1
}

func main() {
	// CHECK: 2 2 true
	println(len(table), ty, hasY)

	add(table, "x", 5)
	add(table, "z", 3)
	// CHECK-NEXT: 6 3 3
	println(table["x"], table["z"], len(table))

	// CHECK-NEXT: 10 -45 -3
	println(len(fresh(10)), sum(fresh(10)), fresh(5)[3])
	v, ok := fresh(2)[1]
	// CHECK-NEXT: -1 true
	println(v, ok)

	// Closures share the map variable.
	counts := map[string]int{}
	inc := func(k string) { counts[k]++ }
	reset := func() { counts = map[string]int{} }
	inc("a")
	inc("a")
	inc("b")
	// CHECK-NEXT: 2 1 2
	println(counts["a"], counts["b"], len(counts))
	old := counts
	reset()
	inc("c")
	// CHECK-NEXT: 1 2 3
	println(len(counts), len(old), old["a"]+old["b"])

	// go with a map argument: two goroutines fill disjoint halves of
	// their own maps.
	done := make(chan bool)
	m1, m2 := map[int]int{}, map[int]int{}
	go worker(m1, 0, 500, done)
	go worker(m2, 500, 1000, done)
	<-done
	<-done
	// CHECK-NEXT: 500 500 124750 374750
	println(len(m1), len(m2), sum(m1), sum(m2))

	// CHECK-NEXT: deferred 1 10
	// CHECK-NEXT: 0
	println(deferred())

	// Maps through channels.
	ch := make(chan map[string]int, 1)
	ch <- table
	got := <-ch
	got["w"] = 26
	// CHECK-NEXT: 26 4
	println(table["w"], len(table))

	// Maps of maps.
	nested := map[string]map[string]int{"a": {"x": 1}, "b": nil}
	inner, ok := nested["c"]
	if !ok {
		inner = map[string]int{}
		nested["c"] = inner
	}
	inner["y"] += 7
	nested["a"]["x"]++
	// CHECK-NEXT: 3 2 7 0 true
	println(len(nested), nested["a"]["x"], nested["c"]["y"], nested["b"]["q"], nested["b"] == nil)

	// A map prints as its pointer; a nil map as 0x0.
	var nilmap map[int]bool
	alias := table
	// CHECK-NEXT: [[P:0x[0-9a-f]+]] [[P]] 0x0
	println(table, alias, nilmap)
}
