// The setters of basic kinds (SetBool, SetInt, ...) and Type.Bits: what
// fmt's scanning needs to store into named types.

package reflect

// mustBeAssignable panics as Go does unless v may be set.
func (v Value) mustBeAssignable(method string) {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.ro {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if !v.canAddr {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// storeFrom copies n bytes from the variable at p (the address efaceData
// gives for a pointer to it) into v.
func (v Value) storeFrom(p uintptr, n uintptr) { memMove(v.addr(), p, n) }

// SetBool sets a bool's value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	v.storeFrom(efaceData(&x), 1)
}

// SetInt sets the value of a signed integer of any size, truncating x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		// Every target is little-endian: the low bytes come first.
		v.storeFrom(efaceData(&x), typeSize(v.typ))
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
}

// SetUint sets the value of an unsigned integer of any size, truncating x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		v.storeFrom(efaceData(&x), typeSize(v.typ))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
}

// SetFloat sets a float32's (rounding x) or float64's value.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.Kind() {
	case Float32:
		f := float32(x)
		v.storeFrom(efaceData(&f), 4)
		return
	case Float64:
		v.storeFrom(efaceData(&x), 8)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
}

// SetString sets a string's value.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	v.storeFrom(efaceData(&x), 2*ptrSize)
}

// SetBytes sets the value of a slice of bytes (x's array is shared).
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if typeKind(typeElem(v.typ)) != int(Uint8) {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	v.storeFrom(efaceData(&x), 3*ptrSize)
}

// Bits returns the size in bits of a numeric type.
func (t rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(typeSize(uintptr(t))) * 8
}
