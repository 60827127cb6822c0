// time.Sleep parks the goroutine on a timer (the timer goroutine readies
// it): under GOMAXPROCS=1 the other goroutines run while one sleeps
// (were the cpu held, the counter could not move).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static volatile long counter;
static volatile int sleeping, woke;
static uint32_t done;

static void sleeper(void *p) {
  (void)p;
  sleeping = 1;
  gort_tsleep(200 * 1000 * 1000);  // 200 ms
  woke = 1;
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, sleeper, 0);
  while (!sleeping)
    gort_Gosched();
  while (!woke) {
    counter++;
    gort_Gosched();
  }
  gort_semacquire(&done);
  gort_printf("main ran while the sleeper slept: %t\n", counter > 100);
}
// CHECK: main ran while the sleeper slept: true
