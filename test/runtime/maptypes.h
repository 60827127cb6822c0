// Type descriptors for the map tests (map.c, map-iter.c, map-panics.c),
// written as the compiler makes them (CGTypes.cpp): the runtime's
// algorithms for the basic types, and MAPTYPE for a map type.
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}
#define NOPTR GORT_KIND_NOPOINTERS
#define UNUSED __attribute__((unused))

static const GoType tint64 UNUSED = {
    sizeof(int64_t), GORT_KIND_INT64 | NOPTR, _Alignof(int64_t),
    NAME("int64"), .hash = gort_memhash64, .equal = gort_memequal64};
static const GoType tint UNUSED = {
    sizeof(intptr_t), GORT_KIND_INT | NOPTR, _Alignof(intptr_t), NAME("int"),
    .hash = sizeof(intptr_t) == 8 ? gort_memhash64 : gort_memhash32,
    .equal = sizeof(intptr_t) == 8 ? gort_memequal64 : gort_memequal32};
static const GoType tstring UNUSED = {
    sizeof(GoString), GORT_KIND_STRING, _Alignof(GoString), NAME("string"),
    .hash = gort_strhash, .equal = gort_strequal};
static const GoType tfloat64 UNUSED = {
    sizeof(double), GORT_KIND_FLOAT64 | NOPTR, _Alignof(double),
    NAME("float64"), .hash = gort_f64hash, .equal = gort_f64equal};
static const GoType tiface UNUSED = {
    sizeof(GoEface), GORT_KIND_INTERFACE, _Alignof(GoEface),
    NAME("interface {}"), .hash = gort_nilinterhash,
    .equal = gort_nilinterequal};

#define MAPTYPE(name, k, e)                                              \
  static const GoType name = {sizeof(void *), GORT_KIND_MAP,            \
                              _Alignof(void *), NAME("map"), .elem = &e, \
                              .key = &k}
