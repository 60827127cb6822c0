// m[k] as a value in every context: arguments, results, := and var with
// several values, interface{} conversion, switch tags, conditions,
// sends, go and defer arguments (evaluated when the statement runs),
// operands of unary and binary operators, nested m[k][j] with comma-ok,
// and as the key of another map's entry.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

func f(x int) int { return x * 2 }

func two(a, b int) int { return a - b }

func ret(m map[string]int) int { return m["a"] }

func ret2(m map[string]int) (int, bool) { return m["a"], true }

func main() {
	m := map[string]int{"a": 3, "b": 4}
	println(f(m["a"]), two(m["b"], m["a"]), ret(m))
	x, y := m["a"], m["b"]
	var z = m["b"]
	var i interface{} = m["a"]
	println(x, y, z, i == 3)
	switch m["a"] {
	case 3:
		println("three")
	}
	if m["b"] == 4 && m["c"] == 0 {
		println("yes")
	}
	c := make(chan int, 1)
	c <- m["a"]
	println(<-c)
	done := make(chan bool)
	go func(v int) { println("go", v); done <- true }(m["b"])
	<-done
	defer println("deferred", m["a"])
	defer func(v int) { println("deferred func", v) }(m["b"])
	m["a"] = 100
	v, ok := ret2(m)
	println(v, ok, -m["a"], m["a"]*m["b"], m["a"]<<1)
	nested := map[string]map[string]int{"x": {"y": 5}}
	v2, ok2 := nested["x"]["y"]
	println(v2, ok2, len(nested["x"]))
	mm := map[int]int{}
	mm[m["b"]] = m["a"]
	println(mm[4])
}

// CHECK: 6 1 3
// CHECK-NEXT: 3 4 4 true
// CHECK-NEXT: three
// CHECK-NEXT: yes
// CHECK-NEXT: 3
// CHECK-NEXT: go 4
// CHECK-NEXT: 100 true -100 400 200
// CHECK-NEXT: 5 true 1
// CHECK-NEXT: 100
// CHECK-NEXT: deferred func 4
// CHECK-NEXT: deferred 3
