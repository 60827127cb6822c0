#!/usr/bin/env python3
"""Writes N lines to standard output, pausing MS milliseconds before each:
a pipe whose reader blocks in read(2) between lines.

Usage: slowfeed.py N MS"""
import sys
import time

n, ms = int(sys.argv[1]), int(sys.argv[2])
for i in range(n):
    time.sleep(ms / 1000)
    sys.stdout.write(f"line {i} {'x' * (i % 17)}\n")
    sys.stdout.flush()
