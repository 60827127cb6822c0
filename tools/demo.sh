#!/usr/bin/env bash
# make demo: compile and run examples/sieve.go with gort; should that fail,
# say so and build and run the C example against the runtime instead.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
if "$build/bin/gort" build -o "$build/sieve" "$here/examples/sieve.go"; then
  echo "demo: gort build examples/sieve.go && ./sieve"
  exec "$build/sieve"
fi
echo "demo: gort could not build examples/sieve.go; running the C example examples/hello.c against libgort instead"
"$here/tools/gort-cc" --build="$build" -o "$build/hello" "$here/examples/hello.c"
exec "$build/hello"
