// Five goroutines besides main's, each told apart by its argument.
#include <gort/gort.h>

static uint32_t done;

static void worker(void *p) {
  (void)p;
  gort_semrelease(&done);
}

void gort_main_main(void) {
  for (int i = 0; i < 5; i++)
    gort_newproc(sizeof i, worker, &i);
  for (int i = 0; i < 5; i++)
    gort_semacquire(&done);
  gort_printf("spawned 5\n");
}
