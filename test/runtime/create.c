// Goroutines are created, run with their argument blocks and exit; the
// process exits 0 when main.main returns. At one cpu (GOMAXPROCS
// defaults to NumCPU now), so the workers run in their queue's order while
// main yields, not in parallel.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

struct args {
  int id;
  long long big;
  double d;
};

static volatile int done;

static void worker(void *p) {
  struct args *a = p;
  gort_printf("worker %d %D %f\n", a->id, a->big, a->d);
  done++;
}

void gort_main_main(void) {
  gort_printf("main starts, %d goroutine\n", gort_NumGoroutine());
  // CHECK: main starts, 1 goroutine
  for (int i = 0; i < 3; i++) {
    struct args a = {i, 1000000000000LL + i, 0.5 + i};
    gort_newproc(sizeof a, worker, &a);
  }
  gort_printf("spawned, %d goroutines\n", gort_NumGoroutine());
  // CHECK-NEXT: spawned, 4 goroutines
  while (done < 3)
    gort_Gosched();
  // CHECK-NEXT: worker 0 1000000000000 +5.000000e-001
  // CHECK-NEXT: worker 1 1000000000001 +1.500000e+000
  // CHECK-NEXT: worker 2 1000000000002 +2.500000e+000
  gort_Gosched();
  gort_printf("main ends, %d goroutine\n", gort_NumGoroutine());
  // CHECK-NEXT: main ends, 1 goroutine
}
