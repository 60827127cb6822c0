// RUN: %gort build -emit=llvm -O0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// DWARF of channels, as gc emits them: a typedef "chan T" (or "chan<- T",
// "<-chan T") of a pointer to an opaque struct "hchan<T>", which gdb's
// pretty-printer (runtime/gdb/gort-gdb.py) knows by the typedef's name.
package main

// CHECK-DAG: !DILocalVariable(name: "ch", {{.*}}type: ![[CHAN:[0-9]+]]
// CHECK-DAG: ![[CHAN]] = !DIDerivedType(tag: DW_TAG_typedef, name: "chan int", {{.*}}baseType: ![[PTR:[0-9]+]]
// CHECK-DAG: ![[PTR]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: ![[HCHAN:[0-9]+]]
// CHECK-DAG: ![[HCHAN]] = !DICompositeType(tag: DW_TAG_structure_type, name: "hchan<int>", {{.*}}flags: DIFlagFwdDecl
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "chan<- string",
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "<-chan bool",

func send(c chan<- string) { c <- "x" }

func recv(c <-chan bool) bool { return <-c }

func main() {
	ch := make(chan int, 1)
	ch <- 1
	println(<-ch)
	_ = send
	_ = recv
}
