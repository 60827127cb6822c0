# Writes a file whose bytes are given with Python escapes, so a test can
# hold bytes a text file cannot (NUL, invalid UTF-8) in readable form:
#   write-bytes.py OUT 'package main\nvar s = "\xff"\n'
import sys

text = sys.argv[2].encode("latin-1").decode("unicode_escape")
with open(sys.argv[1], "wb") as f:
    f.write(text.encode("latin-1"))
