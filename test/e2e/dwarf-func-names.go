// DW_AT_name of every Go function is its full Go name, as gc's DWARF has
// it (go build, llvm-dwarfdump): functions, methods (value receiver
// main.T.Val, pointer receiver main.(*T).Ptr), function literals
// (main.outer.funcN, nested ones main.outer.funcN.M, one in a package
// variable's initializer main.glob..funcN). The pc table, and so the
// tracebacks, take the names from there.
// RUN: %gort build --target=%target -O0 -o %t %s
// RUN: llvm-dwarfdump --name=main.T.Val --name=main.T.Val.func1 \
// RUN:   --name='main.(*T).Ptr' --name='main.(*T).Ptr.func1' \
// RUN:   --name='main.(*T).Ptr.func1.1' --name=main.glob..func1 \
// RUN:   --name=main.crash --name=main.main --name=main.main.func1 %t \
// RUN:   | FileCheck %s -DFILE=%s
package main

type T struct{ n int }

func (t T) Val() int {
	f := func() int { return t.n }
	return f()
}

func (t *T) Ptr() int {
	g := func() int {
		h := func() int { return t.n }
		return h()
	}
	return g()
}

var hook = func() int { return 7 }

func crash() {}

func main() {
	t := &T{1}
	k := func() {
		println(t.Val(), t.Ptr(), hook())
	}
	k()
	crash()
}

// CHECK-DAG: DW_AT_name ("main.T.Val")
// CHECK-DAG: DW_AT_name ("main.T.Val.func1")
// CHECK-DAG: DW_AT_name ("main.(*T).Ptr")
// CHECK-DAG: DW_AT_name ("main.(*T).Ptr.func1")
// CHECK-DAG: DW_AT_name ("main.(*T).Ptr.func1.1")
// CHECK-DAG: DW_AT_name ("main.glob..func1")
// CHECK-DAG: DW_AT_name ("main.crash")
// CHECK-DAG: DW_AT_name ("main.main")
// CHECK-DAG: DW_AT_name ("main.main.func1")
