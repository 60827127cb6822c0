// sync.RWMutex through the C ABI: TryRLock and TryLock; four readers hold
// the read lock at once (were readers exclusive, the second would block
// and main, waiting for all four, would deadlock); a writer waits for
// them, and a reader arriving after it waits for the writer; then 6
// goroutines mix reads and writes with yields inside, and no writer ever
// shares the lock (the writes to a plain counter all count). Expected
// lines are what the equivalent Go program prints under Go 1.19 (channels
// for the handshakes, which are semaphores here).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { R = 4, maxReaders = 1 << 30, K = 6, M = 300 };

static GoRWMutex rw;
static int inside, lateRan;
static uint32_t arrived, release, done;

static int32_t readerCount(void) {
  return __atomic_load_n(&rw.readerCount, __ATOMIC_SEQ_CST);
}

static void reader(void *p) {
  (void)p;
  gort_RWMutexRLock(&rw);
  __atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST);
  gort_semrelease(&arrived);
  gort_semacquire(&release);
  __atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST);
  gort_RWMutexRUnlock(&rw);
  gort_semrelease(&done);
}

static void writer(void *p) {
  (void)p;
  gort_RWMutexLock(&rw);
  gort_printf("writer locked, readers inside %d late reader ran %d\n",
              __atomic_load_n(&inside, __ATOMIC_SEQ_CST),
              __atomic_load_n(&lateRan, __ATOMIC_SEQ_CST));
  gort_RWMutexUnlock(&rw);
  gort_semrelease(&done);
}

static void late(void *p) {
  (void)p;
  gort_RWMutexRLock(&rw);
  __atomic_store_n(&lateRan, 1, __ATOMIC_SEQ_CST);
  gort_printf("late reader locked after the writer\n");
  gort_RWMutexRUnlock(&rw);
  gort_semrelease(&done);
}

static int readersIn, writersIn, violations;
static long writes;

static void mixed(void *p) {
  int id = *(int *)p;
  for (int i = 0; i < M; i++) {
    if ((i + id) % 3 == 0) {
      gort_RWMutexLock(&rw);
      if (__atomic_add_fetch(&writersIn, 1, __ATOMIC_SEQ_CST) != 1 ||
          __atomic_load_n(&readersIn, __ATOMIC_SEQ_CST) != 0)
        __atomic_add_fetch(&violations, 1, __ATOMIC_SEQ_CST);
      long w = __atomic_load_n(&writes, __ATOMIC_RELAXED);
      gort_Gosched();
      __atomic_store_n(&writes, w + 1, __ATOMIC_RELAXED);
      __atomic_sub_fetch(&writersIn, 1, __ATOMIC_SEQ_CST);
      gort_RWMutexUnlock(&rw);
    } else {
      gort_RWMutexRLock(&rw);
      __atomic_add_fetch(&readersIn, 1, __ATOMIC_SEQ_CST);
      if (__atomic_load_n(&writersIn, __ATOMIC_SEQ_CST) != 0)
        __atomic_add_fetch(&violations, 1, __ATOMIC_SEQ_CST);
      if (i % 2 == 0)
        gort_Gosched();
      __atomic_sub_fetch(&readersIn, 1, __ATOMIC_SEQ_CST);
      gort_RWMutexRUnlock(&rw);
    }
  }
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_printf("TryRLock unlocked: %t\n", gort_RWMutexTryRLock(&rw));
  gort_printf("TryRLock read-locked: %t\n", gort_RWMutexTryRLock(&rw));
  gort_printf("TryLock read-locked: %t\n", gort_RWMutexTryLock(&rw));
  gort_RWMutexRUnlock(&rw);
  gort_RWMutexRUnlock(&rw);
  gort_printf("TryLock unlocked: %t\n", gort_RWMutexTryLock(&rw));
  gort_printf("TryRLock write-locked: %t\n", gort_RWMutexTryRLock(&rw));
  gort_printf("TryLock write-locked: %t\n", gort_RWMutexTryLock(&rw));
  gort_RWMutexUnlock(&rw);

  for (int i = 0; i < R; i++)
    gort_newproc(0, reader, 0);
  for (int i = 0; i < R; i++)
    gort_semacquire(&arrived);
  gort_printf("%d readers hold the read lock at once\n", R);
  gort_newproc(0, writer, 0);
  while (readerCount() != R - maxReaders)
    gort_Gosched();
  gort_printf("writer waits for %d readers\n", R);
  gort_newproc(0, late, 0);
  while (readerCount() != R + 1 - maxReaders)
    gort_Gosched();
  gort_printf("late reader waits for the writer\n");
  for (int i = 0; i < R; i++)
    gort_semrelease(&release);
  for (int i = 0; i < R + 2; i++)
    gort_semacquire(&done);

  for (int i = 0; i < K; i++)
    gort_newproc(sizeof i, mixed, &i);
  for (int i = 0; i < K; i++)
    gort_semacquire(&done);
  gort_printf("writes %D violations %d\n", (long long)writes, violations);
  gort_printf("readerCount %d w.state %d\n", readerCount(), rw.w.state);
}
// CHECK: TryRLock unlocked: true
// CHECK-NEXT: TryRLock read-locked: true
// CHECK-NEXT: TryLock read-locked: false
// CHECK-NEXT: TryLock unlocked: true
// CHECK-NEXT: TryRLock write-locked: false
// CHECK-NEXT: TryLock write-locked: false
// CHECK-NEXT: 4 readers hold the read lock at once
// CHECK-NEXT: writer waits for 4 readers
// CHECK-NEXT: late reader waits for the writer
// CHECK-NEXT: writer locked, readers inside 0 late reader ran 0
// CHECK-NEXT: late reader locked after the writer
// CHECK-NEXT: writes 600 violations 0
// CHECK-NEXT: readerCount 0 w.state 0
