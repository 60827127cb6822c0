// Nothing runnable and nothing in a system call: the seed's message, and
// Go's exit status 2 (the words Go 1.19 prints).
// REQUIRES: sched
// RUN: %cc %s -o %t && %exitcode %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static uint32_t never;

static void blocked(void *p) {
  (void)p;
  gort_semacquire(&never);
}

void gort_main_main(void) {
  gort_newproc(0, blocked, 0);
  gort_printf("main blocks\n");
  gort_semacquire(&never);
  gort_printf("not reached\n");
}
// CHECK: main blocks
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-NOT: not reached
// CHECK: exit status 2
