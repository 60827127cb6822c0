// The classic interface programs: sorting through an interface (two
// dynamic types), an expression tree evaluator (values and pointers in
// one interface, recursion through it), error wrapping by hand (an
// Unwrap interface asserted in a loop, errors compared with nil), go and
// defer of interface method calls, closures over a type switch's
// per-clause variable, and panic(err), which prints err.Error().
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %exitcode %run %t2 2>&1 | FileCheck %s
package main

// sort through an interface
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Interface) {
	for i := 1; i < data.Len(); i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type byLen []string

func (x byLen) Len() int           { return len(x) }
func (x byLen) Less(i, j int) bool { return len(x[i]) < len(x[j]) }
func (x byLen) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// An expression tree evaluator.
type Expr interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]int) int      { return int(n) }
func (n Num) String() string               { return itoa(int(n)) }
func (v Var) Eval(env map[string]int) int  { return env[string(v)] }
func (v Var) String() string               { return string(v) }
func (b *Bin) String() string              { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }
func (b *Bin) Eval(env map[string]int) int {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Error wrapping by hand.
type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Wrapped struct {
	Op  string
	Err error
}

func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

type unwrapper interface{ Unwrap() error }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &Wrapped{"lookup", &NotFound{k}}
	}
	return v, nil
}

func isNotFound(err error) bool {
	for err != nil {
		if _, ok := err.(*NotFound); ok {
			return true
		}
		u, ok := err.(unwrapper)
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

func main() {
	x := Ints{5, 2, 8, 1, 9, 3}
	insertionSort(x)
	for _, v := range x {
		print(v, " ")
	}
	println()
	s := byLen{"ccc", "a", "bb", "dddd"}
	insertionSort(s)
	println(s[0], s[1], s[2], s[3])

	e := &Bin{'+', Num(2), &Bin{'*', Var("x"), &Bin{'-', Num(10), Var("y")}}}
	env := map[string]int{"x": 3, "y": 4}
	println(e.String(), "=", e.Eval(env))

	m := map[string]int{"a": 1}
	if v, err := lookup(m, "a"); err == nil {
		println("a", v)
	}
	_, err := lookup(m, "b")
	println(err.Error(), isNotFound(err))
	var plain error = &NotFound{"z"}
	println(isNotFound(plain), isNotFound(nil))

	// go and defer of interface method calls; closures over switch vars.
	done := make(chan bool)
	var ex Expr = Num(7)
	go func(e Expr) {
		println("go", e.String())
		done <- true
	}(ex)
	<-done
	defer println("deferred", ex.Eval(nil))
	defer ex.String()
	var fs []func() int
	for _, it := range []Expr{Num(1), Var("x"), e} {
		switch v := it.(type) {
		case Num:
			fs = append(fs, func() int { return int(v) * 100 })
		default:
			fs = append(fs, func() int { return v.Eval(env) })
		}
	}
	for _, f := range fs {
		println(f())
	}
	panic(err)
}

// CHECK: 1 2 3 5 8 9 
// CHECK-NEXT: a bb ccc dddd
// CHECK-NEXT: (2 + (x * (10 - y))) = 20
// CHECK-NEXT: a 1
// CHECK-NEXT: lookup: not found: b true
// CHECK-NEXT: true false
// CHECK-NEXT: go 7
// CHECK-NEXT: 100
// CHECK-NEXT: 3
// CHECK-NEXT: 20
// CHECK-NEXT: deferred 7
// CHECK-NEXT: panic: lookup: not found: b{{$}}
// CHECK: exit status 2
