// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Map literals in gc 1.19's words: a constant key twice (compared after
// conversion to the key type, so 'a' and 97 are one byte key; with an
// interface key type, 1, "1" and int8(1) are three keys but 1 twice is
// one), an element without a key, a value of the wrong type, and the same
// in a literal whose type is elided.
// Expected output: Go 1.19 (`go build`).
package main

const K = 5

func main() {
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:24: error: duplicate key 1 in map literal
	_ = map[int]int{1: 1, 1: 2}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:27: error: duplicate key 97 in map literal
	_ = map[byte]int{'a': 1, 97: 2}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:52: error: duplicate key 1 in map literal
	_ = map[interface{}]int{1: 1, "1": 2, int8(1): 3, 1: 4}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:24: error: duplicate key 5 in map literal
	_ = map[int]int{K: 1, 5: 2}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:31: error: duplicate key "a\n" in map literal
	_ = map[string]int{"a\n": 1, "a\n": 2}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:27: error: duplicate key -1 in map literal
	_ = map[int64]int{-1: 1, -1: 2}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:18: error: missing key in map literal
	_ = map[int]int{1}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:26: error: cannot use "b" (untyped string constant) as int value in map literal
	_ = map[string]int{"a": "b"}
	// CHECK: sema-error-maplit.go:[[@LINE+1]]:46: error: duplicate key "x" in map literal
	_ = map[string]map[string]int{"a": {"x": 1, "x": 2}}
}
// CHECK-NOT: error
