// race.cpp: the runtime's side of gort build -race (race.h), Go's
// runtime/race.go over clang-19's ThreadSanitizer runtime. Only in the
// amd64-race runtime, which is itself not instrumented.
#ifdef GORT_RACE

#include <dlfcn.h>
#include <sys/mman.h>

#include "race.h"

extern "C" {
void *__tsan_get_current_fiber();
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
void __tsan_set_fiber_name(void *fiber, const char *name);
void __tsan_func_entry(void *pc);
void __tsan_func_exit();
unsigned long __tsan_testonly_shadow_stack_current_size();
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
void __tsan_read1_pc(void *addr, void *pc);
void __tsan_write1_pc(void *addr, void *pc);
typedef unsigned long jptr;
void __tsan_java_init(jptr heap_begin, jptr heap_size);
void __tsan_java_alloc(jptr ptr, jptr size);
void __tsan_java_free(jptr ptr, jptr size);
void __tsan_java_release_store(jptr addr);
int __tsan_get_report_data(void *report, const char **description, int *count,
                           int *stack_count, int *mop_count, int *loc_count,
                           int *mutex_count, int *thread_count,
                           int *unique_tid_count, void **sleep_trace,
                           unsigned long trace_size);
int __tsan_get_report_mop(void *report, unsigned long idx, int *tid,
                          void **addr, int *size, int *write, int *atomic,
                          void **trace, unsigned long trace_size);
int __tsan_get_report_thread(void *report, unsigned long idx, int *tid,
                             unsigned long *os_id, int *running,
                             const char **name, int *parent_tid, void **trace,
                             unsigned long trace_size);

// TSan's flags before $TSAN_OPTIONS: Go's exit status; no happens-before
// from file descriptors (io_sync) or checks of the runtime's own libc
// calls (their memory is the runtime's: ignore_interceptors_accesses);
// no lock-order or leak reports (the runtime's threads are never joined);
// reports come symbolized from the pc table (printrace), not by TSan.
const char *__tsan_default_options() {
  return "exitcode=66:io_sync=0:ignore_interceptors_accesses=1:"
         "detect_deadlocks=0:report_thread_leaks=0:report_signal_unsafe=0:"
         "symbolize=0";
}

// PORT: the runtime's own copies and comparisons go to libc's functions,
// past TSan's interceptors: the build renames its calls of memcpy,
// memmove, memset, bcmp, strcmp and strchr to these (llvm-objcopy
// --redefine-sym, runtime/CMakeLists.txt), and the Go code's comparisons
// call gort_bcmp and gort_memcmp (tools/gort/Race.cpp). Through the
// interceptors, each call took and dropped TSan's ignore state, 15% of a
// string-building program's time, to check nothing
// (ignore_interceptors_accesses); and an interceptor in a signal handler
// (a traceback's strcmp) that interrupted TSan switching its trace part
// waited for that switch forever. Resolved by raceinit before any
// goroutine runs; NOSPLIT, as the functions they stand for.
#define LIBC(name, ret, params, args)                               \
  static ret(*libc_##name) params;                                  \
  NOSPLIT ret gort_##name params {                                  \
    if (libc_##name == nullptr)                                     \
      libc_##name = (decltype(libc_##name))dlsym(RTLD_NEXT, #name); \
    return libc_##name args;                                        \
  }
LIBC(memcpy, void *, (void *d, const void *s, size_t n), (d, s, n))
LIBC(memmove, void *, (void *d, const void *s, size_t n), (d, s, n))
LIBC(memset, void *, (void *d, int c, size_t n), (d, c, n))
LIBC(bcmp, int, (const void *a, const void *b, size_t n), (a, b, n))
LIBC(memcmp, int, (const void *a, const void *b, size_t n), (a, b, n))
LIBC(strcmp, int, (const char *a, const char *b), (a, b))
LIBC(strchr, char *, (const char *s, int c), (s, c))
#undef LIBC
}

// __tsan_switch_to_fiber's flag: no happens-before edge between the two.
enum { FiberNoSync = 1 };

namespace runtime {

static int32 nraces;

// PORT: the fields of TSan's ThreadState that hold its shadow stack (of
// the calls a report prints): word indexes, found by findshadowstack;
// -1 if not found. TSan gives each fiber a fixed stack of its own and
// never checks it (Go's TSan grows it); through these fields, each
// goroutine gets one of gort's that grows (racecheckdepth), taken from a
// pool: TSan's own, a fresh mapping each, is unmapped untouched (which
// flushes no TLBs), and TSan's unmapping at __tsan_destroy_fiber skips
// a nil stack.
static int32 ssbase = -1, sspos = -1, ssend = -1;
static uintptr tsanshadow;  // TSan's stack's bytes

// A pooled shadow stack's calls (the pool's stacks, linked through their
// first word, never shrink back); a split checks that the calls its new
// segment can hold fit, ShadowMargin more (a call's frame is 16 bytes at
// least).
enum { ShadowInit = 16 * 1024, ShadowMargin = 1024, MinFrame = 16 };
static Lock shadowlock;
static uintptr *shadowfree;

// Calls on this thread move the position, which is the depth's words
// above the base, with the end just after the base; their returns move
// it back.
static void findshadowstack() {
  enum { Words = 128, Calls = 3 };
  uintptr *ts = (uintptr *)__tsan_get_current_fiber();
  uintptr was[Words];
  for (int32 i = 0; i < Words; i++)
    was[i] = ts[i];
  for (int32 i = 0; i < Calls; i++)
    __tsan_func_entry((void *)findshadowstack);
  uintptr depth = __tsan_testonly_shadow_stack_current_size();
  for (int32 j = 0; j < Words && ssbase < 0; j++) {
    if (ts[j] == was[j])
      continue;
    uintptr base = ts[j] - depth * sizeof(uintptr);
    for (int32 i = 0; i + 1 < Words; i++)
      if (i != j && ts[i] == base && ts[i + 1] > ts[j] &&
          ts[i + 1] - base >= ShadowInit * sizeof(uintptr)) {
        ssbase = i, sspos = j, ssend = i + 1;
        tsanshadow = ts[i + 1] - base;
        break;
      }
  }
  uintptr pos = sspos >= 0 ? ts[sspos] : 0;
  for (int32 i = 0; i < Calls; i++)
    __tsan_func_exit();
  if (sspos >= 0 && ts[sspos] != pos - Calls * sizeof(uintptr))
    ssbase = sspos = ssend = -1;
}

static uintptr *shadowalloc(uintptr n) {
  void *p = mmap(nil, n * sizeof(uintptr), PROT_READ | PROT_WRITE,
                 MAP_ANON | MAP_PRIVATE | MAP_NORESERVE, -1, 0);
  if ((uintptr)p >= (uintptr)-4096)
    throw_("runtime: cannot allocate the race detector's shadow stack");
  return (uintptr *)p;
}

static uintptr *shadowget() {
  lock(&shadowlock);
  uintptr *s = shadowfree;
  if (s != nil)
    shadowfree = (uintptr *)s[0];
  unlock(&shadowlock);
  return s != nil ? s : shadowalloc(ShadowInit);
}

static void shadowput(uintptr *s, uintptr n) {
  if (n != ShadowInit) {
    munmap(s, n * sizeof(uintptr));
    return;
  }
  lock(&shadowlock);
  s[0] = (uintptr)shadowfree;
  shadowfree = s;
  unlock(&shadowlock);
}

static void setshadow(void *fiber, uintptr *base, uintptr *pos, uintptr *end) {
  uintptr *ts = (uintptr *)fiber;
  ts[ssbase] = (uintptr)base;
  ts[sspos] = (uintptr)pos;
  ts[ssend] = (uintptr)end;
}

void raceinit() {
  M *m = getm();
  m->racectx = __tsan_get_current_fiber();
  findshadowstack();
  char a = 0, b = 0;  // libc's functions resolved, on this thread's stack
  gort_memcpy(&a, &b, 1), gort_memmove(&a, &b, 1), gort_memset(&a, 0, 1);
  (void)gort_bcmp(&a, &b, 1), (void)gort_memcmp(&a, &b, 1);
  (void)gort_strcmp("", ""), (void)gort_strchr("", 0);
  // The Java interface's alloc and free are the C interface's only way to
  // reset the shadow of reused memory (Go's racemalloc). Its heap bounds
  // are checked only in TSan's debug builds; elsewhere they say where a
  // report looks for a Java object, so they are a page nothing uses.
  __tsan_java_init(4096, 4096);
}

void raceprocstart(M *m) { m->racectx = __tsan_get_current_fiber(); }

// The go statement at callerpc happens before newg starts: the fiber is
// made on the creating goroutine, from the statement (Go's racegostart).
void racegostart(G *newg, void *callerpc) {
  char name[16];
  __tsan_func_entry(callerpc);
  newg->racectx = __tsan_create_fiber(0);
  __tsan_func_exit();
  int32 n = 0;
  for (int32 v = newg->goid; n == 0 || v != 0; v /= 10)
    name[n++] = '0' + v % 10;
  for (int32 i = 0; i < n / 2; i++) {
    char c = name[i];
    name[i] = name[n - 1 - i];
    name[n - 1 - i] = c;
  }
  name[n] = 0;
  __tsan_set_fiber_name(newg->racectx, name);
  if (ssbase >= 0) {
    munmap((void *)((uintptr *)newg->racectx)[ssbase], tsanshadow);
    uintptr *s = shadowget();
    setshadow(newg->racectx, s, s, s + ShadowInit);
  }
}

void racegoend(G *gp) {
  if (gp->racectx == nil)
    return;
  gp->stackguard = gp->stack0 + StackGuard + StackSystem;
  if (ssbase >= 0) {
    uintptr *ts = (uintptr *)gp->racectx;
    shadowput((uintptr *)ts[ssbase],
              (ts[ssend] - ts[ssbase]) / sizeof(uintptr));
    setshadow(gp->racectx, nil, nil, nil);  // TSan unmaps none
  }
  __tsan_destroy_fiber(gp->racectx);
  gp->racectx = nil;
}

void raceswitch(G *gp) {
  if (gp->racectx != nil)
    __tsan_switch_to_fiber(gp->racectx, FiberNoSync);
}

void raceswitchm(M *m) {
  if (m->racectx != nil)
    __tsan_switch_to_fiber(m->racectx, FiberNoSync);
}

// Memory given out again: its shadow forgets the accesses of its last use.
// PORT: as Go's racemalloc, with no stack: java_alloc keeps the current
// calls as the block's (TSan's StackDepot hashes them all, a deep
// recursion's million on each split), so for it there are none.
void racemalloc(void *p, uintptr n) {
  if (n == 0)
    return;
  uintptr *ts = (uintptr *)__tsan_get_current_fiber();
  uintptr pos = sspos >= 0 ? ts[sspos] : 0;
  if (sspos >= 0)
    ts[sspos] = ts[ssbase];
  __tsan_java_alloc((jptr)p, n);
  __tsan_java_free((jptr)p, n);
  if (sspos >= 0)
    ts[sspos] = pos;
}

enum { Below = 1024 };  // of the guard, that Go code may reach

// A stack segment gp takes at a split. Unless gp had it last (as the
// Stktop at its top, which newstack is about to rewrite, still says: a
// recursion's segments go back and forth between it and the m's cache),
// its shadow forgets its last use. Go code runs only above the guard: a
// function splits rather than run below stackguard, save for the 256
// bytes LLVM's prologue lets a small frame reach under it and the red
// zone's 128. Only that part is reset: the guard, where only
// uninstrumented code runs, has no shadow.
void racestackalloc(byte *stk, uintptr n, G *gp) {
  Stktop *top = (Stktop *)((uintptr)(stk + n - sizeof(Stktop)) &
                           ~(uintptr)(StackAlign - 1));
  if (top->racegoid == gp->goid)
    return;
  top->racegoid = gp->goid;
  racemalloc(stk + StackGuard - Below, n - (StackGuard - Below));
}

// PORT: a new goroutine's first segment: its Go code gets only the top
// StartStack bytes (the limit word says so; a deeper call splits), so
// that only they forget their last use. Resetting the whole segment's
// shadow was most of the cost of a goroutine's start. racegoend gives
// the G its whole segment back (newproc1 checks it).
void racestackstart(G *gp) {
  enum { StartStack = 8192 };
  byte *top = gp->stackbase + sizeof(Stktop);
  gp->stackguard = top - StartStack;
  racemalloc(gp->stackguard - Below, StartStack + Below);
}

void raceacquire(void *addr) { __tsan_acquire(addr); }
void racerelease(void *addr) { __tsan_java_release_store((jptr)addr); }
void racereleasemerge(void *addr) { __tsan_release(addr); }

// PORT: Go's racereleaseacquire swaps the address's clock with the
// goroutine's; TSan's C interface has no swap, so the edges are those of
// an acquire then a release: the earlier users of addr too.
void racereleaseacquire(void *addr) {
  __tsan_acquire(addr);
  __tsan_release(addr);
}

// PORT: Go's racereadpc and racewritepc for a map operation of Go code,
// called just before it (tools/gort/Race.cpp): a read or a write of the
// map at the Go code's pc, with no frame of the runtime's. NOSPLIT, so
// that the return address is the Go code's.
void raceread(void *addr) GO(raceread);
NOSPLIT void raceread(void *addr) {
  if (addr != nil)
    __tsan_read1_pc(addr, __builtin_return_address(0));
}

void racewrite(void *addr) GO(racewrite);
NOSPLIT void racewrite(void *addr) {
  if (addr != nil)
    __tsan_write1_pc(addr, __builtin_return_address(0));
}

// The depth of the goroutine's TSan shadow stack: deferproc keeps it, and
// a recovery goes back to it, since the frames a panic unwinds never
// called TSan's exit. (The call is TSan's own test hook, the only reader
// of that depth.)
uintptr racedepth() { return __tsan_testonly_shadow_stack_current_size(); }

void raceunwind(uintptr depth) {
  while (__tsan_testonly_shadow_stack_current_size() > depth)
    __tsan_func_exit();
}

// A split of gp's stack to a segment of n bytes: its shadow stack grows
// (to twice its size, or more) if the calls the segment can hold might
// not fit. Every split under -race goes through newstack. With TSan's
// fixed stack (findshadowstack failed), a goroutine that deep ends here
// instead of writing past it.
void racecheckdepth(G *gp, uintptr n) {
  uintptr need = n / MinFrame + ShadowMargin;
  if (ssbase < 0) {
    enum { TSanStack = 64 * 1024 };
    if (__tsan_testonly_shadow_stack_current_size() + need <= TSanStack)
      return;
    printf("runtime: goroutine stack exceeds the race detector's %d-call "
           "limit\n", TSanStack);
    throw_("stack overflow");
  }
  uintptr *ts = (uintptr *)gp->racectx;
  uintptr *base = (uintptr *)ts[ssbase], *pos = (uintptr *)ts[sspos];
  uintptr size = (ts[ssend] - ts[ssbase]) / sizeof(uintptr);
  uintptr used = pos - base;
  if (size - used >= need)
    return;
  uintptr grown = 2 * size;
  while (grown - used < need)
    grown *= 2;
  uintptr *s = shadowalloc(grown);
  mcpy(s, base, used * sizeof(uintptr));
  setshadow(gp->racectx, s, s + used, s + grown);
  shadowput(base, size);
}

// Go's racefini, at the program's exit: the count, and Go's status.
int32 racefini(int32 code) {
  if (nraces == 0)
    return code;
  printf("Found %d data race(s)\n", nraces);
  return 66;
}

// TSan's longest trace (kStackTraceMax), which Go's reports print too:
// the innermost calls. The buffers are static, as a report's stack may be
// the guard's; TSan prints one report at a time.
enum { MaxTrace = 256 };

// The Go frames of a trace, innermost first, as Go's race reports print
// them; TSan's frames, the runtime's (lessstack's, where a split's body
// returns, among them) and go statements' wrappers are left out.
static void printtrace(void **trace) {
  for (int32 i = 0; i < MaxTrace; i++) {
    uintptr pc = (uintptr)trace[i];
    Func const *f = pc != 0 ? findfunc(pc - 1) : nil;
    if (f == nil)
      continue;
    const char *name = funcname(f);
    if (name == nil || __builtin_strchr(name, '.') == nil ||
        __builtin_strncmp(name, "runtime.", 8) == 0 ||
        __builtin_strncmp(name, "go.", 3) == 0)
      continue;  // TSan's, the runtime's, an itab's entries
    const char *file;
    int32 line = funcline(f, pc - 1, &file);
    if (line == 0)
      continue;  // a func value's wrapper (·fw): no line of its own
    // The calls inlined at pc first, innermost first, as Go prints them
    // (a go statement's wrapper may hold the goroutine's function).
    for (InlinedCall const *ic = inlinedcall(pcvalue(f, f->pcinl, pc - 1));
         ic != nil; ic = inlinedcall(ic->parent)) {
      const char *iname = tabname(ic->nameoff);
      if (iname != nil)
        printf("  %s()\n      %s:%d +%X\n", iname, file, line,
               (uint64)(pc - f->entry));
      file = filename(ic->file);
      if (file == nil)
        file = "?";
      line = ic->line;
    }
    if (!(f->flags & FuncFlagWrapper))
      printf("  %s()\n      %s:%d +%X\n", name, file, line,
             (uint64)(pc - f->entry));
  }
}

// Where a trace's innermost Go frame is: its file and line (0 if none).
static int32 topline(void **trace, const char **file) {
  for (int32 i = 0; i < MaxTrace; i++) {
    uintptr pc = (uintptr)trace[i];
    Func const *f = pc != 0 ? findfunc(pc - 1) : nil;
    if (f == nil)
      continue;
    int32 line = funcline(f, pc - 1, file);
    if (line != 0)
      return line;
  }
  *file = nil;
  return 0;
}

// The pairs of lines already reported. TSan reports each pair of racing
// instructions once; Go's instrumentation checks a multi-word value (a
// slice header, a string) as one range where LLVM's checks each word, so
// one race between two statements is reported once per pair of lines.
enum { MaxPairs = 256 };
static struct {
  const char *file[2];
  int32 line[2];
} pairs[MaxPairs];
static int32 npairs;

static bool reported(void *rep, int32 nmop) {
  static void *trace[MaxTrace];
  const char *file[2] = {nil, nil};
  int32 line[2] = {0, 0};
  for (int32 i = 0; i < nmop && i < 2; i++) {
    int tid, size, write, atomic;
    void *addr;
    __builtin_memset(trace, 0, sizeof trace);
    __tsan_get_report_mop(rep, i, &tid, &addr, &size, &write, &atomic, trace,
                          MaxTrace);
    line[i] = topline(trace, &file[i]);
  }
  if (line[0] == 0 || line[1] == 0)
    return false;
  for (int32 i = 0; i < npairs; i++)
    if (pairs[i].line[0] == line[0] && pairs[i].line[1] == line[1] &&
        pairs[i].file[0] == file[0] && pairs[i].file[1] == file[1])
      return true;
  if (npairs < MaxPairs) {
    pairs[npairs].file[0] = file[0];
    pairs[npairs].file[1] = file[1];
    pairs[npairs].line[0] = line[0];
    pairs[npairs].line[1] = line[1];
    npairs++;
  }
  return false;
}

static int32 goidof(void *rep, int32 nthread, int32 tid, bool *running,
                    void **trace) {
  for (int32 i = 0; i < nthread; i++) {
    int tid1, run, parent;
    unsigned long os;
    const char *name;
    __builtin_memset(trace, 0, MaxTrace * sizeof trace[0]);
    __tsan_get_report_thread(rep, i, &tid1, &os, &run, &name, &parent, trace,
                             MaxTrace);
    if (tid1 != tid)
      continue;
    *running = run != 0;
    int32 id = 0;
    for (; name != nil && *name >= '0' && *name <= '9'; name++)
      id = id * 10 + (*name - '0');
    return id;
  }
  return 0;
}

static void printwho(int32 id) {
  if (id == 1)
    printf("main goroutine");
  else if (id == 0)
    printf("a runtime thread");
  else
    printf("goroutine %d", id);
}

// Go's race report for TSan's: each access, then the goroutines' creation.
static void printrace(void *rep, int32 nmop, int32 nthread) {
  static void *trace[MaxTrace], *t2[MaxTrace];
  int32 ids[2] = {0, 0};
  printf("==================\nWARNING: DATA RACE\n");
  for (int32 i = 0; i < nmop && i < 2; i++) {
    int tid, size, write, atomic;
    void *addr;
    bool running;
    __builtin_memset(trace, 0, sizeof trace);
    __tsan_get_report_mop(rep, i, &tid, &addr, &size, &write, &atomic, trace,
                          MaxTrace);
    ids[i] = goidof(rep, nthread, tid, &running, t2);
    static const char *const what[2][2][2] = {
        {{"Read", "Write"}, {"Atomic read", "Atomic write"}},
        {{"Previous read", "Previous write"},
         {"Previous atomic read", "Previous atomic write"}}};
    printf("%s at %p by ", what[i][atomic != 0][write != 0], addr);
    printwho(ids[i]);
    printf(":\n");
    printtrace(trace);
    printf("\n");
  }
  for (int32 i = 0; i < nmop && i < 2; i++) {
    if (ids[i] <= 1 || (i == 1 && ids[1] == ids[0]))
      continue;
    bool running = false;
    int tid, size, write, atomic;
    void *addr;
    __tsan_get_report_mop(rep, i, &tid, &addr, &size, &write, &atomic, trace,
                          1);
    goidof(rep, nthread, tid, &running, trace);
    printf("Goroutine %d (%s) created at:\n", ids[i],
           running ? "running" : "finished");
    printtrace(trace);
    if (i + 1 < nmop && ids[i + 1] > 1 && ids[i + 1] != ids[i])
      printf("\n");
  }
  printf("==================\n");
}

}  // namespace runtime

namespace __tsan {
struct ReportDesc;
bool OnReport(const ReportDesc *rep, bool suppressed);
}  // namespace __tsan

// TSan's hook before it prints a report: a data race is printed here, as
// Go prints it, and TSan's own text is suppressed; other reports (TSan's
// errors) keep TSan's.
bool __tsan::OnReport(const __tsan::ReportDesc *rep, bool suppressed) {
  if (suppressed)
    return true;
  const char *desc;
  int count, nstack, nmop, nloc, nmutex, nthread, nunique;
  void *sleep[1];
  void *r = (void *)rep;
  __tsan_get_report_data(r, &desc, &count, &nstack, &nmop, &nloc, &nmutex,
                         &nthread, &nunique, sleep, 1);
  if (__builtin_strncmp(desc, "data-race", 9) != 0)
    return false;
  if (runtime::reported(r, nmop))
    return true;
  runtime::printrace(r, nmop, nthread);
  runtime::nraces++;
  return true;
}

#endif
