// An idle program's wake-ups: for a second both goroutines sleep
// (time.Sleep), main from a moment after the other. Nothing runs, so
// nothing should wake but main at the end; the monitor must not poll.
// Voluntary context switches of the whole process (every thread,
// getrusage) per second of that second.
#include "bench.h"
#include <sys/resource.h>

static long nvcsw;
static void crusage(void *p) {
  (void)p;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  nvcsw = ru.ru_nvcsw;
}

static uint32_t done;

static void sleeper(void *p) {
  (void)p;
  gort_tsleep(1500000000LL);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, sleeper, 0);
  gort_tsleep(200000000LL);  // the other is asleep, the threads settled
  gort_asmcgocall(crusage, 0);
  long n0 = nvcsw;
  long long t0 = now();
  gort_tsleep(1000000000LL);
  gort_asmcgocall(crusage, 0);
  report("wakeups", (nvcsw - n0) / ((now() - t0) / 1e9), "wakeups/s");
  gort_semacquire(&done);
}
