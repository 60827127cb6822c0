// Many goroutines allocate at once, each on its m's cache, at GOMAXPROCS
// 1, 2 and 3: objects of every small size and some large ones, each filled
// with its owner's pattern, kept across yields and checked, then freed
// (half at once, half later, so the caches give objects back to the
// central lists and spans back to the heap while others allocate). No
// object is given twice, and each comes zeroed.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { NG = 16, ROUNDS = 40, LIVE = 64 };

static uint32_t finished;
static int bad;

static uintptr_t sizeof_round(int id, int r, int i) {
  uint32_t x = (uint32_t)(id * 7919 + r * 104729 + i * 31) * 2654435761u;
  if (i == 0 && r % 8 == 0)
    return 32769 + x % 100000;  // a large object now and then
  return 1 + x % 2048;
}

static void worker(void *p) {
  int id = *(int *)p;
  unsigned char *obj[LIVE];
  uintptr_t len[LIVE];
  for (int r = 0; r < ROUNDS; r++) {
    for (int i = 0; i < LIVE; i++) {
      len[i] = sizeof_round(id, r, i);
      obj[i] = gort_mallocgc(len[i], (i & 1) ? GORT_FLAG_NOPOINTERS : 0);
      for (uintptr_t j = 0; j < len[i]; j++) {
        if (obj[i][j] != 0)
          __atomic_store_n(&bad, 1, __ATOMIC_SEQ_CST);
        obj[i][j] = (unsigned char)(id * LIVE + i);
      }
      if (i % 16 == 0)
        gort_Gosched();
    }
    for (int i = 0; i < LIVE; i += 2)
      gort_free(obj[i]);
    gort_Gosched();
    for (int i = 0; i < LIVE; i++)
      for (uintptr_t j = 0; i % 2 && j < len[i]; j++)
        if (obj[i][j] != (unsigned char)(id * LIVE + i))
          __atomic_store_n(&bad, 2, __ATOMIC_SEQ_CST);
    for (int i = 1; i < LIVE; i += 2)
      gort_free(obj[i]);
  }
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  for (int i = 0; i < NG; i++)
    gort_newproc(sizeof i, worker, &i);
  for (int i = 0; i < NG; i++)
    gort_semacquire(&finished);
  gort_printf("%d goroutines allocated %d objects each: bad %d\n", NG,
              ROUNDS * LIVE, bad);
}
// CHECK: 16 goroutines allocated 2560 objects each: bad 0
