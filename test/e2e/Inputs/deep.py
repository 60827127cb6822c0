# Writes a Go program nested N deep in one way (SHAPE), to check that gort
# compiles and runs what gc does (test/e2e/deep-nesting.test):
#   deep.py SHAPE N
# Each program prints one line, which must be what `go run` prints.
import sys

shape, n = sys.argv[1], int(sys.argv[2])
body = {
    # a left-associative chain: x-1-1-...-1 with N terms is x-(N-1)
    "chain": "x := %d\n\tprintln(x%s)" % (n, "-1" * (n - 1)),
    # an if with N-1 else ifs; the last but one matches
    "elseif": "x := %d\n\t%s else {\n\t\tprintln(-1)\n\t}" % (
        n - 2,
        " else ".join("if x == %d {\n\t\tprintln(%d)\n\t}" % (i, i * 3)
                      for i in range(n))),
    # N nested blocks, each declaring an x one more than the outer one
    "blocks": "x := 0\n\t%s println(x) %s" % ("{ x := x + 1; " * n, "}" * n),
    "parens": "x := 7\n\tprintln(%sx + 1%s)" % ("(" * n, ")" * n),
    # N unary minus signs and N unary nots
    "unary": "x, b := 7, true\n\tprintln(%sx, %sb)" % ("- " * n, "!" * n),
    # N nested closures, each adding one to what the inner one returns and
    # the innermost capturing x from main
    "closures": "x := 5\n\tprintln(%sx%s)" % (
        "func() int { return 1 + " * n, " }()" * n),
}[shape]
print("package main\n\nfunc main() {\n\t%s\n}" % body)
