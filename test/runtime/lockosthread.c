// LockOSThread wires a goroutine to its m: through many reschedules it
// always runs on the same m and OS thread, while every other goroutine runs
// on a different m. (With GOMAXPROCS=1 the seed's gput hands a wired
// goroutine that yields straight back to its m, and the rest wait.)
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#define _GNU_SOURCE  // gettid
#include <gort/gort.h>
#include <unistd.h>

static uint32_t done;
static uint32_t lockedm;
static volatile int ready, stop, othersonlocked, othersruns;

static void ctid(void *p) { *(long *)p = gettid(); }

static long tid(void) {
  long t;
  gort_asmcgocall(ctid, &t);
  return t;
}

static void wired(void *p) {
  (void)p;
  gort_LockOSThread();
  lockedm = gort_mid();
  long t = tid();
  int moved = 0;
  ready = 1;
  gort_printf("locked %t\n", gort_lockedOSThread());
  // at least 1000 reschedules, and until the others have run a while
  for (int i = 0; i < 1000 || othersruns < 100; i++) {
    gort_Gosched();
    moved += gort_mid() != lockedm || tid() != t;
  }
  stop = 1;
  gort_printf("wired goroutine moved %d times\n", moved);
  gort_UnlockOSThread();
  gort_printf("locked %t\n", gort_lockedOSThread());
  gort_semrelease(&done);
}

static void other(void *p) {
  (void)p;
  while (!stop) {
    othersonlocked += gort_mid() == lockedm;
    othersruns++;
    gort_Gosched();
  }
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, wired, 0);
  while (!ready)
    gort_Gosched();
  for (int i = 0; i < 3; i++)
    gort_newproc(0, other, 0);
  for (int i = 0; i < 4; i++)
    gort_semacquire(&done);
  gort_printf("others ran: %t, on the wired m: %d\n", othersruns > 0,
              othersonlocked);
}
// CHECK: locked true
// CHECK-NEXT: wired goroutine moved 0 times
// CHECK-NEXT: locked false
// CHECK-NEXT: others ran: true, on the wired m: 0
