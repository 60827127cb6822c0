// gort.h's sync types, as C sees them, have the size and alignment of Go
// 1.19's sync.Mutex, RWMutex, WaitGroup and Once on each target (what the
// compiler's opaque values must match): unsafe.Sizeof and Alignof in Go
// on amd64 and arm (386 lays them out as arm). The field offsets are
// checked against Go's (go/types' gc sizes) at compile time in sync.cpp.
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,T%target
#include <gort/gort.h>

void gort_main_main(void) {
  gort_printf("Mutex %d %d\n", (int)sizeof(GoMutex), (int)_Alignof(GoMutex));
  gort_printf("RWMutex %d %d\n", (int)sizeof(GoRWMutex),
              (int)_Alignof(GoRWMutex));
  gort_printf("WaitGroup %d %d\n", (int)sizeof(GoWaitGroup),
              (int)_Alignof(GoWaitGroup));
  gort_printf("Once %d %d\n", (int)sizeof(GoOnce), (int)_Alignof(GoOnce));
}
// CHECK: Mutex 8 4
// CHECK-NEXT: RWMutex 24 4
// Tamd64-NEXT: WaitGroup 16 8
// T386-NEXT: WaitGroup 12 4
// Tarm-NEXT: WaitGroup 12 4
// CHECK-NEXT: Once 12 4
