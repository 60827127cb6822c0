// entries.cpp: checks, at compile time, that every row of runtime.def
// (the table the compiler reads) has the runtime's definition behind it:
// gort.h's C declaration and the runtime's own function must agree on the
// C ABI of every parameter and of the result. It generates no code.
#include "runtime.h"

namespace runtime {
namespace {

// What the C ABI sees of a type: its class and size. A pointer is a word.
template <class T>
constexpr int abiclass() {
  if constexpr (__is_same(T, void))
    return 0;
  else if constexpr (__is_same(T, float) || __is_same(T, double))
    return 100 + sizeof(T);
  else if constexpr (__is_class(T))
    return 200 + sizeof(T);
  else
    return 300 + sizeof(T);
}

struct Sig {
  int n;
  int cls[8];  // [0] the result, then the parameters
};

template <class R, class... A>
constexpr Sig sigof(R (*)(A...)) {
  return Sig{int(sizeof...(A)), {abiclass<R>(), abiclass<A>()...}};
}

constexpr bool same(Sig a, Sig b) {
  if (a.n != b.n)
    return false;
  for (int i = 0; i <= a.n; i++)
    if (a.cls[i] != b.cls[i])
      return false;
  return true;
}

#define GORT_FUNC(name, ret, attr, params)                                \
  static_assert(same(sigof(&gort_##name), sigof(&runtime::name)),         \
                "runtime." #name ": runtime.def and the runtime disagree");
#define GORT_ENTRY(name, sym, ret, attr, params)                          \
  static_assert(same(sigof(&gort_##name), sigof(&runtime::name)),         \
                sym ": runtime.def and the runtime disagree");
#include "gort/runtime.def"
#undef GORT_ENTRY
#undef GORT_FUNC

}  // namespace
}  // namespace runtime
