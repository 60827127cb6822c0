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

// stack.cpp: bytes of stack segments in use by goroutines.
uintptr_t gort_stackinuse(void) GORT_SYM(stackinuse);

// A Go program's code, which the runtime's entry runs: main.init (may be
// left out), then main.main on the main goroutine.
void gort_main_init(void) __asm__("main.init");
void gort_main_main(void) __asm__("main.main");

// print.cpp: the formatting behind print/println, written to standard error.
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
