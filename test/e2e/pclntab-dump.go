// The pc table the builder puts in every binary (gort build
// -dump-pclntab decodes it from the executable: entry, end, name, the
// file and line of the entry, flags): every function of the program under
// its Go name - functions, methods, closures, the go and defer statements'
// wrappers (flags=2: tracebacks hide them) - at its line, the runtime's
// under runtime.x (C++ and assembly alike), goexit and gostart with no
// caller (flags=1); flags=4 for a function without arguments (no
// receiver, no parameters; results do not count, nor a closure's
// context), which tracebacks print as Go 1.19 does, f(): from DWARF's
// parameters, which unnamed ones have too (assembly has none: unknown).
// The same table in a -g0 build, which keeps no DWARF.
// RUN: %gort build --target=%target -O0 -dump-pclntab -o %t %s > %t.dump
// RUN: FileCheck %s -DFILE=%s < %t.dump
// RUN: %gort build --target=%target -O0 -g0 -dump-pclntab -o %t.g0 %s > %t.g0.dump
// RUN: FileCheck %s -DFILE=%s < %t.g0.dump
// Every function symbol of the program is in the table:
// RUN: llvm-nm --defined-only %t | grep -c ' [Tt] main\.' > %t.nsyms
// RUN: grep -c ' main\.' %t.dump | diff - %t.nsyms
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t *T) Set(n int) { t.n = n }

func twice(f func() int) int {
	return f() + f()
}

func (T) Anon(int, string) {}

func results() (int, string) { return 1, "" }

func main() {
	t := &T{}
	t.Set(2)
	k := 3
	done := make(chan bool)
	go func() {
		done <- true
	}()
	<-done
	defer println("bye")
	println(twice(func() int { return t.Get() + k }))
	t.Anon(results())
}

// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.T.Get [[FILE]]:23 flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.(*T).Set [[FILE]]:25 flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.twice [[FILE]]:27 flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.T.Anon [[FILE]]:31 flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.results [[FILE]]:33 flags=4
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.main [[FILE]]:35 flags=4
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.main.func1 [[FILE]]:40 flags=4
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.main.func2 [[FILE]]:45 flags=4
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.main.gowrap1 [[FILE]]:{{[0-9]+}} flags=6
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} main.main.deferwrap1 [[FILE]]:{{[0-9]+}} flags=6
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} runtime.gopanic {{.*}}/runtime/panic.cpp:{{[0-9]+}} flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} runtime.Gosched {{.*}}/runtime/proc.cpp:{{[0-9]+}} flags=4
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} runtime.traceback {{.*}}/runtime/traceback.cpp:{{[0-9]+}} flags=0
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} runtime.goexit {{.*}}/asm/{{amd64|386|arm}}/asm_{{amd64|386|arm}}.S:{{[0-9]+}} flags=1
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} runtime.gostart {{.*}} flags=1
// CHECK-DAG: {{^0x[0-9a-f]+ 0x[0-9a-f]+}} __morestack {{.*}}/compiler-rt-glue/morestack_{{amd64|386|arm}}.S:{{[0-9]+}} flags=0
