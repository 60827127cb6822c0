// Package fmt from golib on addresses, checked by their shape and
// agreement (the addresses differ from Go's): %p %v %#v %+v %x %d %#p of
// pointers, inside structs and slices; %p of slices, maps, chans, funcs;
// nil ones; widths.
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
	"strconv"
	"strings"
)

type T struct{ p *int }

func hexOK(s string) bool {
	if !strings.HasPrefix(s, "0x") || len(s) < 3 {
		return false
	}
	_, err := strconv.ParseUint(s[2:], 16, 64)
	return err == nil
}

func main() {
	x := 5
	p := &x
	sp := fmt.Sprintf("%p", p)
	fmt.Println(hexOK(sp), sp == fmt.Sprintf("%v", p), sp == fmt.Sprint(p))
	fmt.Println(sp[2:] == fmt.Sprintf("%#p", p), sp[2:] == fmt.Sprintf("%x", p))
	u, _ := strconv.ParseUint(sp[2:], 16, 64)
	fmt.Println(fmt.Sprintf("%d", p) == strconv.FormatUint(u, 10))
	fmt.Println(fmt.Sprintf("%v", T{p}) == "{"+sp+"}", fmt.Sprintf("%v", []*int{p, nil}) == "["+sp+" <nil>]")
	fmt.Println(fmt.Sprintf("%#v", p) == "(*int)("+sp+")", fmt.Sprintf("%+v", T{p}) == "{p:"+sp+"}")
	s := []int{1, 2}
	m := map[int]int{1: 2}
	c := make(chan int)
	f := func() {}
	for _, v := range []interface{}{s, m, c, f} {
		fmt.Println(hexOK(fmt.Sprintf("%p", v)))
	}
	fmt.Println(hexOK(fmt.Sprint(c)), hexOK(fmt.Sprint(f)), fmt.Sprintf("%p", s) == fmt.Sprintf("%p", &s[0]))
	fmt.Printf("%p|%p|%p|%v|%v\n", []int(nil), map[int]int(nil), (func())(nil), (chan int)(nil), (func())(nil))
	fmt.Printf("%p|%s\n", 5, "x")
	fmt.Printf("%-20p|%20p|\n", (*int)(nil), (*int)(nil))
	fmt.Println(len(fmt.Sprintf("%20p", p)), len(fmt.Sprintf("%-20p|", p)))
}

// CHECK:true true true
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:true true
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:true
// CHECK-NEXT:true
// CHECK-NEXT:true
// CHECK-NEXT:true true true
// CHECK-NEXT:0x0|0x0|0x0|<nil>|<nil>
// CHECK-NEXT:%!p(int=5)|x
// CHECK-NEXT:0x0                 |                 0x0|
// CHECK-NEXT:20 21
