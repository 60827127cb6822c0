// The helpers LLVM calls behind the program's back (64-bit division:
// __udivdi3/__divdi3 on i386, __aeabi_uldivmod/__aeabi_ldivmod on ARM;
// memcpy and memset) are not split-stack code: they run in the guard
// margin, and must work at every distance from the end of a segment.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <string.h>

static volatile uint64_t num = 0xfedcba9876543210ull, den = 12345;
static volatile int64_t snum = -0x123456789abcdefll, sden = -777;
static volatile size_t len = 200;
static int good;

__attribute__((noinline)) static void at(int n) {
  if (n > 0) {
    at(n - 1);
    __asm__ volatile("");
    return;
  }
  uint64_t q = num / den, r = num % den;
  int64_t sq = snum / sden, sr = snum % sden;
  char a[256], b[256];
  memset(a, 'x', len);
  memcpy(b, a, len);
  good += q * den + r == num && sq * sden + sr == snum && b[len - 1] == 'x';
}

static uint32_t done;

static void walk(void *p) {
  (void)p;
  for (int n = 0; n < 600; n++)  // small frames: every offset comes up
    at(n);
  gort_printf("%d of 600 depths ok\n", good);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, walk, 0);
  gort_semacquire(&done);
}
// CHECK: 600 of 600 depths ok
