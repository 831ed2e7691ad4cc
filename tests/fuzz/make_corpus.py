#!/usr/bin/env python3
"""Rebuild the raw seed corpora of the fuzz targets.

  make_corpus.py OUT_DIR

writes OUT_DIR/<target>/ for each target:
  fuzz_compile, fuzz_run: the 6 smallest conformance cases of each topic
      (conformance/cases/<topic>/*.py, up to 3 KB);
  fuzz_values: a few hand-made operation sequences;
  fuzz_snapshot: real snapshots when a dumper is given (--dumper, a program
      printing corral_run_dump bytes of a .py to stdout), else a few
      headers and the empty input.

The committed corpora (tests/fuzz/corpus/<target>) are these minimized with
libFuzzer's merge, so only inputs that add coverage are kept:

  mkdir -p corpus/fuzz_run && BUILD/tests/fuzz/fuzz_run -merge=1 corpus/fuzz_run OUT_DIR/fuzz_run
"""
import hashlib
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_SOURCE = 3000
PER_TOPIC = 6


def write(dir_, data):
    dir_.mkdir(parents=True, exist_ok=True)
    (dir_ / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    out = pathlib.Path(sys.argv[1])
    dumper = None
    if len(sys.argv) > 3 and sys.argv[2] == "--dumper":
        dumper = sys.argv[3]
    # the smallest few cases of each topic keep the committed corpus small
    cases = []
    for topic in sorted((ROOT / "conformance" / "cases").iterdir()):
        if topic.is_dir():
            sized = sorted((p.stat().st_size, p) for p in topic.rglob("*.py"))
            cases += [p for size, p in sized if size <= MAX_SOURCE][:PER_TOPIC]
    for case in cases:
        data = case.read_bytes()
        if True:
            write(out / "fuzz_compile", data)
            write(out / "fuzz_run", data)
            if dumper:
                proc = subprocess.run([dumper, str(case)], stdout=subprocess.PIPE)
                if proc.returncode == 0 and proc.stdout:
                    write(out / "fuzz_snapshot", proc.stdout)
    # fuzz_values: op byte, destination slot, operands (see fuzz_values.c)
    values = [
        bytes([7, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 42, 12, 0, 0, 12, 0, 1, 24, 0, 0]),
        bytes([9, 0, 5, 1, 3]) + b"key" + bytes([2, 2, 0, 0, 0, 0, 0, 0, 0, 9, 13, 0, 0, 1, 2, 23, 3, 0, 0]),
        bytes([8, 0, 12, 0, 0, 27, 0, 0]),
        bytes([3, 0, 40]) + b"-1234567890123456789012345678901234567890" + bytes([16, 0, 0, 17, 0, 0]),
        bytes([10, 0, 7, 1, 12, 0, 1, 25, 0, 1, 24, 0, 1, 12, 0, 0xFF, 1, 2, 3, 4, 5, 6, 7, 8]),
        bytes([6, 0, 4]) + b"\x00\xff\x80a" + bytes([20, 0, 0, 5, 1, 2]) + b"\xc3\x28" + bytes([31, 0, 0xFE]),
        bytes([7, 0, 12, 0, 0, 24, 0, 0, 27, 0, 0]),
    ]
    for v in values:
        write(out / "fuzz_values", v)
    for v in [b"", b"CORRAL", b"CORRALSNAP\x00\x01", b"\x00" * 64]:
        write(out / "fuzz_snapshot", v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
