// bench.h: timing for the C benchmarks against the runtime. The clock is
// read on g0 (asmcgocall), like every libc call from goroutine code.
#include <gort/gort.h>
#include <stdlib.h>
#include <time.h>

static long long bench_ns_;
static void bench_cnow(void *p) {
  (void)p;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  bench_ns_ = ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
static long long now(void) {
  gort_asmcgocall(bench_cnow, 0);
  return bench_ns_;
}

static long bench_n_;
static void bench_catol(void *p) { bench_n_ = atol((const char *)p); }

// Iterations: $BENCH_N if set, else the default.
static long iterations(long dflt) {
  static char name[] = "BENCH_N";
  struct { const char *n; char *v; } a = {name, 0};
  (void)a;
  char *v = 0;
  extern char **environ;
  for (char **e = environ; *e; e++) {
    const char *s = *e, *n = name;
    while (*n && *s == *n)
      s++, n++;
    if (!*n && *s == '=') {
      v = (char *)s + 1;
      break;
    }
  }
  if (!v)
    return dflt;
  gort_asmcgocall(bench_catol, v);
  return bench_n_;
}

// One result line: name value unit
static void report(const char *name, double value, const char *unit) {
  gort_printf("%s %D.%D %s\n", name, (long long)value,
              (long long)((value - (long long)value) * 10), unit);
}
