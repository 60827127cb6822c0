package fmt

import "reflect"

// sortedMap returns a map's keys and values with the keys in the order
// Go 1.19's fmt prints them (its internal/fmtsort): numbers and strings
// ascending, false before true, NaNs first, pointers and channels by
// address, structs and arrays element by element, interfaces by type
// then value, nil first.
func sortedMap(m reflect.Value) (keys, values []reflect.Value) {
	it := m.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
		values = append(values, it.Value())
	}
	sortEntries(keys, values)
	return
}

// sortEntries is a stable merge sort of keys, values moving alike.
func sortEntries(keys, values []reflect.Value) {
	n := len(keys)
	if n < 2 {
		return
	}
	k2 := make([]reflect.Value, n)
	v2 := make([]reflect.Value, n)
	for w := 1; w < n; w *= 2 {
		for lo := 0; lo < n; lo += 2 * w {
			mid, hi := min(lo+w, n), min(lo+2*w, n)
			i, j, o := lo, mid, lo
			for i < mid || j < hi {
				if j >= hi || (i < mid && compare(keys[j], keys[i]) >= 0) {
					k2[o], v2[o] = keys[i], values[i]
					i++
				} else {
					k2[o], v2[o] = keys[j], values[j]
					j++
				}
				o++
			}
		}
		copy(keys, k2)
		copy(values, v2)
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func cmpInt(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// compare orders two keys of one map: -1, 0 or +1.
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1 // no order between types; cannot happen for one map
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return cmpInt(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return cmpInt(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return cmpInt(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		return floatCompare(a.Float(), b.Float())
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		return cmpInt(!x && y, x && !y)
	case reflect.Pointer, reflect.UnsafePointer:
		x, y := a.Pointer(), b.Pointer()
		return cmpInt(x < y, x > y)
	case reflect.Chan:
		if c, ok := nilFirst(a, b); ok {
			return c
		}
		x, y := a.Pointer(), b.Pointer()
		return cmpInt(x < y, x > y)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := nilFirst(a, b); ok {
			return c
		}
		// Go orders the dynamic types by their descriptors' addresses, which
		// gc's linker sorts by the types' spelling.
		x, y := a.Elem().Type().String(), b.Elem().Type().String()
		if c := cmpInt(x < y, x > y); c != 0 {
			return c
		}
		return compare(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + a.Type().String())
}

// nilFirst orders nil before non-nil; ok is false when neither is nil.
func nilFirst(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}

func floatCompare(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}
