// panic.cpp: panic, the runtime's own errors, and what a panic prints
// (proc.c's panic and printpanics, runtime.c's printany).
//
// Deferred calls, recover and recovery come with defer; until then a panic
// runs no deferred call and always ends the program.
#include "runtime.h"

namespace runtime {

// The runtime's panic values (Go's runtime.Error): data points to the
// whole text of its Error().
static GoType const errortype = {
    sizeof(String), GORT_KIND_STRUCT, alignof(String),
    {(uint8_t const *)"runtime.Error", 13}, nil};

static Eface errorvalue(String msg) {
  String *p = (String *)mal(sizeof(String));
  *p = msg;
  return Eface{&errortype, p};
}

void panicstring(const char *s) {
  gopanic(errorvalue(String{(byte *)s, findnull((byte const *)s)}));
}

void panicdivide() GO(panicdivide);
void panicdivide() { panicstring("runtime error: integer divide by zero"); }

void panicmem() GO(panicmem);
void panicmem() {
  panicstring("runtime error: invalid memory address or nil pointer "
              "dereference");
}

// Go reports a call of a nil func as the nil dereference it is.
void panicnilfunc() GO(panicnilfunc);
void panicnilfunc() { panicmem(); }

static bool named(GoType const *t, const char *basic) {
  int32 n = findnull((byte const *)basic);
  if (t->name.len != n)
    return true;
  for (int32 i = 0; i < n; i++)
    if (t->name.str[i] != basic[i])
      return true;
  return false;
}

static const char *const basicnames[] = {
    nil,       "bool",    "int",       "int8",       "int16",  "int32",
    "int64",   "uint",    "uint8",     "uint16",     "uint32", "uint64",
    "uintptr", "float32", "float64",   "complex64",  "complex128"};

static void printvalue(GoType const *t, void *v) {
  switch (t->kind) {
  case GORT_KIND_BOOL: printbool(*(bool *)v); break;
  case GORT_KIND_INT: printint(*(intgo *)v); break;
  case GORT_KIND_INT8: printint(*(int8 *)v); break;
  case GORT_KIND_INT16: printint(*(int16 *)v); break;
  case GORT_KIND_INT32: printint(*(int32 *)v); break;
  case GORT_KIND_INT64: printint(*(int64 *)v); break;
  case GORT_KIND_UINT: printuint(*(uintptr *)v); break;
  case GORT_KIND_UINT8: printuint(*(uint8 *)v); break;
  case GORT_KIND_UINT16: printuint(*(uint16 *)v); break;
  case GORT_KIND_UINT32: printuint(*(uint32 *)v); break;
  case GORT_KIND_UINT64: printuint(*(uint64 *)v); break;
  case GORT_KIND_UINTPTR: printuint(*(uintptr *)v); break;
  case GORT_KIND_FLOAT32: printfloat(*(float32 *)v); break;
  case GORT_KIND_FLOAT64: printfloat(*(float64 *)v); break;
  case GORT_KIND_STRING: printstring(*(String *)v); break;
  }
}

// A panic value as Go 1.19 prints it (printpanicval): basic values as
// print shows them, named basic types as T(v) (strings as T("v")), others
// as (T) address.
void printany(Eface e) {
  GoType const *t = e.type;
  if (t == nil) {
    printf("nil");
    return;
  }
  if (t == &errortype) {
    printstring(*(String *)e.data);
    return;
  }
  void *v = efacevalue(&e);
  String name = {(byte *)t->name.str, t->name.len};
  if (t->kind <= GORT_KIND_FLOAT64 && !named(t, basicnames[t->kind])) {
    printvalue(t, v);
  } else if (t->kind == GORT_KIND_STRING && !named(t, "string")) {
    printstring(*(String *)v);
  } else if (t->kind <= GORT_KIND_FLOAT64) {
    printstring(name);
    printf("(");
    printvalue(t, v);
    printf(")");
  } else if (t->kind == GORT_KIND_STRING) {
    printstring(name);
    printf("(\"");
    printvalue(t, v);
    printf("\")");
  } else {
    printf("(");
    printstring(name);
    printf(") %p", e.data);
  }
}

static void printpanics(Panic *p) {
  if (p->link) {
    printpanics(p->link);
    printf("\t");
  }
  printf("panic: ");
  printany(p->arg);
  if (p->recovered)
    printf(" [recovered]");
  printf("\n");
}

void gopanic(Eface e) {
  Panic *p;
  G *g = getg();

  p = (Panic *)mal(sizeof *p);
  p->arg = e;
  p->link = g->panic;
  p->stackbase = g->stackbase;
  g->panic = p;

  // PORT: the seed runs g->defer's calls here (reflect.call), and
  // recovery; those come with defer.

  // ran out of deferred calls - old-school panic now
  startpanic();
  printpanics(g->panic);
  dopanic(0);
}

}  // namespace runtime
