#!/bin/sh
# Run each t_*.py under corral and python3 and compare stdout.
# usage: run.sh [path/to/corral]
CORRAL=${1:-../../build/corral}
cd "$(dirname "$0")"
pass=0; fail=0
for f in t_*.py; do
  python3 "$f" > /tmp/compiler_expected.$$ 2>/dev/null
  "$CORRAL" "$f" > /tmp/compiler_actual.$$ 2>/tmp/compiler_err.$$
  if cmp -s /tmp/compiler_expected.$$ /tmp/compiler_actual.$$; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL $f"
    diff /tmp/compiler_expected.$$ /tmp/compiler_actual.$$ | head -20
    head -5 /tmp/compiler_err.$$
  fi
done
rm -f /tmp/compiler_expected.$$ /tmp/compiler_actual.$$ /tmp/compiler_err.$$
echo "$pass passed, $fail failed"
