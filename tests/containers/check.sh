#!/bin/sh
# Differential check of the container tests: each *.py here must print the
# same under Corral as under CPython 3.11.
#   tests/containers/check.sh [path/to/corral]      (default: build/corral)
here=$(cd "$(dirname "$0")" && pwd)
corral=${1:-$here/../../build/corral}
pass=0
fail=0
for f in "$here"/*.py; do
    expected=$(cd "$here" && python3 "$(basename "$f")" 2>&1)
    actual=$(cd "$here" && timeout 60 "$corral" "$(basename "$f")" 2>&1)
    if [ "$expected" = "$actual" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$f")"
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
