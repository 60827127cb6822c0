// nbody.go in C, statement for statement, for the clang column of
// `make bench`: what LLVM makes of the same program without Go's
// semantics (no bounds checks, no split stacks). Built with clang -O3
// -ffp-contract=off, so that the arithmetic is IEEE float64 as in Go.
// The velocity and mass constants are Go's: products of constants that
// Go computes exactly and rounds once (hex literals, printed by Go).
#include <stdio.h>

enum { steps = 5000000 };

typedef struct { double x, y, z; } vec;
typedef struct { vec pos, vel; double mass; } body;
typedef struct { body bodies[5]; } system_;

static const double solarMass = 0x1.3bd3cc9be45dep+05; // 4 * pi * pi

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

static void offsetMomentum(system_ *s) {
  vec p = {0, 0, 0};
  for (int i = 0; i < 5; i++) {
    body b = s->bodies[i];
    p.x += b.vel.x * b.mass;
    p.y += b.vel.y * b.mass;
    p.z += b.vel.z * b.mass;
  }
  body *sun = &s->bodies[0];
  sun->vel = (vec){-p.x / solarMass, -p.y / solarMass, -p.z / solarMass};
}

static void init(system_ *s) {
  s->bodies[0] = (body){.mass = solarMass};
  s->bodies[1] = (body){
      {4.84143144246472090e+00, -1.16032004402742839e+00,
       -1.03622044471123109e-01},
      {0x1.367069b93ccbcp-01, 0x1.67ef2f57d949ap+01, -0x1.9d2d79a5a0715p-06},
      0x1.34c95d9ab33d7p-05};
  s->bodies[2] = (body){
      {8.34336671824457987e+00, 4.12479856412430479e+00,
       -4.03523417114321381e-01},
      {-0x1.02c21b8879442p+00, 0x1.d35e9bf1f8f12p+00, 0x1.13c485f1123b4p-07},
      0x1.71d490d07c637p-07};
  s->bodies[3] = (body){
      {1.28943695621391310e+01, -1.51111514016986312e+01,
       -2.23307578892655734e-01},
      {0x1.1531ca9911befp+00, 0x1.bcc7f3e54bbc5p-01, -0x1.62f6bfaf23e7cp-07},
      0x1.c3dd29cf41eb2p-10};
  s->bodies[4] = (body){
      {1.53796971148509165e+01, -2.59193146099879641e+01,
       1.79258772950371181e-01},
      {0x1.f54b61659bc4ap-01, 0x1.307c631c4fba3p-01, -0x1.1cb88587665f6p-05},
      0x1.0a8f3531799acp-09};
  offsetMomentum(s);
}

static double energy(system_ *s) {
  double e = 0.0;
  for (int i = 0; i < 5; i++) {
    body *b = &s->bodies[i];
    e += 0.5 * b->mass *
         (b->vel.x * b->vel.x + b->vel.y * b->vel.y + b->vel.z * b->vel.z);
    for (int j = i + 1; j < 5; j++) {
      body *c = &s->bodies[j];
      double dx = b->pos.x - c->pos.x;
      double dy = b->pos.y - c->pos.y;
      double dz = b->pos.z - c->pos.z;
      e -= b->mass * c->mass / sqrt_(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(system_ *s, double dt) {
  body *bs = s->bodies;
  for (int i = 0; i < 5; i++) {
    body *b = &bs[i];
    for (int j = i + 1; j < 5; j++) {
      body *c = &bs[j];
      double dx = b->pos.x - c->pos.x;
      double dy = b->pos.y - c->pos.y;
      double dz = b->pos.z - c->pos.z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt_(d2));
      double bm = b->mass * mag;
      double cm = c->mass * mag;
      b->vel.x -= dx * cm;
      b->vel.y -= dy * cm;
      b->vel.z -= dz * cm;
      c->vel.x += dx * bm;
      c->vel.y += dy * bm;
      c->vel.z += dz * bm;
    }
  }
  for (int i = 0; i < 5; i++) {
    body *b = &bs[i];
    b->pos.x += dt * b->vel.x;
    b->pos.y += dt * b->vel.y;
    b->pos.z += dt * b->vel.z;
  }
}

int main(void) {
  system_ s;
  init(&s);
  double before = energy(&s);
  for (int i = 0; i < steps; i++)
    advance(&s, 0.01);
  double after = energy(&s);
  fprintf(stderr, "checksum %lld %lld\n", (long long)(before * 1e15),
          (long long)(after * 1e15));
  return 0;
}
