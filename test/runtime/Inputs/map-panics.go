// The Go program behind ../map-panics.c's RECOVER lines: `go run
// map-panics.go` (Go 1.19). The unrecovered variants are quoted in
// map-panics.c.
package main

import "runtime"

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		println(r.(error).Error(), ok)
	}()
	f()
}

func main() {
	try(func() { var m map[int]int; m[1] = 1 })
	try(func() { m := map[interface{}]int{}; m[[]int{1}] = 1 })
	try(func() { var m map[interface{}]int; _ = m[[]int{1}] })
	try(func() { var m map[interface{}]int; delete(m, []int{1}) })
	try(func() { var a, b interface{} = []int{1}, []int{1}; _ = a == b })
}
