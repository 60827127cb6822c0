// read() and write() for goroutines: run on g0 through gort_asmcgocall,
// with the arguments and the result in a struct io.
#include <unistd.h>

struct io {
  int fd;
  char *buf;
  int n;
  int ret;
};

static void cread(void *p) {
  struct io *io = p;
  io->ret = (int)read(io->fd, io->buf, io->n);
}

static void cwrite(void *p) {
  struct io *io = p;
  io->ret = (int)write(io->fd, io->buf, io->n);
}
