#!/bin/sh
# Regenerate the committed ABI baseline from a fresh build.  Only for a
# deliberate ABI change (a new function added at the end of corral.h):
# shipped declarations never change.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
abidw --headers-dir abi/include --no-corpus-path --out-file abi/corral.abi "$build/libcorral.so"
echo "wrote abi/corral.abi"
