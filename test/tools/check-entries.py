#!/usr/bin/env python3
"""Checks runtime.def, the table of runtime entry points, against a built
libgort.a: every row must be a global function the library defines, under
its Go name (runtime.<name> for GORT_FUNC, the given one for GORT_ENTRY). Prints the missing ones, or how many agree.

usage: check-entries.py runtime.def libgort.a
"""
import re
import subprocess
import sys


def rows(def_path):
    text = open(def_path).read()
    return (["runtime." + n for n in re.findall(r"^GORT_FUNC\((\w+),", text, re.M)]
            + re.findall(r'^GORT_ENTRY\(\w+,\s*"([^"]+)"', text, re.M))


def defined(lib):
    out = subprocess.run(["llvm-nm", "--defined-only", "--extern-only", lib],
                         capture_output=True, text=True, check=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TW":
            syms.add(parts[2])
    return syms


def main():
    names, syms = rows(sys.argv[1]), defined(sys.argv[2])
    missing = [n for n in names if n not in syms]
    for n in missing:
        print(f"{n}: in runtime.def, not defined by {sys.argv[2]}")
    if missing:
        return 1
    print(f"{len(names)} entries: all defined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
