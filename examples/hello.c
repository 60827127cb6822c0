// A C program against the runtime's C ABI (what make demo runs until the
// compiler can build examples/sieve.go).
#include <gort/gort.h>

int main(void) {
  gort_printf("hello from gort's runtime: %d goroutines to come\n", 0);
  return 0;
}
