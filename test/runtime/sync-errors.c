// Misuse of the sync types ends the program as in Go 1.19, in its words
// and with its exit status 2: unlocking an unlocked Mutex or RWMutex is a
// fatal error (no deferred call runs, nothing can recover it); a negative
// WaitGroup counter and its misuse are panics with string values (a
// recover sees a Go string: the type is the program's type.string, here
// defined weak as the compiler's linkonce_odr one is); a goroutine blocked
// on a Mutex with all others asleep is the runtime's deadlock. Expected
// text is what the equivalent Go programs print under Go 1.19.
// REQUIRES: split
// RUN: %cc -DUNLOCK %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=UNLOCK
// RUN: %cc -DRUNLOCK %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=RUNLOCK
// RUN: %cc -DRWUNLOCK %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=RWUNLOCK
// RUN: %cc -DRUNLOCKW %s -o %t4 && %exitcode %run %t4 2>&1 | FileCheck %s --check-prefix=RUNLOCK
// RUN: %cc -DNEGATIVE %s -o %t5 && %exitcode %run %t5 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// RUN: %cc -DMISUSE %s -o %t6 && %exitcode %run %t6 2>&1 | FileCheck %s --check-prefix=MISUSE
// RUN: %cc -DDEADLOCK %s -o %t7 && env GOMAXPROCS=1 %exitcode timeout 60 %run %t7 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t7 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t7 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=UNLOCK
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t5 2>&1 | FileCheck %s --check-prefix=NEGATIVE
//
// Reuse: main's Done releases the waiting goroutine, whose wakeup main's
// Add and Wait overtake; main's Wait takes the semaphore count and finds
// the WaitGroup in use again. GOMAXPROCS=1 only: with more cpus the
// waiter may run first and return, and then main's Wait deadlocks.
// RUN: %cc -DREUSE %s -o %t8 && env GOMAXPROCS=1 %exitcode timeout 60 %run %t8 2>&1 | FileCheck %s --check-prefix=REUSE
#include <gort/gort.h>

__attribute__((weak)) const GoType tstring __asm__("type.string") = {
    sizeof(GoString), GORT_KIND_STRING, sizeof(void *),
    {(const uint8_t *)"string", 6}, 0};

static void notrun(void *p) {
  (void)p;
  gort_printf("deferred call ran\n");
}

static void recoverer(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("recovered %S %t\n", *(GoString *)r.data, r.type == &tstring);
}

static GoMutex mu;
static GoRWMutex rw;
static GoWaitGroup wg __attribute__((aligned(8)));  // as Go allocates it

static void locker(void *p) {
  (void)p;
  gort_MutexLock(&mu);
}

static void waiter(void *p) {
  (void)p;
  gort_WaitGroupWait(&wg);
  gort_printf("not reached\n");
}

// A deferred call that must not run, then the misuse.
static void misuse(void) {
  if (gort_deferproc(0, notrun, 0))
    goto out;
#ifdef UNLOCK
  gort_MutexLock(&mu);
  gort_MutexUnlock(&mu);
  gort_MutexUnlock(&mu);
#endif
#ifdef RUNLOCK
  gort_RWMutexRUnlock(&rw);
#endif
#ifdef RUNLOCKW  // RUnlock while write-locked
  gort_RWMutexLock(&rw);
  gort_RWMutexRUnlock(&rw);
#endif
#ifdef RWUNLOCK
  gort_RWMutexUnlock(&rw);
#endif
  gort_printf("not reached\n");
out:
  gort_deferreturn();
}

// func() { defer recoverer(); wg.Done() }
static void negative(void) {
  if (gort_deferproc(0, recoverer, 0))
    goto out;
  gort_WaitGroupDone(&wg);
out:
  gort_deferreturn();
}

void gort_main_main(void) {
#if defined(UNLOCK) || defined(RUNLOCK) || defined(RUNLOCKW) || \
    defined(RWUNLOCK)
  misuse();
#endif
#ifdef NEGATIVE
  negative();
  GoWaitGroup wg2 = {{0}};
  gort_WaitGroupAdd(&wg2, 1);
  gort_WaitGroupAdd(&wg2, -2);
#endif
#ifdef MISUSE
  // One waiter and a zero counter: what a Wait racing with Add leaves.
  __atomic_store_n((uint64_t *)&wg, 1, __ATOMIC_SEQ_CST);
  gort_WaitGroupAdd(&wg, 1);
#endif
#ifdef REUSE
  gort_WaitGroupAdd(&wg, 1);
  gort_newproc(0, waiter, 0);
  while (__atomic_load_n(&wg.state1[0], __ATOMIC_SEQ_CST) != 1)
    gort_Gosched();  // the goroutine waits
  gort_WaitGroupDone(&wg);
  gort_WaitGroupAdd(&wg, 1);
  gort_WaitGroupWait(&wg);
#endif
#ifdef DEADLOCK
  gort_MutexLock(&mu);
  gort_newproc(0, locker, 0);
  gort_printf("locked\n");
  gort_MutexLock(&mu);
#endif
  gort_printf("not reached\n");
}
// UNLOCK: fatal error: sync: unlock of unlocked mutex
// UNLOCK-EMPTY:
// UNLOCK-NEXT: goroutine 1 [running]:
// UNLOCK-NOT: {{deferred call ran|not reached}}
// UNLOCK: exit status 2

// RUNLOCK: fatal error: sync: RUnlock of unlocked RWMutex
// RUNLOCK-EMPTY:
// RUNLOCK-NEXT: goroutine 1 [running]:
// RUNLOCK-NOT: {{deferred call ran|not reached}}
// RUNLOCK: exit status 2

// RWUNLOCK: fatal error: sync: Unlock of unlocked RWMutex
// RWUNLOCK-EMPTY:
// RWUNLOCK-NEXT: goroutine 1 [running]:
// RWUNLOCK-NOT: {{deferred call ran|not reached}}
// RWUNLOCK: exit status 2

// NEGATIVE: recovered sync: negative WaitGroup counter true
// NEGATIVE-NEXT: panic: sync: negative WaitGroup counter
// NEGATIVE-EMPTY:
// NEGATIVE-NEXT: goroutine 1 [running]:
// NEGATIVE-NOT: not reached
// NEGATIVE: exit status 2

// MISUSE: panic: sync: WaitGroup misuse: Add called concurrently with Wait
// MISUSE-EMPTY:
// MISUSE-NEXT: goroutine 1 [running]:
// MISUSE: exit status 2

// REUSE: panic: sync: WaitGroup is reused before previous Wait has returned
// REUSE-EMPTY:
// REUSE-NEXT: goroutine 1 [running]:
// REUSE-NOT: not reached
// REUSE: exit status 2

// DEADLOCK: locked
// DEADLOCK-NEXT: fatal error: all goroutines are asleep - deadlock!
// DEADLOCK-NOT: not reached
// DEADLOCK: exit status 2
