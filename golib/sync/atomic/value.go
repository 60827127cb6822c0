package atomic

import (
	"reflect"
	"sync"
)

// A Value is an atomic interface{} of one dynamic type, set by its first
// Store, Swap or CompareAndSwap: Go 1.19's Value, with a mutex where Go
// publishes a type word and a data word with pointer atomics (gort has no
// unsafe.Pointer). A Value must not be copied after first use.
type Value struct {
	mu sync.Mutex
	v  interface{}
}

// Load returns the value last stored, nil before the first Store.
func (v *Value) Load() (val interface{}) {
	v.mu.Lock()
	val = v.v
	v.mu.Unlock()
	return val
}

// checkType panics unless x has the type of the values stored so far.
func (v *Value) checkType(x interface{}, op string) {
	if v.v != nil && reflect.TypeOf(x) != reflect.TypeOf(v.v) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value to val, which must not be nil.
func (v *Value) Store(val interface{}) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.checkType(val, "store")
	v.v = val
}

// Swap stores new and returns the previous value (nil if there was none).
func (v *Value) Swap(new interface{}) (old interface{}) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.checkType(new, "swap")
	old, v.v = v.v, new
	return old
}

// CompareAndSwap stores new if the value is old (comparing as ==, which
// panics for an uncomparable type); before the first store, old must be
// nil.
func (v *Value) CompareAndSwap(old, new interface{}) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && reflect.TypeOf(old) != reflect.TypeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	v.checkType(new, "compare and swap")
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
