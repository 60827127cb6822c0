// RUN: %gort build --target=amd64 -emit=llvm -O0 -g0 -o %t64.ll %s
// RUN: FileCheck --check-prefixes=CHECK,W64 %s < %t64.ll
// RUN: %gort build --target=386 -emit=llvm -O0 -g0 -o %t32.ll %s
// RUN: FileCheck --check-prefixes=CHECK,W32 %s < %t32.ll
// Maps in IR: each operation is a call of the runtime with the map type's
// descriptor (kind 21, with the key and elem descriptors) and the key by
// address from a frame slot; each comparable type's descriptor carries
// the runtime's hash and equal for it, by size for integers, channels and
// bool (int, uintptr and chans by the word size), and kinds without
// pointers are marked GORT_KIND_NOPOINTERS (128).
package main

type K int16

func main() {
	m := make(map[string]int, 8)
	m["a"] = 1
	v, ok := m["b"]
	delete(m, "a")
	println(m["c"], v, ok, len(m))
	for k, v := range m {
		println(k, v)
	}
	b := map[bool]K{true: 1}
	i := map[interface{}]chan int{1: nil}
	k := map[K]uint8{}
	u := map[uintptr]int32{}
	println(len(b), len(i), len(k), len(u))
}

// W64-DAG: @"type.map[string]int" = linkonce_odr constant %GoType { i64 8, i32 21, i32 8, %string { ptr @{{.*}}, i64 14 }, ptr @type.int, ptr @type.string, i64 0, ptr null, ptr null, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W64-DAG: @type.string = linkonce_odr constant %GoType { i64 16, i32 24, i32 8, {{.*}}, ptr @runtime.strhash, ptr @runtime.strequal, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W64-DAG: @type.int = linkonce_odr constant %GoType { i64 8, i32 130, {{.*}}, ptr @runtime.memhash64, ptr @runtime.memequal64, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W64-DAG: @type.uintptr = linkonce_odr constant %GoType { i64 8, i32 140, {{.*}}, ptr @runtime.memhash64, ptr @runtime.memequal64, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W64-DAG: @"type.chan int" = linkonce_odr constant %GoType { i64 8, i32 18, {{.*}}, ptr @runtime.memhash64, ptr @runtime.memequal64, i32 {{-?[0-9]+}}, i32 3, ptr null }
// W32-DAG: @"type.map[string]int" = linkonce_odr constant %GoType { i32 4, i32 21, i32 4, %string { ptr @{{.*}}, i32 14 }, ptr @type.int, ptr @type.string, i32 0, ptr null, ptr null, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W32-DAG: @type.string = linkonce_odr constant %GoType { i32 8, i32 24, i32 4, {{.*}}, ptr @runtime.strhash, ptr @runtime.strequal, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W32-DAG: @type.int = linkonce_odr constant %GoType { i32 4, i32 130, {{.*}}, ptr @runtime.memhash32, ptr @runtime.memequal32, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W32-DAG: @type.uintptr = linkonce_odr constant %GoType { i32 4, i32 140, {{.*}}, ptr @runtime.memhash32, ptr @runtime.memequal32, i32 {{-?[0-9]+}}, i32 0, ptr null }
// W32-DAG: @"type.chan int" = linkonce_odr constant %GoType { i32 4, i32 18, {{.*}}, ptr @runtime.memhash32, ptr @runtime.memequal32, i32 {{-?[0-9]+}}, i32 3, ptr null }
// CHECK-DAG: @type.bool = linkonce_odr constant %GoType { {{i64|i32}} 1, i32 129, i32 1, {{.*}}, ptr @runtime.memhash8, ptr @runtime.memequal8, i32 {{-?[0-9]+}}, i32 0, ptr null }
// CHECK-DAG: @type.main.K = linkonce_odr constant %GoType { {{i64|i32}} 2, i32 132, i32 2, {{.*}}, ptr @runtime.memhash16, ptr @runtime.memequal16, i32 {{-?[0-9]+}}, i32 0, ptr @go.uncommon.main.K }
// CHECK-DAG: @type.int32 = linkonce_odr constant %GoType { {{i64|i32}} 4, i32 133, i32 4, {{.*}}, ptr @runtime.memhash32, ptr @runtime.memequal32, i32 {{-?[0-9]+}}, i32 0, ptr null }
// CHECK-DAG: @type.uint8 = linkonce_odr constant %GoType { {{i64|i32}} 1, i32 136, i32 1, {{.*}}, ptr @runtime.memhash8, ptr @runtime.memequal8, i32 {{-?[0-9]+}}, i32 0, ptr null }
// CHECK-DAG: @"type.interface {}" = linkonce_odr constant { %GoType, %string, ptr, {{i64|i32}} } { %GoType { {{.*}}, i32 20, {{.*}}, ptr @runtime.nilinterhash, ptr @runtime.nilinterequal, i32 {{-?[0-9]+}}, i32 0, ptr null }, %string zeroinitializer, ptr null, {{i64|i32}} 0 }
// CHECK-DAG: @"type.map[bool]main.K" = linkonce_odr constant %GoType { {{.*}}, i32 21, {{.*}}, ptr @type.main.K, ptr @type.bool, {{.*}}, ptr null, ptr null, i32 {{-?[0-9]+}}, i32 0, ptr null }
// CHECK-DAG: @"type.map[interface {}]chan int" = linkonce_odr constant %GoType { {{.*}}, ptr @"type.chan int", ptr @"type.interface {}", {{.*}} }

// CHECK-LABEL: define {{.*}}@main.main(
// CHECK: %[[M:[0-9]+]] = call ptr @runtime.makemap(ptr @"type.map[string]int", {{i64|i32}} 8)
// CHECK: store %string {{.*}}, ptr %[[K1:mapkey[0-9]*]]
// CHECK: call ptr @runtime.mapassign(ptr @"type.map[string]int", ptr %{{[0-9]+}}, ptr %[[K1]])
// CHECK: call ptr @runtime.mapaccess2(ptr @"type.map[string]int", ptr %{{[0-9]+}}, ptr %{{mapkey[0-9]*}}, ptr %mapok)
// CHECK: call void @runtime.mapdelete(ptr @"type.map[string]int",
// CHECK: call ptr @runtime.mapaccess1(ptr @"type.map[string]int",
// CHECK: call {{i64|i32}} @runtime.maplen(
// CHECK: call void @runtime.mapiterinit(ptr @"type.map[string]int", ptr %{{[0-9]+}}, ptr %hiter)
// CHECK: call void @runtime.mapiternext(ptr %hiter)
// CHECK: call ptr @runtime.makemap(ptr @"type.map[bool]main.K", {{i64|i32}} 1)
