// Many goroutines converting at once (GOMAXPROCS=2 and 3: in parallel)
// while the itab table grows under them: 1500 interface types times two
// dynamic types make 3000 itabs, past the first table's 384 (512 at 75%)
// and the next two. Each goroutine walks the pairs in its own order, so
// lookups without the lock race with the adds and the growths; every
// itab must be right (its types and method), a miss must stay a miss, and
// every goroutine must get the very same itab for a pair.
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s
#include "ifacetypes.h"

enum { NINTER = 1500, NG = 4 };

// type I0 ... I1499 interface{ M() }: distinct descriptors, spread hashes.
static GoInterfaceType inters[NINTER];
static const GoItab *seen[NINTER][2];  // the first itab any goroutine got
static uint32_t done;
static int bad;

static void fail(const char *what, int k) {
  if (__atomic_fetch_add(&bad, 1, __ATOMIC_SEQ_CST) < 5)
    gort_printf("FAIL: %s %d\n", what, (int32_t)k);
}

static void agree(int k, int which, const GoItab *tab) {
  const GoItab *want = 0;
  if (!__atomic_compare_exchange_n(&seen[k][which], &want, tab, false,
                                   __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) &&
      want != tab)
    fail("two itabs for one pair", k);
}

static void converter(void *p) {
  int me = *(int *)p;
  GoEface u = box(&tU, 1);
  for (int n = 0; n < NINTER; n++) {
    // goroutine me's order: its own stride (prime to NINTER) and start
    static const int stride[NG] = {1, 7, 11, 13};
    int k = (int)(((long)n * stride[me] + me * 377) % NINTER);
    const GoInterfaceType *inter = &inters[k];
    const GoItab *t = gort_assertE2I(inter, &tT.typ);
    if (t->inter != inter || t->type != &tT.typ || t->fun[0] != FN(T_M))
      fail("wrong T itab", k);
    agree(k, 0, t);
    const GoItab *pt = gort_convI2I(inter, gort_assertE2I(&tI, &tPT));
    if (pt->inter != inter || pt->type != &tPT || pt->fun[0] != FN(T_M))
      fail("wrong *T itab", k);
    agree(k, 1, pt);
    if (gort_assertE2I2(inter, u).tab != 0)
      fail("U is not an I", k);
  }
  gort_semrelease(&done);
}

void gort_main_main(void) {
  for (int k = 0; k < NINTER; k++) {
    GoInterfaceType *it = &inters[k];
    it->typ = tI.typ;
    it->typ.tyhash = (uint32_t)k * 2654435761u;
    it->pkgpath = tI.pkgpath;
    it->methods = tI.methods;
    it->nmethods = 1;
  }
  int ids[NG];
  for (int i = 0; i < NG; i++) {
    ids[i] = i;
    gort_newproc(sizeof(int), converter, &ids[i]);
  }
  for (int i = 0; i < NG; i++)
    gort_semacquire(&done);
  int n = 0;
  for (int k = 0; k < NINTER; k++)
    n += (seen[k][0] != 0) + (seen[k][1] != 0);
  gort_printf("%d itabs, %d bad\n", (int32_t)n, (int32_t)bad);
}
// CHECK: 3000 itabs, 0 bad
