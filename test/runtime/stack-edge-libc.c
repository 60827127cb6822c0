// C library calls from goroutine code go through asmcgocall onto the
// thread's own stack, so printf("%f") and qsort (whose comparator is
// split-stack code called back from libc) work at every distance from the
// end of a segment, the very edge included.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}

struct job {
  char buf[64];
  int v[16];
};

static void clib(void *p) {
  struct job *j = p;
  snprintf(j->buf, sizeof j->buf, "%f %e", 3.25, 1e10);
  qsort(j->v, 16, sizeof(int), cmp);
}

static int good;

__attribute__((noinline)) static void at(int n) {
  if (n > 0) {
    at(n - 1);
    __asm__ volatile("");
    return;
  }
  struct job j;
  for (int i = 0; i < 16; i++)
    j.v[i] = (i * 7) % 16;
  gort_asmcgocall(clib, &j);
  int sorted = 1;
  for (int i = 0; i < 16; i++)
    sorted &= j.v[i] == i;
  good += sorted && strcmp(j.buf, "3.250000 1.000000e+10") == 0;
}

static uint32_t done;

static void walk(void *p) {
  (void)p;
  // 16-byte frames: over a segment's 3 KB every position comes up.
  for (int n = 0; n < 600; n++)
    at(n);
  gort_printf("%d of 600 depths ok\n", good);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, walk, 0);
  gort_semacquire(&done);
}
// CHECK: 600 of 600 depths ok
