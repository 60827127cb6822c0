// Maps from C, through the map entry points and hand-written type
// descriptors with the runtime's algorithms (alg.cpp): int64 keys checked
// against a reference over 100,000 random inserts, lookups and deletes,
// then 100,000 distinct keys; string keys; float64 keys (NaN is never
// found and each NaN insert adds an entry; +0 and -0 are one key, the
// last written); interface{} keys of several dynamic types (one without
// algorithms, as the compiler's descriptors are today); a nil map; keys
// and elems over 128 bytes (stored indirectly) and a missing elem over
// 1024 bytes (zeroed); maps on several goroutines; mapclear and make's
// hint. Expected lines are Go 1.19's for the same program (map.go,
// quoted in the CHECK lines' order: go run prints them).
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 120 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 120 %run %t 2>&1 | FileCheck %s
#include "maptypes.h"

// A named integer type, as an interface key's dynamic type.
static const GoType tT = {sizeof(intptr_t), GORT_KIND_INT | NOPTR,
                          _Alignof(intptr_t), NAME("main.T"),
                          .hash = sizeof(intptr_t) == 8 ? gort_memhash64
                                                        : gort_memhash32,
                          .equal = sizeof(intptr_t) == 8 ? gort_memequal64
                                                         : gort_memequal32};
static const GoType tbyte = {1, GORT_KIND_UINT8 | NOPTR, 1, NAME("uint8"),
                             .hash = gort_memhash8, .equal = gort_memequal8};
// [200]byte keys: the compiler's hash and equal for an array call memhash
// and memequal with its size.
static uintptr_t khash(const void *p, uintptr_t h) {
  return gort_memhash(p, h, 200);
}
static bool kequal(const void *p, const void *q) {
  return gort_memequal(p, q, 200);
}
static const GoType tK = {200, GORT_KIND_ARRAY | NOPTR, 1, NAME("main.K"),
                          .elem = &tbyte, .len = 200, .hash = khash,
                          .equal = kequal};
static const GoType tE = {300, GORT_KIND_ARRAY | NOPTR, 1, NAME("main.E"),
                          .elem = &tbyte, .len = 300};
static const GoType tHuge = {2000, GORT_KIND_ARRAY | NOPTR, 1,
                             NAME("[2000]uint8"), .elem = &tbyte,
                             .len = 2000};

MAPTYPE(mI64, tint64, tint64);
MAPTYPE(mStr, tstring, tint64);
MAPTYPE(mF64, tfloat64, tint);
MAPTYPE(mIface, tiface, tint);
MAPTYPE(mBig, tK, tE);
MAPTYPE(mHuge, tint64, tHuge);

static uint64_t x = 1;
static uint64_t rnd(void) {
  x = x * 6364136223846793005ULL + 1442695040888963407ULL;
  return x >> 33;
}

static int64_t *set64(Hmap *m, int64_t k) {
  return gort_mapassign(&mI64, m, &k);
}
static int64_t *get64(Hmap *m, int64_t k, bool *ok) {
  return gort_mapaccess2(&mI64, m, &k, ok);
}

static void churn(void) {
  Hmap *m = gort_makemap(&mI64, 0);
  static int64_t ref[4096];
  static bool has[4096], seen[4096];
  long bad = 0;
  for (int i = 0; i < 100000; i++) {
    uint64_t r = rnd();
    int64_t k = r % 4096;
    bool ok;
    int64_t *v;
    switch ((r >> 12) % 3) {
    case 0:
      *set64(m, k) = r >> 8;
      ref[k] = r >> 8, has[k] = true;
      break;
    case 1:
      v = get64(m, k, &ok);
      if (ok != has[k] || (ok && *v != ref[k]) || (!ok && *v != 0))
        bad++;
      break;
    case 2:
      gort_mapdelete(&mI64, m, &k);
      has[k] = false;
      break;
    }
  }
  long n = 0;
  int64_t sum = 0;
  GoHiter it;
  for (gort_mapiterinit(&mI64, m, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
    if (!has[k] || ref[k] != v || seen[k])
      bad++;
    seen[k] = true;
    n++;
    sum += k ^ v;
  }
  for (int k = 0; k < 4096; k++)
    if (has[k] && !seen[k])
      bad++;
  gort_printf("int64 churn: len %D iterated %D sum %D bad %D\n",
              (int64_t)gort_maplen(m), (int64_t)n, sum, (int64_t)bad);
  // CHECK: int64 churn: len 2016 iterated 2016 sum 8542077553 bad 0
}

static void bulk(void) {
  Hmap *m = gort_makemap(&mI64, 0);
  for (int64_t i = 0; i < 100000; i++)
    *set64(m, i * 7919) = -i;
  long found = 0, bad = 0;
  bool ok;
  for (int64_t i = 0; i < 100000; i++) {
    int64_t *v = get64(m, i * 7919, &ok);
    if (ok && *v == -i)
      found++;
    get64(m, i * 7919 + 1, &ok);
    if (ok)
      bad++;
  }
  intptr_t l1 = gort_maplen(m);
  for (int64_t i = 0; i < 100000; i += 2) {
    int64_t k = i * 7919;
    gort_mapdelete(&mI64, m, &k);
  }
  long n = 0;
  GoHiter it;
  for (gort_mapiterinit(&mI64, m, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
    if (k % 7919 != 0 || (k / 7919) % 2 == 0 || v != -(k / 7919))
      bad++;
    n++;
  }
  gort_printf("int64 bulk: len %D found %D after delete %D iterated %D "
              "bad %D\n", (int64_t)l1, (int64_t)found,
              (int64_t)gort_maplen(m), (int64_t)n, (int64_t)bad);
  // CHECK-NEXT: int64 bulk: len 100000 found 100000 after delete 50000 iterated 50000 bad 0
}

// "key-<k>" in buf (at least 16 bytes).
static GoString keyname(char *buf, int k) {
  char digits[12];
  int n = 0, len = 0;
  do
    digits[n++] = '0' + k % 10;
  while ((k /= 10) > 0);
  for (const char *p = "key-"; *p; p++)
    buf[len++] = *p;
  while (n > 0)
    buf[len++] = digits[--n];
  return (GoString){(const uint8_t *)buf, len};
}

static int keynum(GoString s) {
  int k = 0;
  for (intptr_t i = 4; i < s.len; i++)
    k = k * 10 + (s.str[i] - '0');
  return k;
}

static void strings(void) {
  Hmap *m = gort_makemap(&mStr, 0);
  static int64_t ref[2000];
  static bool has[2000];
  long bad = 0;
  char tmp[16];
  for (int i = 0; i < 30000; i++) {
    uint64_t r = rnd();
    int k = r % 2000;
    GoString s = keyname(tmp, k);  // a new string each time, as Go's
    bool ok;
    int64_t *v;
    switch ((r >> 12) % 3) {
    case 0:
      s = keyname(gort_mal(16), k);  // the map keeps it
      *(int64_t *)gort_mapassign(&mStr, m, &s) = r;
      ref[k] = r, has[k] = true;
      break;
    case 1:
      v = gort_mapaccess2(&mStr, m, &s, &ok);
      if (ok != has[k] || (ok && *v != ref[k]))
        bad++;
      break;
    case 2:
      gort_mapdelete(&mStr, m, &s);
      has[k] = false;
      break;
    }
  }
  long n = 0;
  GoHiter it;
  for (gort_mapiterinit(&mStr, m, &it); it.key; gort_mapiternext(&it)) {
    int k = keynum(*(GoString *)it.key);
    if (!has[k] || ref[k] != *(int64_t *)it.elem)
      bad++;
    n++;
  }
  GoString empty = {0, 0};
  bool ok;
  gort_mapaccess2(&mStr, m, &empty, &ok);
  *(int64_t *)gort_mapassign(&mStr, m, &empty) = 7;
  gort_printf("string: len %D iterated %D empty %t %D bad %D\n",
              (int64_t)gort_maplen(m), (int64_t)n + 1, ok,
              *(int64_t *)gort_mapaccess1(&mStr, m, &empty), (int64_t)bad);
  // CHECK-NEXT: string: len 1005 iterated 1005 empty false 7 bad 0
}

static void floats(void) {
  Hmap *m = gort_makemap(&mF64, 0);
  double nan = __builtin_nan(""), zero = 0, negz = -0.0;
  for (intptr_t i = 1; i <= 3; i++)
    *(intptr_t *)gort_mapassign(&mF64, m, &nan) = i;
  bool ok;
  intptr_t v = *(intptr_t *)gort_mapaccess2(&mF64, m, &nan, &ok);
  gort_printf("nan: len %D lookup %D %t\n", (int64_t)gort_maplen(m),
              (int64_t)v, ok);
  // CHECK-NEXT: nan: len 3 lookup 0 false
  gort_mapdelete(&mF64, m, &nan);
  long nans = 0, sum = 0;
  GoHiter it;
  for (gort_mapiterinit(&mF64, m, &it); it.key; gort_mapiternext(&it)) {
    double k = *(double *)it.key;
    if (k != k)
      nans++, sum += *(intptr_t *)it.elem;
  }
  gort_printf("nan: after delete %D iterated %D sum %D\n",
              (int64_t)gort_maplen(m), (int64_t)nans, (int64_t)sum);
  // CHECK-NEXT: nan: after delete 3 iterated 3 sum 6
  *(intptr_t *)gort_mapassign(&mF64, m, &zero) = 10;
  *(intptr_t *)gort_mapassign(&mF64, m, &negz) = 20;
  v = *(intptr_t *)gort_mapaccess2(&mF64, m, &zero, &ok);
  gort_printf("zero: len %D m[+0] %D %t m[-0] %D\n", (int64_t)gort_maplen(m),
              (int64_t)v, ok,
              (int64_t) * (intptr_t *)gort_mapaccess1(&mF64, m, &negz));
  // CHECK-NEXT: zero: len 4 m[+0] 20 true m[-0] 20
  for (gort_mapiterinit(&mF64, m, &it); it.key; gort_mapiternext(&it)) {
    double k = *(double *)it.key;
    if (k == 0)
      gort_printf("zero: key is -0 %t %D\n", __builtin_signbit(k) != 0,
                  (int64_t) * (intptr_t *)it.elem);
  }
  // CHECK-NEXT: zero: key is -0 true 20
  gort_mapdelete(&mF64, m, &zero);
  gort_mapaccess2(&mF64, m, &negz, &ok);
  gort_printf("zero: deleted %t %D\n", !ok, (int64_t)gort_maplen(m));
  // CHECK-NEXT: zero: deleted true 3
}

static intptr_t igetk(Hmap *m, GoEface k, bool *ok) {
  return *(intptr_t *)gort_mapaccess2(&mIface, m, &k, ok);
}
static intptr_t iget(Hmap *m, GoEface k) {
  bool ok;
  return igetk(m, k, &ok);
}
static void iset(Hmap *m, GoEface k, intptr_t v) {
  *(intptr_t *)gort_mapassign(&mIface, m, &k) = v;
}

static void ifaces(void) {
  Hmap *m = gort_makemap(&mIface, 0);
  intptr_t one = 1, two = 2;
  double onef = 1, nan = __builtin_nan("");
  GoString s1 = {(const uint8_t *)"1", 1};
  char buf[1] = {'1'};
  GoString s2 = {(const uint8_t *)buf, 1};  // the same string elsewhere
  GoEface nil = {0, 0};
  iset(m, gort_convT2E(&tint, &one), 1);
  iset(m, gort_convT2E(&tstring, &s1), 2);
  iset(m, gort_convT2E(&tfloat64, &onef), 3);
  iset(m, nil, 4);
  iset(m, gort_convT2E(&tT, &one), 5);
  iset(m, gort_convT2E(&tfloat64, &nan), 6);
  iset(m, gort_convT2E(&tfloat64, &nan), 7);
  bool ok;
  igetk(m, gort_convT2E(&tint, &two), &ok);
  gort_printf("iface: len %D int %D string %D float %D nil %D T %D "
              "missing %t\n", (int64_t)gort_maplen(m),
              (int64_t)iget(m, gort_convT2E(&tint, &one)),
              (int64_t)iget(m, gort_convT2E(&tstring, &s2)),
              (int64_t)iget(m, gort_convT2E(&tfloat64, &onef)),
              (int64_t)iget(m, nil), (int64_t)iget(m, gort_convT2E(&tT, &one)),
              ok);
  // CHECK-NEXT: iface: len 7 int 1 string 2 float 3 nil 4 T 5 missing false
  iset(m, gort_convT2E(&tT, &one), 8);
  iset(m, gort_convT2E(&tstring, &s2), 9);
  GoEface k = gort_convT2E(&tint, &one);
  gort_mapdelete(&mIface, m, &k);
  gort_printf("iface: len %D T %D string %D\n", (int64_t)gort_maplen(m),
              (int64_t)iget(m, gort_convT2E(&tT, &one)),
              (int64_t)iget(m, gort_convT2E(&tstring, &s1)));
  // CHECK-NEXT: iface: len 6 T 8 string 9
}

static void nilmap(void) {
  int64_t k = 5;
  bool ok;
  int64_t v = *get64(0, k, &ok);
  gort_mapdelete(&mI64, 0, &k);
  long n = 0;
  GoHiter it;
  for (gort_mapiterinit(&mI64, 0, &it); it.key; gort_mapiternext(&it))
    n++;
  gort_printf("nil: len %D lookup %D %t iterated %D\n",
              (int64_t)gort_maplen(0), v, ok, (int64_t)n);
  // CHECK-NEXT: nil: len 0 lookup 0 false iterated 0
}

static void big(void) {
  Hmap *m = gort_makemap(&mBig, 0);
  long bad = 0;
  uint8_t k[200], e[300];
  for (int i = 0; i < 500; i++) {
    __builtin_memset(k, 0, sizeof k);
    __builtin_memset(e, 0, sizeof e);
    k[0] = i, k[199] = i >> 8;
    e[0] = i, e[299] = i >> 8;
    __builtin_memcpy(gort_mapassign(&mBig, m, k), e, sizeof e);
  }
  for (int i = 0; i < 500; i += 3) {
    __builtin_memset(k, 0, sizeof k);
    k[0] = i, k[199] = i >> 8;
    gort_mapdelete(&mBig, m, k);
  }
  GoHiter it;
  for (gort_mapiterinit(&mBig, m, &it); it.key; gort_mapiternext(&it)) {
    uint8_t *ik = it.key, *ie = it.elem;
    if (ik[0] != ie[0] || ik[199] != ie[299] || ie[1] != 0)
      bad++;
  }
  bool found, ok;
  __builtin_memset(k, 0, sizeof k);
  k[0] = 1, k[199] = 1;
  uint8_t *fe = gort_mapaccess2(&mBig, m, k, &found);
  k[0] = 3, k[199] = 0;
  uint8_t *z = gort_mapaccess2(&mBig, m, k, &ok);
  bool zero = true;
  for (int i = 0; i < 300; i++)
    zero = zero && z[i] == 0;
  Hmap *h = gort_makemap(&mHuge, 0);
  int64_t one = 1;
  bool ok2;
  uint8_t *bz = gort_mapaccess2(&mHuge, h, &one, &ok2);
  bool zero2 = true;
  for (int i = 0; i < 2000; i++)
    zero2 = zero2 && bz[i] == 0;
  gort_printf("big: len %D bad %D found %t %d %d missing %t %t "
              "huge missing %t %t\n", (int64_t)gort_maplen(m), (int64_t)bad,
              found, fe[0], fe[299], ok, zero, ok2, zero2);
  // CHECK-NEXT: big: len 333 bad 0 found true 1 1 missing false true huge missing false true
}

static Hchan *done;

static void worker(void *arg) {
  int64_t g = *(int64_t *)arg;
  Hmap *m = gort_makemap(&mI64, 0);
  intptr_t bad = 0;
  for (int64_t i = 0; i < 20000; i++)
    *set64(m, i) = i + g;
  for (int64_t i = 0; i < 20000; i++)
    if (*(int64_t *)gort_mapaccess1(&mI64, m, &i) != i + g)
      bad++;
  bad += gort_maplen(m) - 20000;
  gort_chansend1(done, &bad);
}

static void goroutines(void) {
  done = gort_makechan(&tint, 0);
  for (int64_t g = 0; g < 4; g++)
    gort_newproc(sizeof g, worker, &g);
  intptr_t bad = 0, b;
  for (int g = 0; g < 4; g++) {
    gort_chanrecv1(done, &b);
    bad += b;
  }
  gort_printf("goroutines: bad %D\n", (int64_t)bad);
  // CHECK-NEXT: goroutines: bad 0
}

static void clear(void) {
  Hmap *m = gort_makemap(&mI64, 1000);
  for (int64_t i = 0; i < 1000; i++)
    *set64(m, i) = i;
  gort_mapclear(&mI64, m);  // for k := range m { delete(m, k) }
  *set64(m, 5) = 6;
  bool ok;
  int64_t v = *get64(m, 5, &ok);
  Hmap *m2 = gort_makemap(&mI64, -1);
  *(int64_t *)gort_mapassign(&mI64, m2, &(int64_t){1}) = 1;
  Hmap *m3 = gort_makemap(&mI64, INTPTR_MAX);
  *(int64_t *)gort_mapassign(&mI64, m3, &(int64_t){1}) = 1;
  gort_printf("clear: len %D %D make(-1): %D make(MaxInt): %D\n",
              (int64_t)gort_maplen(m), v, (int64_t)gort_maplen(m2),
              (int64_t)gort_maplen(m3));
  // CHECK-NEXT: clear: len 1 6 make(-1): 1 make(MaxInt): 1
}

void gort_main_main(void) {
  churn();
  bulk();
  strings();
  floats();
  ifaces();
  nilmap();
  big();
  goroutines();
  clear();
}
