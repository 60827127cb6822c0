// sync_atomic.cpp: Go's sync/atomic functions (Go 1.19's doc.go; gc has
// them in assembly, asm.s and the runtime's internal/atomic), which
// golib/sync/atomic declares without bodies: each is defined here under
// its Go name ("sync/atomic.AddInt32"), on the compiler's sequentially
// consistent atomics, as Go's are.
// PORT: no check that a 64-bit word is 8-aligned on 386 and arm (Go
// panics "unaligned 64-bit atomic operation"): on arm LLVM aligns 64-bit
// words to 8 always, and on 386 a locked cmpxchg8b is atomic at any
// alignment, whereas gort, which lacks Go's align64, cannot align
// atomic.Int64's word to 8 there. So the word is declared 8-aligned,
// which makes clang inline the locked instruction.
#include "runtime.h"

namespace runtime {

// The words, 8-aligned when 64-bit (above).
typedef int32 Int32;
typedef int64 __attribute__((aligned(8))) Int64;
typedef uint32 Uint32;
typedef uint64 __attribute__((aligned(8))) Uint64;
typedef uintptr Uintptr;

#define ATOMIC(T)                                                              \
  T Add##T(T volatile *p, T delta) __asm__("sync/atomic.Add" #T);              \
  NOSPLIT T Add##T(T volatile *p, T delta) {                                   \
    return __atomic_add_fetch(p, delta, __ATOMIC_SEQ_CST);                     \
  }                                                                            \
  T Load##T(T volatile *p) __asm__("sync/atomic.Load" #T);                     \
  NOSPLIT T Load##T(T volatile *p) {                                           \
    return __atomic_load_n(p, __ATOMIC_SEQ_CST);                               \
  }                                                                            \
  void Store##T(T volatile *p, T v) __asm__("sync/atomic.Store" #T);           \
  NOSPLIT void Store##T(T volatile *p, T v) {                                  \
    __atomic_store_n(p, v, __ATOMIC_SEQ_CST);                                  \
  }                                                                            \
  T Swap##T(T volatile *p, T v) __asm__("sync/atomic.Swap" #T);                \
  NOSPLIT T Swap##T(T volatile *p, T v) {                                      \
    return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);                        \
  }                                                                            \
  bool CompareAndSwap##T(T volatile *p, T old,                                 \
                         T v) __asm__("sync/atomic.CompareAndSwap" #T);        \
  NOSPLIT bool CompareAndSwap##T(T volatile *p, T old, T v) {                  \
    return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_SEQ_CST,    \
                                       __ATOMIC_SEQ_CST);                      \
  }

ATOMIC(Int32)
ATOMIC(Int64)
ATOMIC(Uint32)
ATOMIC(Uint64)
ATOMIC(Uintptr)

} // namespace runtime
