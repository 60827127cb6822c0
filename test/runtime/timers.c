// The timer heap through the C ABI of package time (time.startTimer,
// time.stopTimer on a GoTimer, Go 1.0's runtimeTimer) and time.Sleep
// (tsleep): timers fire in deadline order whatever order they were
// started in; a stopped timer never fires and a second stop says false;
// a periodic one fires again until stopped; Sleep of 0 or less returns at
// once; 1000 goroutines sleeping at once hold no m each (few threads) and
// finish in far less than 1000 sleeps; timers that only the heap reaches
// survive collections (GODEBUG=clobberfree=1 catches a freed one); the
// timer goroutine is not counted by NumGoroutine.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 GOGC=1 GODEBUG=clobberfree=1 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

// CHECK: NumGoroutine after a sleep: 1

enum { MS = 1000 * 1000, NTIMERS = 200, NSLEEPERS = 1000, NHEAP = 50 };

// A func(int64, interface{}) value whose code is fn.
#define FUNC(fn) {(void (*)(void))(fn)}

// --- order --------------------------------------------------------------

static GoTimer order[NTIMERS];
static int64_t fired[NTIMERS];  // the when of each timer, as fired
static volatile int nfired;
static uint32_t orderdone;

static void record(const GoFuncval *self, int64_t now, GoEface arg) {
  (void)self;
  GoTimer *t = arg.data;
  if (now < t->when)
    gort_printf("fired early: %D < %D\n", now, t->when);
  fired[nfired++] = t->when;
  if (nfired == NTIMERS)
    gort_semrelease(&orderdone);
}
static const GoFuncval recordf = FUNC(record);

static void testorder(void) {
  int64_t now = gort_nanotime();
  for (int i = 0; i < NTIMERS; i++) {
    GoTimer *t = &order[i];
    // Deadlines 10..109 ms ahead in a scrambled order, some equal.
    t->when = now + (10 + (i * 37) % 100) * MS;
    t->f = &recordf;
    t->arg.data = t;
    gort_startTimer(t);
  }
  gort_semacquire(&orderdone);
  int sorted = 1;
  for (int i = 1; i < NTIMERS; i++)
    if (fired[i] < fired[i - 1])
      sorted = 0;
  gort_printf("order: %d fired, in deadline order: %t\n", nfired, sorted);
}
// CHECK-NOT: fired early
// CHECK: order: 200 fired, in deadline order: true

// --- stop -----------------------------------------------------------------

static volatile int stopfired;
static void count(const GoFuncval *self, int64_t now, GoEface arg) {
  (void)self, (void)now;
  __atomic_fetch_add((int *)arg.data, 1, __ATOMIC_SEQ_CST);
}
static const GoFuncval countf = FUNC(count);

static void teststop(void) {
  GoTimer t = {0}, early = {0};
  t.when = gort_nanotime() + 50 * MS;
  t.f = &countf;
  t.arg.data = (void *)&stopfired;
  early = t;
  early.when = gort_nanotime() + 1 * MS;
  gort_startTimer(&t);
  gort_startTimer(&early);
  bool first = gort_stopTimer(&t);
  bool second = gort_stopTimer(&t);
  gort_tsleep(100 * MS);
  bool late = gort_stopTimer(&early);  // fired already
  gort_printf("stop: %t, again: %t, after firing: %t, fired: %d\n", first,
              second, late, stopfired);
}
// CHECK: stop: true, again: false, after firing: false, fired: 1

// --- period ---------------------------------------------------------------

static GoTimer ticker;
static volatile int ticks, ticksafter;
static uint32_t tickdone;

static void tick(const GoFuncval *self, int64_t now, GoEface arg) {
  (void)self, (void)now, (void)arg;
  if (++ticks == 5) {
    // Stopped from its own function, on the timer goroutine.
    gort_printf("ticker stopped: %t\n", gort_stopTimer(&ticker));
    gort_semrelease(&tickdone);
  }
}
static const GoFuncval tickf = FUNC(tick);

static void testperiod(void) {
  int64_t start = gort_nanotime();
  ticker.when = start + 10 * MS;
  ticker.period = 10 * MS;
  ticker.f = &tickf;
  gort_startTimer(&ticker);
  gort_semacquire(&tickdone);
  int64_t took = gort_nanotime() - start;
  gort_tsleep(50 * MS);
  gort_printf("ticks: %d, at least 50 ms: %t\n", ticks, took >= 50 * MS);
}
// CHECK: ticker stopped: true
// CHECK: ticks: 5, at least 50 ms: true

// --- sleep(0), sleep(-1) ----------------------------------------------------

static void testzero(void) {
  int64_t start = gort_nanotime();
  for (int i = 0; i < 1000; i++) {
    gort_tsleep(0);
    gort_tsleep(-1);
    gort_tsleep(INT64_MIN);
  }
  gort_printf("sleep(0), sleep(<0) return at once: %t\n",
              gort_nanotime() - start < 1000 * MS);
}
// CHECK: sleep(0), sleep(<0) return at once: true

// --- many sleepers -----------------------------------------------------------

static uint32_t sleepersdone;

static void sleeper(void *p) {
  (void)p;
  gort_tsleep(20 * MS);
  gort_semrelease(&sleepersdone);
}

static void testmany(void) {
  int64_t start = gort_nanotime();
  for (int i = 0; i < NSLEEPERS; i++)
    gort_newproc(0, sleeper, 0);
  for (int i = 0; i < NSLEEPERS; i++)
    gort_semacquire(&sleepersdone);
  int64_t took = gort_nanotime() - start;
  // One after another they would take 20 s.
  gort_printf("1000 sleepers: under 10 s: %t, few threads: %t\n",
              took < 10000LL * MS, gort_mcount() < 20);
}
// CHECK: 1000 sleepers: under 10 s: true, few threads: true

// --- timers only the heap reaches --------------------------------------------

struct node {
  struct node *next;
  long v;
};

static volatile int heapgood, heapfired;
static uint32_t heapdone;

static void checklist(const GoFuncval *self, int64_t now, GoEface arg) {
  (void)self, (void)now;
  struct node *h = arg.data;
  int ok = 1;
  for (long i = 0; i < 100; i++, h = h->next)
    if (h == 0 || h->v != i)
      ok = 0;
  heapgood += ok;
  if (++heapfired == NHEAP)
    gort_semrelease(&heapdone);
}
static const GoFuncval checklistf = FUNC(checklist);

// Starts the timers from a goroutine that then exits: nothing but the
// timer heap points at them or at their lists.
static void starter(void *p) {
  (void)p;
  for (int k = 0; k < NHEAP; k++) {
    struct node *h = 0;
    for (long i = 99; i >= 0; i--) {
      struct node *x = gort_mallocgc(sizeof *x, 0);
      x->v = i;
      x->next = h;
      h = x;
    }
    GoTimer *t = gort_mallocgc(sizeof *t, 0);
    t->when = gort_nanotime() + (200 + k) * MS;
    t->f = &checklistf;
    t->arg.data = h;
    gort_startTimer(t);
  }
  gort_semrelease(&heapdone);
}

static void testheap(void) {
  gort_newproc(0, starter, 0);
  gort_semacquire(&heapdone);
  for (int i = 0; i < 20; i++) {
    for (int j = 0; j < 1000; j++)
      gort_mallocgc(32, 0);  // garbage, reusing what a collection freed
    gort_GC();
  }
  gort_semacquire(&heapdone);
  gort_printf("heap timers: %d fired, %d lists intact\n", heapfired, heapgood);
}
// CHECK: heap timers: 50 fired, 50 lists intact

void gort_main_main(void) {
  gort_tsleep(1 * MS);
  gort_printf("NumGoroutine after a sleep: %d\n", gort_NumGoroutine());
  testorder();
  teststop();
  testperiod();
  testzero();
  testmany();
  testheap();
}
