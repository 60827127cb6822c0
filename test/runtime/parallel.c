// GOMAXPROCS=2 runs two goroutines truly in parallel: each raises its flag,
// then waits for the other's without ever yielding. On one cpu the first
// would spin forever (the timeout fails the test).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ONE
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static volatile int flag[2];
static uint32_t finished;

static void spinner(void *p) {
  int me = *(int *)p;
  __atomic_store_n(&flag[me], 1, __ATOMIC_SEQ_CST);
  while (!__atomic_load_n(&flag[1 - me], __ATOMIC_SEQ_CST))
    ;  // no yield: only another cpu can set the flag
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  for (int i = 0; i < 2; i++)
    gort_newproc(sizeof i, spinner, &i);
  gort_semacquire(&finished);
  gort_semacquire(&finished);
  gort_printf("both ran at once\n");
}
// CHECK: both ran at once
// ONE: exit status 124
