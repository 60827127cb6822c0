// RUN: %gort build --target=amd64 -emit=llvm -O0 -g0 -o %t64.ll %s
// RUN: FileCheck %s < %t64.ll
// RUN: %gort build --target=386 -emit=llvm -O0 -g0 -o %t32.ll %s
// RUN: FileCheck %s < %t32.ll
// Interfaces in IR (docs/ABI.md "Interfaces"): a conversion to I uses
// the constant itab go.itab.<T>,<I> (linkonce_odr; inter, type, the
// type's hash, its ifn wrappers in I's sorted method order) with a
// pointer to it in section gort_itablinks kept by llvm.used; i.M() loads
// fun[k] from the itab and calls it with the data word first; x.(T) on
// an I compares the itab pointer. Descriptors: named types and pointers
// to them carry GoUncommon with their sorted method set (value methods
// only for T; unexported names with package path main), interface types
// are GoInterfaceType (error's package path empty), struct types
// GoStructType (names, package paths, offsets) and func types GoFuncType
// (parameters then results, variadic).
// CHECK-DAG: @"go.itab.*main.T,main.I" = linkonce_odr constant { ptr, ptr, i32, i32, [2 x ptr] } { ptr @type.main.I, ptr @"type.*main.T", i32 [[PTH:-?[0-9]+]], i32 0, [2 x ptr] [ptr @"go.ifn.*main.T.A", ptr @"go.ifn.*main.T.M"] }
// CHECK-DAG: @"type.*main.T" = linkonce_odr constant %GoType { {{.*}}, i32 22, {{.*}}, i32 [[PTH]], i32 0, ptr @"go.uncommon.*main.T" }
// CHECK-DAG: @"go.itablink.*main.T,main.I" = linkonce_odr constant ptr @"go.itab.*main.T,main.I", section "gort_itablinks"
// CHECK-DAG: @"go.itab.main.W,main.I" = linkonce_odr constant { ptr, ptr, i32, i32, [2 x ptr] } { ptr @type.main.I, ptr @type.main.W, i32 {{-?[0-9]+}}, i32 0, [2 x ptr] [ptr @go.ifn.main.W.A, ptr @go.ifn.main.W.M] }
// CHECK-DAG: @llvm.used = appending global [2 x ptr] [ptr @"go.itablink.{{.*}}", ptr @"go.itablink.{{.*}}"]
// CHECK-DAG: @type.main.I = linkonce_odr constant { %GoType, %string, ptr, {{i64|i32}} } { %GoType { {{.*}}, i32 20, {{.*}}, ptr @runtime.interhash, ptr @runtime.interequal, {{.*}}, ptr @go.uncommon.main.I }, %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @go.imethods.main.I, {{i64|i32}} 2 }
// CHECK-DAG: @go.imethods.main.I = linkonce_odr constant [2 x { %string, %string, ptr }] [{ %string, %string, ptr } { %string { ptr @{{.*}}, {{i64|i32}} 1 }, %string zeroinitializer, ptr @"type.func(string)" }, { %string, %string, ptr } { %string { ptr @{{.*}}, {{i64|i32}} 1 }, %string zeroinitializer, ptr @"type.func() int" }]
// CHECK-DAG: @go.uncommon.main.T = linkonce_odr constant { %string, ptr, i32, i32 } { %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @go.methods.main.T, i32 1, i32 1 }
// CHECK-DAG: @go.methods.main.T = linkonce_odr constant [1 x { %string, %string, ptr, ptr, ptr }] [{ %string, %string, ptr, ptr, ptr } { %string { ptr @{{.*}}, {{i64|i32}} 1 }, %string zeroinitializer, ptr @"type.func() int", ptr @go.ifn.main.T.M, ptr @go.tfn.main.T.M }]
// CHECK-DAG: @"go.uncommon.*main.T" = linkonce_odr constant { %string, ptr, i32, i32 } { %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @"go.methods.*main.T", i32 2, i32 2 }
// CHECK-DAG: @go.uncommon.main.W = linkonce_odr constant { %string, ptr, i32, i32 } { %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @go.methods.main.W, i32 3, i32 2 }
// CHECK-DAG: @go.methods.main.W = {{.*}} ptr @go.ifn.main.W.M, ptr @go.tfn.main.W.M }, { %string, %string, ptr, ptr, ptr } { %string { ptr @{{.*}}, {{i64|i32}} 6 }, %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @"type.func()", ptr @go.ifn.main.W.hidden, ptr @go.tfn.main.W.hidden }]
// CHECK-DAG: @type.main.T = linkonce_odr constant { %GoType, %string, ptr, {{i64|i32}} } { %GoType { {{.*}}, i32 25, {{.*}}, ptr @go.uncommon.main.T }, %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @go.fields.main.T, {{i64|i32}} 2 }
// CHECK-DAG: @go.fields.main.T = linkonce_odr constant [2 x { %string, %string, ptr, {{i64|i32}}, {{i64|i32}} }] [{ %string, %string, ptr, {{i64|i32}}, {{i64|i32}} } { %string { ptr @{{.*}}, {{i64|i32}} 1 }, %string zeroinitializer, ptr @type.int, {{i64|i32}} 0, {{i64|i32}} 0 }, { %string, %string, ptr, {{i64|i32}}, {{i64|i32}} } { %string { ptr @{{.*}}, {{i64|i32}} 1 }, %string { ptr @{{.*}}, {{i64|i32}} 4 }, ptr @type.string, {{i64|i32}} {{8|4}}, {{i64|i32}} 0 }]
// CHECK-DAG: @"type.func(int, ...string) (bool, error)" = linkonce_odr constant { %GoType, ptr, i32, i32, {{i64|i32}} } { %GoType { {{.*}}, i32 19, {{.*}} }, ptr @"go.params.func(int, ...string) (bool, error)", i32 2, i32 2, {{i64|i32}} 1 }
// CHECK-DAG: @"go.params.func(int, ...string) (bool, error)" = linkonce_odr constant [4 x ptr] [ptr @type.int, ptr @"type.[]string", ptr @type.bool, ptr @type.error]
// CHECK-DAG: @type.error = linkonce_odr constant { %GoType, %string, ptr, {{i64|i32}} } { %GoType { {{.*}}, i32 20, {{.*}}, ptr @go.uncommon.error }, %string zeroinitializer, ptr @go.imethods.error, {{i64|i32}} 1 }
package main

type I interface {
	M() int
	A(s string)
}

type T struct {
	X int
	y string
}

func (t T) M() int      { return t.X }
func (t *T) A(s string) { t.y = s }

type W int

func (w W) M() int { return int(w) }
func (W) A(string) {}
func (W) hidden()  {}

// CHECK-LABEL: define {{.*}} @main.use(
// CHECK: %[[TAB:[0-9]+]] = extractvalue %eface %{{[0-9]+}}, 0
// CHECK-NEXT: %[[SLOT:[0-9]+]] = getelementptr { ptr, ptr, i32, i32, [0 x ptr] }, ptr %[[TAB]], i32 0, i32 4, i32 1
// CHECK-NEXT: %[[FN:[0-9]+]] = load ptr, ptr %[[SLOT]]
// CHECK-NEXT: %[[DATA:[0-9]+]] = extractvalue %eface %{{[0-9]+}}, 1
// CHECK-NEXT: call {{i64|i32}} %[[FN]](ptr %[[DATA]])
func use(i I) int { return i.M() }

// CHECK-LABEL: define {{.*}} @main.isW(
// CHECK: icmp eq ptr %{{[0-9]+}}, @"go.itab.main.W,main.I"
func isW(i I) bool {
	_, ok := i.(W)
	return ok
}

func main() {
	var i I = &T{1, "a"}
	var j I = W(2)
	println(use(i), use(j), isW(j))
	var f interface{} = func(a int, b ...string) (bool, error) { return false, nil }
	_ = f
	var v interface{} = T{}
	_ = v
}
