/* maxrss FILE CMD [ARG...]: run CMD, write its peak resident set size in
 * kilobytes (ru_maxrss from wait4) to FILE, and exit as CMD did.
 *
 * run.py cannot take ru_maxrss from its own wait4: Linux carries the
 * high-water RSS of the address space a process leaves at exec into its
 * ru_maxrss, so every program run.py starts would report at least the
 * Python interpreter's RSS (about 14 MB). This helper is small and
 * static; the child it forks execs CMD from its address space, so the
 * floor is this helper's own few hundred kilobytes. */
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: maxrss FILE CMD [ARG...]\n");
    return 2;
  }
  pid_t pid = fork();
  if (pid < 0) {
    perror("maxrss: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror("maxrss: exec");
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("maxrss: wait4");
    return 2;
  }
  FILE *f = fopen(argv[1], "w");
  if (f == NULL || fprintf(f, "%ld\n", ru.ru_maxrss) < 0 || fclose(f) != 0) {
    perror("maxrss: write");
    return 2;
  }
  if (WIFSIGNALED(status)) {
    /* Die of the same signal, so that the caller sees it. */
    signal(WTERMSIG(status), SIG_DFL);
    kill(getpid(), WTERMSIG(status));
    return 128 + WTERMSIG(status);
  }
  return WEXITSTATUS(status);
}
