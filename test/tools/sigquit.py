#!/usr/bin/env python3
"""Runs a command, sends it SIGQUIT once it has printed a marker line, then
prints 'exit status N' after its output (as exitcode.py).

Usage: sigquit.py [--times=N] MARKER COMMAND...  (stdout and stderr
together). The signal goes 0.5s after the marker, so that the program's
goroutines have parked; with --times=N the command runs N times, the
signal going at a random moment 0.05s to 0.4s after the marker, wherever
the program then is. Each run is bounded by 60s (then SIGKILL, and the
status says so). A signal shows as 'exit status -SIGNAL'.
"""
import random
import signal
import subprocess
import sys
import threading
import time


def run(marker, cmd, delay):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    timer = threading.Timer(60, p.kill)
    timer.start()
    for line in iter(p.stdout.readline, b""):
        sys.stdout.buffer.write(line)
        sys.stdout.flush()
        if line.rstrip(b"\n") == marker:
            time.sleep(delay())
            p.send_signal(signal.SIGQUIT)
    sys.stdout.flush()
    rc = p.wait()
    timer.cancel()
    print(f"exit status {rc}", flush=True)


args = sys.argv[1:]
times, delay = 1, lambda: 0.5
if args[0].startswith("--times="):
    times = int(args.pop(0)[len("--times="):])
    delay = lambda: random.uniform(0.05, 0.4)
for _ in range(times):
    run(args[0].encode(), args[1:], delay)
