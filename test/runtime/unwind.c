// libunwind walks a goroutine's stack from C code running on g0 (through
// asmcgocall's CFI) down through every segment boundary (through
// __morestack's CFI) to the goroutine's entry function, where
// runtime.gostart ends the walk.
// REQUIRES: split, amd64
// RUN: %cc -O1 -I/usr/include/libunwind %s /usr/lib/llvm-19/lib/libunwind.a -o %t
// RUN: %run %t 2>&1 | FileCheck %s
#define UNW_LOCAL_ONLY
#include <gort/gort.h>
#include <libunwind.h>
#include <string.h>

enum { DEPTH = 20000 };  // about 1 MB: a score of segments

long descend(long n);
static void climber(void *p);
extern char morestack[] __asm__("__morestack");
extern char gostart[] __asm__("runtime.gostart");
extern char goexit[] __asm__("runtime.goexit");
extern char asmcgocall[] __asm__("runtime.asmcgocall");
extern char lessstack[] __asm__("runtime.lessstack");
static void walk(void *p);

// A static binary has no symbol table for unw_get_proc_name: the function a
// pc lies in is the nearest of these entry points below it.
static const char *where(unw_word_t ip) {
  struct { const char *name; char *start; } fns[] = {
      {"descend", (char *)descend}, {"climber", (char *)climber},
      {"__morestack", morestack},  {"runtime.gostart", gostart},
      {"runtime.goexit", goexit},  {"walk", (char *)walk},
      {"runtime.asmcgocall", asmcgocall}, {"runtime.lessstack", lessstack}};
  const char *best = "?";
  char *bestp = 0;
  for (unsigned i = 0; i < sizeof fns / sizeof fns[0]; i++)
    if (fns[i].start <= (char *)ip && fns[i].start > bestp)
      best = fns[i].name, bestp = fns[i].start;
  return best;
}

static int descends, morestacks, sawclimber, sawgostart, last;

static void walk(void *p) {
  (void)p;
  unw_context_t ctx;
  unw_cursor_t cur;
  unw_getcontext(&ctx);
  unw_init_local(&cur, &ctx);
  do {
    unw_word_t ip;
    unw_get_reg(&cur, UNW_REG_IP, &ip);
    // A return address lies after its call: look up ip - 1, as unwinders do.
    const char *name = where(ip - 1);
    descends += strcmp(name, "descend") == 0;
    morestacks += strcmp(name, "__morestack") == 0;
    sawclimber += strcmp(name, "climber") == 0;
    last = strcmp(name, "runtime.gostart") == 0;
    sawgostart += last;
  } while (unw_step(&cur) > 0);
}

__attribute__((noinline)) long descend(long n) {
  if (n == 0) {
    gort_asmcgocall(walk, 0);
    return 0;
  }
  long r = descend(n - 1);
  __asm__ volatile("" : "+r"(r));
  return r + 1;
}

static uint32_t done;

static __attribute__((noinline)) void climber(void *p) {
  (void)p;
  descend(DEPTH);
  // Each boundary shows the function that split twice: its body on the new
  // segment and, past __morestack, its prologue on the old one.
  gort_printf("descend frames %d of %d\n", descends - morestacks, DEPTH + 1);
  gort_printf("segment boundaries crossed: many %t\n", morestacks > 5);
  gort_printf("reached climber %d, ended at runtime.gostart %t\n", sawclimber,
              last && sawgostart == 1);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, climber, 0);
  gort_semacquire(&done);
}
// CHECK: descend frames 20001 of 20001
// CHECK-NEXT: segment boundaries crossed: many true
// CHECK-NEXT: reached climber 1, ended at runtime.gostart true
