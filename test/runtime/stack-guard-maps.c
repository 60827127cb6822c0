// Without MADV_GUARD_INSTALL (Linux before 6.13, qemu-user; forced here by
// GORTDEBUG=stackmprotect=1) each segment's guard page is an mprotect that
// splits a mapping: every segment still gets one (two more mappings
// each), and when vm.max_map_count (here GORTDEBUG=maxmapcount=4000, which
// leaves room for about 1,490) has no room for the next, creating the
// goroutine is a fatal error that says why, not a failed mmap or a
// segment left unguarded.
// REQUIRES: split
// RUN: %cc -DN=1000 %s -o %t.fits && env GORTDEBUG=stackmprotect=1 %run %t.fits 2>&1 | FileCheck %s --check-prefix=FITS
// RUN: %cc -DN=2000 %s -o %t.full && env GORTDEBUG=stackmprotect=1,maxmapcount=4000 %exitcode %run %t.full 2>&1 | FileCheck %s --check-prefix=FULL
#include <gort/gort.h>
#include <stdio.h>

static uint32_t parked, release, finished;
static int mappings;

static void countmaps(void *p) {
  (void)p;
  FILE *f = fopen("/proc/self/maps", "r");
  int c;
  mappings = 0;
  while ((c = getc(f)) != EOF)
    mappings += c == '\n';
  fclose(f);
}

static int maps(void) {
  gort_asmcgocall(countmaps, 0);
  return mappings;
}

static void sleeper(void *p) {
  (void)p;
  gort_semrelease(&parked);
  gort_semacquire(&release);
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  int n = N;
  int m0 = maps();
  for (int i = 0; i < n; i++)
    gort_newproc(0, sleeper, 0);
  for (int i = 0; i < n; i++)
    gort_semacquire(&parked);
  gort_printf("%d goroutines, each segment guarded by mprotect: %t\n", n,
              maps() - m0 >= 2 * n);
  for (int i = 0; i < n; i++)
    gort_semrelease(&release);
  for (int i = 0; i < n; i++)
    gort_semacquire(&finished);
}
// FITS: 1000 goroutines, each segment guarded by mprotect: true

// FULL: runtime: cannot create a goroutine or grow a stack: stack segment {{[0-9]+}} needs a guard page, made by mprotect (GORTDEBUG=stackmprotect=1), which splits a mapping; vm.max_map_count (4000) leaves room for {{[0-9]+}} guarded segments
// FULL-NEXT: fatal error: too many stack segments for vm.max_map_count
// FULL-NOT: goroutines, each segment
// FULL: exit status 2
