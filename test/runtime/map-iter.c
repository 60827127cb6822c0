// Map iteration (mapiterinit, mapiternext) while the map changes: a loop
// that inserts enough to grow the map several times and deletes entries
// it has not reached yet produces every entry present at the start and
// not deleted exactly once, a deleted one never, a new one at most once
// (with int64 keys, then with a hash that sends every key to one of four
// buckets, so that long overflow chains and same-size growth happen); NaN
// keys, which cannot be found again, each come once while the map grows;
// twenty loops over the same map do not all give the same order (the
// start is random per loop), for 100 keys and for 5 (one bucket);
// deleting each entry as it comes empties the map. Expected lines are
// Go 1.19's for the same program (map-iter.go; Go's semantics do not
// depend on the hash, so the four-bucket run prints Go's line too).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
#include "maptypes.h"

// Every key hashes to one of four values.
static uintptr_t hash4(const void *p, uintptr_t seed) {
  (void)seed;
  return (uintptr_t)(*(const int64_t *)p & 3) *
         (uintptr_t)0x9E3779B97F4A7C15ULL;
}
static const GoType tcollide = {sizeof(int64_t), GORT_KIND_INT64 | NOPTR,
                                _Alignof(int64_t), NAME("main.K"),
                                .hash = hash4, .equal = gort_memequal64};

MAPTYPE(mI64, tint64, tint64);
MAPTYPE(mCollide, tcollide, tint64);
MAPTYPE(mF64, tfloat64, tint);

enum { MAXKEY = 100000 };
static int produced[MAXKEY];
static bool delBefore[MAXKEY];

static void set(const GoType *t, Hmap *m, int64_t k, int64_t v) {
  *(int64_t *)gort_mapassign(t, m, &k) = v;
}

// The map holds k -> 2k for k in [0, orig).
static void grow(const GoType *t, Hmap *m, int64_t orig) {
  __builtin_memset(produced, 0, sizeof produced);
  __builtin_memset(delBefore, 0, sizeof delBefore);
  int64_t next = orig;
  long bad = 0;
  GoHiter it;
  for (gort_mapiterinit(t, m, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
    if (v != k * 2)
      bad++;
    produced[k]++;
    for (int j = 0; j < 5; j++, next++)
      set(t, m, next, next * 2);
    int64_t d = (k * 7 + 3) % orig;
    if (d != k) {
      bool ok;
      gort_mapaccess2(t, m, &d, &ok);
      if (ok && produced[d] == 0)
        delBefore[d] = true;
      gort_mapdelete(t, m, &d);
    }
  }
  for (int64_t k = 0; k < next; k++) {
    if (produced[k] > 1)
      bad++;
    else if (delBefore[k] && produced[k] != 0)
      bad++;
    else if (k < orig && !delBefore[k] && produced[k] != 1)
      bad++;
  }
  gort_printf("grow: from %D bad %D grew %t\n", orig, (int64_t)bad,
              gort_maplen(m) > orig);
}

static Hmap *filled(const GoType *t, int64_t n) {
  Hmap *m = gort_makemap(t, 0);
  for (int64_t i = 0; i < n; i++)
    set(t, m, i, i * 2);
  return m;
}

// 104 NaN keys (values 0..103) and 105 others (104..208): the last insert
// starts a growth, so the loop begins in the middle of it.
static void nans(void) {
  Hmap *m = gort_makemap(&mF64, 0);
  double nan = __builtin_nan("");
  for (intptr_t i = 0; i < 105; i++) {
    double f = i;
    if (i < 104)
      *(intptr_t *)gort_mapassign(&mF64, m, &nan) = i;
    *(intptr_t *)gort_mapassign(&mF64, m, &f) = 104 + i;
  }
  __builtin_memset(produced, 0, sizeof produced);
  intptr_t next = 209;
  long bad = 0;
  GoHiter it;
  for (gort_mapiterinit(&mF64, m, &it); it.key; gort_mapiternext(&it)) {
    double k = *(double *)it.key;
    intptr_t v = *(intptr_t *)it.elem;
    produced[v]++;
    if ((v < 104) != (k != k) || (v >= 104 && v < 209 && k != v - 104))
      bad++;
    for (int j = 0; j < 3; j++, next++) {
      double f = next + 0.5;
      *(intptr_t *)gort_mapassign(&mF64, m, &f) = next;
    }
  }
  for (intptr_t v = 0; v < next; v++)
    if (produced[v] > 1 || (v < 209 && produced[v] != 1))
      bad++;
  gort_printf("nan grow: bad %D grew %t\n", (int64_t)bad,
              gort_maplen(m) > 209);
}

static void order(int64_t n) {
  Hmap *m = filled(&mI64, n);
  static int64_t first[100], keys[100];
  bool differ = false;
  long bad = 0;
  for (int loop = 0; loop < 20; loop++) {
    int64_t len = 0;
    GoHiter it;
    for (gort_mapiterinit(&mI64, m, &it); it.key; gort_mapiternext(&it))
      keys[len++] = *(int64_t *)it.key;
    if (len != n)
      bad++;
    for (int64_t i = 0; i < len; i++) {
      if (loop == 0)
        first[i] = keys[i];
      else if (keys[i] != first[i])
        differ = true;
    }
  }
  gort_printf("order: %D keys, differ %t bad %D\n", n, differ, (int64_t)bad);
}

static void deleteall(void) {
  Hmap *m = filled(&mI64, 1000);
  long n = 0;
  GoHiter it;
  for (gort_mapiterinit(&mI64, m, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    gort_mapdelete(&mI64, m, &k);
    n++;
  }
  gort_printf("delete all: %D %D\n", (int64_t)n, (int64_t)gort_maplen(m));
}

void gort_main_main(void) {
  grow(&mI64, filled(&mI64, 1000), 1000);
  // CHECK: grow: from 1000 bad 0 grew true
  grow(&mI64, filled(&mI64, 300), 300);
  // CHECK-NEXT: grow: from 300 bad 0 grew true
  grow(&mCollide, filled(&mCollide, 300), 300);
  // CHECK-NEXT: grow: from 300 bad 0 grew true
  // The 833rd key starts a growth: the loop begins in the middle of it.
  grow(&mI64, filled(&mI64, 833), 833);
  // CHECK-NEXT: grow: from 833 bad 0 grew true
  grow(&mCollide, filled(&mCollide, 833), 833);
  // CHECK-NEXT: grow: from 833 bad 0 grew true
  nans();
  // CHECK-NEXT: nan grow: bad 0 grew true
  order(100);
  // CHECK-NEXT: order: 100 keys, differ true bad 0
  order(5);
  // CHECK-NEXT: order: 5 keys, differ true bad 0
  deleteall();
  // CHECK-NEXT: delete all: 1000 0
}
