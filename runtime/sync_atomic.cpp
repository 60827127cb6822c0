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

#ifdef GORT_RACE
// Under -race each operation is ThreadSanitizer's own atomic (Go's race
// build does the same): it synchronizes, as Go's memory model says
// sync/atomic does, and a plain access to the same word races with it.
extern "C" {
#define TSAN_ATOMIC(N, T)                                                      \
  T __tsan_atomic##N##_load(T const volatile *a, int mo);                      \
  void __tsan_atomic##N##_store(T volatile *a, T v, int mo);                   \
  T __tsan_atomic##N##_exchange(T volatile *a, T v, int mo);                   \
  T __tsan_atomic##N##_fetch_add(T volatile *a, T v, int mo);                  \
  int __tsan_atomic##N##_compare_exchange_strong(T volatile *a, T *c, T v,     \
                                                 int mo, int fmo);
TSAN_ATOMIC(32, int32_t)
TSAN_ATOMIC(64, int64_t)
}
enum { SeqCst = 5 };  // __tsan_memory_order_seq_cst

#define ATOMIC_OPS(N, W)                                                       \
  static inline W add_fetch(W volatile *p, W d) {                              \
    return __tsan_atomic##N##_fetch_add(p, d, SeqCst) + d;                     \
  }                                                                            \
  static inline W load_n(W volatile *p) {                                      \
    return __tsan_atomic##N##_load(p, SeqCst);                                 \
  }                                                                            \
  static inline void store_n(W volatile *p, W v) {                             \
    __tsan_atomic##N##_store(p, v, SeqCst);                                    \
  }                                                                            \
  static inline W exchange_n(W volatile *p, W v) {                             \
    return __tsan_atomic##N##_exchange(p, v, SeqCst);                          \
  }                                                                            \
  static inline bool cas_n(W volatile *p, W old, W v) {                        \
    return __tsan_atomic##N##_compare_exchange_strong(p, &old, v, SeqCst,      \
                                                      SeqCst);                 \
  }
ATOMIC_OPS(32, int32_t)
ATOMIC_OPS(64, int64_t)

// The operations on a word of T's size, as the signed word TSan takes.
template <int Size> struct Word;
template <> struct Word<4> { typedef int32_t type; };
template <> struct Word<8> { typedef int64_t type; };
#define W(T) Word<sizeof(T)>::type
static_assert(sizeof(uintptr) == 8, "the amd64-race runtime only");

#define ATOMIC(T)                                                              \
  T Add##T(T volatile *p, T delta) __asm__("sync/atomic.Add" #T);              \
  NOSPLIT T Add##T(T volatile *p, T delta) {                                   \
    return (T)add_fetch((W(T) volatile *)p, (W(T))delta);                      \
  }                                                                            \
  T Load##T(T volatile *p) __asm__("sync/atomic.Load" #T);                     \
  NOSPLIT T Load##T(T volatile *p) { return (T)load_n((W(T) volatile *)p); }   \
  void Store##T(T volatile *p, T v) __asm__("sync/atomic.Store" #T);           \
  NOSPLIT void Store##T(T volatile *p, T v) {                                  \
    store_n((W(T) volatile *)p, (W(T))v);                                      \
  }                                                                            \
  T Swap##T(T volatile *p, T v) __asm__("sync/atomic.Swap" #T);                \
  NOSPLIT T Swap##T(T volatile *p, T v) {                                      \
    return (T)exchange_n((W(T) volatile *)p, (W(T))v);                         \
  }                                                                            \
  bool CompareAndSwap##T(T volatile *p, T old,                                 \
                         T v) __asm__("sync/atomic.CompareAndSwap" #T);        \
  NOSPLIT bool CompareAndSwap##T(T volatile *p, T old, T v) {                  \
    return cas_n((W(T) volatile *)p, (W(T))old, (W(T))v);                      \
  }
#else
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
#endif

ATOMIC(Int32)
ATOMIC(Int64)
ATOMIC(Uint32)
ATOMIC(Uint64)
ATOMIC(Uintptr)

} // namespace runtime
