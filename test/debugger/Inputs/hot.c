// A goroutine whose calls of callee split and unsplit at one boundary,
// again and again: callee's frame never fits on the first segment.
#include <gort/gort.h>

static uint32_t done;

// gdb stops here.
__attribute__((noinline)) void mark(long i) { __asm__ volatile("" : : "r"(i)); }

__attribute__((noinline)) long callee(long i) {
  volatile char buf[6000];
  buf[i & 7] = (char)i;
  if (i == 50)
    mark(i);
  return buf[i & 7];
}

__attribute__((noinline)) static long caller(long n) {
  long s = 0;
  for (long i = 0; i < n; i++)
    s += callee(i);
  return s;
}

static void hotloop(void *p) {
  (void)p;
  gort_printf("sum %D\n", (long long)caller(100));
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, hotloop, 0);
  gort_semacquire(&done);
}
