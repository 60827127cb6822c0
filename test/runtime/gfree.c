// A dead goroutine's G goes on the free list and the next newproc reuses
// it, stack and all.
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static G *seen[2];
static uint32_t ran;

static void record(void *p) {
  seen[*(int *)p] = gort_getg();
  gort_semrelease(&ran);
}

void gort_main_main(void) {
  for (int i = 0; i < 2; i++) {
    gort_newproc(sizeof i, record, &i);
    gort_semacquire(&ran);
    // Let it finish exiting: at GOMAXPROCS > 1 another m may still be
    // running its goexit when semacquire returns.
    while (gort_NumGoroutine() > 1)
      gort_Gosched();
    gort_printf("goroutines %d\n", gort_NumGoroutine());
  }
  gort_printf("reused %t\n", seen[0] == seen[1]);
  gort_printf("distinct from main %t\n", seen[0] != gort_getg());
}
// CHECK: goroutines 1
// CHECK-NEXT: goroutines 1
// CHECK-NEXT: reused true
// CHECK-NEXT: distinct from main true
