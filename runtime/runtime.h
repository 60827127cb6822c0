// runtime.h: the types and declarations the port of proc.c and its
// supports share (the seed's runtime.h, as far as proc.c uses it).
#ifndef GORT_RUNTIME_H
#define GORT_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "gort/gort.h"

// Go's ELF name for a runtime function: runtime.<name>.
#define GO(name) __asm__("runtime." #name)

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

// A Go string header.
struct String {
  byte *str;  // bytes, not NUL-terminated
  intgo len;  // length in bytes
};
static_assert(sizeof(String) == sizeof(GoString), "String is GoString");

// print.cpp
void printf(const char *fmt, ...) GO(printf);
void prints(const char *s) GO(prints);
void printbool(bool v) GO(printbool);
void printint(int64 v) GO(printint);
void printuint(uint64 v) GO(printuint);
void printhex(uint64 v) GO(printhex);
void printfloat(float64 v) GO(printfloat);
void printpointer(void *p) GO(printpointer);
void printstring(String s) GO(printstring);
void printsp() GO(printsp);
void printnl() GO(printnl);

// sys_linux_<arch>.S: raw Linux system calls; results are -errno on error.
int32 write(int32 fd, const void *p, int32 n) GO(write);
[[noreturn]] void exit(int32 code) GO(exit);

}  // namespace runtime

#endif
