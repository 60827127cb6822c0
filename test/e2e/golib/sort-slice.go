// sort.Slice, SliceStable and SliceIsSorted through reflect.Swapper (the
// same order as Go 1.19's for equal elements), and the part of reflect
// need: Implements, AssignableTo, Set and CanSet
// (with its panic on an unaddressable value).
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type person struct {
	name string
	age  int
}

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}, {"Eve", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date", "cherry", "grape", "lime", "melon", "nut", "olive", "plum", "quince"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	var big [200]int
	for i := range big {
		big[i] = (i * 7919) % 61
	}
	s := big[:]
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s[:10], s[190:], sort.IntsAreSorted(s))
	bs := []byte("hello, world")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Printf("%q\n", bs)
	sw := reflect.Swapper([]int{1, 2})
	defer func() { fmt.Println("recovered:", recover()) }()
	var e interface{} = sq{2}
	fmt.Println(reflect.TypeOf(e).Implements(reflect.TypeOf((*shape)(nil)).Elem()), reflect.TypeOf(3).AssignableTo(reflect.TypeOf(e)))
	var target shape
	reflect.ValueOf(&target).Elem().Set(reflect.ValueOf(e))
	fmt.Println(target.area())
	x := 5
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(7))
	fmt.Println(x, reflect.ValueOf(&x).Elem().CanSet(), reflect.ValueOf(x).CanSet())
	defer func() { fmt.Println("recovered 2:", recover()) }()
	reflect.ValueOf(x).Set(reflect.ValueOf(1))
	sw(0, 5)
}

// CHECK: [{Dan 20} {Bob 25} {Eve 25} {Alice 30} {Carol 30}]
// CHECK-NEXT: [{Eve 25} {Dan 20} {Carol 30} {Bob 25} {Alice 30}] true
// CHECK-NEXT: [fig nut lime plum kiwi date pear melon grape olive apple cherry banana quince]
// CHECK-NEXT: [0 0 0 0 1 1 1 1 2 2] [57 58 58 58 59 59 59 60 60 60] true
// CHECK-NEXT: " ,dehllloorw"
// CHECK-NEXT: true false
// CHECK-NEXT: 4
// CHECK-NEXT: 7 true false
// CHECK-NEXT: recovered 2: reflect: reflect.Value.Set using unaddressable value
// CHECK-NEXT: recovered: <nil>
