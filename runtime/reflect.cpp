// reflect.cpp: the bodyless functions of golib's reflect and fmt (a
// library function without a body is an external symbol <path>.name, with
// the Go calling convention: docs/ABI.md, "Packages"). Go code cannot use
// unsafe, so these read type descriptors and memory at addresses that
// reflect carries as uintptr. Parameters are scalars only (an interface{}
// arrives as its two words); strings, slices and interfaces go back through
// a pointer the caller passes, never as results, whose convention differs
// between C and Go on 386 and arm.
#include <string.h>

#include "runtime.h"

#define REFLECT(name) __asm__("reflect." #name)

namespace runtime {
namespace {

const GoType *T(uintptr t) { return reinterpret_cast<const GoType *>(t); }

const GoStructField *field(uintptr t, intgo i) {
  return &reinterpret_cast<const GoStructType *>(t)->fields[i];
}

}  // namespace

extern "C" {

// The words of an interface{}.
uintptr reflect_efaceType(uintptr t, uintptr) REFLECT(efaceType);
uintptr reflect_efaceType(uintptr t, uintptr) { return t; }
uintptr reflect_efaceData(uintptr, uintptr d) REFLECT(efaceData);
uintptr reflect_efaceData(uintptr, uintptr d) { return d; }

// The dynamic type of a non-empty interface's itab.
uintptr reflect_itabType(uintptr tab) REFLECT(itabType);
uintptr reflect_itabType(uintptr tab) {
  return reinterpret_cast<uintptr>(reinterpret_cast<const GoItab *>(tab)->type);
}

// The identity, between uintptr and a Go pointer (*byte).
void *reflect_toPointer(uintptr p) REFLECT(toPointer);
void *reflect_toPointer(uintptr p) { return reinterpret_cast<void *>(p); }
uintptr reflect_fromPointer(void *p) REFLECT(fromPointer);
uintptr reflect_fromPointer(void *p) { return reinterpret_cast<uintptr>(p); }

// A heap word holding w: the address of a value that an interface{} held
// in its data word.
uintptr reflect_boxWord(uintptr w) REFLECT(boxWord);
uintptr reflect_boxWord(uintptr w) {
  uintptr *p = static_cast<uintptr *>(gort_mallocgc(sizeof w, 0));
  *p = w;
  return reinterpret_cast<uintptr>(p);
}

// *out = interface{} holding a copy of the value of type t at p.
void reflect_packEface(uintptr t, uintptr p, GoEface *out) REFLECT(packEface);
void reflect_packEface(uintptr t, uintptr p, GoEface *out) {
  uintptr size = T(t)->size;
  void *data;
  if (size <= sizeof(void *)) {
    uintptr w = 0;
    memcpy(&w, reinterpret_cast<void *>(p), size);
    data = reinterpret_cast<void *>(w);
  } else {
    uint32 flag = (T(t)->kind & GORT_KIND_NOPOINTERS) ? GORT_FLAG_NOPOINTERS : 0;
    data = gort_mallocgc(size, flag);
    memcpy(data, reinterpret_cast<void *>(p), size);
  }
  out->type = T(t);
  out->data = data;
}

// Loads from memory.
uintptr reflect_loadWord(uintptr p) REFLECT(loadWord);
uintptr reflect_loadWord(uintptr p) { return *reinterpret_cast<uintptr *>(p); }
uint64 reflect_load64(uintptr p) REFLECT(load64);
uint64 reflect_load64(uintptr p) {
  uint64 v;
  memcpy(&v, reinterpret_cast<void *>(p), 8);
  return v;
}
uint32 reflect_load32(uintptr p) REFLECT(load32);
uint32 reflect_load32(uintptr p) { return *reinterpret_cast<uint32 *>(p); }
uint32 reflect_load16(uintptr p) REFLECT(load16);
uint32 reflect_load16(uintptr p) { return *reinterpret_cast<uint16 *>(p); }
uint32 reflect_load8(uintptr p) REFLECT(load8);
uint32 reflect_load8(uintptr p) { return *reinterpret_cast<uint8 *>(p); }
float64 reflect_loadFloat64(uintptr p) REFLECT(loadFloat64);
float64 reflect_loadFloat64(uintptr p) {
  float64 v;
  memcpy(&v, reinterpret_cast<void *>(p), 8);
  return v;
}
float64 reflect_loadFloat32(uintptr p) REFLECT(loadFloat32);
float64 reflect_loadFloat32(uintptr p) { return *reinterpret_cast<float32 *>(p); }
void reflect_loadString(uintptr p, GoString *out) REFLECT(loadString);
void reflect_loadString(uintptr p, GoString *out) {
  memcpy(out, reinterpret_cast<void *>(p), sizeof *out);
}
void reflect_loadSlice(uintptr p, GoSlice *out) REFLECT(loadSlice);
void reflect_loadSlice(uintptr p, GoSlice *out) {
  memcpy(out, reinterpret_cast<void *>(p), sizeof *out);
}

// Type descriptors (gort.h).
uintptr reflect_typeSize(uintptr t) REFLECT(typeSize);
uintptr reflect_typeSize(uintptr t) { return T(t)->size; }
intgo reflect_typeKind(uintptr t) REFLECT(typeKind);
intgo reflect_typeKind(uintptr t) { return T(t)->kind & GORT_KIND_MASK; }
intgo reflect_typeAlign(uintptr t) REFLECT(typeAlign);
intgo reflect_typeAlign(uintptr t) { return T(t)->align; }
void reflect_typeName(uintptr t, GoString *out) REFLECT(typeName);
void reflect_typeName(uintptr t, GoString *out) { *out = T(t)->name; }
uintptr reflect_typeElem(uintptr t) REFLECT(typeElem);
uintptr reflect_typeElem(uintptr t) {
  return reinterpret_cast<uintptr>(T(t)->elem);
}
uintptr reflect_typeKey(uintptr t) REFLECT(typeKey);
uintptr reflect_typeKey(uintptr t) {
  return reinterpret_cast<uintptr>(T(t)->key);
}
intgo reflect_typeLen(uintptr t) REFLECT(typeLen);
intgo reflect_typeLen(uintptr t) { return T(t)->len; }
bool reflect_typeComparable(uintptr t) REFLECT(typeComparable);
bool reflect_typeComparable(uintptr t) { return T(t)->equal != nullptr; }
intgo reflect_typeChanDir(uintptr t) REFLECT(typeChanDir);
intgo reflect_typeChanDir(uintptr t) { return T(t)->chandir; }
// The defining package of a named type, else "".
void reflect_typePkgPath(uintptr t, GoString *out) REFLECT(typePkgPath);
void reflect_typePkgPath(uintptr t, GoString *out) {
  const GoUncommon *u = T(t)->uncommon;
  *out = u ? u->pkgpath : GoString{nullptr, 0};
}
// The exported methods of a type; the methods of an interface type.
intgo reflect_typeNumMethod(uintptr t) REFLECT(typeNumMethod);
intgo reflect_typeNumMethod(uintptr t) {
  if ((T(t)->kind & GORT_KIND_MASK) == GORT_KIND_INTERFACE)
    return reinterpret_cast<const GoInterfaceType *>(t)->nmethods;
  const GoUncommon *u = T(t)->uncommon;
  return u ? u->xcount : 0;
}
intgo reflect_typeNumField(uintptr t) REFLECT(typeNumField);
intgo reflect_typeNumField(uintptr t) {
  return reinterpret_cast<const GoStructType *>(t)->nfields;
}
void reflect_fieldName(uintptr t, intgo i, GoString *out) REFLECT(fieldName);
void reflect_fieldName(uintptr t, intgo i, GoString *out) {
  *out = field(t, i)->name;
}
void reflect_fieldPkgPath(uintptr t, intgo i, GoString *out)
    REFLECT(fieldPkgPath);
void reflect_fieldPkgPath(uintptr t, intgo i, GoString *out) {
  *out = field(t, i)->pkgpath;
}
uintptr reflect_fieldType(uintptr t, intgo i) REFLECT(fieldType);
uintptr reflect_fieldType(uintptr t, intgo i) {
  return reinterpret_cast<uintptr>(field(t, i)->typ);
}
uintptr reflect_fieldOffset(uintptr t, intgo i) REFLECT(fieldOffset);
uintptr reflect_fieldOffset(uintptr t, intgo i) { return field(t, i)->offset; }
bool reflect_fieldEmbedded(uintptr t, intgo i) REFLECT(fieldEmbedded);
bool reflect_fieldEmbedded(uintptr t, intgo i) {
  return field(t, i)->embedded != 0;
}

// Maps: the number of entries, and the addresses of their keys and
// values, kv[2k] and kv[2k+1], for up to len(kv)/2 entries (the count).
intgo reflect_mapLen(uintptr m) REFLECT(mapLen);
intgo reflect_mapLen(uintptr m) {
  return gort_maplen(reinterpret_cast<Hmap *>(m));
}
intgo reflect_mapEntries(uintptr t, uintptr m, uintptr *kv, intgo len, intgo)
    REFLECT(mapEntries);
intgo reflect_mapEntries(uintptr t, uintptr m, uintptr *kv, intgo len, intgo) {
  if (!m)
    return 0;
  GoHiter it;
  intgo n = 0;
  gort_mapiterinit(T(t), reinterpret_cast<Hmap *>(m), &it);
  for (; it.key && 2 * n + 1 < len; gort_mapiternext(&it), n++) {
    kv[2 * n] = reinterpret_cast<uintptr>(it.key);
    kv[2 * n + 1] = reinterpret_cast<uintptr>(it.elem);
  }
  return n;
}

// A new heap copy of the n bytes at p.
uintptr reflect_memDup(uintptr p, uintptr n) REFLECT(memDup);
uintptr reflect_memDup(uintptr p, uintptr n) {
  void *q = gort_mallocgc(n ? n : 1, 0);
  memcpy(q, reinterpret_cast<void *>(p), n);
  return reinterpret_cast<uintptr>(q);
}

// Go's == on two values of the comparable type t.
bool reflect_typeEqual(uintptr t, uintptr p, uintptr q) REFLECT(typeEqual);
bool reflect_typeEqual(uintptr t, uintptr p, uintptr q) {
  return T(t)->equal(reinterpret_cast<void *>(p), reinterpret_cast<void *>(q));
}

intgo reflect_chanLen(uintptr c) REFLECT(chanLen);
intgo reflect_chanLen(uintptr c) { return gort_chanlen(reinterpret_cast<Hchan *>(c)); }
intgo reflect_chanCap(uintptr c) REFLECT(chanCap);
intgo reflect_chanCap(uintptr c) { return gort_chancap(reinterpret_cast<Hchan *>(c)); }

// Copies n bytes from src to dst (Value.Set).
void reflect_memMove(uintptr dst, uintptr src, uintptr n) REFLECT(memMove);
void reflect_memMove(uintptr dst, uintptr src, uintptr n) {
  memmove(reinterpret_cast<void *>(dst), reinterpret_cast<void *>(src), n);
}

// Exchanges the n bytes at p and q (Swapper).
void reflect_memSwap(uintptr p, uintptr q, uintptr n) REFLECT(memSwap);
void reflect_memSwap(uintptr p, uintptr q, uintptr n) {
  byte *a = reinterpret_cast<byte *>(p), *b = reinterpret_cast<byte *>(q);
  for (uintptr i = 0; i < n; i++) {
    byte t = a[i];
    a[i] = b[i];
    b[i] = t;
  }
}

}  // extern "C"
}  // namespace runtime
