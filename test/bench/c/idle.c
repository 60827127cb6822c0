// 1,000,000 goroutines alive at once, each blocked: the time to start
// one (until it has run and blocked) and bytes of memory per idle
// goroutine (resident set growth / count).
#include "bench.h"
#include <fcntl.h>
#include <unistd.h>

static long rss_kb;
static void crss(void *p) {
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

// Apart, so that the semaphore table (hashed by address) keeps the million
// waiters on release in a list of their own.
static uint32_t parked __attribute__((aligned(64)));
static uint32_t release __attribute__((aligned(64)));
static uint32_t finished __attribute__((aligned(64)));

static void idler(void *p) {
  (void)p;
  gort_semrelease(&parked);
  gort_semacquire(&release);
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  long n = iterations(1000000);
  long r0 = rss();
  int64_t t0 = now();
  for (long i = 0; i < n; i++)
    gort_newproc(0, idler, 0);
  for (long i = 0; i < n; i++)
    gort_semacquire(&parked);
  report("start", (double)(now() - t0) / n, "ns/goroutine");
  long r1 = rss();
  report("goroutines", gort_NumGoroutine() - 1, "alive");
  report("idle", (double)(r1 - r0) * 1024 / n, "bytes/goroutine");
  for (long i = 0; i < n; i++)
    gort_semrelease(&release);
  for (long i = 0; i < n; i++)
    gort_semacquire(&finished);
}
