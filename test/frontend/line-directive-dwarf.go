// RUN: %gort build -O0 -emit=llvm -o - %S/../debugger/Inputs/linedir.go | FileCheck %s
// //line directives set the file and line of the DWARF line table and of
// functions, as in gc's DWARF: main.twice is at gen.go:100, main.main at
// gen.go:105, and its statements after the /*line*/ at other.go:7 and 8
// (through a lexical block file, since main.main itself is in gen.go).
// The program is the one debugger/line-directive.test runs in gdb.

// CHECK-DAG: distinct !DISubprogram(name: "main.add", {{.*}}line: 3,
// CHECK-DAG: ![[TWICE:[0-9]+]] = distinct !DISubprogram(name: "main.twice", {{.*}}file: ![[GEN:[0-9]+]], line: 100,
// CHECK-DAG: ![[GEN]] = !DIFile(filename: "gen.go",
// CHECK-DAG: ![[MAIN:[0-9]+]] = distinct !DISubprogram(name: "main.main", {{.*}}file: ![[GEN]], line: 105,
// CHECK-DAG: ![[BLOCK:[0-9]+]] = !DILexicalBlockFile(scope: ![[MAIN]], file: ![[OTHER:[0-9]+]],
// CHECK-DAG: ![[OTHER]] = !DIFile(filename: "other.go",
// CHECK-DAG: !DILocation(line: 7, column: {{[0-9]+}}, scope: ![[BLOCK]])
// CHECK-DAG: !DILocation(line: 8, column: {{[0-9]+}}, scope: ![[BLOCK]])
// //line without a column: the column is unknown (0), as in gc.
// CHECK-DAG: !DILocation(line: 101, scope: ![[TWICE]])
