#!/usr/bin/env python3
"""Writes a Go test program's expected output from Go 1.19 into its CHECK
lines: runs it built by Go for amd64 (natively), 386 and arm (qemu-user),
drops the file's old //-comment CHECK lines at its end and appends new ones:
`// CHECK-NEXT: line` where every target printed the same, else one line per
target under the prefixes T-amd64, T-386 and T-arm (the RUN lines pass
--check-prefixes=CHECK,T-%target). An empty line is CHECK-EMPTY. The
programs run with the arguments in $GOEXPECT_ARGS (split as the shell
does). Usage: goexpect.py prog.go..."""
import os
import re
import shlex
import subprocess
import sys
import tempfile

GO = "/usr/lib/go-1.19/bin/go"
RUNS = {
    "amd64": ([], {}),
    "386": (["qemu-i386"], {"GODEBUG": "asyncpreemptoff=1"}),
    "arm": (["qemu-arm", "-L", "/usr/arm-linux-gnueabihf"], {"GOARM": "7"}),
}


def output(path, arch):
    emu, env = RUNS[arch]
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "x")
        e = dict(os.environ, GOARCH=arch, **env)
        subprocess.run([GO, "build", "-o", exe, path], check=True, env=e)
        args = shlex.split(os.environ.get("GOEXPECT_ARGS", ""))
        r = subprocess.run(emu + [exe] + args, env=e, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    lines = r.stdout.decode().splitlines()
    # qemu-arm's Go runtime complains at exit; not the program's output.
    return [l for l in lines if "lock count" not in l]


def check(prefix, kind, line):
    """The check of one line: an empty one is PREFIX-EMPTY."""
    if line == "":
        return f"// {prefix}-EMPTY:"
    return f"// {kind}: {line}"


def main():
    for path in sys.argv[1:]:
        outs = {a: output(path, a) for a in RUNS}
        n = max(len(o) for o in outs.values())
        checks, first = [], True
        for i in range(n):
            got = {a: (o[i] if i < len(o) else None) for a, o in outs.items()}
            kind = "CHECK" if first else "CHECK-NEXT"
            if len(set(got.values())) == 1:
                checks.append(check("CHECK", kind, got["amd64"]))
            else:
                for a, l in got.items():
                    if l is not None:
                        checks.append(check(f"T-{a}", f"T-{a}", l))
            first = False
        src = open(path).read().rstrip("\n").split("\n")
        while src and (re.match(r"// (CHECK|T-)", src[-1]) or not src[-1]):
            src.pop()
        open(path, "w").write("\n".join(src + [""] + checks) + "\n")


main()
