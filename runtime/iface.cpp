// iface.cpp: non-empty interfaces (Go 1.19's iface.go): the itab table,
// getitab and the itabs' method tables, the assertions and conversions
// compiled code calls, their TypeAssertionError (error.go), the
// comparison and hash of interface values (alg.go's ifaceeq, interhash,
// interequal), and the runtime's own error and stringer interfaces, with
// which a panic prints its value (panic.go's preprintpanics).
//
// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

// The compiler's itabs: an array of const GoItab * (docs/ABI.md,
// "Interfaces"); both null when the program has none.
extern "C" GoItab const *const __start_gort_itablinks[] __attribute__((weak));
extern "C" GoItab const *const __stop_gort_itablinks[] __attribute__((weak));

namespace runtime {

enum { itabInitSize = 512 };

// PORT: entries is a pointer (Go's struct ends in the array itself, the
// bigger tables being allocated past it), so that the first table is a
// plain static.
struct itabTableType {
  uintptr size;             // length of entries array. Always a power of 2.
  uintptr count;            // current number of filled entries.
  GoItab const **entries;   // [size]
};

static GoItab const *itabTableInitEntries[itabInitSize];
static Lock itabLock;  // lock for accessing itab table
static itabTableType itabTableInit = {itabInitSize, 0, itabTableInitEntries};
static itabTableType *itabTable = &itabTableInit;  // pointer to current table

static GoItab const *loadp(GoItab const *const *p) {
  return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static uintptr itabHashFunc(GoInterfaceType const *inter, GoType const *typ) {
  // compiler has provided some good hash codes for us.
  return (uintptr)(inter->typ.tyhash ^ typ->tyhash);
}

// find finds the given interface/type pair in t.
// Returns nil if the given interface/type pair isn't present.
static GoItab const *find(itabTableType *t, GoInterfaceType const *inter,
                          GoType const *typ) {
  // Implemented using quadratic probing.
  // Probe sequence is h(i) = h0 + i*(i+1)/2 mod 2^k.
  // We're guaranteed to hit all table entries using this probe sequence.
  uintptr mask = t->size - 1;
  uintptr h = itabHashFunc(inter, typ) & mask;
  for (uintptr i = 1;; i++) {
    // Use atomic read here so if we see m != nil, we also see
    // the initializations of the fields of m.
    GoItab const *m = loadp(&t->entries[h]);
    if (m == nil)
      return nil;
    if (m->inter == inter && m->type == typ)
      return m;
    h += i;
    h &= mask;
  }
}

// add adds the given itab to itab table t.
// itabLock must be held.
static void add(itabTableType *t, GoItab const *m) {
  // See comment in find about the probe sequence.
  // Insert new itab in the first empty spot in the probe sequence.
  uintptr mask = t->size - 1;
  uintptr h = itabHashFunc(m->inter, m->type) & mask;
  for (uintptr i = 1;; i++) {
    GoItab const **p = &t->entries[h];
    GoItab const *m2 = *p;
    if (m2 == m) {
      // A given itab may be listed twice (the compiler's are
      // linkonce_odr, one per program but listed by every object
      // that used it).
      return;
    }
    if (m2 == nil) {
      // Use atomic write here so if a reader sees m, it also
      // sees the correctly initialized fields of m.
      __atomic_store_n(p, m, __ATOMIC_RELEASE);
      t->count++;
      return;
    }
    h += i;
    h &= mask;
  }
}

// itabAdd adds the given itab to the itab hash table.
// itabLock must be held.
// PORT: the new table comes from persistentalloc (Go's mallocgc lets
// the collector free the old one): the collector here stops the world,
// which a goroutine waiting for itabLock would keep from happening, so
// nothing under the lock may collect. The old tables stay, half the size
// of the last all together.
static void itabAdd(GoItab const *m) {
  // Bugs can lead to calling this while mallocing is set,
  // typically because this is called while panicing.
  // Crash reliably, rather than only when we need to grow
  // the hash table.
  if (getm()->mallocing != 0)
    throw_("malloc deadlock");

  itabTableType *t = itabTable;
  if (t->count >= 3 * (t->size / 4)) {  // 75% load factor
    // Grow hash table.
    itabTableType *t2 = (itabTableType *)persistentalloc(
        sizeof(itabTableType) + 2 * t->size * sizeof(void *), 0);
    t2->size = t->size * 2;
    t2->entries = (GoItab const **)(t2 + 1);

    // Copy over entries.
    // Note: while copying, other threads may look for an itab and
    // fail to find it. That's ok, they will then try to get the itab lock
    // and as a consequence wait until this copying is complete.
    for (uintptr i = 0; i < t->size; i++)
      if (t->entries[i] != nil)
        add(t2, t->entries[i]);
    if (t2->count != t->count)
      throw_("mismatched count during itab table copy");
    // Publish new hash table. Use an atomic write: see comment in getitab.
    __atomic_store_n(&itabTable, t2, __ATOMIC_RELEASE);
    // Adopt the new table as our own.
    t = itabTable;
  }
  add(t, m);
}

static bool eqstring(GoString a, GoString b) {
  return a.len == b.len &&
         (a.str == b.str || __builtin_memcmp(a.str, b.str, a.len) == 0);
}

// Whether a method name is exported. PORT: Go asks unicode.IsUpper of the
// first rune; gort's names are ASCII.
static bool isExported(GoString name) {
  return name.len > 0 && name.str[0] >= 'A' && name.str[0] <= 'Z';
}

// Two method types are the same: one descriptor, or (the runtime's own
// error and stringer interfaces) the same spelling. PORT: Go compares
// the descriptors only (its runtime's interfaces are compiled Go).
static bool sametype(GoType const *a, GoType const *b) {
  return a == b || (a != nil && b != nil && eqstring(a->name, b->name));
}

// Go's (*itab).init: fills in m->fun with all the code pointers for
// the m->inter/m->type pair. If the type does not implement the interface,
// it sets m->fun[0] to 0 and returns the name of an interface function that
// is missing (len 0 when none is).
// It is ok to call this multiple times on the same m, even concurrently.
static GoString itabinit(GoItab *m) {
  GoInterfaceType const *inter = m->inter;
  GoType const *typ = m->type;
  GoUncommon const *x = typ->uncommon;

  // both inter and typ have method sorted by name,
  // and interface names are unique,
  // so can iterate over both in lock step;
  // the loop is O(ni+nt) not O(ni*nt).
  uintptr ni = inter->nmethods;
  uintptr nt = x->mcount;
  uintptr j = 0;
  void (*fun0)(void) = nil;
  for (uintptr k = 0; k < ni; k++) {
    GoIMethod const *i = &inter->methods[k];
    GoString ipkg = i->pkgpath;
    if (ipkg.len == 0)
      ipkg = inter->pkgpath;
    bool found = false;
    for (; j < nt; j++) {
      GoMethod const *t = &x->methods[j];
      if (sametype(t->mtyp, i->typ) && eqstring(t->name, i->name)) {
        GoString pkgPath = t->pkgpath;
        if (pkgPath.len == 0)
          pkgPath = x->pkgpath;
        if (isExported(t->name) || eqstring(pkgPath, ipkg)) {
          if (k == 0)
            fun0 = t->ifn;  // we'll set m->fun[0] at the end
          else
            m->fun[k] = t->ifn;
          found = true;
          break;
        }
      }
    }
    if (!found) {
      // didn't find method
      m->fun[0] = nil;
      return i->name;
    }
  }
  m->fun[0] = fun0;
  return GoString{nil, 0};
}

// Go's TypeAssertionError and its Error(), made into the run-time error's
// text when it panics: _interface is the static type (nil: "interface"),
// concrete the dynamic type (nil for a nil interface).
struct TypeAssertionError {
  GoType const *_interface;
  GoType const *concrete;
  GoType const *asserted;
  GoString missingMethod;  // one method needed by Interface, missing from Concrete
};

// A type's package path (Go's (*_type).pkgpath).
static GoString pkgpath(GoType const *t) {
  if (t->uncommon != nil)
    return t->uncommon->pkgpath;
  switch (kindof(t)) {
  case GORT_KIND_STRUCT:
    return ((GoStructType const *)t)->pkgpath;
  case GORT_KIND_INTERFACE:
    return ((GoInterfaceType const *)t)->pkgpath;
  }
  return GoString{nil, 0};
}

static GoString cstr(const char *s) {
  return GoString{(uint8_t const *)s, findnull((byte const *)s)};
}

// The concatenation of the n strings at s, in a new heap string.
static String concat(GoString const *s, int32 n) {
  intgo len = 0;
  for (int32 i = 0; i < n; i++)
    len += s[i].len;
  byte *p = (byte *)mallocgc(len, FlagNoPointers);
  intgo off = 0;
  for (int32 i = 0; i < n; i++) {
    mcpy(p + off, s[i].str, s[i].len);
    off += s[i].len;
  }
  return String{p, len};
}

static String Error(TypeAssertionError const *e) {
  GoString inter = cstr("interface");
  if (e->_interface != nil)
    inter = e->_interface->name;
  GoString as = e->asserted->name;
  if (e->concrete == nil) {
    GoString s[] = {cstr("interface conversion: "), inter,
                    cstr(" is nil, not "), as};
    return concat(s, nelem(s));
  }
  GoString cs = e->concrete->name;
  if (e->missingMethod.len == 0) {
    GoString tail = {nil, 0};
    if (eqstring(cs, as)) {
      // provide slightly clearer error message
      if (!eqstring(pkgpath(e->concrete), pkgpath(e->asserted)))
        tail = cstr(" (types from different packages)");
      else
        tail = cstr(" (types from different scopes)");
    }
    GoString s[] = {cstr("interface conversion: "), inter, cstr(" is "), cs,
                    cstr(", not "), as, tail};
    return concat(s, nelem(s));
  }
  GoString s[] = {cstr("interface conversion: "), cs, cstr(" is not "), as,
                  cstr(": missing method "), e->missingMethod};
  return concat(s, nelem(s));
}

// PORT: panics with Go's run-time error value as the runtime makes all of
// them (panic.cpp's runtime.Error holding its text), made here.
[[noreturn]] static void panicTypeAssertion(TypeAssertionError const &e) {
  panicmsg(Error(&e));
}

static GoItab const *getitab(GoInterfaceType const *inter, GoType const *typ,
                             bool canfail) {
  if (inter->nmethods == 0)
    throw_("internal error - misuse of itab");

  // easy case
  if (typ->uncommon == nil) {
    if (canfail)
      return nil;
    panicTypeAssertion({nil, typ, &inter->typ, inter->methods[0].name});
  }

  GoItab *m;

  // First, look in the existing table to see if we can find the itab we
  // need. This is by far the most common case, so do it without locks.
  // Use atomic to ensure we see any previous writes done by the thread
  // that updates the itabTable field (with an atomic store in itabAdd).
  itabTableType *t = __atomic_load_n(&itabTable, __ATOMIC_ACQUIRE);
  if ((m = (GoItab *)find(t, inter, typ)) != nil)
    goto finish;

  // Not found.  Grab the lock and try again.
  lock(&itabLock);
  if ((m = (GoItab *)find(itabTable, inter, typ)) != nil) {
    unlock(&itabLock);
    goto finish;
  }

  // Entry doesn't exist yet. Make a new entry & add it.
  m = (GoItab *)persistentalloc(
      sizeof(GoItab) + (inter->nmethods - 1) * sizeof(void *), 0);
  m->inter = inter;
  m->type = typ;
  // The hash is used in type switches. However, compiler statically
  // generates itab's for all interface/type pairs used in switches (which
  // are added to itabTable in itabsinit). The dynamically-generated itab's
  // never participate in type switches, and thus the hash is irrelevant.
  m->hash = 0;
  itabinit(m);
  itabAdd(m);
  unlock(&itabLock);
finish:
  if (m->fun[0] != nil)
    return m;
  if (canfail)
    return nil;
  // this can only happen if the conversion
  // was already done once using the , ok form
  // and we have a cached negative result.
  // The cached result doesn't record which
  // interface function was missing, so initialize
  // the itab again to get the missing function name.
  // PORT: on a copy (Go writes fun[0], 0 already, in place; a compiler's
  // itab is read-only here).
  GoItab *c = (GoItab *)mal(sizeof(GoItab) +
                            (inter->nmethods - 1) * sizeof(void *));
  *c = *m;
  panicTypeAssertion({nil, typ, &inter->typ, itabinit(c)});
}

// Called from schedinit. PORT: the compiler's itabs are the section
// gort_itablinks's (Go walks each module's itablinks).
void itabsinit() {
  lock(&itabLock);
  GoItab const *const *p = __start_gort_itablinks;
  for (; p != nil && p < __stop_gort_itablinks; p++)
    itabAdd(*p);
  unlock(&itabLock);
}

// panicdottypeE is called when doing an e.(T) conversion and the conversion
// fails. have = the dynamic type we have. want = the static type we're
// trying to convert to. iface = the static type we're converting from.
void panicdottypeE(GoType const *have, GoType const *want,
                   GoType const *iface) {
  panicTypeAssertion({iface, have, want, GoString{nil, 0}});
}

// panicdottypeI is called when doing an i.(T) conversion and the conversion
// fails. Same args as panicdottypeE, but "have" is the dynamic itab we have.
void panicdottypeI(GoItab const *have, GoType const *want,
                   GoType const *iface) {
  GoType const *t = nil;
  if (have != nil)
    t = have->type;
  panicdottypeE(t, want, iface);
}

// convI2I returns the new itab to be used for the destination value
// when converting a value with itab src to the dst interface.
GoItab const *convI2I(GoInterfaceType const *dst, GoItab const *src) {
  if (src == nil)
    return nil;
  if (src->inter == dst)
    return src;
  return getitab(dst, src->type, false);
}

// Go 1.19's reflect_ifaceE2I, for golib's reflect (Value.Set): stores at
// dst the interface of type inter holding the value whose interface{}
// words are t and d. PORT: an empty inter too (two words, no itab).
void reflect_ifaceE2I(GoInterfaceType const *inter, GoType const *t,
                      void *d, void **dst) __asm__("reflect.ifaceE2I");
void reflect_ifaceE2I(GoInterfaceType const *inter, GoType const *t,
                      void *d, void **dst) {
  dst[0] = inter->nmethods == 0 ? (void *)t : (void *)getitab(inter, t, false);
  dst[1] = d;
}

// Whether type t has the methods of interface inter (reflect's
// implements): an itab, for a concrete t; for an interface t, each of
// inter's methods among t's (both sorted by name, then package path).
bool reflect_typeImplements(GoInterfaceType const *inter, GoType const *t)
    __asm__("reflect.typeImplements");
bool reflect_typeImplements(GoInterfaceType const *inter, GoType const *t) {
  if (inter->nmethods == 0)
    return true;
  if ((t->kind & GORT_KIND_MASK) != GORT_KIND_INTERFACE)
    return getitab(inter, t, true) != nil;
  GoInterfaceType const *ti = (GoInterfaceType const *)t;
  uintptr j = 0;
  for (uintptr i = 0; i < inter->nmethods; i++) {
    GoIMethod const *m = &inter->methods[i];
    while (j < ti->nmethods &&
           !(eqstring(ti->methods[j].name, m->name) &&
             eqstring(ti->methods[j].pkgpath, m->pkgpath)))
      j++;
    if (j == ti->nmethods || !sametype(ti->methods[j].typ, m->typ))
      return false;
  }
  return true;
}

GoItab const *assertI2I(GoInterfaceType const *inter, GoItab const *tab) {
  if (tab == nil) {
    // explicit conversions require non-nil interface value.
    panicTypeAssertion({nil, nil, &inter->typ, GoString{nil, 0}});
  }
  if (tab->inter == inter)
    return tab;
  return getitab(inter, tab->type, false);
}

GoIface assertI2I2(GoInterfaceType const *inter, GoIface i) {
  GoIface r = {nil, nil};
  GoItab const *tab = i.tab;
  if (tab == nil)
    return r;
  if (tab->inter != inter) {
    tab = getitab(inter, tab->type, true);
    if (tab == nil)
      return r;
  }
  r.tab = tab;
  r.data = i.data;
  return r;
}

GoItab const *assertE2I(GoInterfaceType const *inter, GoType const *t) {
  if (t == nil) {
    // explicit conversions require non-nil interface value.
    panicTypeAssertion({nil, nil, &inter->typ, GoString{nil, 0}});
  }
  return getitab(inter, t, false);
}

GoIface assertE2I2(GoInterfaceType const *inter, Eface e) {
  GoIface r = {nil, nil};
  GoType const *t = e.type;
  if (t == nil)
    return r;
  GoItab const *tab = getitab(inter, t, true);
  if (tab == nil)
    return r;
  r.tab = tab;
  r.data = e.data;
  return r;
}

// The interface{} holding i's value.
static Eface efaceof(GoIface i) {
  return Eface{i.tab != nil ? i.tab->type : nil, i.data};
}

// Go's ifaceeq, with the itab comparison its callers make. PORT: the
// dynamic type's comparison (and its panic) is type.cpp's efaceeq's.
bool ifaceeq(GoIface x, GoIface y) {
  return x.tab == y.tab && efaceeq(efaceof(x), efaceof(y));
}

// PORT: alg.cpp's nilinterhash on the dynamic type (the same
// hashability check and panic as for interface{}).
uintptr interhash(void const *p, uintptr h) {
  GoIface const *a = (GoIface const *)p;
  if (a->tab == nil)
    return h;
  Eface e = efaceof(*a);
  return nilinterhash(&e, h);
}

bool interequal(void const *p, void const *q) {
  return ifaceeq(*(GoIface const *)p, *(GoIface const *)q);
}

// The runtime's own error and stringer interfaces, with which a panic
// prints its value. Their method type is matched by its spelling
// (sametype): the compiler's "func() string" is another descriptor.
static constexpr uint32 fnv1a(const char *s) {
  uint32 h = 2166136261u;
  for (; *s != 0; s++)
    h = (h ^ (uint8)*s) * 16777619u;
  return h;
}

#define STR(s) {(uint8_t const *)s, sizeof s - 1}

GoType const stringType = {
    sizeof(String), GORT_KIND_STRING, alignof(String), STR("string"),
    nil, nil, 0, strhash, strequal, fnv1a("string"), 0, nil};
static GoType const *const stringResult[] = {&stringType};
GoFuncType const funcString = {
    {sizeof(void *), GORT_KIND_FUNC, alignof(void *), STR("func() string"),
     nil, nil, 0, nil, nil, fnv1a("func() string"), 0, nil},
    stringResult, 0, 1, 0};
GoFuncType const funcVoid = {
    {sizeof(void *), GORT_KIND_FUNC, alignof(void *), STR("func()"), nil,
     nil, 0, nil, nil, fnv1a("func()"), 0, nil},
    nil, 0, 0, 0};
static GoIMethod const errorMethods[] = {
    {STR("Error"), STR(""), &funcString.typ}};
static GoIMethod const stringerMethods[] = {
    {STR("String"), STR(""), &funcString.typ}};
static GoInterfaceType const errorType = {
    {2 * sizeof(void *), GORT_KIND_INTERFACE, alignof(void *), STR("error"),
     nil, nil, 0, interhash, interequal, fnv1a("error"), 0, nil},
    STR(""), errorMethods, 1};
static GoInterfaceType const stringerType = {
    {2 * sizeof(void *), GORT_KIND_INTERFACE, alignof(void *),
     STR("runtime.stringer"), nil, nil, 0, interhash, interequal,
     fnv1a("runtime.stringer"), 0, nil},
    STR("runtime"), stringerMethods, 1};

// Calls the compiled method fn (a func() string called through an itab)
// with data. It returns LLVM's {ptr, iN}: a two-word struct in registers
// on amd64 (C's return of a GoString), rdx:rax or r1:r0 on 386 and arm,
// where C returns a uint64_t (docs/ABI.md, "Interfaces").
static String callstring(void (*fn)(void), void *data) {
#if UINTPTR_MAX == UINT64_MAX
  return ((String(*)(void *))fn)(data);
#else
  uint64 r = ((uint64(*)(void *))fn)(data);
  return String{(byte *)(uintptr)(uint32)r, (intgo)(int32)(r >> 32)};
#endif
}

// What a panic with value v prints in place of v when v is an error or
// a stringer (Go 1.19's preprintpanics): v becomes the string v.Error()
// or v.String() returns; false (v unchanged) when v is neither. The
// method is Go code: called on the goroutine.
bool errorstring(Eface *v) {
  if (v->type == nil)
    return false;
  GoItab const *tab = getitab(&errorType, v->type, true);
  if (tab == nil)
    tab = getitab(&stringerType, v->type, true);
  if (tab == nil)
    return false;
  String s = callstring(tab->fun[0], v->data);
  *v = convT2E(&stringType, &s);
  return true;
}

}  // namespace runtime
