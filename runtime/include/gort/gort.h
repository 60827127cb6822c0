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
