// Slices of structs and arrays of structs (element fields assigned in
// place, range copies), arrays as values (assignment copies, ==), slicing
// an array shares it, an empty literal is not nil, variadic functions and
// methods (with struct arguments), maps of slices, slices of slices,
// indexing through a pointer to an array, range over a string by rune,
// []byte and []rune conversions, slices of pointers to local structs, and
// an index out of range recovered.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type P struct{ X, Y int }

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func (p P) Add(qs ...P) P {
	for _, q := range qs {
		p.X += q.X
		p.Y += q.Y
	}
	return p
}

func main() {
	e := []int{}
	println(e == nil, len(e))
	var n []int
	println(n == nil)
	ps := []P{{1, 2}, {3, 4}}
	ps = append(ps, P{5, 6})
	ps[0].X = 10
	for i := range ps {
		ps[i].Y *= 2
	}
	for _, p := range ps {
		println(p.X, p.Y)
	}
	arr := [3]P{{1, 1}, {2, 2}}
	b := arr
	b[0].X = 99
	println(arr[0].X, b[0].X, arr == b)
	s := arr[:]
	s[1].Y = 7
	println(arr[1].Y, len(s), cap(s))
	println(sum(), sum(1, 2, 3), sum(s2()...))
	println(P{1, 1}.Add(P{2, 2}, P{3, 3}).X)
	m := map[string][]P{}
	m["a"] = append(m["a"], P{1, 2})
	m["a"] = append(m["a"], P{3, 4})
	println(len(m["a"]), m["a"][1].Y)
	grid := [][]int{{1, 2}, {3}}
	grid[1] = append(grid[1], 4)
	println(len(grid), grid[1][1])
	pp := &arr
	pp[2].X = 5
	println(arr[2].X, len(pp))
	str := "héllo"
	for i, r := range str {
		print(" ", i, ":", r)
	}
	println()
	bs := []byte(str)
	bs[0] = 'H'
	println(string(bs), str[1:3] == "é", len([]rune(str)))
	type M struct {
		Name string
		Vals []float64
	}
	ms := []*M{{Name: "a"}, {Name: "b", Vals: []float64{1.5}}}
	ms[0].Vals = append(ms[0].Vals, 2.5, 3.5)
	println(len(ms[0].Vals), ms[1].Vals[0], ms[0].Name+ms[1].Name)
	defer func() { println("recovered", recover() != nil) }()
	println(ps[5].X)
}

func s2() []int { return []int{4, 5} }
// CHECK: false 0{{$}}
// CHECK-NEXT: true{{$}}
// CHECK-NEXT: 10 4{{$}}
// CHECK-NEXT: 3 8{{$}}
// CHECK-NEXT: 5 12{{$}}
// CHECK-NEXT: 1 99 false{{$}}
// CHECK-NEXT: 7 3 3{{$}}
// CHECK-NEXT: 0 6 9{{$}}
// CHECK-NEXT: 6{{$}}
// CHECK-NEXT: 2 4{{$}}
// CHECK-NEXT: 2 4{{$}}
// CHECK-NEXT: 5 3{{$}}
// CHECK-NEXT:  0:104 1:233 3:108 4:108 5:111{{$}}
// CHECK-NEXT: Héllo true 5{{$}}
// CHECK-NEXT: 2 +1.500000e+000 ab{{$}}
// CHECK-NEXT: recovered true{{$}}
