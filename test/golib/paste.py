#!/usr/bin/python3
"""Pastes golib into one program, for checking golib under gort before
gort can import packages: prints PROGRAM.go with errors, unicode/utf8,
unicode, strconv and strings appended as package main, their qualified
references (strings.Index) made plain and the names two packages share
(unicode's ToUpper and strings' ...) prefixed. A stopgap: drop it once
imports work. Usage: paste.py PROGRAM.go > /tmp/pasted.go"""
import glob
import os
import re
import sys

GOLIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golib")
PACKAGES = ["errors", "unicode/utf8", "unicode", "strconv", "strings"]
# unicode's names that another package also declares.
SHARED = ["ToUpper", "ToLower", "ToTitle", "IsPrint", "IsGraphic", "MaxRune"]
QUALIFIED = r"\b(errors|utf8|unicode|strconv|strings)\.(?=[A-Za-z_])"
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*')


def in_code(pattern, repl, text):
    """re.sub outside string and rune literals and comments."""
    out, last = [], 0
    for m in LITERAL.finditer(text):
        out.append(re.sub(pattern, repl, text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(re.sub(pattern, repl, text[last:]))
    return "".join(out)


def strip_header(text):
    text = re.sub(r"^package \w+\n", "", text, flags=re.M)
    text = re.sub(r"^import \(\n(.*?\n)*?\)\n", "", text, flags=re.M)
    return re.sub(r'^import "[^"]*"\n', "", text, flags=re.M)


def paste(path, own_unicode=False):
    text = strip_header(open(path).read())
    for name in SHARED:
        if own_unicode:
            text = in_code(r"\b%s\b" % name, "unicode_" + name, text)
        else:
            text = in_code(r"\bunicode\.%s\b" % name, "unicode_" + name, text)
    return in_code(QUALIFIED, "", text)


def main():
    parts = ["package main\n", paste(sys.argv[1])]
    for pkg in PACKAGES:
        for f in sorted(glob.glob(os.path.join(GOLIB, pkg, "*.go"))):
            parts.append(paste(f, own_unicode=(pkg == "unicode")))
    print("\n".join(parts))


main()
