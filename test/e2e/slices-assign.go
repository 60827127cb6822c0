// Assignments with index expressions: swaps, index operands on the left
// evaluated before any assignment (i, s[i] = ...; s, s[0] = ...), in source
// order with the right-hand sides; tuples (calls, comma-ok receives) into
// elements; strings as switch tags and == operands; slices as arguments of
// deferred and go'd function values.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

func two() (int, string) { return 7, "seven" }

var trace []string

func at(name string, i int) int {
	trace = append(trace, name)
	return i
}

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func kind(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "b":
		return "letter"
	case "hello":
		return "greeting"
	}
	return "other"
}

func main() {
	s := make([]int, 5)
	for i := range s {
		s[i] = i
	}
	// Swaps.
	i, j := 1, 3
	s[i], s[j] = s[j], s[i]
	show(s)
	s[0], s[4] = s[4], s[0]
	show(s)
	// Index operands on the left are evaluated before any assignment.
	i, s[i] = 2, 100
	println(i, s[1], s[2])
	t := make([]int, 2)
	old := s
	s, s[0] = t, -5
	println(s[0], old[0], len(s))
	// Tuples into index expressions.
	names := make([]string, 2)
	s[1], names[1] = two()
	println(s[1], names[1])
	var ok bool
	ch := make(chan int, 1)
	ch <- 9
	s[0], ok = <-ch
	println(s[0], ok)
	// Evaluation order of the operands: left to right.
	trace = nil
	a := make([]int, 4)
	a[at("l1", 0)], a[at("l2", 1)] = at("r1", 10), at("r2", 20)
	show(a)
	for _, t := range trace {
		print(t, " ")
	}
	println()
	// Strings in switch statements and as == operands.
	words := append([]string(nil), "", "a", "hello", "hell")
	for _, w := range words {
		print(kind(w), " ")
	}
	println()
	x, y := "abc", "ab"
	println(x == y+"c", x != y, x[:2] == y, "" == x[3:])
	// A slice as an argument of deferred and go'd function values.
	f := func(p []int, q string) { println("f", len(p), p[0], q) }
	defer f(s, "deferred")
	s[0] = 1
	done := make(chan bool)
	g := func(p []string) { println("g", len(p), p[1]); done <- true }
	go g(names)
	<-done
}

// CHECK: 0 3 2 1 4 
// CHECK-NEXT: 4 3 2 1 0 
// CHECK-NEXT: 2 100 2
// CHECK-NEXT: 0 -5 2
// CHECK-NEXT: 7 seven
// CHECK-NEXT: 9 true
// CHECK-NEXT: 10 20 0 0 
// CHECK-NEXT: l1 l2 r1 r2 
// CHECK-NEXT: empty letter greeting other 
// CHECK-NEXT: true true true true
// CHECK-NEXT: g 2 seven
// CHECK-NEXT: f 2 1 deferred
