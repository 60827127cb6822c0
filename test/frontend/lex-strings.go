// RUN: %gort build -emit=tokens -o - %s | FileCheck %s
package main
var s = "plain" "\a\b\f\n\r\t\v\\\"" "\x41\101\u00e9\U0001F600" "日本"
var r = `raw \n
two lines` ``
var c = 'a' '\'' '\n' '\x7f' '\377' '\u12e4' '\U00101234' 'ä' '\\'

// CHECK: 2:1 'package'
// CHECK-NEXT: 2:9 ident "main"
// CHECK-NEXT: 2:13 ';' (auto)
// CHECK-NEXT: 3:1 'var'
// CHECK-NEXT: 3:5 ident "s"
// CHECK-NEXT: 3:7 '='
// CHECK-NEXT: 3:9 string "plain"
// CHECK-NEXT: 3:17 string "\a\b\f\n\r\t\v\\\""
// CHECK-NEXT: 3:38 string "AAé😀"
// CHECK-NEXT: 3:65 string "日本"
// CHECK-NEXT: 3:73 ';' (auto)
// CHECK-NEXT: 4:1 'var'
// CHECK-NEXT: 4:5 ident "r"
// CHECK-NEXT: 4:7 '='
// CHECK-NEXT: 4:9 string "raw \\n\ntwo lines"
// CHECK-NEXT: 5:12 string ""
// CHECK-NEXT: 5:14 ';' (auto)
// CHECK-NEXT: 6:1 'var'
// CHECK-NEXT: 6:5 ident "c"
// CHECK-NEXT: 6:7 '='
// CHECK-NEXT: 6:9 rune 'a' 97
// CHECK-NEXT: 6:13 rune '\'' 39
// CHECK-NEXT: 6:18 rune '\n' 10
// CHECK-NEXT: 6:23 rune '\x7f' 127
// CHECK-NEXT: 6:30 rune '\377' 255
// CHECK-NEXT: 6:37 rune '\u12e4' 4836
// CHECK-NEXT: 6:46 rune '\U00101234' 1053236
// CHECK-NEXT: 6:59 rune 'ä' 228
// CHECK-NEXT: 6:64 rune '\\' 92
// CHECK-NEXT: 6:68 ';' (auto)
// CHECK-NEXT: {{[0-9]+:[0-9]+}} EOF
