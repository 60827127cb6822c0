// RUN: %gort build -emit=llvm -O0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// DWARF of slices and strings, as gc emits them: a slice is a struct
// named "[]T" (byte as uint8) of array (a pointer named "*T"), len and
// cap; a string is the struct "string" of str and len (the same len
// member as a slice's: LLVM makes equal metadata one node).
package main

// CHECK-DAG: ![[INTSTY:[0-9]+]] = !DICompositeType(tag: DW_TAG_structure_type, name: "[]int", {{.*}}elements: ![[INTS:[0-9]+]]
// CHECK-DAG: ![[INTS]] = !{![[ARR:[0-9]+]], ![[LEN:[0-9]+]], ![[CAP:[0-9]+]]}
// CHECK-DAG: ![[ARR]] = !DIDerivedType(tag: DW_TAG_member, name: "array", {{.*}}baseType: ![[PINT:[0-9]+]], size: [[W:[0-9]+]]
// CHECK-DAG: ![[PINT]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*int",
// CHECK-DAG: ![[LEN]] = !DIDerivedType(tag: DW_TAG_member, name: "len", {{.*}}offset: [[W]])
// CHECK-DAG: ![[CAP]] = !DIDerivedType(tag: DW_TAG_member, name: "cap", {{.*}}offset:
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "[]uint8",
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_pointer_type, name: "*uint8",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "[][]string",
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_pointer_type, name: "*[]string",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "string", {{.*}}elements: ![[STR:[0-9]+]]
// CHECK-DAG: ![[STR]] = !{![[SPTR:[0-9]+]], ![[LEN]]}
// CHECK-DAG: ![[SPTR]] = !DIDerivedType(tag: DW_TAG_member, name: "str",
// CHECK-DAG: !DILocalVariable(name: "ints", {{.*}}type: ![[INTSTY:[0-9]+]]

func main() {
	ints := make([]int, 3)
	bytes := []byte("hi")
	nested := make([][]string, 1)
	s := "str"
	println(len(ints), len(bytes), len(nested), s)
}
