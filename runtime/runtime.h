// runtime.h: the types and declarations shared by the port of proc.c and
// its supports (the seed's runtime.h and stack.h, as far as proc.c uses
// them). Fields keep the seed's names and order; each says what it means
// and what protects it. Offsets that assembly reads are numbers in
// asm/<arch>/asm_<arch>.h, checked against these structs in asmoffsets.cpp.
#ifndef GORT_RUNTIME_H
#define GORT_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "gort/gort.h"
#include GORT_ASM_H  // asm/<arch>/asm_<arch>.h, chosen by CMake

// Go's ELF name for a runtime function: runtime.<name>.
#define GO(name) __asm__("runtime." #name)

// No split-stack prologue: the seed's #pragma textflag 7, for code that
// must stay on the caller's segment (gosched, entersyscall) or that runs on
// g0 on the path of every split (newstack, oldstack, stackalloc).
#define NOSPLIT __attribute__((no_split_stack))
// Reads any word of memory, as the collector's conservative scan does:
// AddressSanitizer (the amd64-san runtime) does not check them.
#define NOASAN __attribute__((no_sanitize("address")))


namespace runtime {

typedef int8_t int8;
typedef uint8_t uint8;
typedef int16_t int16;
typedef uint16_t uint16;
typedef int32_t int32;
typedef uint32_t uint32;
typedef int64_t int64;
typedef uint64_t uint64;
typedef float float32;
typedef double float64;
typedef uintptr_t uintptr;
typedef intptr_t intgo;  // Go's int: the width of a pointer on our targets
typedef uint8 byte;

#define nil nullptr
#define nelem(x) (sizeof(x) / sizeof((x)[0]))

struct G;
struct M;
struct MCache;  // malloc.h
struct MSpan;   // malloc.h
struct Defer;
struct Panic;

// A Go string header.
struct String {
  byte *str;  // bytes, not NUL-terminated
  intgo len;  // length in bytes
};
static_assert(sizeof(String) == sizeof(GoString), "String is GoString");

// An empty interface value: type descriptor and data word.
struct Eface {
  GoType const *type;  // nil for the nil interface
  void *data;          // the value if it fits in a word, else a pointer to it
};

// A type's reflect.Kind, without the flags or'ed into GoType.kind.
inline uint32 kindof(GoType const *t) { return t->kind & GORT_KIND_MASK; }

// Futex-based mutual exclusion (lock_futex.cpp).
struct Lock {
  uint32 key;  // MUTEX_UNLOCKED, MUTEX_LOCKED or MUTEX_SLEEPING
};

// One-time notifications: noteclear, then one notewakeup wakes the one
// notesleep.
struct Note {
  uint32 key;  // 0 until notewakeup, then 1
};

// A saved execution context: where to resume a goroutine. gogo restores
// it. On top of the seed's three words, a context saved by mcall keeps the
// C ABI's callee-saved registers on its own stack just below sp.
struct Gobuf {
  byte *sp;  // stack pointer to resume with
  byte *pc;  // instruction to resume at
  G *g;      // the goroutine this context belongs to
};

enum {  // G status
  Gidle,
  Grunnable,  // on the run queue (or handed to an m)
  Grunning,   // running on an m
  Gsyscall,   // in a system call, not counted in sched.mcpu
  Gwaiting,   // blocked; ready() makes it Grunnable
  Gmoribund,  // exiting; schedule() makes it Gdead
  Gdead,      // on the free list
};

struct G {
  byte *stackguard;  // limit of the current segment, plus StackGuard; the
                     // running g's value is also the target's limit word
  byte *stackbase;   // Stktop at the top of the current segment
  Defer *defer;      // deferred calls, newest first; owned by the g
  Panic *panic;      // panics in progress, newest first; owned by the g
  Gobuf sched;       // where to resume; valid while not running
  byte *gcstack;     // if status==Gsyscall, stackbase to use during gc
  byte *gcsp;        // if status==Gsyscall, sched.sp to use during gc
  byte *gcguard;     // if status==Gsyscall, stackguard to use during gc
  byte *stack0;      // the first segment (from malg)
  byte *entry;       // initial function
  G *alllink;        // on allg; written under the sched lock
  void *param;       // passed parameter on wakeup
  int16 status;      // G status; changed under the sched lock
  int32 goid;        // unique id, from goidgen
  uint32 selgen;     // valid sudog pointer
  G *schedlink;      // next on the run queue or free list (sched lock)
  bool readyonstop;  // ready when it stops running (sched lock)
  bool ispanic;      // the next new segment is a panic's (newstack)
  M *m;              // m running it, nil if none (sched lock)
  M *lockedm;        // m it is wired to (LockOSThread)
  M *idlem;          // m for which it is the idle goroutine
  int32 sig;         // signal that caused the current panic
  uintptr sigcode0;
  uintptr sigcode1;
  uintptr sigpc;
  uintptr gopc;  // pc of go statement that created this goroutine
  // PORT: Go 1.2's preemption request (sysmon sets it; schedule clears it
  // when the g next runs). Read by __morestack and the SIGURG handler.
  bool preempt;
  // PORT: the callee-saved registers at entersyscall (asm), where the
  // collector finds a pointer that C code keeps in one during a system
  // call (Go's compilers kept none there).
  uintptr gcregs[8];
  // PORT: Go 1.4's syscallsp and syscallpc: the caller of entersyscall,
  // the traceback's start while status is Gsyscall (written before it).
  uintptr syscallsp;
  uintptr syscallpc;
  // PORT: Go 1.0's waitreason (the seed keeps only the status): why a
  // Gwaiting g waits, in Go 1.19's words ("chan receive"), nil if unknown;
  // and Go 1.19's waitsince, the nanotime it began (0: not yet known).
  const char *waitreason;
  int64 waitsince;
  void *racectx;  // PORT: Go 1.1's: the g's ThreadSanitizer fiber (race.h)
};

struct SplitProf;

struct M {
  G *g0;                 // goroutine with scheduling stack (the thread's own)
  void (*morepc)(void);  // body of the function that asked for more stack
  void *moreargp;        // argument pointer for more stack
  Gobuf morebuf;         // gobuf arg to morestack: where lessstack returns
  uint32 moreframesize;  // size arguments to morestack
  uint32 moreargsize;
  uintptr cret;      // return value from C; first result across lessstack
  uint64 procid;     // for debuggers: the thread id
  G *gsignal;        // signal-handling G
  G *curg;           // current running goroutine
  int32 id;          // from sched.mcount
  int32 mallocing;   // in malloc: no new ms, no stack growth
  int32 gcing;       // collecting garbage
  int32 locks;       // runtime locks held; gosched with locks throws
  int32 nomemprof;
  int32 waitnextg;   // waiting on havenextg (sched lock)
  int32 dying;
  int32 profilehz;   // cpu profiling rate this m runs at
  Note havenextg;    // wakes the m when nextg is set
  G *nextg;          // g handed to this m by mnextg (sched lock)
  M *alllink;        // on allm
  M *schedlink;      // next on sched.mhead (sched lock)
  MCache *mcache;    // this m's small-object cache (malloc.h)
  void *stackcache;  // free stack segments of this m (stack.cpp)
  G *lockedg;        // g wired to this m (LockOSThread)
  G *idleg;          // this m's idle goroutine
  uint32 fastrand;   // state of fastrand1 (select's random choice)
  int32 throwing;    // in a fatal error, not a panic: a Throw* kind
  // PORT: the segment this m's last unsplit released, kept whole for the
  // next split (the hot split: __morestack takes it without leaving the
  // goroutine's stack). Owned by the m; counted in its stack cache's inuse.
  byte *hotseg;
  uintptr hotsegsize;
  // PORT: runnext (proc.cpp's ready): the g this m's goroutine readied
  // last, to run when that goroutine stops, and when it went there; and
  // whether this m spins, watching the other ms' runnext. Sched lock.
  G *runnext;
  uint64 runnextgen;
  uint32 runnexttick;  // runs from runnext while others waited
  bool spinning;
  // PORT: Go 1.2's sysmon. The address of this thread's split-stack limit
  // word (minit), which sysmon poisons to preempt the m's goroutine; how
  // many gs the m has started (Go 1.2's P.schedtick); what sysmon saw of
  // it, and when (owned by sysmon); and the function a new m runs instead
  // of the scheduler (Go 1.2's mstartfn: sysmon's).
  uintptr volatile *stacklimit;
  uint32 schedtick;
  uint32 sysmontick;
  int64 sysmonwhen;
  void (*mstartfn)(void);
  uint32 signalPending;  // Go 1.14's: a SIGURG is on its way (preemptM)
  // PORT: the thread's own stack, g0's, [g0lo, g0hi): what the profiler
  // may read of it (minit).
  uintptr g0lo, g0hi;
  SplitProf *splitprof;  // PORT: GORTDEBUG=splitprof=1's counts (splitprof.cpp)
  void *racectx;  // PORT: the thread's own ThreadSanitizer context (race.h)
};

// At the top of every stack segment: what to restore when the segment's
// bottom function returns through lessstack.
struct Stktop {
  byte *stackguard;  // the g's stackguard and stackbase before the split
  byte *stackbase;
  Gobuf gobuf;       // where __morestack was called: lessstack resumes it
  uint32 argsize;    // bytes of stack arguments copied to this segment
  byte *argp;        // pointer to arguments in old frame
  uintptr free;      // if free>0, call stackfree using free as size
  bool panic;        // is this frame the top of a panic?
#ifdef GORT_RACE
  int32 racegoid;  // PORT: the g that took the segment last (race.h)
#endif
  uintptr total;     // PORT: bytes of the g's segments up to this one
};

struct Defer {
  int32 siz;
  byte *argp;  // the caller's sp after the deferproc call returns
  byte *fp;    // PORT: the caller's frame pointer: which frame defers
  byte *pc;    // where deferproc returns (again, with 1, on recovery)
  byte *fn;    // called as fn(args)
  Defer *link;
  // PORT: the C ABI's callee-saved registers at the deferproc call, in the
  // order mcall keeps them on a stack, for deferproc's second return; and
  // whether deferreturn has started the call (it stays listed until done).
  uintptr regs[DEFER_NREGS];
  bool started;
  bool stackargs;  // fn takes args as its stack arguments (deferprocstk)
#ifdef GORT_RACE
  uintptr racedepth;  // PORT: TSan's shadow stack at deferproc (race.h)
#endif
  alignas(16) byte args[8];  // padded to actual size
};

struct Panic {
  Eface arg;        // argument to panic
  byte *stackbase;  // g->stackbase in panic
  Panic *link;      // link to earlier panic
  bool recovered;   // whether this panic is over
  bool printing;    // PORT: preprintpanics calls its Error or String
};

// Type descriptors and interface values: gort.h's GoType and GoEface.
typedef GoType Type;
static_assert(sizeof(Eface) == sizeof(GoEface), "Eface is GoEface");

// Go 1.0's Timer (time.cpp): package time's runtimeTimer, gort.h's
// GoTimer. PORT: f is a Go func value (a closure, called as
// f->fn(f, now, arg)); Go 1.0's was a code pointer, f(now, arg).
typedef GoTimer Timer;

// Stack sizes (the seed's stack.h). StackGuard is far larger than the
// seed's 256: LLVM compares sp itself with the limit for frames under 256
// bytes, __morestack saves the argument registers below that, and non-split
// leaf code (the red zone, memcpy) runs in the margin.
enum {
  StackSystem = 0,      // extra space the OS wants (none on Linux)
  StackGuard = STACK_GUARD,  // limit word is this far above the segment end
  StackExtra = 1024,    // room for more functions and the Stktop
#if defined(GORT_ASAN) || defined(GORT_RACE)
  StackMin = 2 * StackGuard,  // PORT: the sanitizers' margin, and room
#else
  StackMin = 4096,      // smallest segment: a new goroutine's
#endif
  StackMaxGrow = 64 << 10,  // largest segment that growth alone asks for
  // PORT: Go 1.19's maxstacksize: a goroutine's segments together
  MaxStack = sizeof(void *) == 8 ? 1000000000 : 250000000,
  FixedStack = 4096 + StackSystem,  // PORT: the smallest class (StackMin's
                                    // but in the amd64-san runtime)
  StackAlign = STACK_ALIGN,  // the C ABI's stack pointer alignment
  // PORT: what a split adds to the frame (newstack's sum; the assembly's
  // hot-segment test uses it as one number).
  SplitExtra = StackExtra + StackGuard + StackSystem,
};

// PORT: Go 1.2's StackPreempt: sysmon writes it into a thread's limit word
// to make the next split-stack prologue enter __morestack, which then
// preempts the goroutine (morestackpreempt). Above every stack pointer.
constexpr uintptr StackPreempt = (uintptr)STACK_PREEMPT;

// PORT: the stack asyncPreempt and what it calls use below the interrupted
// stack pointer (asm_<arch>.h): the most isAsyncSafePoint asks for.
enum { AsyncPreemptFrame = ASYNC_PREEMPT_FRAME };

// The entry points, the rows of runtime.def, declared with the runtime's
// own types; gort.h declares the same rows for C and the compiler reads
// them too (entries.cpp checks that both declarations agree).
typedef void rt_void;
typedef bool rt_bool;
typedef int32 rt_int32;
typedef uint32 rt_uint32;
typedef int64 rt_int64;
typedef uint64 rt_uint64;
typedef float64 rt_float64;
typedef intgo rt_int;
typedef uintptr rt_uintptr;
typedef void *rt_ptr;
typedef void const *rt_cptr;
typedef GoType const *rt_type;
typedef Hchan *rt_chan;
typedef G *rt_g;
typedef void (*rt_fn)(void *);
typedef String rt_str;
typedef Eface rt_eface;
typedef GoIface rt_iface;
typedef GoInterfaceType const *rt_itype;
typedef GoItab const *rt_itab;
typedef GoScase *rt_scase;
typedef bool *rt_boolp;
typedef uint32 volatile *rt_u32p;
typedef Hmap *rt_map;
typedef GoSlice *rt_slicep;
typedef GoHiter *rt_hiter;
typedef GoFuncval const *rt_funcval;
typedef GoMutex *rt_mutexp;
typedef GoRWMutex *rt_rwmutexp;
typedef GoWaitGroup *rt_wgp;
typedef GoOnce *rt_oncep;
typedef Timer *rt_timerp;
typedef byte **rt_bytepp;
typedef uintptr *rt_uintptrp;
typedef MSpan **rt_spanpp;
typedef GoMemStats *rt_memstatsp;
#define P(type, name) rt_##type name
#define P0
#define GORT_FUNC(name, ret, attr, params) \
  rt_##ret name params GORT_ATTR_##attr GO(name);
#define GORT_ENTRY(name, sym, ret, attr, params) \
  rt_##ret name params GORT_ATTR_##attr __asm__(sym);
#include "gort/runtime.def"
#undef GORT_ENTRY
#undef GORT_FUNC
#undef P0
#undef P

// Thread-local g and m, read and written only through these accessors
// (asm_<arch>.S): a compiler must never keep their addresses or values in
// a register across a switch, which may resume on another thread.
M *getm() GO(getm);
void setg(G *gp) GO(setg);
void setm(M *mp) GO(setm);

extern M m0 GO(m0);
extern G g0 GO(g0);
extern G *allg GO(allg);
extern M *allm GO(allm);
extern int32 goidgen GO(goidgen);
extern int32 gomaxprocs GO(gomaxprocs);
extern int32 gcwaiting GO(gcwaiting);
extern int32 panicking GO(panicking);  // runtime.cpp
extern bool singleproc GO(singleproc);  // one m runs Go code (GOMAXPROCS=1)
void gc(int32 force) GO(gc);          // mgc0.cpp
void stackgc() GO(stackgc);           // stack.cpp: the collector's part
void gfreestacks() GO(gfreestacks);   // proc.cpp: dead Gs' segments
extern int32 ncpu GO(ncpu);
extern bool iscgo GO(iscgo);

// asm_<arch>.S: context switches and trampolines.
// gogo and gogocall never return: the frames of their caller are left
// behind (under ASan, the call is where their marks are cleared).
[[noreturn]] void gogo(Gobuf *buf, uintptr rv) GO(gogo);
[[noreturn]] void gogocall(Gobuf *buf, void (*fn)(void)) GO(gogocall);
uintptr gosave(Gobuf *buf) GO(gosave);
void mcall(void (*fn)(G *)) GO(mcall);
void *getcallerpc(void *argp) GO(getcallerpc);
void procyield(uint32 cycles) GO(procyield);
void breakpoint() GO(breakpoint);
// The address of this thread's split-stack limit word (TLS_STACKLIMIT).
uintptr volatile *stacklimitaddr() GO(stacklimitaddr);

// compiler-rt-glue/morestack_<arch>.S
void lessstack() GO(lessstack);
void reflectcall(byte *fn, void *args) GO(reflectcall);
// Calls fn with args as its whole argument area (registers, then stack).
void reflectcallstk(byte *fn, void *args, uintptr siz) GO(reflectcallstk);
extern byte const lessstackpc[] GO(lessstackpc);  // where split bodies return
extern byte const mcallresume[] GO(mcallresume);  // asm_<arch>.S

// proc.cpp
void schedinit() GO(schedinit);
void mainstarted() GO(mainstarted);
void goexit() GO(goexit);  // asm_<arch>.S: the bottom of every goroutine
void ready(G *gp) GO(ready);
void mstart() GO(mstart);
G *malg(int32 stacksize) GO(malg);
G *newproc1(byte *fn, byte *argp, int32 narg, int32 nret, void *callerpc)
    GO(newproc1);
void tracebackothers(G *me) GO(tracebackothers);
// The cpu profiler: the seed's sigprof and setcpuprofilerate (proc.cpp),
// resetcpuprofiler (signal_linux.cpp), Go 1.0's cpuprof.c (cpuprof.cpp).
void sigprof(uint8 *pc, uint8 *sp, uint8 *lr, uint8 *fp, G *gp) GO(sigprof);
void setcpuprofilerate(void (*fn)(uintptr *, int32), int32 hz)
    GO(setcpuprofilerate);
void resetcpuprofiler(int32 hz) GO(resetcpuprofiler);
void stopcpuprofiler() GO(stopcpuprofiler);
void setprof(bool on) GO(setprof);
void cpuprofinit() GO(cpuprofinit);
void cpuprofexit() GO(cpuprofexit);
// splitprof.cpp: GORTDEBUG=splitprof=1.
extern uint8 splitprofon GO(splitprofon);
void splitprofinit(M *mp) GO(splitprofinit);
void splitprofadd(uintptr fn, uintptr caller) GO(splitprofadd);
void splitprofslow(M *mp) GO(splitprofslow);
void splitprofreport() GO(splitprofreport);
// What the program's exits do first (runtime.cpp): the profiles' ends.
void beforeexit() GO(beforeexit);
void goroutineheader(G *gp) GO(goroutineheader);
// Go 1.19's isSystemGoroutine (traceback.go): the runtime's own
// goroutines (the timer goroutine), which neither NumGoroutine counts nor
// tracebacks show below GOTRACEBACK=system.
bool isSystemGoroutine(G *gp) GO(isSystemGoroutine);

// symtab.cpp: the pc table (docs/ABI.md, "The pc table"). A function's
// record; the offsets are into the table, 0 for none.
struct Func {
  uintptr entry;   // its first pc
  uintptr end;     // just past its last
  uint32 nameoff;  // its name, NUL-terminated
  uint32 pcsp;     // pcvalue: the CFA less its base register (sp or fp)
  uint32 pcfp;     // pcvalue: the flags Pcfp* and the fp and pc slots
  uint32 pcfile;   // pcvalue: index of the file in the file table
  uint32 pcln;     // pcvalue: the line
  uint32 pcinl;    // pcvalue: the innermost inlined call, -1 for none
  uint32 flags;    // FuncFlagTopFrame, FuncFlagWrapper, FuncFlagNoArgs
  uint32 pad;
};
// A function inlined into another (Go 1.19's inlinedCall).
struct InlinedCall {
  int32 parent;    // the inlined call it is inlined into, -1 for none
  uint32 nameoff;  // its name
  int32 file;      // where its parent calls it: file table index
  int32 line;      //   and line
};
enum {
  FuncFlagTopFrame = 1,  // no caller: goexit, gostart (Go 1.19's TOPFRAME)
  FuncFlagWrapper = 2,   // a go or defer statement's wrapper (funcID_wrapper)
  FuncFlagNoArgs = 4,    // no receiver, no parameters: printed f()
  PcfpFPBased = 1,       // pcfp: the CFA is fp + pcsp, not sp + pcsp
  PcfpStop = 2,          // pcfp: the caller cannot be found
  PcfpFPSlotShift = 2,   // pcfp: fp saved at CFA - k words (0: unchanged)
  PcfpRASlotShift = 12,  // pcfp: return address at CFA - k words (0: lr)
  PcfpSlotMask = 1023,
  PcfpSignal = 1 << 22,  // pcfp: a signal frame; the caller was interrupted
};
Func const *findfunc(uintptr pc) GO(findfunc);
const char *funcname(Func const *f) GO(funcname);
int32 funcline(Func const *f, uintptr targetpc, const char **file)
    GO(funcline);
int32 funcspdelta(Func const *f, uintptr targetpc) GO(funcspdelta);
int32 pcvalue(Func const *f, uint32 off, uintptr targetpc) GO(pcvalue);
InlinedCall const *inlinedcall(int32 index) GO(inlinedcall);
const char *filename(int32 index) GO(filename);
const char *tabname(uint32 nameoff) GO(tabname);
// The table's section, which the collector skips (nil and 0 without one).
const byte *pclntabstart() GO(pclntabstart);
uintptr pclntabsize() GO(pclntabsize);

// traceback.cpp: the frames of the running goroutine from the caller of
// traceback, and of a goroutine parked at gp->sched.
void traceback(G *gp) GO(traceback);
void tracebacksched(G *gp) GO(tracebacksched);
void tracebacktrap(uintptr pc, uintptr sp, uintptr fp, uintptr lr, G *gp)
    GO(tracebacktrap);
int32 gentraceback(uintptr pc, uintptr sp, uintptr fp, uintptr lr, G *gp,
                   int32 skip, uintptr *pcbuf, int32 max) GO(gentraceback);
void printcreatedby(G *gp) GO(printcreatedby);
void unwindstack(G *gp, byte *sp) GO(unwindstack);
void oldstack() GO(oldstack);
byte *newstack() GO(newstack);
byte *stktopargs(Stktop *top, uint32 argsize) GO(stktopargs);
int32 gomaxprocsfunc(int32 n) GO(gomaxprocsfunc);
uintptr morestackpreempt(uintptr pc, byte *sp) GO(morestackpreempt);
void gopreempt_m(G *gp) GO(gopreempt_m);

// preempt.cpp (Go 1.14's preempt.go): asynchronous preemption.
bool isgocode(uintptr pc) GO(isgocode);
bool wantAsyncPreempt(G *gp) GO(wantAsyncPreempt);
bool isAsyncSafePoint(G *gp, uintptr pc, uintptr sp) GO(isAsyncSafePoint);
void asyncPreempt() GO(asyncPreempt);  // asm_<arch>.S
void asyncPreempt2() GO(asyncPreempt2);

// lock_futex.cpp
void lock(Lock *l) GO(lock);
void unlock(Lock *l) GO(unlock);
void noteclear(Note *n) GO(noteclear);
void notesleep(Note *n) GO(notesleep);
void notewakeup(Note *n) GO(notewakeup);
bool notetsleep(Note *n, int64 ns) GO(notetsleep);
void futexsleep(uint32 *addr, uint32 val, int64 ns) GO(futexsleep);
void futexwakeup(uint32 *addr, uint32 cnt) GO(futexwakeup);

// sema.cpp

// stack.cpp
void *stackalloc(uint32 n) GO(stackalloc);
void stackfree(void *v, uintptr n) GO(stackfree);

// malloc.cpp: Go 1.0's allocator (malloc.h has the rest).
void *malloc(uintptr size) GO(malloc);
void free(void *v) GO(free);
void mallocinit() GO(mallocinit);
MCache *allocmcache() GO(allocmcache);
void freeosmemory(void *) GO(freeosmemory);
// Go 1.19's malloc.go: the largest allocation (1 << heapAddrBits, 48 bits
// on amd64; (1 << 32) - 1 on 32-bit targets), and where every zero-byte
// object points.
constexpr uintptr maxAlloc =
    sizeof(void *) == 8 ? (uintptr)1 << 48 : ~(uintptr)0;
extern uintptr zerobase GO(zerobase);

// sizeclasses.cpp, msize.cpp: Go 1.19's size classes and roundupsize.
enum {
  _MaxSmallSize = 32768,
  smallSizeDiv = 8,
  smallSizeMax = 1024,
  largeSizeDiv = 128,
  _NumSizeClasses = 68,
  _PageShift = 13,
  _PageSize = 1 << _PageShift,
};
extern uint16 const class_to_size[_NumSizeClasses] GO(class_to_size);
extern uint8 const size_to_class8[smallSizeMax / smallSizeDiv + 1]
    GO(size_to_class8);
extern uint8 const
    size_to_class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1]
    GO(size_to_class128);
uintptr roundupsize(uintptr size) GO(roundupsize);

// utf8.cpp (Go 1.19's utf8.go)
enum {
  runeError = 0xFFFD,  // the "error" Rune or "Unicode replacement character"
  runeSelf = 0x80,     // below runeSelf a byte is its own character
  maxRune = 0x10FFFF,  // Maximum valid Unicode code point.
};
intgo encoderune(byte *p, int32 r) GO(encoderune);

// cgo_linux.cpp: threads through pthreads (the seed's iscgo path).
extern void (*libcgo_thread_start)(void *) GO(libcgo_thread_start);
void minit() GO(minit);
// signal_linux.cpp
void initsig() GO(initsig);
void signalstack(byte *p, int32 n) GO(signalstack);
void preemptM(M *mp) GO(preemptM);
void osinit() GO(osinit);

// runtime.cpp
// Go 1.19's GODEBUG settings that gort knows (parsedebugvars).
struct DebugVars {
  int32 asyncpreemptoff;  // no preemption by signal
  int32 clobberfree;      // fill freed objects with 0xdeadbeef; check on reuse
  int32 splitprof;        // PORT: $GORTDEBUG's: the split-stack report
  int32 stackmprotect;    // guard pages by mprotect (kernels before 6.13)
  int32 maxmapcount;      // taken for vm.max_map_count (stack.cpp)
};
extern DebugVars debug GO(debug);
void parsedebugvars() GO(parsedebugvars);
// Go 1.19's throwType, in M.throwing: a fatal error is the program's
// (fatal: the deadlocks, sync's misuse, concurrent map writes) or the
// runtime's (throw: its frames print too).
enum { ThrowNone, ThrowUser, ThrowRuntime };
[[noreturn]] void throw_(const char *s) GO(throw);
[[noreturn]] void fatal(const char *s) GO(fatal);
[[noreturn]] void crash() GO(crash);
int32 gotraceback(bool *all = nil, bool *crash = nil) GO(gotraceback);
void startpanic() GO(startpanic);
[[noreturn]] void mainexit() GO(mainexit);
extern uint32 runningPanicDefers GO(runningPanicDefers);
[[noreturn]] void dopanic(int32 unused) GO(dopanic);
void args(int32 c, byte **v) GO(args);
void goargs() GO(goargs);
void goenvs() GO(goenvs);
// The command line and the environment (runtime.cpp), for os and syscall.
extern GoSlice argslice GO(argslice);
extern GoSlice envs GO(envs);
byte *getenv(const char *s) GO(getenv);
bool atoi64(String s, int64 *n) GO(atoi64);
bool atoi(String s, intgo *n) GO(atoi);
bool atoi32(String s, int32 *n) GO(atoi32);
String cstring(const byte *p) GO(cstring);
void mcpy(void *to, const void *fr, uintptr n) GO(mcpy);
void memclr(void *p, uintptr n) GO(memclr);
int32 findnull(const byte *s) GO(findnull);
uint32 xchg(uint32 volatile *p, uint32 v) GO(xchg);
bool cas(uint32 volatile *p, uint32 old, uint32 v) GO(cas);
uint32 atomicload(uint32 volatile *p) GO(atomicload);
uint32 xadd(uint32 volatile *p, int32 delta) GO(xadd);
uint64 xadd64(uint64 volatile *p, int64 delta) GO(xadd64);
bool cas64(uint64 volatile *p, uint64 old, uint64 v) GO(cas64);
uint64 atomicload64(uint64 volatile *p) GO(atomicload64);
void atomicstore(uint32 volatile *p, uint32 v) GO(atomicstore);
void atomicstore64(uint64 volatile *p, uint64 v) GO(atomicstore64);

// chan.cpp (Hchan is gort.h's, at global scope)
uint32 fastrand1() GO(fastrand1);

// type.cpp
bool ifacedirect(GoType const *t) GO(ifacedirect);
void *efacevalue(Eface *e) GO(efacevalue);

// iface.cpp
void itabsinit() GO(itabsinit);
bool errorstring(Eface *v) GO(errorstring);
// iface.cpp: the runtime's descriptors of string, func() string and
// func(), whose spellings match the compiler's (sametype).
extern GoType const stringType;
extern GoFuncType const funcString;
extern GoFuncType const funcVoid;
// alg.cpp
extern uintptr hashkey[4] GO(hashkey);
void alginit() GO(alginit);
uintptr typehash(GoType const *t, void const *p, uintptr h) GO(typehash);
bool typeequal(GoType const *t, void const *p, void const *q) GO(typeequal);

// panic.cpp
void rundefer() GO(rundefer);
[[noreturn]] void panicstring(const char *s) GO(panicstring);
[[noreturn]] void panicmsg(String msg) GO(panicmsg);
void printany(Eface e) GO(printany);

// print.cpp
void printf(const char *fmt, ...) GO(printf);
void prints(const char *s) GO(prints);

// sys_linux_<arch>.S: raw Linux system calls; results are -errno on error.
[[noreturn]] void exit1(int32 code) GO(exit1);
int32 futex(uint32 *addr, int32 op, uint32 val, void *ts, uint32 *addr2,
            uint32 val3) GO(futex);
void *mmap(void *addr, uintptr n, int32 prot, int32 flags, int32 fd,
           uint32 off) GO(mmap);
int32 munmap(void *addr, uintptr n) GO(munmap);
int32 madvise(void *addr, uintptr n, int32 advice) GO(madvise);
int32 mprotect(void *addr, uintptr n, int32 prot) GO(mprotect);
int32 osyield() GO(osyield);
int32 sched_getaffinity(int32 pid, uintptr len, void *buf)
    GO(sched_getaffinity);
int32 gettid() GO(gettid);
int32 nanosleep(void *req, void *rem) GO(nanosleep);
// Package syscall's (syscall_linux.cpp).
int32 read(int32 fd, void *p, int32 n) GO(read);
int32 open(const char *path, int32 flags, uint32 mode) GO(open);
int32 closefd(int32 fd) GO(closefd);
int32 mkdir(const char *path, uint32 mode) GO(mkdir);
int32 rmdir(const char *path) GO(rmdir);
int32 unlink(const char *path) GO(unlink);
int32 getpid() GO(getpid);
int32 statx(int32 dirfd, const char *path, int32 flags, uint32 mask,
            void *buf) GO(statx);
void usleep(uint32 us) GO(usleep);  // time.cpp
// time.cpp: the timer goroutine's function (PORT: extern, for
// isSystemGoroutine; Go 1.0's is static).
void timerproc(void *) GO(timerproc);

}  // namespace runtime

#endif
