// rt0_linux.cpp: the process entry, the seed's rt0_linux_*.s and
// asm_*.s _rt0 sequence, in C++ on the C ABI: main() is the runtime's, and
// the program's code is main.init and main.main.
#include "runtime.h"
#include "race.h"

extern "C" void main_init() __asm__("main.init");
extern "C" void main_main() __asm__("main.main");

// A program without package initialisers (a C program against the C ABI)
// gets an empty main.init.
extern "C" __attribute__((weak)) void main_init() {}

namespace runtime {

// The main goroutine: package initialisers, main.main, exit.
// PORT: Go 1.0's runtime.main: the scheduler runs during main.init (see
// mainstarted in proc.cpp).
static void mainstart(void *) GO(mainstart);
static void mainstart(void *) {
  mainstarted();
  main_init();
  main_main();
  mainexit();
}

}  // namespace runtime

using namespace runtime;

int main(int argc, char **argv) {
  // m0 and g0 on this thread's own stack; g0 never splits (guard 0).
  g0.stackbase = (byte *)__builtin_frame_address(0);
  g0.stackguard = 0;
  m0.g0 = &g0;
  setm(&m0);
  setg(&g0);
  raceinit();

  args(argc, (byte **)argv);
  osinit();
  initsig();
  schedinit();
  cpuprofinit();

  // make & queue new G
  newproc(0, mainstart, nil);
  mstart();
  throw_("mstart returned");
}
