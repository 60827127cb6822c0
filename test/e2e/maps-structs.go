// Maps with struct, array, float and interface{} keys holding structs
// (the hash and equal functions made for struct and array keys, with a
// string field and padding), struct values copied out of a map, pointers
// to structs as values with maps inside them, and composite literals with
// elided key types.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

type Key struct {
	A int8
	B int64
	S string
}

type Pt struct{ X, Y int }

type Rec struct {
	Name  string
	Score float64
	Tags  map[string]bool
}

func main() {
	m := map[Key]int{}
	m[Key{1, 2, "x"}] = 10
	m[Key{1, 2, "y"}] = 20
	m[Key{1, 2, "x"}] += 5
	println(len(m), m[Key{1, 2, "x"}], m[Key{1, 2, "y"}], m[Key{0, 0, ""}])
	grid := map[Pt]string{{0, 0}: "origin", {1, 2}: "p"}
	println(grid[Pt{1, 2}], grid[Pt{0, 0}], len(grid))
	delete(grid, Pt{0, 0})
	_, ok := grid[Pt{0, 0}]
	println(ok)
	recs := map[string]*Rec{}
	recs["a"] = &Rec{Name: "a", Score: 1.5, Tags: map[string]bool{"x": true}}
	recs["a"].Score *= 2
	recs["a"].Tags["y"] = true
	println(recs["a"].Score, len(recs["a"].Tags), recs["a"].Tags["x"])
	vals := map[int]Pt{}
	vals[1] = Pt{3, 4}
	p := vals[1]
	p.X = 9
	println(vals[1].X, p.X)
	fk := map[float64]int{}
	fk[0.0] = 1
	nz := 0.0
	nz = -nz
	fk[nz]++
	println(len(fk), fk[0])
	ik := map[interface{}]int{}
	ik[Pt{1, 1}] = 1
	ik[Key{1, 1, "k"}] = 2
	ik[1] = 3
	ik["s"] = 4
	println(ik[Pt{1, 1}], ik[Key{1, 1, "k"}], ik[1], ik["s"], len(ik))
	type arrk [3]string
	ak := map[arrk]int{{"a", "b", "c"}: 1}
	ak[arrk{"a", "b", "c"}]++
	println(ak[arrk{"a", "b", "c"}])
	sum := 0
	for k, v := range m {
		sum += int(k.B) + v
	}
	println(sum)
}
// CHECK: 2 15 20 0{{$}}
// CHECK-NEXT: p origin 2{{$}}
// CHECK-NEXT: false{{$}}
// CHECK-NEXT: +3.000000e+000 2 true{{$}}
// CHECK-NEXT: 3 9{{$}}
// CHECK-NEXT: 1 2{{$}}
// CHECK-NEXT: 1 2 3 4 4{{$}}
// CHECK-NEXT: 2{{$}}
// CHECK-NEXT: 39{{$}}
