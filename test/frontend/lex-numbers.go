// RUN: %gort build -emit=tokens -o - %s | FileCheck %s
package main
var a = 0 42 1_000 0x1F 0XaB_cd 0o17 0O7 017 0b1010 0B_1
var b = 1.5 .5 1. 1e10 1E-3 6.02e+23 0x1p-2 0x1.8P3 089.5 1_0.2_5
var c = 1i 0i 2.5i 1e2i 0x10i 089i

// CHECK: 2:1 'package'
// CHECK-NEXT: 2:9 ident "main"
// CHECK-NEXT: 2:13 ';' (auto)
// CHECK-NEXT: 3:1 'var'
// CHECK-NEXT: 3:5 ident "a"
// CHECK-NEXT: 3:7 '='
// CHECK-NEXT: 3:9 int 0
// CHECK-NEXT: 3:11 int 42
// CHECK-NEXT: 3:14 int 1_000
// CHECK-NEXT: 3:20 int 0x1F
// CHECK-NEXT: 3:25 int 0XaB_cd
// CHECK-NEXT: 3:33 int 0o17
// CHECK-NEXT: 3:38 int 0O7
// CHECK-NEXT: 3:42 int 017
// CHECK-NEXT: 3:46 int 0b1010
// CHECK-NEXT: 3:53 int 0B_1
// CHECK-NEXT: 3:57 ';' (auto)
// CHECK-NEXT: 4:1 'var'
// CHECK-NEXT: 4:5 ident "b"
// CHECK-NEXT: 4:7 '='
// CHECK-NEXT: 4:9 float 1.5
// CHECK-NEXT: 4:13 float .5
// CHECK-NEXT: 4:16 float 1.
// CHECK-NEXT: 4:19 float 1e10
// CHECK-NEXT: 4:24 float 1E-3
// CHECK-NEXT: 4:29 float 6.02e+23
// CHECK-NEXT: 4:38 float 0x1p-2
// CHECK-NEXT: 4:45 float 0x1.8P3
// CHECK-NEXT: 4:53 float 089.5
// CHECK-NEXT: 4:59 float 1_0.2_5
// CHECK-NEXT: 4:66 ';' (auto)
// CHECK-NEXT: 5:1 'var'
// CHECK-NEXT: 5:5 ident "c"
// CHECK-NEXT: 5:7 '='
// CHECK-NEXT: 5:9 imag 1i
// CHECK-NEXT: 5:12 imag 0i
// CHECK-NEXT: 5:15 imag 2.5i
// CHECK-NEXT: 5:20 imag 1e2i
// CHECK-NEXT: 5:25 imag 0x10i
// CHECK-NEXT: 5:31 imag 089i
// CHECK-NEXT: 5:35 ';' (auto)
// CHECK-NEXT: {{[0-9]+:[0-9]+}} EOF
