package reflect

// MapKeys returns a map's keys, in no particular order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	kv := v.entries()
	keys := make([]Value, len(kv)/2)
	for i := range keys {
		keys[i] = v.entry(kv[2*i], true)
	}
	return keys
}

// entries returns the addresses of the map's keys and values, kv[2k]
// and kv[2k+1].
func (v Value) entries() []uintptr {
	m := loadWord(v.addr())
	kv := make([]uintptr, 2*mapLen(m))
	n := mapEntries(v.typ, m, kv)
	return kv[:2*n]
}

// entry copies the key or value at p (a map's slot may move).
func (v Value) entry(p uintptr, key bool) Value {
	t := typeElem(v.typ)
	if key {
		t = typeKey(v.typ)
	}
	return Value{typ: t, p: toPointer(memDup(p, typeSize(t))), ro: v.ro}
}

// MapIndex returns the value of key in the map, the zero Value if absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	kv := v.entries()
	for i := 0; i < len(kv); i += 2 {
		if typeEqual(typeKey(v.typ), kv[i], key.addr()) {
			return v.entry(kv[i+1], false)
		}
	}
	return Value{}
}

// A MapIter iterates over a map's entries (Value.MapRange).
type MapIter struct {
	m  Value
	kv []uintptr
	i  int
}

// MapRange returns an iterator over a map: call Next before each entry.
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	return &MapIter{m: v, kv: v.entries(), i: -2}
}

// Next moves to the next entry, reporting whether there is one.
func (it *MapIter) Next() bool {
	if it.i < len(it.kv) {
		it.i += 2
	}
	return it.i < len(it.kv)
}

// Key returns the current entry's key.
func (it *MapIter) Key() Value { return it.m.entry(it.kv[it.i], true) }

// Value returns the current entry's value.
func (it *MapIter) Value() Value { return it.m.entry(it.kv[it.i+1], false) }
