// An interface{} key whose dynamic type has no == (a map, a func) panics
// when hashed, with Go's run-time error; recovered, the map is unchanged.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

func try(m map[interface{}]int, k interface{}) {
	defer func() {
		println("recovered:", recover() != nil, len(m))
	}()
	m[k] = 1
}

func main() {
	m := map[interface{}]int{1: 1}
	// CHECK: recovered: true 1
	try(m, map[string]int{})
	// CHECK-NEXT: recovered: true 1
	try(m, func() {})
	// CHECK-NEXT: recovered: false 2
	try(m, "ok")
	var f interface{} = func() {}
	_, ok := m[2]
	println(ok)
	// CHECK-NEXT: false
	// CHECK-NEXT: panic: runtime error: hash of unhashable type func()
	println(m[f])
}
// CHECK: exit status 2
