// stoptheworld while other goroutines run on other cpus: when it returns,
// only the caller runs (the others' counters stand still); starttheworld
// lets them go again.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static volatile long counter[3];
static volatile int stop;
static uint32_t done;

static void counting(void *p) {
  int me = *(int *)p;
  while (!stop) {
    counter[me]++;
    gort_Gosched();
  }
  gort_semrelease(&done);
}

static long total(void) { return counter[0] + counter[1] + counter[2]; }

static void spin(void) {
  for (volatile long i = 0; i < 20000000; i++)
    ;
}

void gort_main_main(void) {
  for (int i = 0; i < 3; i++)
    gort_newproc(sizeof i, counting, &i);
  while (total() < 1000)
    gort_Gosched();
  for (int round = 0; round < 3; round++) {
    gort_stoptheworld();
    long before = total();
    spin();  // the others would count on the other cpu
    gort_printf("stopped: counters moved %D\n", (long long)(total() - before));
    gort_starttheworld();
    before = total();
    while (total() == before)
      gort_Gosched();
    gort_printf("started: counters move\n");
  }
  stop = 1;
  for (int i = 0; i < 3; i++)
    gort_semacquire(&done);
}
// CHECK:      stopped: counters moved 0{{$}}
// CHECK-NEXT: started: counters move
// CHECK-NEXT: stopped: counters moved 0{{$}}
// CHECK-NEXT: started: counters move
// CHECK-NEXT: stopped: counters moved 0{{$}}
// CHECK-NEXT: started: counters move
