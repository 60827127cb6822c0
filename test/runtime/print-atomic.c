// One print statement, one write: two goroutines on two cpus printing long
// lines between printlock and printunlock never interleave within a line.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=2 timeout 60 %run %t 2>%t.err
// RUN: %python -c "import sys; L=open(sys.argv[1]).read().splitlines(); bad=[l for l in L if l not in ('a'*300, 'b'*300)]; print(len(L), 'lines', len(bad), 'torn')" %t.err | FileCheck %s
// CHECK: 4000 lines 0 torn
#include <gort/gort.h>

static uint32_t done;

static void printer(void *p) {
  char ch = *(char *)p;
  char s[300];
  for (int i = 0; i < 300; i++)
    s[i] = ch;
  for (int i = 0; i < 2000; i++) {
    gort_printlock();
    for (int j = 0; j < 300; j += 30)  // many small writes per statement
      gort_printstring((GoString){(const uint8_t *)s + j, 30});
    gort_printnl();
    gort_printunlock();
  }
  gort_semrelease(&done);
}

void gort_main_main(void) {
  char a = 'a', b = 'b';
  gort_newproc(1, printer, &a);
  gort_newproc(1, printer, &b);
  gort_semacquire(&done);
  gort_semacquire(&done);
}
