#!/usr/bin/env python3
"""fuzz_smoke: run each libFuzzer target for a fixed number of executions
over its committed seed corpus (CTest, with -DCORRAL_FUZZ=ON).

New inputs go to a scratch directory (never into the source tree); a crash
leaves its input there and is reported with the target's output.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin-dir", required=True)
    ap.add_argument("--corpus-dir", required=True)
    ap.add_argument("--runs", type=int, default=2000)
    ap.add_argument("targets", nargs="+")
    args = ap.parse_args()
    failed = []
    for target in args.targets:
        exe = os.path.join(args.bin_dir, target)
        seeds = os.path.join(args.corpus_dir, target)
        with tempfile.TemporaryDirectory(prefix=target + ".") as scratch:
            cmd = [exe, f"-runs={args.runs}", "-seed=1", "-timeout=25", "-rss_limit_mb=2560",
                   "-max_len=4096", "-print_final_stats=1", f"-artifact_prefix={scratch}/", scratch]
            if os.path.isdir(seeds):
                cmd.append(seeds)
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                  errors="replace")
            execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stdout)
            print(f"{target}: exit {proc.returncode}, {execs[-1] if execs else '?'} executions", flush=True)
            if proc.returncode != 0:
                failed.append(target)
                sys.stdout.write(proc.stdout[-6000:])
                for name in os.listdir(scratch):
                    if name.startswith(("crash-", "leak-", "timeout-", "oom-", "slow-unit-")):
                        with open(os.path.join(scratch, name), "rb") as f:
                            print(f"--- {name}: {f.read()[:2000]!r}")
    if failed:
        print("fuzz_smoke: failing targets:", " ".join(failed))
        return 1
    print("fuzz_smoke: all targets ran clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
