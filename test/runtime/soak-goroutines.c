// Soak: a million goroutines, each blocked on a channel of its own, woken
// in random order; three rounds. After each round (and a runtime.GC) the
// resident set is back near where it started: the dead Gs stay on the free
// list as in Go (under 512 bytes each), but their segments went back at
// the collection (proc.cpp's gfreestacks) and the stack caches keep at
// most StackCacheBytes (8 MB) plus each m's few (stack.h). Without that
// each round kept 4 GB. 32-bit targets run 10,000: a million segments do
// not fit their address space, and under qemu-user each guard is an
// mprotect that vm.max_map_count counts (stack.cpp).
// REQUIRES: sched
// Not under the sanitizers: a million of amd64-san's 64 KB segments.
// UNSUPPORTED: sanitize
// GOMAXPROCS=2 runs it too: soak-goroutines-procs2.test (apart, as each
// takes a minute or two on amd64, most of it faulting 4 GB of stacks in).
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 280 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

enum { Max = 1000000, Rounds = 3 };

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};
static Hchan *chans[Max];  // a global: the collector's root
static uint32_t parked, finished;
static long wrong;

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

static void sleeper(void *p) {
  long i = *(long *)p, v;
  gort_semrelease(&parked);
  gort_chanrecv1(chans[i], &v);
  if (v != i)
    __atomic_fetch_add(&wrong, 1, __ATOMIC_SEQ_CST);
  gort_semrelease(&finished);
}

static uint64_t seed = 88172645463325252ull;
static uint64_t xorshift(void) {
  seed ^= seed << 13;
  seed ^= seed >> 7;
  seed ^= seed << 17;
  return seed;
}

// A random order of 0..n-1 (Fisher-Yates). C memory: no pointers in it.
static long *shuffled(long n) {
  static long *perm;
  if (perm == 0)
    perm = malloc(n * sizeof *perm);
  for (long i = 0; i < n; i++)
    perm[i] = i;
  for (long i = n - 1; i > 0; i--) {
    long j = (long)(xorshift() % (uint64_t)(i + 1)), t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return perm;
}

static void round_(long n) {
  for (long i = 0; i < n; i++) {
    chans[i] = gort_makechan(&tint, 0);
    gort_newproc(sizeof i, sleeper, &i);
  }
  for (long i = 0; i < n; i++)
    gort_semacquire(&parked);
  long *perm = shuffled(n);
  for (long i = 0; i < n; i++)
    gort_chansend1(chans[perm[i]], &perm[i]);
  for (long i = 0; i < n; i++)
    gort_semacquire(&finished);
  while (gort_NumGoroutine() > 1)  // the last ones still exiting
    gort_Gosched();
  for (long i = 0; i < n; i++)
    chans[i] = 0;
}

void gort_main_main(void) {
  long n = sizeof(void *) == 8 ? Max : 10000;
  gort_GC();
  long r0 = rss();
  // What may stay: the dead Gs, the stack caches, the heap's slack.
  long allowed = n * 512 / 1024 + 32 * 1024;
  for (int r = 1; r <= Rounds; r++) {
    round_(n);
    gort_GC();
    long grown = rss() - r0;
    gort_printf("round %d: woken in random order, right values %t, "
                "goroutines left %d\n", r, wrong == 0, gort_NumGoroutine());
    gort_printf("round %d: rss back near its start %t\n", r, grown <= allowed);
    if (getenv("SOAKRSS"))
      gort_printf("  grown %D KB\n", (long long)grown);
    if (grown > allowed)
      gort_printf("  grown %D KB, allowed %D KB\n", (long long)grown,
                  (long long)allowed);
  }
}
// CHECK: round 1: woken in random order, right values true, goroutines left 1
// CHECK-NEXT: round 1: rss back near its start true
// CHECK-NEXT: round 2: woken in random order, right values true, goroutines left 1
// CHECK-NEXT: round 2: rss back near its start true
// CHECK-NEXT: round 3: woken in random order, right values true, goroutines left 1
// CHECK-NEXT: round 3: rss back near its start true
