// print.cpp: port of the seed era's print.c: the runtime's own printf and
// the print*/println helpers the compiler calls for print and println,
// in Go's exact formats, on standard error.
#include <stdarg.h>

#include "runtime.h"

namespace runtime {

// Inside printlock/printunlock the bytes gather in the thread's buffer and
// go out in one write (or as few as the buffer allows), so the lines of
// print statements running on different threads never interleave. A print
// statement never reschedules its goroutine, nor is it preempted (printlock),
// so it stays on one thread.
struct PrintBuf {
  int32 printlock;  // print statements in progress
  int32 printlen;   // bytes in printbuf
  byte printbuf[512];
};
static __thread PrintBuf printbuf_;

static void gwrite(const void *v, int32 n) {
  PrintBuf *m = &printbuf_;
  if (m->printlock == 0) {
    write(2, v, n);
    return;
  }
  const byte *p = (const byte *)v;
  while (n > 0) {
    if (m->printlen == (int32)sizeof m->printbuf) {
      write(2, m->printbuf, m->printlen);
      m->printlen = 0;
    }
    int32 k = (int32)sizeof m->printbuf - m->printlen;
    if (k > n)
      k = n;
    __builtin_memcpy(m->printbuf + m->printlen, p, k);
    m->printlen += k;
    p += k;
    n -= k;
  }
}

// PORT: from later Go; a print statement's operands are written at once.
// As Go's, it holds off preemption (m->locks), which would resume the
// goroutine on another thread, away from its buffer.
void printlock() {
  if (M *m = getm())
    m->locks++;
  printbuf_.printlock++;
}

void printunlock() {
  PrintBuf *m = &printbuf_;
  if (--m->printlock == 0 && m->printlen > 0) {
    write(2, m->printbuf, m->printlen);
    m->printlen = 0;
  }
  if (M *mp = getm())
    mp->locks--;
}

// PORT: C varargs instead of the seed's walk over its own argument frame;
// the format letters are the seed's. Varargs functions cannot be split-stack
// code, so printf runs on whatever stack it is called on. Like a print
// statement, one call reaches the file in one write (as far as printbuf
// holds), so threads' lines do not tear.
__attribute__((no_split_stack)) void printf(const char *s, ...) {
  va_list ap;
  va_start(ap, s);
  printlock();
  const char *lp = s, *p = s;
  for (; *p; p++) {
    if (*p != '%')
      continue;
    if (p > lp)
      gwrite(lp, p - lp);
    p++;
    switch (*p) {
    case 'd': printint(va_arg(ap, int32)); break;
    case 'D': printint(va_arg(ap, int64)); break;
    case 'U': printuint(va_arg(ap, uint64)); break;
    case 'x': printhex(va_arg(ap, uint32)); break;
    case 'X': printhex(va_arg(ap, uint64)); break;
    case 'f': case 'e': printfloat(va_arg(ap, float64)); break;
    case 'p': printpointer(va_arg(ap, void *)); break;
    case 's': prints(va_arg(ap, const char *)); break;
    case 'S': printstring(va_arg(ap, String)); break;
    case 't': printbool(va_arg(ap, int)); break;
    case '\0': p--; break;
    }
    lp = p + 1;
  }
  if (p > lp)
    gwrite(lp, p - lp);
  va_end(ap);
  printunlock();
}

void prints(const char *s) {
  int32 n = 0;
  while (s[n])
    n++;
  gwrite(s, n);
}

void printbool(bool v) {
  if (v)
    gwrite("true", 4);
  else
    gwrite("false", 5);
}

// Go's float format: +d.dddddde+ddd, 7 significant digits (Go 1.19's,
// which gives negative zero its sign).
void printfloat(float64 v) {
  if (v != v) {
    gwrite("NaN", 3);
    return;
  }
  if (v + v == v && v > 0) {
    gwrite("+Inf", 4);
    return;
  }
  if (v + v == v && v < 0) {
    gwrite("-Inf", 4);
    return;
  }
  const int32 n = 7;  // digits printed
  int32 e = 0;        // exponent
  byte buf[n + 7];
  buf[0] = '+';
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    // normalize
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // round
    float64 h = 5.0;
    for (int32 i = 0; i < n; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  // format +d.dddd+edd
  for (int32 i = 0; i < n; i++) {
    int32 s = (int32)v;
    buf[i + 2] = (byte)(s + '0');
    v -= s;
    v *= 10.;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = (byte)(e / 100 + '0');
  buf[n + 5] = (byte)((e / 10) % 10 + '0');
  buf[n + 6] = (byte)(e % 10 + '0');
  gwrite(buf, n + 7);
}

void printuint(uint64 v) {
  byte buf[100];
  int32 i;
  for (i = nelem(buf) - 1; i > 0; i--) {
    buf[i] = (byte)(v % 10 + '0');
    if (v < 10)
      break;
    v = v / 10;
  }
  gwrite(buf + i, nelem(buf) - i);
}

void printint(int64 v) {
  if (v < 0) {
    gwrite("-", 1);
    v = -(uint64)v;
  }
  printuint(v);
}

void printhex(uint64 v) {
  static const char dig[] = "0123456789abcdef";
  byte buf[100];
  int32 i = nelem(buf);
  for (; v > 0; v /= 16)
    buf[--i] = dig[v % 16];
  if (i == nelem(buf))
    buf[--i] = '0';
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, nelem(buf) - i);
}

void printpointer(void *p) { printhex((uintptr)p); }

void printstring(String v) { gwrite(v.str, (int32)v.len); }

// A slice as print shows it: [len/cap]0xarray.
// Go 1.19's print.go. PORT: the slice comes by address.
void printslice(GoSlice *s) {
  gwrite("[", 1);
  printint(s->len);
  gwrite("/", 1);
  printint(s->cap);
  gwrite("]", 1);
  printpointer(s->array);
}

void printsp() { gwrite(" ", 1); }

void printnl() { gwrite("\n", 1); }

// An interface value as print shows it: (type,data).
void printeface(Eface e) {
  gwrite("(", 1);
  printpointer((void *)e.type);
  gwrite(",", 1);
  printpointer(e.data);
  gwrite(")", 1);
}

// A non-empty interface value: (itab,data).
void printiface(GoIface i) {
  gwrite("(", 1);
  printpointer((void *)i.tab);
  gwrite(",", 1);
  printpointer(i.data);
  gwrite(")", 1);
}

}  // namespace runtime
