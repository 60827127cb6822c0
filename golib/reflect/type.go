// Package reflect lets a program inspect values of any type at run time,
// as Go 1.19's package reflect does, for the part that fmt needs: TypeOf
// and ValueOf, a Type's kind, name, elements and fields, reading a Value
// of any kind and setting one of a basic kind (no calling or making
// values).
//
// Types are gort's type descriptors (runtime/include/gort/gort.h), read
// through the runtime's functions in runtime.go.
package reflect

// A Kind is the sort of type a Type is.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map",
	"ptr", "slice", "string", "struct", "unsafe.Pointer",
}

// String returns the kind's name ("int", "ptr", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// itoa is strconv.Itoa for a non-negative n: reflect imports nothing, so
// that errors (which strconv imports) can import it for As.
func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			return string(b[i:])
		}
	}
}

// A ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// Type is a Go type's representation.
type Type interface {
	Align() int
	Size() uintptr
	Kind() Kind
	Name() string
	PkgPath() string
	String() string
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	NumMethod() int
	Comparable() bool
	ChanDir() ChanDir
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Bits() int
	common() uintptr
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // an unexported field's package path, else ""
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is a field's tag string (gort's descriptors keep no tags,
// so it is always empty).
type StructTag string

// rtype is a Type: the address of its descriptor, so that two Types of
// one type compare equal.
type rtype uintptr

// toType makes the Type of descriptor t (nil for none).
func toType(t uintptr) Type {
	if t == 0 {
		return nil
	}
	return rtype(t)
}

// TypeOf returns the dynamic type of i, nil for the nil interface.
func TypeOf(i interface{}) Type { return toType(efaceType(i)) }

func (t rtype) common() uintptr  { return uintptr(t) }
func (t rtype) Size() uintptr    { return typeSize(uintptr(t)) }
func (t rtype) Align() int       { return typeAlign(uintptr(t)) }
func (t rtype) Kind() Kind       { return Kind(typeKind(uintptr(t))) }
func (t rtype) Comparable() bool { return typeComparable(uintptr(t)) }
func (t rtype) NumMethod() int   { return typeNumMethod(uintptr(t)) }
func (t rtype) ChanDir() ChanDir {
	t.must(Chan, "ChanDir")
	return ChanDir(typeChanDir(uintptr(t)))
}

// String returns the type's spelling, as %T prints it ("main.T").
func (t rtype) String() string {
	var s string
	typeName(uintptr(t), &s)
	return s
}

// named reports whether the type has a name: its spelling is a (maybe
// qualified) identifier, where an unnamed type's always has punctuation.
func (t rtype) named() bool {
	s := t.String()
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', ']', '*', '(', ')', '{', '}', ' ':
			return false
		}
	}
	return true
}

// Name returns a named type's name within its package, else "".
func (t rtype) Name() string {
	if !t.named() {
		return ""
	}
	s := t.String()
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// PkgPath returns a named type's package path ("" for predeclared and
// unnamed types).
func (t rtype) PkgPath() string {
	if !t.named() {
		return ""
	}
	var s string
	typePkgPath(uintptr(t), &s)
	return s
}

func (t rtype) must(k Kind, method string) {
	if t.Kind() != k {
		panic("reflect: " + method + " of non-" + k.String() + " type " + t.String())
	}
}

// Elem returns the element type of an array, chan, map, pointer or slice.
func (t rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(uintptr(t)))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Key returns a map type's key type.
func (t rtype) Key() Type {
	t.must(Map, "Key")
	return toType(typeKey(uintptr(t)))
}

// Len returns an array type's length.
func (t rtype) Len() int {
	t.must(Array, "Len")
	return typeLen(uintptr(t))
}

// NumField returns the number of a struct type's fields.
func (t rtype) NumField() int {
	t.must(Struct, "NumField")
	return typeNumField(uintptr(t))
}

// Field returns a struct type's i'th field.
func (t rtype) Field(i int) StructField {
	t.must(Struct, "Field")
	if i < 0 || i >= t.NumField() {
		panic("reflect: Field index out of bounds")
	}
	var f StructField
	fieldName(uintptr(t), i, &f.Name)
	fieldPkgPath(uintptr(t), i, &f.PkgPath)
	f.Type = toType(fieldType(uintptr(t), i))
	f.Offset = fieldOffset(uintptr(t), i)
	f.Index = []int{i}
	f.Anonymous = fieldEmbedded(uintptr(t), i)
	return f
}
