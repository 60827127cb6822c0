#!/usr/bin/env python3
"""Runs a command, sends it SIGQUIT once it has printed a marker line, then
prints 'exit status N' after its output (as exitcode.py).

Usage: sigquit.py MARKER COMMAND...  (stdout and stderr together). The
signal goes 0.5s after the marker, so that the program's goroutines have
parked; the whole run is bounded by 60s (then SIGKILL, and the status says
so). A signal shows as 'exit status -SIGNAL'.
"""
import signal
import subprocess
import sys
import threading
import time

marker = sys.argv[1].encode()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
timer = threading.Timer(60, p.kill)
timer.start()
for line in iter(p.stdout.readline, b""):
    sys.stdout.buffer.write(line)
    sys.stdout.flush()
    if line.rstrip(b"\n") == marker:
        time.sleep(0.5)
        p.send_signal(signal.SIGQUIT)
sys.stdout.flush()
rc = p.wait()
timer.cancel()
print(f"exit status {rc}")
