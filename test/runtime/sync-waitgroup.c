// sync.WaitGroup through the C ABI: Wait at zero returns at once; Wait
// returns after all 10 goroutines are Done; three waiters are released
// together by the last Done; and the 64-bit state lives where Go 1.19
// puts it: a WaitGroup's first 8 bytes when they are 8-aligned, else (a
// WaitGroup 4 bytes into an 8-aligned struct, on 386 and arm) bytes 4-11,
// the semaphore taking word 0. Both placements run the same checks, at
// GOMAXPROCS 1 to 3 (on arm a misaligned 64-bit atomic would fault).
// Expected lines are what the equivalent Go program prints under Go 1.19
// on amd64 and on arm (386 lays it out as arm).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,T%target
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,T%target
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,T%target
#include <gort/gort.h>

enum { N = 10 };

static GoWaitGroup aligned __attribute__((aligned(8)));  // as Go allocates it
static struct {
  uint32_t pad;
  GoWaitGroup wg;
} __attribute__((aligned(8))) padded;

static int finished, released;
static uint32_t back;

static uint32_t *words(GoWaitGroup *wg) { return (uint32_t *)wg; }

static uint32_t waiters(GoWaitGroup *wg) {
  uint32_t *w = words(wg);
  return __atomic_load_n((uintptr_t)wg % 8 == 0 ? &w[0] : &w[1],
                         __ATOMIC_SEQ_CST);
}

static void worker(void *p) {
  GoWaitGroup *wg = *(GoWaitGroup **)p;
  for (int j = 0; j < 3; j++)
    gort_Gosched();
  __atomic_add_fetch(&finished, 1, __ATOMIC_SEQ_CST);
  gort_WaitGroupDone(wg);
}

static void waiter(void *p) {
  GoWaitGroup *wg = *(GoWaitGroup **)p;
  gort_WaitGroupWait(wg);
  __atomic_add_fetch(&released, 1, __ATOMIC_SEQ_CST);
  gort_semrelease(&back);
}

static void run(const char *name, GoWaitGroup *wg) {
  uint32_t *w = words(wg);
  gort_WaitGroupAdd(wg, 5);
  gort_printf("%s after Add(5): %d %d %d\n", name, w[0], w[1], w[2]);
  gort_WaitGroupAdd(wg, -5);
  gort_WaitGroupWait(wg);  // counter 0: returns at once
  finished = 0;
  gort_WaitGroupAdd(wg, N);
  for (int i = 0; i < N; i++)
    gort_newproc(sizeof wg, worker, &wg);
  gort_WaitGroupWait(wg);
  gort_printf("%s finished after Wait: %d\n", name,
              __atomic_load_n(&finished, __ATOMIC_SEQ_CST));

  // Three waiters, released together by the last Done.
  released = 0;
  gort_WaitGroupAdd(wg, 1);
  for (int i = 0; i < 3; i++)
    gort_newproc(sizeof wg, waiter, &wg);
  while (waiters(wg) != 3)
    gort_Gosched();
  gort_printf("%s waiters: %d\n", name, waiters(wg));
  gort_WaitGroupDone(wg);
  for (int i = 0; i < 3; i++)
    gort_semacquire(&back);
  gort_printf("%s released: %d state words: %d %d %d\n", name,
              __atomic_load_n(&released, __ATOMIC_SEQ_CST), w[0], w[1], w[2]);
}

void gort_main_main(void) {
  run("aligned", &aligned);
  run("offset 4", &padded.wg);
}
// CHECK: aligned after Add(5): 0 5 0
// CHECK-NEXT: aligned finished after Wait: 10
// CHECK-NEXT: aligned waiters: 3
// CHECK-NEXT: aligned released: 3 state words: 0 0 0
// Tamd64-NEXT: offset 4 after Add(5): 0 5 0
// T386-NEXT: offset 4 after Add(5): 0 0 5
// Tarm-NEXT: offset 4 after Add(5): 0 0 5
// CHECK-NEXT: offset 4 finished after Wait: 10
// CHECK-NEXT: offset 4 waiters: 3
// CHECK-NEXT: offset 4 released: 3 state words: 0 0 0
