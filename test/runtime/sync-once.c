// sync.Once through the C ABI, f being a func value (a closure object
// whose first word is its code, called with the closure: docs/ABI.md):
// of 6 concurrent callers one runs f while the other 5 wait, and all
// return after f finished; a later Do does nothing. An f that panics
// counts as done: the caller that waited meanwhile returns without calling
// its own f, and so does a later Do. Do(nil) panics as a nil func call,
// and the Once is then done. Unrecovered, the panics end the program as
// in Go. Expected lines are what the equivalent Go program prints under
// Go 1.19 (its f values are closures; channels here are semaphores).
// REQUIRES: split
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: %cc -DUNRECOVERED %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=UNRECOVERED
// RUN: %cc -DNILF %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=NILF
#include <gort/gort.h>

enum { N = 6 };

static const GoType tstring = {sizeof(GoString), GORT_KIND_STRING,
                               sizeof(void *), {(const uint8_t *)"string", 6},
                               0};

static GoEface str(const char *s) {
  GoString v = {(const uint8_t *)s, 0};
  while (s[v.len])
    v.len++;
  return gort_convT2E(&tstring, &v);
}

// Waiters on the Once's mutex (state >> mutexWaiterShift).
static int32_t waiters(GoOnce *o) {
  return __atomic_load_n(&o->m.state, __ATOMIC_SEQ_CST) >> 3;
}

static GoOnce once;
static int calls, fdone, sawDone;
static uint32_t started, release, done;

// f := func() { calls++; started <- true; <-release; fdone = 1 }
static void fcode(const GoFuncval *self) {
  (void)self;
  __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
  gort_semrelease(&started);
  gort_semacquire(&release);
  __atomic_store_n(&fdone, 1, __ATOMIC_SEQ_CST);
}
static const GoFuncval f = {(void (*)(void))fcode};

static void caller(void *p) {
  (void)p;
  gort_OnceDo(&once, &f);
  __atomic_add_fetch(&sawDone, __atomic_load_n(&fdone, __ATOMIC_SEQ_CST),
                     __ATOMIC_SEQ_CST);
  gort_semrelease(&done);
}

// A closure capturing n: func() { n += add } for a constant add; panics
// ("in f") when add is 1, after a second caller has begun to wait.
typedef struct {
  GoFuncval fv;
  long *n;
  long add;
  GoOnce *o;
} Adder;

static void addercode(const GoFuncval *self) {
  const Adder *a = (const Adder *)self;
  *a->n += a->add;
  if (a->add != 1)
    return;
  __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
  while (waiters(a->o) != 1)
    gort_Gosched();
  gort_gopanic(str("in f"));
}

// func() { panic("unrecovered") }
static void unrecoveredcode(const GoFuncval *self) {
  (void)self;
  gort_gopanic(str("unrecovered"));
}
static const GoFuncval unrecovered = {(void (*)(void))unrecoveredcode};

static GoOnce o2;
static int gcalled;

// g := func() { gcalled = 1 }
static void gcode(const GoFuncval *self) {
  (void)self;
  __atomic_store_n(&gcalled, 1, __ATOMIC_SEQ_CST);
}
static const GoFuncval g = {(void (*)(void))gcode};

static void latecaller(void *p) {
  (void)p;
  while (__atomic_load_n(&calls, __ATOMIC_SEQ_CST) < 2)
    gort_Gosched();  // f is running
  gort_OnceDo(&o2, &g);
  gort_semrelease(&done);
}

static void recoverstr(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("recovered: %S\n", *(GoString *)r.data);
}

// func() {
//   defer func() { println("recovered:", recover().(string)) }()
//   o2.Do(f)
// }
static void dopanicking(const GoFuncval *fv) {
  if (gort_deferproc(0, recoverstr, 0))
    goto out;
  gort_OnceDo(&o2, fv);
out:
  gort_deferreturn();
}

static void recovernil(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("nil f recovered: %t\n", r.type != 0);
}

static GoOnce o3;

static void donil(void) {
  if (gort_deferproc(0, recovernil, 0))
    goto out;
  gort_OnceDo(&o3, 0);
out:
  gort_deferreturn();
}

void gort_main_main(void) {
  long n = 0;
  Adder panicking = {{(void (*)(void))addercode}, &n, 1, &o2};
  Adder ten = {{(void (*)(void))addercode}, &n, 10, &o2};
#ifdef UNRECOVERED
  gort_OnceDo(&o2, &ten.fv);
  gort_printf("n = %D\n", (long long)n);
  GoOnce o4 = {0};
  gort_OnceDo(&o4, &unrecovered);
#endif
#ifdef NILF
  gort_OnceDo(&o3, 0);
  gort_printf("not reached\n");
#endif

  // Concurrent callers: one runs f, the others wait for it to finish.
  for (int i = 0; i < N; i++)
    gort_newproc(0, caller, 0);
  gort_semacquire(&started);
  while (waiters(&once) != N - 1)
    gort_Gosched();
  gort_printf("f running, %d callers wait\n", waiters(&once));
  gort_semrelease(&release);
  for (int i = 0; i < N; i++)
    gort_semacquire(&done);
  gort_printf("calls %d callers that saw f finished %d\n", calls, sawDone);
  gort_OnceDo(&once, &f);
  gort_printf("calls after another Do %d\n", calls);

  // A panicking f: Do counts it as done; a caller waiting meanwhile
  // returns without calling its own f.
  gort_newproc(0, latecaller, 0);
  dopanicking(&panicking.fv);
  gort_semacquire(&done);
  gort_printf("waiting caller returned, its f called: %t\n",
              __atomic_load_n(&gcalled, __ATOMIC_SEQ_CST) == 1);
  gort_OnceDo(&o2, &ten.fv);
  gort_printf("n = %D\n", (long long)n);
  donil();
  gort_OnceDo(&o3, 0);
  gort_printf("second Do(nil) returns\n");
}
// CHECK: f running, 5 callers wait
// CHECK-NEXT: calls 1 callers that saw f finished 6
// CHECK-NEXT: calls after another Do 1
// CHECK-NEXT: recovered: in f
// CHECK-NEXT: waiting caller returned, its f called: false
// CHECK-NEXT: n = 1
// CHECK-NEXT: nil f recovered: true
// CHECK-NEXT: second Do(nil) returns

// UNRECOVERED: n = 10
// UNRECOVERED-NEXT: panic: unrecovered
// UNRECOVERED-EMPTY:
// UNRECOVERED-NEXT: goroutine 1 [running]:
// UNRECOVERED: exit status 2

// NILF: panic: runtime error: invalid memory address or nil pointer dereference
// NILF-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{.*}}]
// NILF-EMPTY:
// NILF-NEXT: goroutine 1 [running]:
// NILF-NOT: not reached
// NILF: exit status 2
