#!/bin/sh
# Differential tests of golib against Go 1.19's standard library: copies
# golib/ into a temporary module "golibtest" (imports between golib
# packages rewritten to golibtest/...), adds the programs of test/golibdiff/,
# and runs each with Go 1.19. Usage: test/golibdiff/difftest.sh [name...]
# (names are the folders here: errors utf8 unicode strconv strconvfloat
# strings bytes math; not stubs). GOARCH=386 or arm runs them under qemu
# (go run -exec).
set -eu
GO=${GO:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d /tmp/golibtest.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

printf 'module golibtest\n\ngo 1.19\n' > "$tmp/go.mod"
# The library: every folder holding Go files, but generators (gen/).
pkgs=$(cd "$root/golib" && find . -name '*.go' ! -path '*/gen/*' \
	-exec dirname {} \; | sed 's|^\./||' | sort -u)
for p in $pkgs; do
	mkdir -p "$tmp/$p"
	cp "$root/golib/$p"/*.go "$tmp/$p/"
done
# reflect's bodyless functions read gort's type descriptors, so they have
# no stand-in: the library uses Go's reflect here instead.
pkgs=$(echo "$pkgs" | grep -v '^reflect$')
for p in $pkgs; do
	for f in $(cd "$tmp" && find $pkgs -maxdepth 1 -name '*.go'); do
		sed -i "s|^\(\(import\)\{0,1\}[[:space:]]*\([A-Za-z_][A-Za-z0-9_]* \)\{0,1\}\)\"$p\"\$|\1\"golibtest/$p\"|" "$tmp/$f"
	done
done
# A bodyless function (the compiler or gort's runtime defines it) has its
# Go stand-in in stubs/<package>/: the declarations go, the stubs come in.
for p in $(cd "$here/stubs" && ls); do
	sed -i '/^func [^{]*$/d' "$tmp/$p"/*.go
	cp "$here/stubs/$p"/*.go "$tmp/$p/"
done
mkdir -p "$tmp/diff"
cp "$here/diff/diff.go" "$tmp/diff/"


names=${*:-$(cd "$here" && for d in */main.go; do dirname "$d"; done)}
exec=
case ${GOARCH:-amd64} in
386) exec="qemu-i386" ;;
arm) exec="qemu-arm -L /usr/arm-linux-gnueabihf"; export GOARM=7 ;;
esac
for n in $names; do
	mkdir -p "$tmp/cmd/$n"
	cp "$here/$n"/*.go "$tmp/cmd/$n/"
done
# The library packages the programs use must pass go vet as Go code (the
# others may have bodyless functions without stand-ins).
deps=$(cd "$tmp" && GOFLAGS=-mod=mod GOPROXY=off "$GO" list -deps \
	$(for n in $names; do echo "./cmd/$n"; done) | grep '^golibtest/' |
	grep -v '^golibtest/\(cmd\|diff\)/')
(cd "$tmp" && GOFLAGS=-mod=mod GOPROXY=off "$GO" vet $deps) || exit 1
status=0
for n in $names; do
	(cd "$tmp" && GOFLAGS=-mod=mod GOPROXY=off "$GO" run ${exec:+-exec "$exec"} "./cmd/$n") || status=1
done
exit $status
