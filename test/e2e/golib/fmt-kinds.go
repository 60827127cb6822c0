// Package fmt from golib on more kinds and edge values: values of at
// most a word in interfaces (small structs), named strings and ints with
// and without String, nested arrays, linked nodes, errors of an empty
// struct type, interfaces holding composites, integer extremes, widths on
// multi-byte runes and on composites, nil pointers in interfaces, local
// types, argument indexes with * and repeated operands, quoting flags;
// Append, Appendf, Appendln.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O2.out
package main

import (
	"fmt"
	"strings"
)

type small struct{ a, b int16 }
type one struct{ p *int }
type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

type Grid [2][3]int
type Node struct {
	Val  int
	Next *Node
}
type Bits uint8
type E struct{}

func (E) Error() string { return "E!" }

type Box struct {
	Items []interface{}
	Meta  map[string][]int
	Err   error
}

func main() {
	fmt.Println(small{1, -2}, []small{{3, 4}}, &small{5, 6})
	fmt.Printf("%+v|%#v\n", small{1, 2}, small{1, 2})
	x := 7
	fmt.Println(one{nil}.p == nil, one{&x}.p != nil)
	fmt.Println(Name("bob"), []Name{"a", "b"}, map[Name]int{"z": 1, "y": 2})
	fmt.Printf("%s|%q|%v|%x|%d\n", Name("al"), Name("al"), Name("al"), Name("al"), Name("al"))
	fmt.Println(Grid{{1, 2, 3}, {4, 5, 6}})
	fmt.Printf("%v|%#v\n", Grid{}, Grid{})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Println(Bits(5), []Bits{1, 2})
	fmt.Printf("%08b|%#v\n", Bits(5), Bits(5))
	fmt.Println(E{}, []error{E{}, nil})
	fmt.Printf("%v|%+v|%#v\n", E{}, E{}, E{})
	b := Box{Items: []interface{}{1, "two", []int{3}, map[string]int{"four": 4}, nil, E{}, Name("n")}, Meta: map[string][]int{"b": {2}, "a": nil}}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%#v\n", b.Items)
	fmt.Println(int64(-9223372036854775808), uint64(18446744073709551615), int32(-2147483648), int8(-128))
	fmt.Printf("%x|%X|%o|%b\n", int64(-9223372036854775808), uint64(18446744073709551615), int8(-128), int16(-1))
	fmt.Printf("%d|%+d|%x|%#x\n", uint64(1)<<63, int64(1)<<62, -1<<31, uint32(1)<<31)
	fmt.Printf("|%6s|%-6s|%6q|%.1q|\n", "日本語", "日本語", "日", "日本")
	fmt.Printf("|%3c|%-4c|%03c|\n", '日', 'x', 'y')
	fmt.Printf("|%10v|%-10v|%010v|\n", []int{1, 2}, small{1, 2}, "s")
	fmt.Printf("|%6v|%-6v|%06d|\n", true, nil, []int{1, -2})
	fmt.Printf("%v %v\n", [0]int{}, []struct{}{{}, {}})
	fmt.Printf("%v|%d|%s\n", []interface{}{nil}, []interface{}{1, "a"}, []interface{}{1, "a"})
	fmt.Printf("%s\n", map[string]interface{}{"k": 1, "j": "v"})
	var np *Node
	var ni interface{} = np
	fmt.Println(np == nil, ni == nil)
	fmt.Printf("%v|%+v|%s|%d\n", ni, np, np, np)
	ss := []string{"x", "y"}
	fmt.Println(ss, len(fmt.Sprint(ss)), fmt.Sprint(ss, 1, "z", 2, 3))
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf(""), fmt.Sprintf("plain"))
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"), fmt.Sprint(1, nil, 2))
	type local struct{ A, b int }
	fmt.Printf("%#v|%T\n", local{1, 2}, local{})
	fmt.Printf("%T|%T|%T|%T\n", []interface{}{}, map[string][]*Node{}, new(error), struct {
		A int
		B string
	}{})
	fmt.Printf("%v|%s\n", fmt.Errorf("e: %w", E{}), fmt.Errorf("%w+%w", E{}, E{}))
	fmt.Printf("%v\n", fmt.Errorf("%d%%", 50))
	fmt.Printf("%[2]v %[1]v %v\n", "a", "b")
	fmt.Printf("%[3]*.[2]*[1]f|%-[2]*[1]d|\n", 1, 5, 8)
	fmt.Printf("%[1]v %[1]T %[1]q\n", "dup")
	fmt.Printf("%.3s|%.10s|%.0s|%5.2s|\n", "abcdef", "ab", "abc", "xyz")
	fmt.Printf("%#q|%#q|%+q|%#+q\n", "a\tb", "ok", "日本", "日本")
	fmt.Printf("%q|%+q|%#q|%#+q|%q\n", '日', '日', '日', '\'', 0x10FFFF+1)
	fmt.Printf("%v|%c|%U\n", '日', 26085, 26085)
	fmt.Printf("%x|% x|%#x|%# X|%X\n", "", "", "", "", []byte{})
	fmt.Printf("%8x|%-8X|%08x|\n", "ab", "ab", "ab")
	ab := []byte("x:")
	ab = fmt.Appendf(ab, "%03d|", 7)
	ab = fmt.Append(ab, 1, 2, "s", nil)
	ab = fmt.Appendln(ab, "end", true)
	fmt.Printf("%q\n", ab)
}

// CHECK:{1 -2} [{3 4}] &{5 6}
// CHECK-NEXT:{a:1 b:2}|main.small{a:1, b:2}
// CHECK-NEXT:true true
// CHECK-NEXT:BOB [A B] map[Y:2 Z:1]
// CHECK-NEXT:AL|"AL"|AL|414c|%!d(main.Name=al)
// CHECK-NEXT:{{\[\[}}1 2 3] [4 5 6]]
// CHECK-NEXT:{{\[\[}}0 0 0] [0 0 0]]|main.Grid{[3]int{0, 0, 0}, [3]int{0, 0, 0}}
// CHECK-NEXT:{2 <nil>} {Val:2 Next:<nil>}
// CHECK-NEXT:5 [1 2]
// CHECK-NEXT:00000101|0x5
// CHECK-NEXT:E! [E! <nil>]
// CHECK-NEXT:E!|E!|main.E{}
// CHECK-NEXT:{[1 two [3] map[four:4] <nil> E! N] map[a:[] b:[2]] <nil>}
// CHECK-NEXT:{Items:[1 two [3] map[four:4] <nil> E! N] Meta:map[a:[] b:[2]] Err:<nil>}
// CHECK-NEXT:[]interface {}{1, "two", []int{3}, map[string]int{"four":4}, interface {}(nil), main.E{}, "n"}
// CHECK-NEXT:-9223372036854775808 18446744073709551615 -2147483648 -128
// CHECK-NEXT:-8000000000000000|FFFFFFFFFFFFFFFF|-200|-1
// CHECK-NEXT:9223372036854775808|+4611686018427387904|-80000000|0x80000000
// CHECK-NEXT:|   日本語|日本語   |   "日"|"日"|
// CHECK-NEXT:|  日|x   |00y|
// CHECK-NEXT:|[         1          2]|{1          2         }|000000000s|
// CHECK-NEXT:|  true|<nil> |[000001 -00002]|
// CHECK-NEXT:[] [{} {}]
// CHECK-NEXT:[<nil>]|[1 %!d(string=a)]|[%!s(int=1) a]
// CHECK-NEXT:map[j:v k:%!s(int=1)]
// CHECK-NEXT:true false
// CHECK-NEXT:<nil>|<nil>|%!s(*main.Node=<nil>)|0
// CHECK-NEXT:[x y] 5 [x y] 1z2 3
// CHECK-NEXT:{{[ ]}}
// CHECK-NEXT:  plain
// CHECK-NEXT:<nil> <nil> a<nil>b 1 <nil> 2
// CHECK-NEXT:main.local{A:1, b:2}|main.local
// CHECK-NEXT:[]interface {}|map[string][]*main.Node|*error|struct { A int; B string }
// CHECK-NEXT:e: E!|E!+%!w(main.E={})
// CHECK-NEXT:50%
// CHECK-NEXT:b a b
// CHECK-NEXT:%!f(int=   00001)|1    |
// CHECK-NEXT:dup string "dup"
// CHECK-NEXT:abc|ab||   xy|
// CHECK-NEXT:`a	b`|`ok`|"\u65e5\u672c"|`日本`
// CHECK-NEXT:'日'|'\u65e5'|'日'|'\''|'�'
// CHECK-NEXT:26085|日|U+65E5
// CHECK-NEXT:||||
// CHECK-NEXT:    6162|6162    |00006162|
// CHECK-NEXT:"x:007|1 2s<nil>end true\n"
