#!/bin/sh
# Builds each test/e2e/golib program with golib pasted in (paste.py) with
# gort at -O0 and -O2 for TARGET (default amd64), runs it and compares
# its output with the program's CHECK lines (Go 1.19's output). A stopgap
# until gort imports packages and lit runs those programs itself.
# Usage: test/golib/gortcheck.sh [TARGET [BUILD]]
set -u
target=${1:-amd64}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gort=${2:-$root/build}/bin/gort
case $target in
386) run=qemu-i386 ;;
arm) run="qemu-arm -L /usr/arm-linux-gnueabihf" ;;
*) run= ;;
esac
tmp=$(mktemp -d /tmp/gortcheck.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
status=0
for prog in "$root"/test/e2e/golib/*.go; do
	name=$(basename "$prog" .go)
	python3 "$here/paste.py" "$prog" > "$tmp/$name.go"
	grep '^// CHECK' "$prog" | grep -v '{{' | sed 's|^// CHECK[-A-Z]*: ||' > "$tmp/$name.want"
	for opt in O0 O2; do
		if ! "$gort" build --target="$target" -$opt -o "$tmp/$name" "$tmp/$name.go"; then
			echo "FAIL $name -$opt: build"; status=1; continue
		fi
		$run "$tmp/$name" 2>&1 | sed 's/ *$//' > "$tmp/$name.out"
		if diff "$tmp/$name.want" "$tmp/$name.out" > "$tmp/$name.diff"; then
			echo "ok   $name -$opt ($target)"
		else
			echo "FAIL $name -$opt ($target)"; head -5 "$tmp/$name.diff"; status=1
		fi
	done
done
exit $status
