#!/bin/sh
# Compare Corral's int behaviour with CPython 3.11 on generated programs.
# usage: tests/bigint/run.sh [path/to/corral]
corral=${1:-build/corral}
dir=$(dirname "$0")
tmp=$(mktemp -d)
fail=0
check() {   # name file
    python3 -W ignore "$2" > "$tmp/expected" 2>&1
    "$corral" "$2" > "$tmp/actual" 2>&1
    if cmp -s "$tmp/expected" "$tmp/actual"; then echo "ok   $1"; else echo "FAIL $1"; diff "$tmp/expected" "$tmp/actual" | head -10 | cut -c1-200; fail=1; fi
}
check edge "$dir/edge.py"
for seed in 1 2 3 4 5; do
    python3 "$dir/gen_random.py" $seed 1000 > "$tmp/random$seed.py"
    check "random seed $seed" "$tmp/random$seed.py"
done
python3 "$dir/gen_big.py" 1 > "$tmp/big1.py"
check "big seed 1" "$tmp/big1.py"
rm -rf "$tmp"
exit $fail
