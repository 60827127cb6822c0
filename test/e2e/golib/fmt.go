// Package fmt from golib: Print, Println, Printf and the S/F forms and
// Errorf (%w); every verb, flag, width, precision and argument index on
// ints, strings, bytes, bools, structs, pointers, slices, arrays, maps
// (sorted keys), nil values, errors, Stringers (and one that panics), bad
// verbs and missing, extra and bad arguments.
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
	"strings"
)

type T struct {
	A int
	B string
}

type U struct {
	x  int
	T  T
	P  *T
	E  error
	I  interface{}
	S  []int
	M  map[string]int
}

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type Named []byte
type Ints []int

type panicker int

func (p panicker) String() string { panic("boom") }

type W struct{ sb strings.Builder }

func (w *W) Write(b []byte) (int, error) { return w.sb.Write(b) }

func main() {
	fmt.Println("ints", 1, -2, int8(-3), int16(4), int32(5), int64(-6), uint(7), uint8(8), uint16(9), uint32(10), uint64(11), uintptr(12))
	fmt.Println(true, false, "s", 'x', byte('y'))
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(nil)
	var e error
	fmt.Println(e)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b\n", 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 5)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X\n", -42, -42, -42, -42, -42, -42, -255, -255)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%.0d|%5.0d|\n", 7, 7, 7, 0, 0)
	fmt.Printf("%c|%q|%U|%#U|%c|%q\n", 'A', 'A', 0x1F600, 0x1F600, 0x4E16, '\n')
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%+q|%#q|%x|%X|% x|%#x|% #x\n", "hi", "hi", "hi", "hello", "héllo\n", "héllo", "back`q", "hi!", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%s|%x|%q|%v|%d|%#v\n", []byte("abc"), []byte("abc"), []byte("abc"), []byte("abc"), []byte("ab"), []byte("ab"))
	fmt.Printf("%v|%+v|%#v\n", T{1, "x"}, T{1, "x"}, T{1, "x"})
	fmt.Printf("%v|%+v|%#v\n", &T{1, "x"}, &T{1, "x"}, []T{{1, "a"}, {2, "b"}})
	fmt.Printf("%v|%v|%v|%#v|%#v\n", []int{1, 2, 3}, [2]string{"a", "b"}, []string(nil), []string(nil), [2]bool{true, false})
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Printf("%v|%#v|%v\n", m, m, map[int]bool{3: true, -1: false, 2: true})
	var nm map[string]int
	fmt.Printf("%v|%#v\n", nm, nm)
	fmt.Println(map[T]int{{2, "b"}: 2, {1, "z"}: 1, {1, "a"}: 0})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4})
	u := U{x: 1, T: T{2, "y"}, E: errors.New("bad"), I: 7, S: []int{4}, M: map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n", u, u)
	fmt.Println(Celsius(21), []Celsius{1, 2}, map[Celsius]Celsius{3: 4})
	fmt.Printf("%v|%s|%d|%q|%x\n", Celsius(5), Celsius(5), Celsius(5), Celsius(5), Celsius(5))
	fmt.Println(&myErr{3}, error(&myErr{4}))
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T|%T\n", 1, "s", T{}, &T{}, []int{}, m, e, Celsius(1))
	fmt.Printf("%T|%T|%T\n", [3]byte{}, struct{ A int }{}, func(int) string { return "" })
	fmt.Printf("%d|%s|%v\n", "hi", 5, Named("ab"))
	fmt.Printf("%s|%v|%d\n", Named("ab"), Ints{1, 2}, Ints{1, 2})
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%!|%z|%|%[2]d %[1]d|%[3]d|%[0]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*d|%*.*s|\n", 5, 1, 5, 2, 3, 3, 6, 2, "abcdef")
	fmt.Printf("%*d|%.*d\n", "x", 1, -1, 2)
	fmt.Printf("100%%|%5%|%c\n", 'z')
	fmt.Printf("%v|%s\n", panicker(1), panicker(2))
	fmt.Printf("%v %d\n", e, nil)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%#v|%#v|%#v|%#v\n", 42, uint(42), "q\"s", true)
	fmt.Printf("%#v|%#v\n", map[string]T{"a": {1, "b"}}, &u.T)
	fmt.Printf("%#v|%#v\n", []interface{}{1, "a", nil}, struct{}{})
	fmt.Printf("%v|%v\n", []interface{}{1, "a", nil}, [0]int{})
	fmt.Printf("%6.2v|%-8q|%08q|%x\n", "abc", "a", "b", -1)
	fmt.Printf("%p %v\n", nil, (*T)(nil))
	var ip *int
	fmt.Printf("%v|%p|%#v\n", ip, ip, ip)
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("a", 1))
	err := fmt.Errorf("wrap %d: %w", 1, errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	err2 := fmt.Errorf("nowrap %v", errors.New("inner"))
	fmt.Println(err2, errors.Unwrap(err2) == nil)
	fmt.Println(fmt.Errorf("bad %w", 3))
	fmt.Printf("%w\n", errors.New("x"))
	w := &W{}
	n, werr := fmt.Fprintf(w, "%d-%s", 12, "ab")
	fmt.Fprint(w, "|", 3, 4)
	fmt.Fprintln(w, "|", 5)
	fmt.Print(w.sb.String(), n, werr, "\n")
	fmt.Printf("%v %v\n", struct {
		a []byte
		b *int
	}{[]byte("hi"), nil}, [][]int{{1}, {2, 3}})
	fmt.Printf("%x|%X|% X|%#X\n", []byte{1, 0xab}, "\xff", []byte{1, 2}, []byte{1, 2})
	fmt.Printf("%5.1s|%-5.1q|%.1x\n", "日本", "日本", "abc")
	fmt.Printf("%c%c%c|%5c|%-3c|\n", 0x65e5, 0x672c, 0x110000, 'x', 'y')
	fmt.Printf("%U|%.6U|%#.2U\n", -1, 'a', 'a')
	fmt.Printf("%08b|%o|%#O|%x\n", 5, -8, 8, uint64(1<<63))
	fmt.Printf("%+v\n", struct {
		T
		N *T
	}{T{1, "e"}, nil})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%x\n", []string{"a", "b"})
	fmt.Printf("%d\n", []int8{-1, 2})
	fmt.Printf("%s|%d\n", errors.New("e1"), errors.New("e2"))
	fmt.Printf("%v %s\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%.-3d|%-010d|%0-10d|\n", 5, 6, 7)
	fmt.Printf("%[2]*[1]d|%[3]*.[2]*[1]d|\n", 12, 5, 8)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[1]d %d\n", 1, 2, 3)
	fmt.Printf("%.*d|%*d\n", 1000000000, 1, 10000000, 1)
	fmt.Printf("%v\n", map[int][]string{2: {"b"}, 1: {"a"}})
	type pair struct{ a, b int }
	fmt.Println(map[pair]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2})
	fmt.Println(map[int8]int{-5: 1, 3: 2}, map[uint]int{5: 1, 3: 2})
	fmt.Println(map[string]*T{"a": nil})
}

// CHECK:ints 1 -2 -3 4 5 -6 7 8 9 10 11 12
// CHECK-NEXT:true false s 120 121
// CHECK-NEXT:ab1 2c3
// CHECK-NEXT:1 2
// CHECK-NEXT:<nil>
// CHECK-NEXT:<nil>
// CHECK-NEXT:42|   42|42   |00042|+42| 42|ff|FF|10|0o10|101|0xff|010|0b101
// CHECK-NEXT:-42|  -42|-42  |-0042|-42|-42|-ff|-FF
// CHECK-NEXT:007|     007|007     ||     |
// CHECK-NEXT:A|'A'|U+1F600|U+1F600 '😀'|世|'\n'
// CHECK-NEXT:true|false| true|false |
// CHECK-NEXT:hi|        hi|hi        |he|"héllo\n"|"h\u00e9llo"|"back`q"|686921|686921|68 69 21|0x686921|0x68 0x69 0x21
// CHECK-NEXT:abc|616263|"abc"|[97 98 99]|[97 98]|[]byte{0x61, 0x62}
// CHECK-NEXT:{1 x}|{A:1 B:x}|main.T{A:1, B:"x"}
// CHECK-NEXT:&{1 x}|&{A:1 B:x}|[]main.T{main.T{A:1, B:"a"}, main.T{A:2, B:"b"}}
// CHECK-NEXT:[1 2 3]|[a b]|[]|[]string(nil)|[2]bool{true, false}
// CHECK-NEXT:map[a:1 m:13 z:26]|map[string]int{"a":1, "m":13, "z":26}|map[-1:false 2:true 3:true]
// CHECK-NEXT:map[]|map[string]int(nil)
// CHECK-NEXT:map[{1 a}:0 {1 z}:1 {2 b}:2]
// CHECK-NEXT:map[false:f true:t]
// CHECK-NEXT:map[1:4 2:2 a:3 b:1]
// CHECK-NEXT:{1 {2 y} <nil> bad 7 [4] map[k:1]}
// CHECK-NEXT:{x:1 T:{A:2 B:y} P:<nil> E:bad I:7 S:[4] M:map[k:1]}
// CHECK-NEXT:21°C [1°C 2°C] map[3°C:4°C]
// CHECK-NEXT:5°C|5°C|5|"5°C"|35c2b043
// CHECK-NEXT:myErr 3 myErr 4
// CHECK-NEXT:int|string|main.T|*main.T|[]int|map[string]int|<nil>|main.Celsius
// CHECK-NEXT:[3]uint8|struct { A int }|func(int) string
// CHECK-NEXT:%!d(string=hi)|%!s(int=5)|[97 98]
// CHECK-NEXT:ab|[1 2]|[1 2]
// CHECK-NEXT:1 %!d(MISSING)
// CHECK-NEXT:1
// CHECK-NEXT:%!(EXTRA int=2, string=x)%!!(int=1)|%!z(int=2)|%!|(MISSING)2 1|%!d(BADINDEX)|%!d(BADINDEX)
// CHECK-NEXT:    1|2    |003|    ab|
// CHECK-NEXT:%!(BADWIDTH)1|%!(BADPREC)2
// CHECK-NEXT:100%|%|z
// CHECK-NEXT:%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)
// CHECK-NEXT:<nil> %!d(<nil>)
// CHECK-NEXT:%!(NOVERB)
// CHECK-NEXT:42|0x2a|"q\"s"|true
// CHECK-NEXT:map[string]main.T{"a":main.T{A:1, B:"b"}}|&main.T{A:2, B:"y"}
// CHECK-NEXT:[]interface {}{1, "a", interface {}(nil)}|struct {}{}
// CHECK-NEXT:[1 a <nil>]|[]
// CHECK-NEXT:    ab|"a"     |00000"b"|-1
// CHECK-NEXT:%!p(<nil>) <nil>
// CHECK-NEXT:<nil>|0x0|(*int)(nil)
// CHECK-NEXT:x1 2y a 1
// CHECK-EMPTY:
// CHECK-NEXT:wrap 1: inner inner
// CHECK-NEXT:nowrap inner true
// CHECK-NEXT:bad %!w(int=3)
// CHECK-NEXT:%!w(*errors.errorString=&{x})
// CHECK-NEXT:12-ab|3 4| 5
// CHECK-NEXT:5 <nil>
// CHECK-NEXT:{[104 105] <nil>} {{\[\[}}1] [2 3]]
// CHECK-NEXT:01ab|FF|01 02|0X0102
// CHECK-NEXT:    日|"日"  |61
// CHECK-NEXT:日本�|    x|y  |
// CHECK-NEXT:U+FFFFFFFFFFFFFFFF|U+000061|U+0061 'a'
// CHECK-NEXT:00000101|-10|0o010|8000000000000000
// CHECK-NEXT:{T:{A:1 B:e} N:<nil>}
// CHECK-NEXT:[a b]
// CHECK-NEXT:["a" "b"]
// CHECK-NEXT:[61 62]
// CHECK-NEXT:[-1 2]
// CHECK-NEXT:e1|&{%!d(string=e2)}
// CHECK-NEXT:[65 66 67] ABC
// CHECK-NEXT:%!t(int=1)
// CHECK-NEXT:%!s(<nil>)
// CHECK-NEXT:%!-(int=5)3d|6         |7         |
// CHECK-NEXT:   12|   00012|
// CHECK-NEXT:16 17 0x10 0x11
// CHECK-NEXT:%!d(BADINDEX)
// CHECK-NEXT:1 2
// CHECK-NEXT:%!(BADPREC)1|%!(BADWIDTH)1
// CHECK-NEXT:map[1:[a] 2:[b]]
// CHECK-NEXT:map[{1 1}:z {1 2}:y {2 1}:x]
// CHECK-NEXT:map{{\[\[}}1 9]:2 [2 1]:1]
// CHECK-NEXT:map[-5:1 3:2] map[3:2 5:1]
// CHECK-NEXT:map[a:<nil>]
