// spectralnorm.go in C, statement for statement, for the clang column of
// `make bench` (see nbody.c). Slices become calloc'd arrays.
#include <stdio.h>
#include <stdlib.h>

enum { n = 4000 };

static double sqrt_(double a) {
  if (a == 0)
    return 0;
  double scale = 1.0;
  while (a > 4) {
    a *= 0.25;
    scale *= 2;
  }
  while (a < 0.25) {
    a *= 4;
    scale *= 0.5;
  }
  double y = 1.0;
  for (int i = 0; i < 6; i++)
    y = 0.5 * (y + a / y);
  return y * scale;
}

static double a(long i, long j) {
  return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

// times sets v = A u.
static void times(double *v, double const *u, long len) {
  for (long i = 0; i < len; i++) {
    double s = 0.0;
    for (long j = 0; j < len; j++)
      s += a(i, j) * u[j];
    v[i] = s;
  }
}

// timesTransp sets v = A^T u.
static void timesTransp(double *v, double const *u, long len) {
  for (long i = 0; i < len; i++) {
    double s = 0.0;
    for (long j = 0; j < len; j++)
      s += a(j, i) * u[j];
    v[i] = s;
  }
}

static void atTimesA(double *v, double const *u, double *tmp, long len) {
  times(tmp, u, len);
  timesTransp(v, tmp, len);
}

int main(void) {
  double *u = calloc(n, sizeof *u), *v = calloc(n, sizeof *v),
         *tmp = calloc(n, sizeof *tmp);
  for (long i = 0; i < n; i++)
    u[i] = 1;
  for (int i = 0; i < 10; i++) {
    atTimesA(v, u, tmp, n);
    atTimesA(u, v, tmp, n);
  }
  double vBv = 0, vv = 0;
  for (long i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  fprintf(stderr, "checksum %lld\n", (long long)(sqrt_(vBv / vv) * 1e15));
  return 0;
}
