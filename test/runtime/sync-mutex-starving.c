// sync.Mutex's starvation mode, step by step through the state word
// (mutexLocked 1, mutexWoken 2, mutexStarving 4, waiters from bit 3): B
// waits over 1ms, is woken, loses the mutex to A, who relocked at once,
// and so switches it to starvation mode; A's next Unlock hands it to B,
// who runs before Unlock returns and takes it out of starvation mode (the
// last waiter). Expected lines are what the equivalent Go program prints
// under Go 1.19. GOMAXPROCS=1 only: there A surely relocks before B runs;
// with more cpus another m may run B first, which Go allows too.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static GoMutex mu;
static int bgot;

static int32_t state(void) {
  return __atomic_load_n(&mu.state, __ATOMIC_SEQ_CST);
}

static void b(void *p) {
  (void)p;
  gort_MutexLock(&mu);
  gort_printf("B locked, state %d\n", state());
  __atomic_store_n(&bgot, 1, __ATOMIC_SEQ_CST);
  gort_MutexUnlock(&mu);
}

void gort_main_main(void) {
  gort_MutexLock(&mu);
  gort_newproc(0, b, 0);
  while (state() >> 3 != 1)
    gort_Gosched();
  gort_printf("B waits, state %d\n", state());
  gort_tsleep(2 * 1000 * 1000);
  gort_MutexUnlock(&mu);
  gort_printf("after first Unlock, state %d\n", state());
  gort_MutexLock(&mu);
  gort_printf("A relocked, state %d\n", state());
  while ((state() & 4) == 0)
    gort_Gosched();
  gort_printf("B set starvation mode, state %d\n", state());
  gort_MutexUnlock(&mu);
  gort_printf("after Unlock, B has run: %t\n",
              __atomic_load_n(&bgot, __ATOMIC_SEQ_CST) == 1);
  gort_MutexLock(&mu);
  gort_printf("A locked again, state %d\n", state());
}
// CHECK: B waits, state 9
// CHECK-NEXT: after first Unlock, state 2
// CHECK-NEXT: A relocked, state 3
// CHECK-NEXT: B set starvation mode, state 13
// CHECK-NEXT: B locked, state 1
// CHECK-NEXT: after Unlock, B has run: true
// CHECK-NEXT: A locked again, state 1
