// Methods on named types of each kind code generation has (int, int8,
// string, chan, func, bool): value and pointer receivers (also written
// through aliases of T and *T), auto-& of a variable and auto-* through a
// pointer, methods returning several values, recursion, a package
// variable initialized by a method call whose body reads another (init
// order follows the method), method values (a copy of the receiver, or
// the variable's address), method expressions T.M, (*T).M of pointer and
// value methods, the receiver evaluated before the arguments, and go and
// defer of method calls, method values and method expressions, whose
// receiver is evaluated at the statement.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var a = Count(1).PlusB() // b is initialized first: PlusB's body reads it
var b = 41

type Count int

func (c Count) Get() int        { return int(c) }
func (c Count) Add(n int) Count { return c + Count(n) }
func (c Count) PlusB() int      { return int(c) + b }
func (c Count) Split() (int, int) {
	return int(c) / 10, int(c) % 10
}
func (c Count) Fact() int {
	if c <= 1 {
		return 1
	}
	return int(c) * (c - 1).Fact()
}

// Through the pointer: auto-* for value methods, the variable itself.
func (c *Count) Show()                    { println("show", c.Get()) }
func (c *Count) With(k func(*Count))      { k(c) }
func (c *Count) Twice() (int, Count)      { return c.Get() * 2, c.Add(1) }
func (c *Count) Print(tag string, n int) { println(tag, c.Get(), n) }
func (c *Count) PrintTo(d Ch, tag string) {
	d.Recv()
	println(tag, c.Get())
	d.Send(1)
}

// Receivers written through aliases of Count and *Count.
type CountAlias = Count
type CountPtr = *Count

func (c CountAlias) Triple() int { return int(c) * 3 }
func (c CountPtr) Tripled() int  { return c.Triple() }

type Name string

func (n Name) Greet(who string, ok bool) string {
	if !ok {
		return "nobody"
	}
	return who
}
func (n Name) Self() Name { return n }

type Ch chan int

func (c Ch) Send(v int) { c <- v }
func (c Ch) Recv() int  { return <-c }

type F func(int) int

func (f F) Apply(x int) int { return f(x) }

type Flag bool

func (f Flag) Not() Flag { return !f }

type Small int8

func (s Small) Inc() Small { return s + 1 }

func order(tag string, v int) int {
	println("eval", tag)
	return v
}

func (c Count) Pair(x, y int) { println("pair", int(c), x, y) }

func main() {
	println("a", a)
	var n Count = 5
	println(n.Get(), n.Add(3).Get(), n.Add(2).Add(3).Get())
	q, r := Count(42).Split()
	println(q, r, Count(5).Fact())
	n.Show() // auto-&
	n = 7
	n.Show()
	x, y := n.Twice()
	println(x, y)

	// Method values: a copy of the receiver, or its address.
	f := n.Show
	g := n.Get
	n = 9
	f()
	println(g())
	n.With(func(p *Count) { p.Show() })
	println("alias receivers", n.Triple(), n.Tripled(), CountAlias.Triple(2))

	// Method expressions.
	h := Count.Add
	println(h(10, 1).Get())
	k := (*Count).Show
	n.With(k)
	get := (*Count).Get // a value method through the pointer
	n.With(func(p *Count) { println("get", get(p)) })
	println(Name.Greet("x", "y", true))

	var nm Name = "hi"
	println(nm.Greet("x", true), nm.Greet("", false), nm.Self())
	c := make(Ch, 1)
	c.Send(42)
	println(c.Recv())
	var fn F = func(x int) int { return x * 2 }
	println(fn.Apply(21))
	var fl Flag
	println(fl.Not(), fl.Not().Not())
	var s Small = 127
	println(s.Inc())

	// The receiver is evaluated before the arguments.
	Count(order("recv", 1)).Pair(order("x", 2), order("y", 3))

	// go: the receiver and arguments are evaluated at the statement.
	done := make(Ch)
	go done.Send(int(n))
	n = 10
	println("from go", done.Recv())
	go n.PrintTo(done, "go") // &n: the goroutine sees n when it runs
	done.Send(0)
	println(done.Recv())
	n = 11

	// defer: a value receiver is copied at the statement, a pointer one
	// is the variable.
	defer n.Print("deferred ptr", 2)
	defer Count(n).Pair(1, 2)
	dv := n.Add
	defer println("deferred value", dv(0).Get())
	pv := n.Pair // a method value deferred: its receiver is bound here
	defer pv(5, 6)
	defer Count.Pair(n, 7, 8)
	n = 12
}

// CHECK: a 42
// CHECK-NEXT: 5 8 10
// CHECK-NEXT: 4 2 120
// CHECK-NEXT: show 5
// CHECK-NEXT: show 7
// CHECK-NEXT: 14 8
// CHECK-NEXT: show 9
// CHECK-NEXT: 7
// CHECK-NEXT: show 9
// CHECK-NEXT: alias receivers 27 27 6
// CHECK-NEXT: 11
// CHECK-NEXT: show 9
// CHECK-NEXT: get 9
// CHECK-NEXT: y
// CHECK-NEXT: x nobody hi
// CHECK-NEXT: 42
// CHECK-NEXT: 42
// CHECK-NEXT: true false
// CHECK-NEXT: -128
// CHECK-NEXT: eval recv
// CHECK-NEXT: eval x
// CHECK-NEXT: eval y
// CHECK-NEXT: pair 1 2 3
// CHECK-NEXT: from go 9
// CHECK-NEXT: go 10
// CHECK-NEXT: 1
// CHECK-NEXT: pair 11 7 8
// CHECK-NEXT: pair 11 5 6
// CHECK-NEXT: deferred value 11
// CHECK-NEXT: pair 11 1 2
// CHECK-NEXT: deferred ptr 12 2
// CHECK-NOT: {{.}}
