// An unrecovered panic three calls deep (issue 17's example): the frames of
// goroutine 1, innermost first, each with its Go name, `(...)` for the
// arguments (`()` without any, as Go), the absolute path and line and the
// pc's offset; no runtime frames. The table is the binary's own: the same
// after llvm-strip, and in a -g0 build, which has no DWARF.
// GOTRACEBACK=system shows the runtime's frames too: gopanic as panic, and
// below main.main the runtime's (Go's runtime.main is gort's
// runtime.mainstart), down to runtime.goexit, each with fp, sp and pc.
// Expected output: Go 1.19 (`go run`), but for the arguments' words.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOTRACEBACK=system %exitcode %run %t.O2 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SYSTEM
// RUN: llvm-strip -o %t.stripped %t.O2
// RUN: llvm-readelf -S %t.stripped | FileCheck %s --check-prefix=STRIPPED
// RUN: %exitcode %run %t.stripped 2>&1 | FileCheck %s -DFILE=%s
// RUN: %gort build --target=%target -g0 -o %t.g0 %s
// RUN: llvm-readelf -S %t.g0 | FileCheck %s --check-prefix=NODWARF
// RUN: %exitcode %run %t.g0 2>&1 | FileCheck %s -DFILE=%s
package main

func crash(n int) {
	if n == 0 {
		panic("boom")
	}
	crash(n - 1)
}

func main() {
	crash(3)
}

// CHECK: panic: boom
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.crash({{.+}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:26 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.crash({{.+}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:28 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.crash({{.+}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:28 +0x
// CHECK-NEXT: main.crash({{.+}}){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:28 +0x
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{^}}	[[FILE]]:32 +0x
// CHECK-NEXT: exit status 2

// SYSTEM: panic: boom
// SYSTEM-EMPTY:
// SYSTEM-NEXT: goroutine 1 [running]:
// SYSTEM-NEXT: panic(
// SYSTEM-NEXT: {{^}}	{{.*}}/runtime/panic.cpp:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM-NEXT: main.crash(
// SYSTEM-NEXT: {{^}}	[[FILE]]:26 +0x{{[0-9a-f]+}} fp=
// SYSTEM-COUNT-3: main.crash({{.*}}{{[[:space:]]}}	[[FILE]]:28 +0x{{[0-9a-f]+}} fp=
// SYSTEM-NEXT: main.main(){{$}}
// SYSTEM-NEXT: {{^}}	[[FILE]]:32 +0x{{[0-9a-f]+}} fp=
// SYSTEM: runtime.goexit(
// SYSTEM-NEXT: {{^}}	{{.*}}/asm/{{amd64|386|arm}}/asm_{{amd64|386|arm}}.S:{{[0-9]+}}
// SYSTEM-NEXT: exit status 2

// STRIPPED-NOT: .symtab
// STRIPPED-NOT: .debug_line
// STRIPPED: gort_pclntab
// STRIPPED-NOT: .symtab
// STRIPPED-NOT: .debug_line

// NODWARF-NOT: .debug_
// NODWARF: gort_pclntab
// NODWARF-NOT: .debug_
