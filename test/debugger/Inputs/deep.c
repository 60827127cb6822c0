// A goroutine recursing far below its first segment.
#include <gort/gort.h>

static uint32_t done;

__attribute__((noinline)) long descend(long n) {
  if (n == 0) {
    gort_Breakpoint();
    return 0;
  }
  long r = descend(n - 1);
  __asm__ volatile("" : "+r"(r));
  return r + 1;
}

static void climber(void *p) {
  (void)p;
  gort_printf("depth %D\n", (long long)descend(2000));
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, climber, 0);
  gort_semacquire(&done);
}
