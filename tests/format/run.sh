#!/bin/sh
# Compare corral with python3 on every program here: tests/format/run.sh [path/to/corral]
CORRAL=${1:-$(dirname "$0")/../../build/corral}
status=0
for f in "$(dirname "$0")"/*.py; do
    if python3 "$f" > /tmp/format_expected.txt 2>&1 && "$CORRAL" "$f" > /tmp/format_actual.txt 2>&1 &&
       cmp -s /tmp/format_expected.txt /tmp/format_actual.txt; then
        echo "ok   $f"
    else
        echo "FAIL $f"; diff /tmp/format_expected.txt /tmp/format_actual.txt | head -20; status=1
    fi
done
exit $status
