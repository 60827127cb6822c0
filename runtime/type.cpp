// type.cpp: empty-interface values (the seed era's iface.c, as far as
// panic, recover and print need it): boxing, assertion, equality.
#include "runtime.h"

namespace runtime {

// Values that fit in a word live in the interface's data word itself.
bool ifacedirect(GoType const *t) { return t->size <= sizeof(void *); }

// Where the value of e is.
void *efacevalue(Eface *e) {
  return ifacedirect(e->type) ? (void *)&e->data : e->data;
}

Eface convT2E(GoType const *t, void const *p) {
  Eface e = {t, nil};
  if (ifacedirect(t)) {
    mcpy(&e.data, p, t->size);
  } else {
    e.data = mal(t->size);
    mcpy(e.data, p, t->size);
  }
  return e;
}

bool assertE2T(Eface e, GoType const *t, void *out) {
  if (e.type != t) {
    memclr(out, t->size);
    return false;
  }
  mcpy(out, efacevalue(&e), t->size);
  return true;
}

// Appends s to the message being built at *p.
static void msgadd(byte **p, byte const *s, intgo n) {
  mcpy(*p, s, n);
  *p += n;
}

// Go's message, a run-time error (recoverable), in Go 1.19's words:
// interface conversion: interface {} is string, not int.
void assertE2T1(Eface e, GoType const *t, void *out) {
  if (assertE2T(e, t, out))
    return;
  static const char head[] = "interface conversion: interface {} is ";
  static const char nilname[] = "nil";
  static const char mid[] = ", not ";
  intgo have = e.type != nil ? e.type->name.len : (intgo)sizeof nilname - 1;
  byte *msg = (byte *)mal(sizeof head + have + sizeof mid + t->name.len);
  byte *p = msg;
  msgadd(&p, (byte const *)head, sizeof head - 1);
  if (e.type != nil)
    msgadd(&p, e.type->name.str, e.type->name.len);
  else
    msgadd(&p, (byte const *)nilname, sizeof nilname - 1);
  msgadd(&p, (byte const *)mid, sizeof mid - 1);
  msgadd(&p, t->name.str, t->name.len);
  panicmsg(String{msg, p - msg});
}

// Go 1.19's run-time error (recoverable):
// comparing uncomparable type func().
[[noreturn]] static void panicuncomparable(GoType const *t) {
  static const char head[] = "runtime error: comparing uncomparable type ";
  byte *msg = (byte *)mal(sizeof head + t->name.len);
  byte *p = msg;
  msgadd(&p, (byte const *)head, sizeof head - 1);
  msgadd(&p, t->name.str, t->name.len);
  panicmsg(String{msg, p - msg});
}

// Go's efaceeq: t's equal compares the values; a type without one (a
// func, map or slice, or a struct or array holding one) panics.
bool efaceeq(Eface x, Eface y) {
  if (x.type != y.type)
    return false;
  GoType const *t = x.type;
  if (t == nil)
    return true;
  if (t->equal == nil)
    panicuncomparable(t);
  return t->equal(efacevalue(&x), efacevalue(&y));
}

}  // namespace runtime
