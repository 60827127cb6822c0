// A goroutine whose panic runs a deferred call (through reflectcall on a
// new Stktop), which stops in mark, then recovers.
#include <gort/gort.h>

static uint32_t done;
static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

__attribute__((noinline)) void mark(long i) { __asm__ volatile("" : : "r"(i)); }

static void deferred(void *p) {
  mark(*(long *)p);
  gort_gorecover(__builtin_return_address(0));
}

__attribute__((noinline)) static int panicker(long v) {
  if (gort_deferproc(sizeof v, deferred, &v))
    return 1;
  gort_gopanic(gort_convT2E(&tint, &v));
  gort_deferreturn();
  return 0;
}

static void body(void *p) {
  (void)p;
  gort_printf("recovered %d\n", panicker(7));
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, body, 0);
  gort_semacquire(&done);
}
