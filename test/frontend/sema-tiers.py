#!/usr/bin/env python3
"""Type-checks every program of the go1 tier lists with gort.

Usage: sema-tiers.py GORT GO1DIR

Runs `GORT build -emit=types -o /dev/null` on each file named in
GO1DIR/tier0.txt .. tier3.txt. Programs of tiers 0 and 1 must pass Sema
cleanly. Programs of tiers 2 and 3 are valid Go using features gort does
not have yet: they must pass, or fail cleanly (exit 1, every line of
stderr a file:line:col diagnostic). While tier 2 is being added (issue 12)
Sema knows tier 2's types before it checks every expression on them, so a
tier-2 program may also be rejected with other messages; those are
counted as "rejected" and listed with -v. Lists the failures and exits 1
if any.
"""
import os
import re
import subprocess
import sys

DIAG = re.compile(r"^[^:\n]+:\d+:\d+: error: (.*)$")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    verbose = "-v" in sys.argv
    if verbose:
        sys.argv.remove("-v")
    gort, go1dir = sys.argv[1:]
    failed, count, unsupported, rejected = [], 0, 0, []
    for tier in range(4):
        with open(os.path.join(go1dir, "tier%d.txt" % tier)) as f:
            for name in f.read().split():
                count += 1
                p = subprocess.run(
                    [gort, "build", "-emit=types", "-o", os.devnull,
                     os.path.join(go1dir, name)],
                    stderr=subprocess.PIPE, timeout=30)
                err = p.stderr.decode(errors="replace").strip()
                if p.returncode == 0:
                    continue
                if tier >= 2 and p.returncode == 1:
                    msgs = [DIAG.match(l) for l in err.splitlines()]
                    if all(m and (m.group(1).endswith("not supported yet") or
                                  m.group(1) == "too many errors")
                           for m in msgs) and msgs:
                        unsupported += 1
                        continue
                    if all(msgs):
                        rejected.append("tier%d %s: %s" % (tier, name, err))
                        continue
                failed.append("tier%d %s: %s" % (tier, name, err))
    for f in failed:
        print("FAIL " + f)
    if verbose:
        for r in rejected:
            print("REJECTED " + r)
    print("checked %d tier programs, %d unsupported, %d rejected, %d failed" %
          (count, unsupported, len(rejected), len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
