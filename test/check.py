#!/usr/bin/env python3
"""Runs every lit suite once per target and closes with 'N passed, N failed'.

Usage: check.py BUILD TARGET... [-- LIT_ARGS...]
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tools"))
import gort_exec  # noqa: E402

LIT = "/usr/lib/llvm-19/build/utils/lit/lit.py"


def sanitizer_reports(build, targets):
    """Prints the reports sanitized suites left (lit.cfg.py); their count."""
    n = 0
    for t in targets:
        d = os.path.join(build, "test", t, "sanitizer-reports")
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            n += 1
            print(f"{t}: sanitizer report {f}:")
            with open(os.path.join(d, f), errors="replace") as r:
                print(r.read())
    return n


def main(argv):
    build, rest = argv[0], argv[1:]
    lit_args = rest[rest.index("--") + 1:] if "--" in rest else []
    targets = rest[: rest.index("--")] if "--" in rest else rest
    suites = [os.path.join(build, "test", t) for t in targets]
    # Say first how each target's programs run here (lit decides the same).
    for t in targets:
        arch = t.split("-")[0]  # arm-thumb, 386-gc: a variant suite
        print(f"{t}: programs run {gort_exec.how(arch)}", flush=True)
    xml = os.path.join(build, "test", "results.xml")
    if os.path.exists(xml):
        os.remove(xml)  # a lit that dies early must not report a stale run
    cmd = [sys.executable, LIT, "-sv", f"--xunit-xml-output={xml}",
           *lit_args, *suites]
    rc = subprocess.call(cmd)
    passed = failed = skipped = 0
    if os.path.exists(xml):
        for case in ET.parse(xml).getroot().iter("testcase"):
            if case.find("failure") is not None:
                failed += 1
            elif case.find("skipped") is not None:
                skipped += 1
            else:
                passed += 1
    if passed + failed == 0:
        failed = 1  # running no test is a failure
    failed += sanitizer_reports(build, targets)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or rc not in (0,) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
