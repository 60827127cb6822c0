// A goroutine recurses 1,000,000 frames deep across many segments and
// comes back: every segment is returned (stackinuse is back where it
// started), and after runtime.GC the resident memory with it.
// REQUIRES: split
// RUN: %cc %s -o %t && timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static uint32_t done;
static uintptr_t peak;

static long rss_kb;
static void crss(void *p) {  // resident set size from /proc/self/statm
  (void)p;
  char buf[128] = {0};
  int fd = open("/proc/self/statm", O_RDONLY);
  read(fd, buf, sizeof buf - 1);
  close(fd);
  char *s = buf;
  strtol(s, &s, 10);
  rss_kb = strtol(s, &s, 10) * (sysconf(_SC_PAGESIZE) / 1024);
}
static long rss(void) {
  gort_asmcgocall(crss, 0);
  return rss_kb;
}

__attribute__((noinline)) static long down(long n) {
  volatile char pad[24];
  pad[0] = (char)n;
  if (n == 0) {
    peak = gort_stackinuse();
    return 0;
  }
  return down(n - 1) + 1 + pad[0] * 0;
}

static void deep(void *p) {
  (void)p;
  uintptr_t before = gort_stackinuse();
  long rss0 = rss();
  long r = down(1000000);
  gort_GC();
  long rss1 = rss();
  gort_printf("depth %D\n", (long long)r);
  gort_printf("segments at the bottom: more than 8 MB %t\n",
              peak - before > 8 << 20);
  gort_printf("segments after: %D bytes more than before\n",
              (long long)(gort_stackinuse() - before));
  gort_printf("resident memory kept: under 24 MB %t\n",
              rss1 - rss0 < 24 * 1024);
  // The stack is reusable: again, as deep.
  gort_printf("again %D\n", (long long)down(1000000));
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, deep, 0);
  gort_semacquire(&done);
}
// CHECK: depth 1000000
// CHECK-NEXT: segments at the bottom: more than 8 MB true
// CHECK-NEXT: segments after: 0 bytes more than before
// CHECK-NEXT: resident memory kept: under 24 MB true
// CHECK-NEXT: again 1000000
