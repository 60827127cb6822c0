// asmoffsets.cpp: every number asm/<arch>/asm_<arch>.h gives the assembly,
// checked against the C++ structs it describes.
#include "runtime.h"

namespace runtime {

#define CHECK(macro, expr) static_assert((macro) == (expr), #macro)

CHECK(PTRSIZE, sizeof(void *));
CHECK(g_stackguard, offsetof(G, stackguard));
CHECK(g_stackbase, offsetof(G, stackbase));
CHECK(g_sched, offsetof(G, sched));
CHECK(gobuf_sp, offsetof(Gobuf, sp));
CHECK(gobuf_pc, offsetof(Gobuf, pc));
CHECK(gobuf_g, offsetof(Gobuf, g));
CHECK(m_g0, offsetof(M, g0));
CHECK(m_morepc, offsetof(M, morepc));
CHECK(m_moreargp, offsetof(M, moreargp));
CHECK(m_morebuf, offsetof(M, morebuf));
CHECK(m_moreframesize, offsetof(M, moreframesize));
CHECK(m_moreargsize, offsetof(M, moreargsize));
CHECK(m_cret, offsetof(M, cret));
CHECK(m_curg, offsetof(M, curg));
CHECK(m_hotseg, offsetof(M, hotseg));
CHECK(m_hotsegsize, offsetof(M, hotsegsize));
CHECK(g_ispanic, offsetof(G, ispanic));
CHECK(g_gcregs, offsetof(G, gcregs));
CHECK(g_syscallsp, offsetof(G, syscallsp));
CHECK(g_syscallpc, offsetof(G, syscallpc));
CHECK(stktop_stackguard, offsetof(Stktop, stackguard));
CHECK(stktop_stackbase, offsetof(Stktop, stackbase));
CHECK(stktop_gobuf, offsetof(Stktop, gobuf));
CHECK(stktop_argsize, offsetof(Stktop, argsize));
CHECK(stktop_argp, offsetof(Stktop, argp));
CHECK(stktop_free, offsetof(Stktop, free));
CHECK(stktop_panic, offsetof(Stktop, panic));
CHECK(stktop_total, offsetof(Stktop, total));
CHECK(STKTOP_SIZE, sizeof(Stktop));
CHECK(SPLIT_EXTRA, SplitExtra);
static_assert(StackSystem == 0, "the assembly leaves StackSystem out");
CHECK(defer_fn, offsetof(Defer, fn));
CHECK(defer_args, offsetof(Defer, args));
static_assert(StackGuard >= 256 + 512, "StackGuard below LLVM's direct compare");
static_assert(sizeof(Stktop) + StackGuard < StackMin, "no room on a segment");

// __morestack's save area (MORE_SAVE bytes below its frame pointer): the
// slots each way uses lie inside it and do not overlap.
struct SaveSlot {
  int off, size;
};
#define SAVE_SLOT(off, size) {off, size},
constexpr SaveSlot morein[] = {MORE_SLOTS_IN(SAVE_SLOT)};
constexpr SaveSlot moreout[] = {MORE_SLOTS_OUT(SAVE_SLOT)};
#undef SAVE_SLOT

template <int N>
constexpr bool saveslotsok(const SaveSlot (&s)[N]) {
  for (int i = 0; i < N; i++) {
    if (s[i].off < 0 || s[i].off + s[i].size > MORE_SAVE)
      return false;
    for (int j = 0; j < i; j++)
      if (s[i].off < s[j].off + s[j].size && s[j].off < s[i].off + s[i].size)
        return false;
  }
  return true;
}
static_assert(saveslotsok(morein), "__morestack's save area: argument slots");
static_assert(saveslotsok(moreout), "__morestack's save area: result slots");

}  // namespace runtime
