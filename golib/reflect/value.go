package reflect

// A Value is a Go value of any type: its type's descriptor and the
// address of the value (a copy of it, for one ValueOf took from an
// interface). The zero Value represents no value.
type Value struct {
	typ     uintptr
	p       *byte // the address, typed so that the collector sees it
	ro      bool  // reached through an unexported field: Interface refuses it
	canAddr bool  // an element of a pointer or a slice, or a field of one
}

// A ValueError is the panic of a Value method called on a Value of the
// wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// addr returns the value's address.
func (v Value) addr() uintptr { return fromPointer(v.p) }

// ValueOf returns a Value holding i's dynamic value (the zero Value for
// nil).
func ValueOf(i interface{}) Value {
	t := efaceType(i)
	if t == 0 {
		return Value{}
	}
	return fromWord(t, efaceData(i))
}

// fromWord makes the Value of type t that an interface's data word d
// holds: the value itself when it fits in a word, else its address.
func fromWord(t, d uintptr) Value {
	if typeSize(t) <= ptrSize {
		return Value{typ: t, p: toPointer(boxWord(d))}
	}
	return Value{typ: t, p: toPointer(d)}
}

// Kind returns v's kind, Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == 0 {
		return Invalid
	}
	return Kind(typeKind(v.typ))
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != 0 }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return rtype(v.typ)
}

// mustBe panics unless v is of kind want (one kind: a variadic list would
// be allocated at every call).
func (v Value) mustBe(method string, want Kind) {
	if k := v.Kind(); k != want {
		panic(&ValueError{"reflect.Value." + method, k})
	}
}

// Bool returns a bool's value.
func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return load8(v.addr()) != 0
}

// Int returns the value of a signed integer of any size.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int8:
		return int64(int8(load8(v.addr())))
	case Int16:
		return int64(int16(load16(v.addr())))
	case Int32:
		return int64(int32(load32(v.addr())))
	case Int64:
		return int64(load64(v.addr()))
	case Int:
		if ptrSize == 4 {
			return int64(int32(load32(v.addr())))
		}
		return int64(load64(v.addr()))
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// Uint returns the value of an unsigned integer of any size.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint8:
		return uint64(load8(v.addr()))
	case Uint16:
		return uint64(load16(v.addr()))
	case Uint32:
		return uint64(load32(v.addr()))
	case Uint64:
		return load64(v.addr())
	case Uint, Uintptr:
		return uint64(loadWord(v.addr()))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// Float returns a float32's or float64's value.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return loadFloat32(v.addr())
	case Float64:
		return loadFloat64(v.addr())
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// String returns a string's value; for another kind, "<T Value>".
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		var s string
		loadString(v.addr(), &s)
		return s
	}
	return "<" + v.Type().String() + " Value>"
}

// Len returns the length of an array, chan, map, slice or string.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return typeLen(v.typ)
	case Slice, String:
		return int(loadWord(v.addr() + ptrSize))
	case Map:
		return mapLen(loadWord(v.addr()))
	case Chan:
		if c := loadWord(v.addr()); c != 0 {
			return chanLen(c)
		}
		return 0
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns the capacity of an array, chan or slice.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return typeLen(v.typ)
	case Slice:
		return int(loadWord(v.addr() + 2*ptrSize))
	case Chan:
		if c := loadWord(v.addr()); c != 0 {
			return chanCap(c)
		}
		return 0
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns the i'th element of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array, Slice:
		if i < 0 || i >= v.Len() {
			panic("reflect: " + v.Kind().String() + " index out of range")
		}
		et := typeElem(v.typ)
		base := v.addr()
		if v.Kind() == Slice {
			base = loadWord(v.addr())
		}
		return Value{typ: et, p: toPointer(base + uintptr(i)*typeSize(et)), ro: v.ro,
			canAddr: v.canAddr || v.Kind() == Slice}
	case String:
		if i < 0 || i >= v.Len() {
			panic("reflect: string index out of range")
		}
		b := loadWord(v.addr()) + uintptr(i)
		return Value{typ: efaceType(uint8(0)), p: toPointer(b), ro: v.ro}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

// NumField returns the number of a struct's fields.
func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return typeNumField(v.typ)
}

// Field returns a struct's i'th field.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if i < 0 || i >= typeNumField(v.typ) {
		panic("reflect: Field index out of range")
	}
	var pkg string
	fieldPkgPath(v.typ, i, &pkg)
	return Value{typ: fieldType(v.typ, i), p: toPointer(v.addr() + fieldOffset(v.typ, i)),
		ro: v.ro || pkg != "", canAddr: v.canAddr}
}

// Elem returns the value a pointer points to or an interface holds (the
// zero Value for nil).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := loadWord(v.addr())
		if p == 0 {
			return Value{}
		}
		return Value{typ: typeElem(v.typ), p: toPointer(p), ro: v.ro, canAddr: true}
	case Interface:
		w := loadWord(v.addr())
		if w == 0 {
			return Value{}
		}
		if typeNumMethod(v.typ) != 0 {
			w = itabType(w)
		}
		e := fromWord(w, loadWord(v.addr()+ptrSize))
		e.ro = v.ro
		return e
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// IsNil reports whether a chan, func, interface, map, pointer or slice is
// nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return loadWord(v.addr()) == 0
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// Pointer returns the address a chan, func, map, pointer or slice holds
// as a uintptr (a func's: its code).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Map, Pointer, UnsafePointer, Slice:
		return loadWord(v.addr())
	case Func:
		if f := loadWord(v.addr()); f != 0 {
			return loadWord(f)
		}
		return 0
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// CanInterface reports whether Interface may be used: not for a value
// reached through an unexported field.
func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return !v.ro
}

// Interface returns v's value as an interface{}.
func (v Value) Interface() interface{} {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.ro {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	var i interface{}
	packEface(v.typ, v.addr(), &i)
	return i
}

// Bytes returns a []byte's value (sharing its array).
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || typeKind(typeElem(v.typ)) != int(Uint8) {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	var b []byte
	loadSlice(v.addr(), &b)
	return b
}

// NumMethod returns the number of v's type's exported methods.
func (v Value) NumMethod() int {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(v.typ)
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	n := typeSize(v.typ)
	for i := uintptr(0); i < n; i++ {
		if load8(v.addr()+i) != 0 {
			return false
		}
	}
	return true
}
