package reflect

// The functions the runtime provides (runtime/reflect.cpp; docs/ABI.md,
// "reflect"): Go code here has no unsafe, so addresses travel as uintptr
// (the collector is conservative) and memory and type descriptors are read
// by these. Strings, slices and interfaces come back through out pointers,
// which the runtime writes during the call only (//go:noescape: the
// caller's variable stays on its stack).

func efaceType(i interface{}) uintptr
func efaceData(i interface{}) uintptr
func itabType(tab uintptr) uintptr
func boxWord(w uintptr) uintptr

//go:noescape
func packEface(t, p uintptr, out *interface{})

func loadWord(p uintptr) uintptr
func load64(p uintptr) uint64
func load32(p uintptr) uint32
func load16(p uintptr) uint32
func load8(p uintptr) uint32
func loadFloat64(p uintptr) float64
func loadFloat32(p uintptr) float64

//go:noescape
func loadString(p uintptr, out *string)

//go:noescape
func loadSlice(p uintptr, out *[]byte)

func typeSize(t uintptr) uintptr
func typeKind(t uintptr) int
func typeAlign(t uintptr) int

//go:noescape
func typeName(t uintptr, out *string)
func typeElem(t uintptr) uintptr
func typeKey(t uintptr) uintptr
func typeLen(t uintptr) int
func typeComparable(t uintptr) bool
func typeChanDir(t uintptr) int

//go:noescape
func typePkgPath(t uintptr, out *string)
func typeNumMethod(t uintptr) int
func typeNumField(t uintptr) int

//go:noescape
func fieldName(t uintptr, i int, out *string)

//go:noescape
func fieldPkgPath(t uintptr, i int, out *string)
func fieldType(t uintptr, i int) uintptr
func fieldOffset(t uintptr, i int) uintptr
func fieldEmbedded(t uintptr, i int) bool

func mapLen(m uintptr) int
func mapEntries(t, m uintptr, kv []uintptr) int

// toPointer and fromPointer convert between an address and a pointer:
// a Value keeps its address as a pointer, since the collector does not
// scan objects whose type has no pointers (a []Value would be one).
func toPointer(p uintptr) *byte
func fromPointer(p *byte) uintptr

// ptrSize is the size of a pointer: 4 or 8.
var ptrSize = typeSize(efaceType(uintptr(0)))

// memDup returns a new copy of the n bytes at p.
func memDup(p, n uintptr) uintptr

// typeEqual compares the values of type t at p and q (t is comparable).
func typeEqual(t, p, q uintptr) bool

func chanLen(c uintptr) int
func chanCap(c uintptr) int
