// runtime.ReadMemStats and the collector's pacing: objects held from a
// global are counted in Mallocs and HeapAlloc; once dropped, runtime.GC
// frees them (Frees, HeapAlloc, NumGC, a pause recorded). Allocating
// 64 MB of garbage collects by itself under $GOGC (default 100, the heap
// stays small), never under GOGC=off; GOGCTRACE=1 prints one line per
// collection.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck --check-prefixes=CHECK,ON %s
// RUN: env GOMAXPROCS=2 GOGC=50 timeout 120 %run %t 2>&1 | FileCheck --check-prefixes=CHECK,ON %s
// RUN: env GOGC=off timeout 120 %run %t 2>&1 | FileCheck --check-prefixes=CHECK,OFF %s
// RUN: env GOGCTRACE=1 timeout 120 %run %t 2>&1 | FileCheck --check-prefixes=TRACE %s
#include <gort/gort.h>

enum { N = 10000, SIZE = 64 };
void *held[N];  // not static: the compiler keeps every store
static GoMemStats a, b;

static void yes(const char *what, bool ok) {
  gort_printf("%s: %s\n", what, ok ? "yes" : "no");
}

void gort_main_main(void) {
  gort_GC();
  gort_ReadMemStats(&a);
  for (int i = 0; i < N; i++)
    held[i] = gort_mallocgc(SIZE, 0);
  gort_ReadMemStats(&b);
  yes("mallocs counted", b.Mallocs - a.Mallocs >= N);
  yes("heap grew", b.HeapAlloc - a.HeapAlloc >= N * SIZE);
  yes("alloc grew", b.Alloc - a.Alloc >= N * SIZE);
  yes("heap objects", b.HeapObjects - a.HeapObjects >= N);

  for (int i = 0; i < N; i++)
    held[i] = 0;
  gort_GC();
  gort_ReadMemStats(&a);
  yes("one more collection", a.NumGC == b.NumGC + 1);
  // Nearly all: a stale word in a frame or register may keep a few alive
  // (a conservative collector).
  yes("frees counted", a.Frees - b.Frees >= N * 9 / 10);
  yes("heap shrank", b.HeapAlloc - a.HeapAlloc >= N * SIZE * 9 / 10);
  yes("pause recorded", a.PauseTotalNs > b.PauseTotalNs &&
                            a.PauseNs[(a.NumGC + 255) % 256] > 0);
  yes("sys covers the heap", a.Sys >= a.HeapSys && a.HeapSys >= a.HeapAlloc);

  // 64 MB of garbage, 1 KB at a time.
  for (int i = 0; i < 64 * 1024; i++)
    held[i % N] = gort_mallocgc(1024, GORT_FLAG_NOPOINTERS);
  gort_ReadMemStats(&b);
  gort_printf("collected by itself: %s\n",
              b.NumGC > a.NumGC ? "yes" : "no");
  yes("heap stayed small", b.HeapSys < 48 << 20);
}
// CHECK: mallocs counted: yes
// CHECK-NEXT: heap grew: yes
// CHECK-NEXT: alloc grew: yes
// CHECK-NEXT: heap objects: yes
// CHECK-NEXT: one more collection: yes
// CHECK-NEXT: frees counted: yes
// CHECK-NEXT: heap shrank: yes
// CHECK-NEXT: pause recorded: yes
// CHECK-NEXT: sys covers the heap: yes
// ON-NEXT: collected by itself: yes
// ON-NEXT: heap stayed small: yes
// OFF-NEXT: collected by itself: no
// OFF-NEXT: heap stayed small: no
// TRACE: gc1: {{[0-9]+}}+{{[0-9]+}}+{{[0-9]+}} us {{[0-9]+}} -> {{[0-9]+}} MB {{[0-9]+}} -> {{[0-9]+}} ({{[0-9]+}}-{{[0-9]+}}) objects
// TRACE: mallocs counted: yes
// TRACE: gc2:
// TRACE: gc3:
