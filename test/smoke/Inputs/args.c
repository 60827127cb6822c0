// Prints its arguments and exits 7 (for gort-exec.test).
#include <gort/gort.h>

int main(int argc, char **argv) {
  gort_printf("argc=%d", argc);
  for (int i = 1; i < argc; i++)
    gort_printf(" argv[%d]=%s", i, argv[i]);
  gort_printf("\n");
  return 7;
}
