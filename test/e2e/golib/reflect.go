// Packages fmt and reflect from golib: Formatter (its State's flags),
// GoStringer, Stringers at any depth but not through unexported fields,
// embedded and nested structs, nil funcs, chans, pointers and interfaces
// under %v and %#v, byte arrays; reflect's Type (kinds, names, package
// paths, fields, elements) and Value (ints, strings, slices, maps,
// pointers, interfaces, IsZero, panics).
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	pr, pok := f.Precision()
	fmt.Fprintf(f, "$%d[%c w=%d/%v p=%d/%v -%v +%v #%v 0%v sp%v]", int(m), verb, w, wok, pr, pok,
		f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag('0'), f.Flag(' '))
}

type inner struct {
	name string
	n    int
}

type S struct { // a Stringer
	v int
}

func (s S) String() string { return fmt.Sprint("S<", s.v, ">") }

type Outer struct {
	inner
	Pub    S
	priv   S
	Err    error
	Any    interface{}
	Ptr    *int
	Fn     func()
	Ch     chan int
	Nested [2][]string
	Empty  struct{}
}

type Stack []int

func (s *Stack) String() string { return "stack" }

type Tree struct {
	L, R *Tree
	V    int
}

type Tmp float64

func main() {
	fmt.Printf("%v|%#v|%+v\n", Point{1, 2}, Point{1, 2}, Point{1, 2})
	fmt.Printf("%#v\n", []Point{{3, 4}})
	fmt.Printf("%v|%d|%-8.3x|%+#0 s\n", Money(5), Money(6), Money(7), Money(8))
	o := Outer{inner: inner{"in", 3}, Pub: S{1}, priv: S{2}, Err: errors.New("oops"), Any: S{3}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(S{9}, &S{10}, []S{{11}}, map[string]S{"k": {12}})
	var st Stack
	fmt.Println(st, &st)
	fmt.Printf("%v %+v\n", Tree{V: 1}, &Tree{V: 2})
	fmt.Printf("%#v\n", Outer{}.Empty)
	fmt.Printf("%#v|%#v|%#v\n", o.Fn, o.Ch, o.Ptr)
	fmt.Printf("%v|%v|%v\n", o.Fn == nil, o.Ch, o.Ptr)
	fmt.Printf("%#v\n", map[int]string(nil))
	fmt.Printf("%#v|%#v\n", []byte(nil), [2]byte{1, 2})
	fmt.Printf("%x|%X|%s\n", [2]byte{1, 2}, []uint8{0xde, 0xad}, [3]uint8{'a', 'b', 'c'})
	fmt.Printf("%#v|%#v|%#v\n", int8(-1), uint16(7), uintptr(9))
	fmt.Printf("%5d|%.0d|%d|\n", 1, 0, 0)
	var ei interface{}
	fmt.Printf("%#v|%v|%d\n", ei, ei, ei)
	var err error
	fmt.Printf("%#v\n", []error{err, errors.New("x")}[0])
	fmt.Printf("%v\n", []error{err, errors.New("x")})
	fmt.Printf("%v|%s\n", [][]byte{[]byte("ab"), nil}, [][]byte{[]byte("ab"), nil})

	// reflect
	t := reflect.TypeOf(o)
	fmt.Println(t, t.Kind(), t.Name(), t.PkgPath(), t.NumField(), t.Size() > 0)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.PkgPath, f.Type, f.Type.Kind(), f.Anonymous, f.Index)
	}
	v := reflect.ValueOf(o)
	fmt.Println(v.Kind(), v.NumField(), v.Field(1).Field(0).Int(), v.Field(2).CanInterface(), v.Field(1).CanInterface())
	fmt.Println(v.Field(0).Field(0).String(), v.Field(3).Elem().Type(), v.Field(4).Elem().Interface())
	fmt.Println(v.Field(5).IsNil(), v.Field(6).IsNil(), v.Field(7).IsNil(), v.Field(8).Len(), v.Field(8).Index(1).Len())
	ts := []reflect.Type{reflect.TypeOf(1), reflect.TypeOf("s"), reflect.TypeOf([]int{}), reflect.TypeOf(map[string]bool{}),
		reflect.TypeOf(&o), reflect.TypeOf([3]int{}), reflect.TypeOf(make(chan int)), reflect.TypeOf(main),
		reflect.TypeOf(Tmp(1)), reflect.TypeOf(&err).Elem(), reflect.TypeOf(struct{ A int }{}), reflect.TypeOf(uint8(1))}
	for _, t := range ts {
		fmt.Printf("%v|%s|%q|%q|%d\n", t, t.Kind(), t.Name(), t.PkgPath(), t.NumMethod())
	}
	fmt.Println(ts[2].Elem(), ts[3].Key(), ts[3].Elem(), ts[4].Elem(), ts[5].Len(), ts[5].Elem(), ts[6].Elem())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf("x"))
	sv := reflect.ValueOf([]string{"a", "b", "c"})
	fmt.Println(sv.Len(), sv.Cap(), sv.Index(2), sv.Index(0).String(), sv.Kind() == reflect.Slice)
	mv := reflect.ValueOf(map[string]int{"x": 1, "y": 2})
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("y")), mv.MapIndex(reflect.ValueOf("z")).IsValid(), len(mv.MapKeys()))
	it := mv.MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println(sum)
	x := 42
	pv := reflect.ValueOf(&x)
	fmt.Println(pv.Kind(), pv.Elem().Int(), pv.IsNil(), pv.Pointer() != 0, pv.Elem().Interface())
	fmt.Println(reflect.ValueOf(uint16(65535)).Uint(), reflect.ValueOf(int8(-8)).Int(), reflect.ValueOf(true).Bool(), reflect.ValueOf(int64(-1) << 40).Int())
	fmt.Println(reflect.ValueOf([]byte("hey")).Bytes(), reflect.ValueOf("abc").Index(1).Uint(), reflect.ValueOf(nil).IsValid())
	fmt.Println(reflect.Int, reflect.Pointer, reflect.Struct, reflect.UnsafePointer, reflect.Kind(99), reflect.Invalid)
	fmt.Println(reflect.ValueOf(5).String(), reflect.Value{}.String(), reflect.ValueOf(o.Pub))
	fmt.Printf("%v %d\n", reflect.ValueOf(7), reflect.ValueOf(Point{5, 6}))
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{0, 1}).IsZero(), reflect.ValueOf("").IsZero())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(1).Len()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Field(2).Interface()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.Value{}.Type()
	}()
}

// CHECK:{1 2}|Pt(1,2)|{X:1 Y:2}
// CHECK-NEXT:[]main.Point{Pt(3,4)}
// CHECK-NEXT:$5[v w=0/false p=0/false -false +false #false 0false spfalse]|$6[d w=0/false p=0/false -false +false #false 0false spfalse]|$7[x w=8/true p=3/true -true +false #false 0false spfalse]|$8[s w=8/false p=3/false -false +true #true 0true sptrue]
// CHECK-NEXT:{{\{\{}}in 3} S<1> {2} oops S<3> <nil> <nil> <nil> {{\[\[}}] []] {}}
// CHECK-NEXT:{inner:{name:in n:3} Pub:S<1> priv:{v:2} Err:oops Any:S<3> Ptr:<nil> Fn:<nil> Ch:<nil> Nested:{{\[\[}}] []] Empty:{}}
// CHECK-NEXT:S<9> S<10> [S<11>] map[k:S<12>]
// CHECK-NEXT:[] stack
// CHECK-NEXT:{<nil> <nil> 1} &{L:<nil> R:<nil> V:2}
// CHECK-NEXT:struct {}{}
// CHECK-NEXT:(func())(nil)|(chan int)(nil)|(*int)(nil)
// CHECK-NEXT:true|<nil>|<nil>
// CHECK-NEXT:map[int]string(nil)
// CHECK-NEXT:[]byte(nil)|[2]uint8{0x1, 0x2}
// CHECK-NEXT:0102|DEAD|abc
// CHECK-NEXT:-1|0x7|0x9
// CHECK-NEXT:    1||0|
// CHECK-NEXT:<nil>|<nil>|%!d(<nil>)
// CHECK-NEXT:<nil>
// CHECK-NEXT:[<nil> x]
// CHECK-NEXT:{{\[\[}}97 98] []]|[ab ]
// CHECK-NEXT:main.Outer struct Outer main 10 true
// CHECK-NEXT:0 inner main main.inner struct true [0]
// CHECK-NEXT:1 Pub  main.S struct false [1]
// CHECK-NEXT:2 priv main main.S struct false [2]
// CHECK-NEXT:3 Err  error interface false [3]
// CHECK-NEXT:4 Any  interface {} interface false [4]
// CHECK-NEXT:5 Ptr  *int ptr false [5]
// CHECK-NEXT:6 Fn  func() func false [6]
// CHECK-NEXT:7 Ch  chan int chan false [7]
// CHECK-NEXT:8 Nested  [2][]string array false [8]
// CHECK-NEXT:9 Empty  struct {} struct false [9]
// CHECK-NEXT:struct 10 1 false true
// CHECK-NEXT:in *errors.errorString S<3>
// CHECK-NEXT:true true true 2 0
// CHECK-NEXT:int|int|"int"|""|0
// CHECK-NEXT:string|string|"string"|""|0
// CHECK-NEXT:[]int|slice|""|""|0
// CHECK-NEXT:map[string]bool|map|""|""|0
// CHECK-NEXT:*main.Outer|ptr|""|""|0
// CHECK-NEXT:[3]int|array|""|""|0
// CHECK-NEXT:chan int|chan|""|""|0
// CHECK-NEXT:func()|func|""|""|0
// CHECK-NEXT:main.Tmp|float64|"Tmp"|"main"|0
// CHECK-NEXT:error|interface|"error"|""|1
// CHECK-NEXT:struct { A int }|struct|""|""|0
// CHECK-NEXT:uint8|uint8|"uint8"|""|0
// CHECK-NEXT:int string bool main.Outer 3 int int
// CHECK-NEXT:true false
// CHECK-NEXT:3 3 c a true
// CHECK-NEXT:2 2 false 2
// CHECK-NEXT:5
// CHECK-NEXT:ptr 42 false true 42
// CHECK-NEXT:65535 -8 true -1099511627776
// CHECK-NEXT:[104 101 121] 98 false
// CHECK-NEXT:int ptr struct unsafe.Pointer kind99 invalid
// CHECK-NEXT:<int Value> <invalid Value> S<1>
// CHECK-NEXT:7 {5 6}
// CHECK-NEXT:true false true
// CHECK-NEXT:recovered: reflect: call of reflect.Value.Len on int Value
// CHECK-NEXT:recovered: reflect.Value.Interface: cannot return value obtained from unexported field or method
// CHECK-NEXT:recovered: reflect: call of reflect.Value.Type on zero Value
