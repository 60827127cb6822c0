// sync.Mutex through the C ABI: TryLock, Unlock by another goroutine, and
// mutual exclusion under contention: 8 goroutines add 1000 each to a plain
// counter inside the lock, yielding in the middle of every 7th update (a
// lock that let two in would lose updates, and the holders count would
// see it), at GOMAXPROCS 1 to 3. Expected lines are what the equivalent Go
// program prints under Go 1.19 (sync.Mutex, a WaitGroup for the joins).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { N = 8, M = 1000 };

static GoMutex mu;
static long counter;
static int holders, violations;
static uint32_t finished;

static void unlocker(void *p) {
  (void)p;
  gort_MutexUnlock(&mu);
  gort_semrelease(&finished);
}

static void worker(void *p) {
  (void)p;
  for (int i = 0; i < M; i++) {
    gort_MutexLock(&mu);
    if (__atomic_add_fetch(&holders, 1, __ATOMIC_SEQ_CST) != 1)
      __atomic_add_fetch(&violations, 1, __ATOMIC_SEQ_CST);
    long c = __atomic_load_n(&counter, __ATOMIC_RELAXED);
    if (i % 7 == 0)
      gort_Gosched();  // let the others contend
    __atomic_store_n(&counter, c + 1, __ATOMIC_RELAXED);
    __atomic_sub_fetch(&holders, 1, __ATOMIC_SEQ_CST);
    gort_MutexUnlock(&mu);
  }
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  gort_printf("TryLock unlocked: %t\n", gort_MutexTryLock(&mu));
  gort_printf("TryLock locked: %t\n", gort_MutexTryLock(&mu));
  gort_newproc(0, unlocker, 0);  // another goroutine may unlock
  gort_semacquire(&finished);
  gort_MutexLock(&mu);
  gort_printf("locked after the other goroutine unlocked\n");
  gort_MutexUnlock(&mu);

  for (int i = 0; i < N; i++)
    gort_newproc(0, worker, 0);
  for (int i = 0; i < N; i++)
    gort_semacquire(&finished);
  gort_printf("counter %D violations %d\n", (long long)counter, violations);
  gort_printf("state %d\n", mu.state);
}
// CHECK: TryLock unlocked: true
// CHECK-NEXT: TryLock locked: false
// CHECK-NEXT: locked after the other goroutine unlocked
// CHECK-NEXT: counter 8000 violations 0
// CHECK-NEXT: state 0
