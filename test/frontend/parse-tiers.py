#!/usr/bin/env python3
"""Parses every program of the go1 tier lists with gort.

Usage: parse-tiers.py GORT GO1DIR

Runs `GORT build -emit=ast -o /dev/null` on each file named in
GO1DIR/tier0.txt .. tier3.txt and fails, listing them, if any is rejected.
"""
import os
import subprocess
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gort, go1dir = sys.argv[1:]
    failed, count = [], 0
    for tier in range(4):
        with open(os.path.join(go1dir, "tier%d.txt" % tier)) as f:
            for name in f.read().split():
                count += 1
                p = subprocess.run(
                    [gort, "build", "-emit=ast", "-o", os.devnull,
                     os.path.join(go1dir, name)],
                    stderr=subprocess.PIPE, timeout=30)
                if p.returncode != 0:
                    failed.append("%s: %s" % (name, p.stderr.decode(
                        errors="replace").strip()))
    for f in failed:
        print("FAIL " + f)
    print("parsed %d tier programs, %d failed" % (count, len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
