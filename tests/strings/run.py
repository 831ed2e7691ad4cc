#!/usr/bin/env python3
"""Differential tests for str/bytes/bytearray: run every *.py here under
Corral and under CPython 3.11 and compare stdout+stderr.

usage: python3 tests/strings/run.py path/to/corral
"""
import pathlib
import subprocess
import sys


def main():
    corral = sys.argv[1] if len(sys.argv) > 1 else "build/corral"
    here = pathlib.Path(__file__).resolve().parent
    passed = failed = 0
    for case in sorted(here.glob("*.py")):
        if case.name == "run.py":
            continue
        outs = []
        for exe in (sys.executable, corral):
            p = subprocess.run([exe, case.name], cwd=here, capture_output=True, timeout=60)
            outs.append((p.returncode, p.stdout, p.stderr))
        if outs[0] == outs[1]:
            passed += 1
        else:
            failed += 1
            print("FAIL", case.name)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
