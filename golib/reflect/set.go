// Setting values, interfaces' method sets and Swapper: the part of
// reflect that errors.As and sort.Slice need.

package reflect

// The runtime's (runtime/iface.cpp, reflect.cpp).
func ifaceE2I(inter, t, d, dst uintptr)
func typeImplements(inter, t uintptr) bool
func memMove(dst, src, n uintptr)
func memSwap(p, q, n uintptr)

// Implements reports whether t's method set includes interface u's.
func (t rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(u.common(), uintptr(t))
}

// AssignableTo reports whether a value of type t may be assigned to one of
// type u: the same type, or an interface that t implements.
// PORT: not the rule for identical underlying types of which one is
// unnamed, nor bidirectional channels.
func (t rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	if u.common() == uintptr(t) {
		return true
	}
	return u.Kind() == Interface && t.Implements(u)
}

// CanSet reports whether Set may change v: v is addressable (an element
// of a pointer or a slice) and not reached through an unexported field.
func (v Value) CanSet() bool { return v.canAddr && !v.ro }

// Set assigns x to v, as Go's assignment would.
func (v Value) Set(x Value) {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if !v.canAddr {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
	if v.ro {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if x.typ == 0 {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if !rtype(x.typ).AssignableTo(rtype(v.typ)) {
		panic("reflect.Set: value of type " + rtype(x.typ).String() +
			" is not assignable to type " + rtype(v.typ).String())
	}
	if v.Kind() == Interface && x.Kind() != Interface {
		// An interface holding x: its type (or itab) and data words.
		var e interface{}
		packEface(x.typ, x.addr(), &e)
		ifaceE2I(v.typ, efaceType(e), efaceData(e), v.addr())
		return
	}
	memMove(v.addr(), x.addr(), typeSize(v.typ))
}

// Swapper returns a function that swaps the elements i and j of slice.
func Swapper(slice interface{}) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	base := loadWord(v.addr())
	size := typeSize(typeElem(v.typ))
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		if i != j {
			memSwap(base+uintptr(i)*size, base+uintptr(j)*size, size)
		}
	}
}
