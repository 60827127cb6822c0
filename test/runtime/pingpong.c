// Gosched under GOMAXPROCS=1: the global run queue is FIFO, so two
// goroutines that yield after each step alternate exactly.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static uint32_t finished;

static void player(void *p) {
  const char *name = *(const char **)p;
  for (int i = 0; i < 3; i++) {
    gort_printf("%s%d\n", name, i);
    gort_Gosched();
  }
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  const char *a = "ping", *b = "pong";
  gort_newproc(sizeof a, player, &a);
  gort_newproc(sizeof b, player, &b);
  gort_semacquire(&finished);
  gort_semacquire(&finished);
  gort_printf("done\n");
}
// CHECK:      ping0
// CHECK-NEXT: pong0
// CHECK-NEXT: ping1
// CHECK-NEXT: pong1
// CHECK-NEXT: ping2
// CHECK-NEXT: pong2
// CHECK-NEXT: done
