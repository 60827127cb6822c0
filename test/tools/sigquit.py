#!/usr/bin/env python3
"""Runs a command, sends it SIGQUIT once it has printed a marker line, then
prints 'exit status N' after its output (as exitcode.py).

Usage: sigquit.py [--times=N] [--awake] MARKER COMMAND...  (stdout and
stderr together). The signal goes to the process 0.5s after the marker,
so that the program's goroutines have parked; with --times=N the command
runs N times, the signal going at a random moment 0.05s to 0.4s after the
marker, wherever the program then is. With --awake it goes instead to a
thread that is not in nanosleep (the kernel's wchan says), so that a
goroutine sleeping in a system call is printed from another thread. Each
run is bounded by 60s (then SIGKILL, and the status says so). A signal
shows as 'exit status -SIGNAL'.
"""
import ctypes
import os
import random
import signal
import subprocess
import sys
import threading
import time


def awake_thread(pid):
    """A thread of pid not sleeping in nanosleep (under qemu the host's
    thread of a guest's), or exit 1."""
    for tid in sorted(int(t) for t in os.listdir(f"/proc/{pid}/task")):
        with open(f"/proc/{pid}/task/{tid}/wchan") as f:
            wchan = f.read()
        if wchan not in ("", "0") and "nanosleep" not in wchan:
            return tid
    sys.exit("sigquit.py: no thread outside nanosleep (or no wchan)")


def signal_it(p, awake):
    if not awake:
        p.send_signal(signal.SIGQUIT)
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.tgkill(p.pid, awake_thread(p.pid), signal.SIGQUIT) != 0:
        sys.exit(f"sigquit.py: tgkill: {os.strerror(ctypes.get_errno())}")


def run(marker, cmd, delay, awake):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    timer = threading.Timer(60, p.kill)
    timer.start()
    for line in iter(p.stdout.readline, b""):
        sys.stdout.buffer.write(line)
        sys.stdout.flush()
        if line.rstrip(b"\n") == marker:
            time.sleep(delay())
            signal_it(p, awake)
    sys.stdout.flush()
    rc = p.wait()
    timer.cancel()
    print(f"exit status {rc}", flush=True)


args = sys.argv[1:]
times, delay, awake = 1, lambda: 0.5, False
while args[0].startswith("--"):
    opt = args.pop(0)
    if opt.startswith("--times="):
        times = int(opt[len("--times="):])
        delay = lambda: random.uniform(0.05, 0.4)
    elif opt == "--awake":
        awake = True
    else:
        sys.exit(f"sigquit.py: unknown option {opt}")
for _ in range(times):
    run(args[0].encode(), args[1:], delay, awake)
