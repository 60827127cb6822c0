// One print statement, one write: two goroutines on two (or three) cpus
// printing long lines between printlock and printunlock never interleave
// within a line; nor do the runtime's own printf lines (-DPRINTF: one call
// whose format writes the line in pieces).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=2 timeout 60 %run %t 2>%t.err
// RUN: %python -c "import sys; L=open(sys.argv[1]).read().splitlines(); bad=[l for l in L if l not in ('a'*300, 'b'*300)]; print(len(L), 'lines', len(bad), 'torn')" %t.err | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>%t.err3
// RUN: %python -c "import sys; L=open(sys.argv[1]).read().splitlines(); bad=[l for l in L if l not in ('a'*300, 'b'*300)]; print(len(L), 'lines', len(bad), 'torn')" %t.err3 | FileCheck %s
// RUN: %cc -DPRINTF %s -o %t.printf && env GOMAXPROCS=2 timeout 60 %run %t.printf 2>%t.printf.err
// RUN: %python -c "import sys; L=open(sys.argv[1]).read().splitlines(); bad=[l for l in L if l not in ('a'*300, 'b'*300)]; print(len(L), 'lines', len(bad), 'torn')" %t.printf.err | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t.printf 2>%t.printf.err3
// RUN: %python -c "import sys; L=open(sys.argv[1]).read().splitlines(); bad=[l for l in L if l not in ('a'*300, 'b'*300)]; print(len(L), 'lines', len(bad), 'torn')" %t.printf.err3 | FileCheck %s
// CHECK: 4000 lines 0 torn
#include <gort/gort.h>

static uint32_t done;

#ifndef PRINTF
// A print statement: many small writes between printlock and printunlock.
static void printline(const char *s) {
  gort_printlock();
  for (int j = 0; j < 300; j += 30)
    gort_printstring((GoString){(const uint8_t *)s + j, 30});
  gort_printnl();
  gort_printunlock();
}
#else
// One printf call: ten writes, were printf not one write.
static void printline(const char *s) {
  const char *p = s + 270;  // the last 30 characters, then the NUL
  gort_printf("%s%s%s%s%s%s%s%s%s%s\n", p, p, p, p, p, p, p, p, p, p);
}
#endif

static void printer(void *p) {
  char ch = *(char *)p;
  char s[301];
  for (int i = 0; i < 300; i++)
    s[i] = ch;
  s[300] = 0;
  for (int i = 0; i < 2000; i++)
    printline(s);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  char a = 'a', b = 'b';
  gort_newproc(1, printer, &a);
  gort_newproc(1, printer, &b);
  gort_semacquire(&done);
  gort_semacquire(&done);
}
