#!/usr/bin/env python3
"""Regenerate (or check) the conformance expectations from CPython 3.11.

    regen.py                      regenerate every case
    regen.py strings dicts/get    only these topics / cases (or paths to .py files)
    regen.py --check              report stale, missing and orphaned expectations; exit 1 if any
    regen.py --python PATH        the CPython to use (default: python3 on PATH); must be 3.11.x

Each case runs as `python3 name.py` with cwd = its folder, a fixed environment
(PYTHONHASHSEED=0, ...; see caselib.case_environment) and a 10 s timeout. The results go
to expected/<topic>/<name>.out (stdout), .err (stderr) and .rc (exit code).

Host cases (conformance/README.md, "Host cases") run through tools/oracle/corral_oracle_host.py,
the Python version of the standard test host. A case with `# corral: expect-limit <kind>`
ends in an outcome CPython cannot produce: its .out is written by hand, and this tool only
writes (or checks) its .err and .rc (`corral: limit exceeded: <kind>`, exit status 3).
"""
import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caselib  # noqa: E402


def resolve_oracle(requested):
    """The real CPython executable behind `requested` (pyenv-style shims resolved), or exit."""
    found = shutil.which(requested)
    if found is None:
        raise SystemExit("regen: %s not found" % requested)
    probe = subprocess.run(
        [found, "-c", "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3]);"
                      "print(sys.implementation.name)"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
    if probe.returncode != 0:
        raise SystemExit("regen: cannot run %s: %s" % (found, probe.stderr.strip()))
    executable, version, implementation = probe.stdout.split()
    if implementation != "cpython" or not version.startswith("3.11."):
        raise SystemExit("regen: expectations must come from CPython 3.11.x, but %s is %s %s"
                         % (found, implementation, version))
    return executable


def outcome_files(outcome):
    return {
        ".out": outcome.stdout,
        ".err": outcome.stderr,
        ".rc": ("%d\n" % outcome.returncode).encode("ascii"),
    }


def orphaned_expectations(cases):
    """Expectation files whose case no longer exists."""
    known = {(c.topic, c.name) for c in cases}
    orphans = []
    if not os.path.isdir(caselib.EXPECTED_DIR):
        return orphans
    for topic in sorted(os.listdir(caselib.EXPECTED_DIR)):
        topic_dir = os.path.join(caselib.EXPECTED_DIR, topic)
        if not os.path.isdir(topic_dir):
            continue
        for entry in sorted(os.listdir(topic_dir)):
            stem, suffix = os.path.splitext(entry)
            if suffix in (".out", ".err", ".rc") and (topic, stem) not in known:
                orphans.append(os.path.join(topic_dir, entry))
    return orphans


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", help="topics, topic/name, or case paths")
    parser.add_argument("--check", action="store_true",
                        help="compare instead of writing; exit 1 on stale/missing/orphaned")
    parser.add_argument("--python", default="python3", help="CPython 3.11 to run")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--prune", action="store_true",
                        help="also delete expectation files of removed cases")
    args = parser.parse_args()

    oracle = resolve_oracle(args.python)
    all_cases = caselib.discover_cases()
    cases = caselib.select_cases(all_cases, args.cases)

    for case in cases:
        unknown = [name for name, _ in case.directives() if name not in caselib.KNOWN_DIRECTIVES]
        if unknown:
            raise SystemExit("regen: %s: unknown directive(s) %s" % (case.ident, ", ".join(unknown)))
        kind = case.expected_limit()
        if kind is not None and kind not in caselib.LIMIT_KINDS:
            raise SystemExit("regen: %s: expect-limit %r is not one of %s"
                             % (case.ident, kind, ", ".join(caselib.LIMIT_KINDS)))

    limit_cases = [c for c in cases if c.expected_limit() is not None]
    cases = [c for c in cases if c.expected_limit() is None]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda c: caselib.run_case(caselib.oracle_command(oracle, c), c),
                                 cases))

    problems = 0
    written = 0
    for case in limit_cases:
        stderr, rc = caselib.limit_expectation(case.expected_limit())
        wanted = {".err": stderr, ".rc": ("%d\n" % rc).encode("ascii")}
        if not os.path.exists(case.expected_path(".out")):
            print("MISSING %s (expect-limit case: write its stdout by hand)"
                  % os.path.relpath(case.expected_path(".out")))
            problems += 1
        for suffix, content in wanted.items():
            path = case.expected_path(suffix)
            try:
                with open(path, "rb") as f:
                    current = f.read()
            except OSError:
                current = None
            if current == content:
                continue
            if args.check:
                print("%s %s" % ("MISSING" if current is None else "STALE", os.path.relpath(path)))
                problems += 1
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(content)
                written += 1

    for case, outcome in zip(cases, outcomes):
        if outcome.timed_out:
            print("TIMEOUT %s: CPython did not finish in %d s" % (case.ident, caselib.TIMEOUT_SECONDS))
            problems += 1
            continue
        if os.fsencode(case.folder) in outcome.stdout + outcome.stderr:
            print("WARNING %s: output contains the case's absolute path (a warning message?);"
                  " the expectation would depend on the checkout location" % case.ident)
            problems += 1
        for suffix, content in outcome_files(outcome).items():
            path = case.expected_path(suffix)
            try:
                with open(path, "rb") as f:
                    current = f.read()
            except OSError:
                current = None
            if current == content:
                continue
            if args.check:
                print("%s %s" % ("MISSING" if current is None else "STALE", os.path.relpath(path)))
                problems += 1
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(content)
                written += 1

    if not args.cases:
        for orphan in orphaned_expectations(all_cases):
            if args.prune and not args.check:
                os.remove(orphan)
                print("removed %s" % os.path.relpath(orphan))
            else:
                print("ORPHAN %s" % os.path.relpath(orphan))
                problems += args.check

    if args.check:
        print("%d cases checked, %d problems" % (len(cases) + len(limit_cases), problems))
    else:
        print("%d cases run, %d files written" % (len(cases), written))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
