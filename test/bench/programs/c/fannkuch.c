// fannkuch.go in C, statement for statement, for the clang column of
// `make bench` (see nbody.c). Slices become calloc'd arrays.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { n = 11 };

static void fannkuch(long n_, long *checksumOut, long *maxFlipsOut) {
  long *perm1 = calloc(n_, sizeof(long)); // the current permutation
  long *perm = calloc(n_, sizeof(long));  // its copy, flipped
  long *count = calloc(n_, sizeof(long));
  for (long i = 0; i < n_; i++)
    perm1[i] = i;
  long checksum = 0, maxFlips = 0, permIndex = 0;
  long r = n_;
  for (;;) {
    for (; r != 1; r--)
      count[r - 1] = r;
    memmove(perm, perm1, n_ * sizeof(long));
    long flips = 0;
    for (long k = perm[0]; k != 0; k = perm[0]) {
      for (long i = 0, j = k; i < j; i++, j--) {
        long t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > maxFlips)
      maxFlips = flips;
    if (permIndex % 2 == 0)
      checksum += flips;
    else
      checksum -= flips;
    for (;;) {
      if (r == n_) {
        *checksumOut = checksum;
        *maxFlipsOut = maxFlips;
        return;
      }
      long first = perm1[0];
      for (long i = 0; i < r; i++)
        perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0)
        break;
      r++;
    }
    permIndex++;
  }
}

int main(void) {
  long checksum, maxFlips;
  fannkuch(n, &checksum, &maxFlips);
  fprintf(stderr, "checksum %ld %ld\n", checksum, maxFlips);
  return 0;
}
