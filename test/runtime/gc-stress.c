// Collections at GOMAXPROCS 1, 2 and 3 (and under GOGC=1, collecting by
// itself at every few allocations) while goroutines allocate lists and
// garbage (one of them wired to its thread by LockOSThread), send lists
// over a channel, sleep (parked on a timer) and call qsort in libc on a heap
// array, each holding heap pointers meanwhile;
// main collects again and again. Every list and array stays intact.
// REQUIRES: sched
// RUN: %cc -O2 %s -o %t && env GOMAXPROCS=1 timeout 240 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 240 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 240 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 GOGC=1 GODEBUG=clobberfree=1 timeout 240 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <stdlib.h>

enum { ROUNDS = 200, WORKERS = 7 };

struct node {
  struct node *next;
  long v;
  long pad[2];
};

static const GoType tptr = {sizeof(void *), GORT_KIND_POINTER, sizeof(void *),
                            {(const uint8_t *)"*node", 5}, 0};
static uint32_t finished;
static volatile int bad, running = WORKERS;
static Hchan *lists;

// n nodes holding start, start+1, ...
static struct node *list(long start, int n) {
  struct node *h = 0;
  for (int i = n - 1; i >= 0; i--) {
    struct node *x = gort_mallocgc(sizeof *x, 0);
    x->v = start + i;
    x->next = h;
    h = x;
  }
  return h;
}

static void check(struct node *h, long start, int n) {
  for (int i = 0; i < n; i++, h = h->next)
    if (h == 0 || h->v != start + i) {
      __atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
      return;
    }
  if (h != 0)
    __atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
}

static void finish(void) {
  __atomic_fetch_sub(&running, 1, __ATOMIC_RELAXED);
  gort_semrelease(&finished);
}

static void allocator(void *arg) {
  long id = *(long *)arg;
  for (int r = 0; r < ROUNDS; r++) {
    struct node *keep = list(id * 1000000 + r * 1000, 100);
    for (int j = 0; j < 50; j++)
      gort_mallocgc(64 + j * 8, j & 1 ? GORT_FLAG_NOPOINTERS : 0);
    gort_Gosched();
    check(keep, id * 1000000 + r * 1000, 100);
  }
  finish();
}

static void wired(void *arg) {
  gort_LockOSThread();
  allocator(arg);  // finishes for itself
}

static void producer(void *arg) {
  (void)arg;
  for (long r = 0; r < ROUNDS * 4; r++) {
    struct node *n = list(r, 3);
    gort_chansend1(lists, &n);
  }
  finish();
}

static void consumer(void *arg) {
  (void)arg;
  for (long r = 0; r < ROUNDS * 4; r++) {
    struct node *n;
    gort_chanrecv1(lists, &n);
    check(n, r, 3);
  }
  finish();
}

static void sleeper(void *arg) {
  (void)arg;
  for (long r = 0; r < 40; r++) {
    struct node *h = list(r, 10);
    gort_tsleep(1000000);  // 1 ms
    check(h, r, 10);
  }
  finish();
}

static int cmp(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

struct sortjob {
  long *a;
  int n;
};

static void csort(void *p) {
  struct sortjob *j = p;
  qsort(j->a, j->n, sizeof(long), cmp);
}

static void libccaller(void *arg) {
  (void)arg;
  for (long r = 0; r < ROUNDS; r++) {
    struct sortjob j = {gort_mallocgc(256 * sizeof(long), GORT_FLAG_NOPOINTERS),
                        256};
    for (int i = 0; i < j.n; i++)
      j.a[i] = r + j.n - i;
    struct node *h = list(r, 5);
    gort_entersyscall();
    gort_asmcgocall(csort, &j);
    gort_exitsyscall();
    for (int i = 0; i < j.n; i++)
      if (j.a[i] != r + 1 + i)
        __atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
    check(h, r, 5);
  }
  finish();
}

void gort_main_main(void) {
  static long ids[3] = {1, 2, 3};
  lists = gort_makechan(&tptr, 8);
  gort_newproc(sizeof(long), allocator, &ids[0]);
  gort_newproc(sizeof(long), allocator, &ids[1]);
  gort_newproc(sizeof(long), wired, &ids[2]);
  gort_newproc(0, producer, 0);
  gort_newproc(0, consumer, 0);
  gort_newproc(0, sleeper, 0);
  gort_newproc(0, libccaller, 0);
  int collections = 0;
  while (__atomic_load_n(&running, __ATOMIC_RELAXED) > 0) {
    gort_GC();
    collections++;
    gort_Gosched();
  }
  for (int i = 0; i < WORKERS; i++)
    gort_semacquire(&finished);
  gort_printf("collections: %s, bad: %d\n", collections > 1 ? "many" : "few",
              bad);
}
// CHECK: collections: many, bad: 0
