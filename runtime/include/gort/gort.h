// gort.h: the C ABI of the gort runtime, the one header compiled code and
// C programs use. Every symbol carries Go's own ELF name (runtime.newproc,
// ...); the C names here are GORT_-free spellings bound to those names with
// asm labels. docs/ABI.md describes the calling conventions.
#ifndef GORT_GORT_H
#define GORT_GORT_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GORT_SYM(name) __asm__("runtime." #name)

// Go's string header, as print and panic take it.
typedef struct GoString {
  const uint8_t *str;
  intptr_t len;
} GoString;

typedef struct G G;  // a goroutine (opaque)

// proc.cpp: the scheduler (the seed's proc.c).
// go fn(args): fn runs in a new goroutine with a copy of the siz-byte
// argument block at argp, as fn(copy); see docs/ABI.md.
void gort_newproc(int32_t siz, void (*fn)(void *), void *argp) GORT_SYM(newproc);
void gort_gosched(void) GORT_SYM(gosched);
void gort_Gosched(void) GORT_SYM(Gosched);
void gort_Goexit(void) GORT_SYM(Goexit);
int32_t gort_GOMAXPROCS(int32_t n) GORT_SYM(GOMAXPROCS);
int32_t gort_Goroutines(void) GORT_SYM(Goroutines);
int32_t gort_NumGoroutine(void) GORT_SYM(NumGoroutine);
void gort_LockOSThread(void) GORT_SYM(LockOSThread);
void gort_UnlockOSThread(void) GORT_SYM(UnlockOSThread);
bool gort_lockedOSThread(void) GORT_SYM(lockedOSThread);
void gort_Breakpoint(void) GORT_SYM(Breakpoint);
void gort_entersyscall(void) GORT_SYM(entersyscall);
void gort_exitsyscall(void) GORT_SYM(exitsyscall);
void gort_stoptheworld(void) GORT_SYM(stoptheworld);
void gort_starttheworld(void) GORT_SYM(starttheworld);
uint32_t gort_mid(void) GORT_SYM(mid);
int32_t gort_mcount(void) GORT_SYM(mcount);
G *gort_getg(void) GORT_SYM(getg);

// sema.cpp: sleep and wakeup for goroutines (the seed era's sema.goc).
// semacquire waits until *addr > 0 and decrements it; semrelease
// increments it and wakes one waiter.
void gort_semacquire(uint32_t volatile *addr) GORT_SYM(semacquire);
void gort_semrelease(uint32_t volatile *addr) GORT_SYM(semrelease);

// asm_<arch>.S: run fn(arg) on the thread's own stack (m->g0), where C code
// may use any amount of stack. Calls into libc from a goroutine go here.
int32_t gort_asmcgocall(void (*fn)(void *), void *arg) GORT_SYM(asmcgocall);

// stack.cpp: bytes of stack segments in use by goroutines; runtime.GC
// (no collector yet) gives cached stack memory back to the system.
uintptr_t gort_stackinuse(void) GORT_SYM(stackinuse);
void gort_GC(void) GORT_SYM(GC);

// type.cpp: type descriptors, which the compiler emits as constants, and
// empty-interface values. kind is Go's reflect.Kind.
enum {
  GORT_KIND_BOOL = 1, GORT_KIND_INT, GORT_KIND_INT8, GORT_KIND_INT16,
  GORT_KIND_INT32, GORT_KIND_INT64, GORT_KIND_UINT, GORT_KIND_UINT8,
  GORT_KIND_UINT16, GORT_KIND_UINT32, GORT_KIND_UINT64, GORT_KIND_UINTPTR,
  GORT_KIND_FLOAT32, GORT_KIND_FLOAT64, GORT_KIND_COMPLEX64,
  GORT_KIND_COMPLEX128, GORT_KIND_ARRAY, GORT_KIND_CHAN, GORT_KIND_FUNC,
  GORT_KIND_INTERFACE, GORT_KIND_MAP, GORT_KIND_POINTER, GORT_KIND_SLICE,
  GORT_KIND_STRING, GORT_KIND_STRUCT, GORT_KIND_UNSAFEPOINTER
};
typedef struct GoType {
  uintptr_t size;    // bytes of a value
  uint32_t kind;     // GORT_KIND_*
  uint32_t align;    // alignment of a value
  GoString name;     // Go's spelling: "int", "main.T", "chan int"
  const struct GoType *elem;  // element type of a chan (else null)
} GoType;
// An interface{} value: a value of size <= pointer size is stored in data
// itself; a larger one is stored elsewhere and data points to it.
typedef struct GoEface {
  const GoType *type;  // null for the nil interface
  void *data;
} GoEface;
// x.(T) for an empty interface: the value (copied to *out, which has
// type T) and true if x holds a T; else *out zeroed and false.
bool gort_assertE2T(GoEface x, const GoType *t, void *out) GORT_SYM(assertE2T);
// x.(T) without comma-ok: panics with Go's interface conversion error.
void gort_assertE2T1(GoEface x, const GoType *t, void *out) GORT_SYM(assertE2T1);
// x == y for empty interfaces (same type and equal values).
bool gort_efaceeq(GoEface x, GoEface y) GORT_SYM(efaceeq);
// Boxes the value at p (of type t) into an interface{}.
GoEface gort_convT2E(const GoType *t, const void *p) GORT_SYM(convT2E);

// chan.cpp: channels (the seed era's chan.c semantics). Elements are
// passed by address: elem points to the value to send, or to where a
// received value goes (the zero value when the channel is closed).
typedef struct Hchan Hchan;
Hchan *gort_makechan(const GoType *elemtype, int64_t size) GORT_SYM(makechan);
void gort_chansend1(Hchan *c, const void *elem) GORT_SYM(chansend1);
void gort_chanrecv1(Hchan *c, void *elem) GORT_SYM(chanrecv1);
bool gort_chanrecv2(Hchan *c, void *elem) GORT_SYM(chanrecv2);  // ok
void gort_closechan(Hchan *c) GORT_SYM(closechan);
intptr_t gort_chanlen(Hchan *c) GORT_SYM(chanlen);
intptr_t gort_chancap(Hchan *c) GORT_SYM(chancap);
// select with one case and a default: true if the operation happened.
bool gort_selectnbsend(Hchan *c, const void *elem) GORT_SYM(selectnbsend);
bool gort_selectnbrecv(void *elem, bool *ok, Hchan *c) GORT_SYM(selectnbrecv);
// select: cases[0..nsend) are sends, cases[nsend..n) receives. Returns the
// index of the case that ran, or -1 for default (when hasdefault). A
// receive case writes its value to elem (if not null) and *ok (if not null).
typedef struct GoScase {
  Hchan *c;        // nil: the case never runs
  void *elem;      // value to send, or where to receive
  bool *ok;        // receive: set to false when c is closed
} GoScase;
int32_t gort_selectgo(GoScase *cases, int32_t nsend, int32_t nrecv,
                      bool hasdefault) GORT_SYM(selectgo);
// select {}: blocks forever.
void gort_block(void) GORT_SYM(block);

// panic.cpp: defer, panic, recover and the runtime errors (Go's words);
// exit status 2 when nothing recovers.
// defer fn(args): deferproc records fn and a copy of the siz-byte block at
// argp for the calling function's frame and returns 0. When a deferred call
// recovers a panic, it returns again, with 1: the caller then goes straight
// to its exit. Every exit of a function that defers calls deferreturn,
// which runs the frame's deferred calls, newest first, as fn(copy).
int32_t gort_deferproc(int32_t siz, void (*fn)(void *), void *argp)
    __attribute__((returns_twice)) GORT_SYM(deferproc);
void gort_deferreturn(void) GORT_SYM(deferreturn);
// deferproc for a function the runtime then calls directly with a copy of
// the siz-byte block as its whole argument area (a deferred func value), so
// recover() in it works: on 386 all of it is the cdecl stack area; on amd64
// its first 48 bytes go in rdi rsi rdx rcx r8 r9 and on arm its first 16
// in r0-r3, the rest being the stack arguments.
int32_t gort_deferprocstk(int32_t siz, void *fn, void *argp)
    __attribute__((returns_twice)) GORT_SYM(deferprocstk);
// recover(): the caller passes its own return address
// (__builtin_return_address(0)); the panic value if the caller is a
// deferred call that a panic made, else the nil interface.
GoEface gort_gorecover(void *retaddr) GORT_SYM(gorecover);
void gort_gopanic(GoEface e) GORT_SYM(gopanic);
void gort_panicdivide(void) GORT_SYM(panicdivide);  // integer divide by zero
void gort_panicmem(void) GORT_SYM(panicmem);        // nil dereference
void gort_panicnilfunc(void) GORT_SYM(panicnilfunc);  // call of nil func
void gort_panicshift(void) GORT_SYM(panicshift);  // negative shift amount

// time.cpp: time.Sleep(ns), a blocking system call between entersyscall and
// exitsyscall, as the seed era did it.
void gort_tsleep(int64_t ns) GORT_SYM(tsleep);

// A Go program's code, which the runtime's entry runs: main.init (may be
// left out), then main.main on the main goroutine.
void gort_main_init(void) __asm__("main.init");
void gort_main_main(void) __asm__("main.main");

// print.cpp: print and println compile to printlock(), one print* call per
// operand (printsp between println's operands, printnl at its end), then
// printunlock(): the output of one statement is written with one write.
void gort_printlock(void) GORT_SYM(printlock);
void gort_printunlock(void) GORT_SYM(printunlock);
void gort_printeface(GoEface e) GORT_SYM(printeface);
// The formatting behind print/println, written to standard error.
void gort_printf(const char *fmt, ...) GORT_SYM(printf);
void gort_printbool(bool v) GORT_SYM(printbool);
void gort_printint(int64_t v) GORT_SYM(printint);
void gort_printuint(uint64_t v) GORT_SYM(printuint);
void gort_printhex(uint64_t v) GORT_SYM(printhex);
void gort_printfloat(double v) GORT_SYM(printfloat);
void gort_printpointer(void *p) GORT_SYM(printpointer);
void gort_printstring(GoString s) GORT_SYM(printstring);
void gort_printsp(void) GORT_SYM(printsp);
void gort_printnl(void) GORT_SYM(printnl);

// sys_linux_<arch>.S: raw system calls (they return -errno on failure).
int32_t gort_write(int32_t fd, const void *p, int32_t n) GORT_SYM(write);
void gort_exit(int32_t code) GORT_SYM(exit);

#ifdef __cplusplus
}
#endif

#endif
