#!/usr/bin/env python3
"""Run the conformance suite through an interpreter and compare with CPython's expectations.

    run.py --corral build/corral [--host build/tests/corral_host] [--filter REGEX] [-j N]
           [--verbose] [--by-topic]

Each case runs as `corral name.py` with cwd = its folder, the same environment as the
oracle run and a 10 s timeout. Compared: stdout exactly, exit code exactly, stderr
exactly except that caret lines (only whitespace and ^ or ~) are dropped on both sides.
A case whose leading comments say `# corral: divergence <reason>` may differ: it is
reported as an expected divergence, not a failure. Host cases (host directives, a host_*
topic, or top-level await; see conformance/README.md) run as `corral_host name.py` with
--host, and are skipped without it. Ends with `N passed, M failed` (plus `, K skipped` if
any were); exit status 1 if anything failed. Works with any python3 >= 3.8.
"""
import argparse
import difflib
import os
import re
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caselib  # noqa: E402

_CARET_LINE = re.compile(rb"^[ \t]*[\^~][ \t\^~]*$")


def without_caret_lines(stderr):
    """Drop `    ^^^^` marker lines: the one tolerated divergence (docs/divergences.md)."""
    lines = stderr.split(b"\n")
    return b"\n".join(line for line in lines if not _CARET_LINE.match(line.rstrip(b"\r")))


def short_diff(label, expected, actual, limit=20):
    expected_lines = expected.decode("utf-8", "replace").splitlines()
    actual_lines = actual.decode("utf-8", "replace").splitlines()
    diff = list(difflib.unified_diff(expected_lines, actual_lines,
                                     "expected " + label, "actual " + label, lineterm="", n=2))
    if len(diff) > limit:
        diff = diff[:limit] + ["... (%d more diff lines)" % (len(diff) - limit)]
    return ["    " + line for line in diff]


def judge(case, interpreter_argv, host_argv=None):
    """Returns (status, problems, details): status is 'pass', 'fail', 'xdiv' or 'skip'."""
    directives = case.directives()
    unknown = [name for name, _ in directives if name not in caselib.KNOWN_DIRECTIVES]
    if unknown:
        return "fail", ["unknown directive(s) " + ", ".join(unknown)], []
    if case.is_host_case():
        if host_argv is None:
            return "skip", [], []
        interpreter_argv = host_argv
    divergence = [reason for name, reason in directives if name == "divergence"]

    expected = caselib.read_expected(case)
    if expected is None:
        return "fail", ["no expectation (run tools/regen.py)"], []
    expected_stdout, expected_stderr, expected_rc = expected

    outcome = caselib.run_case(interpreter_argv, case)
    problems = []
    details = []
    if outcome.timed_out:
        problems.append("timed out after %d s" % caselib.TIMEOUT_SECONDS)
    elif outcome.returncode != expected_rc:
        problems.append("exit code %s, expected %d" % (outcome.returncode, expected_rc))
    if outcome.stdout != expected_stdout:
        problems.append("stdout differs")
        details += short_diff("stdout", expected_stdout, outcome.stdout)
    if without_caret_lines(outcome.stderr) != without_caret_lines(expected_stderr):
        problems.append("stderr differs")
        details += short_diff("stderr", without_caret_lines(expected_stderr),
                              without_caret_lines(outcome.stderr))
    if not problems:
        return "pass", [], []
    if divergence:
        return "xdiv", ["expected divergence: " + divergence[0]] + problems, details
    return "fail", problems, details


def interpreter_command(path):
    """An absolute command for the interpreter: cases run in their own folders."""
    if os.sep in path or os.path.exists(path):
        absolute = os.path.abspath(path)
        if not os.path.isfile(absolute):
            raise SystemExit("run: %s does not exist" % path)
        return [absolute]
    found = shutil.which(path)
    if found is None:
        raise SystemExit("run: %s not found on PATH" % path)
    return [found]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corral", required=True, help="the interpreter to test")
    parser.add_argument("--host", help="the C test host (corral_host) for host cases;"
                                       " without it they are skipped")
    parser.add_argument("--filter", help="regular expression searched in 'topic/name'")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--verbose", "-v", action="store_true", help="show a short diff per failure")
    parser.add_argument("--by-topic", action="store_true", help="also print pass counts per topic")
    args = parser.parse_args()

    command = interpreter_command(args.corral)
    host_command = interpreter_command(args.host) if args.host else None
    cases = caselib.discover_cases()
    if args.filter:
        pattern = re.compile(args.filter)
        cases = [c for c in cases if pattern.search(c.ident)]

    passed = failed = diverged = skipped = 0
    per_topic = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # map keeps case order, so the report is the same whatever the parallelism.
        for case, (status, problems, details) in zip(
                cases, pool.map(lambda c: judge(c, command, host_command), cases)):
            if status == "skip":
                skipped += 1
                continue
            tally = per_topic.setdefault(case.topic, [0, 0])
            tally[0 if status != "fail" else 1] += 1
            if status == "pass":
                passed += 1
                continue
            if status == "xdiv":
                diverged += 1
                passed += 1
                print("XDIV %s: %s" % (case.ident, "; ".join(problems)))
            else:
                failed += 1
                print("FAIL %s: %s" % (case.ident, "; ".join(problems)))
            if args.verbose:
                for line in details:
                    print(line)
            sys.stdout.flush()

    if args.by_topic:
        for topic, (ok, bad) in sorted(per_topic.items()):
            print("  %-20s %4d passed, %3d failed" % (topic, ok, bad))
    if diverged:
        print("(%d expected divergences counted as passed; see docs/divergences.md)" % diverged)
    if not cases:
        print("no cases selected")
    if skipped:
        print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    else:
        print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
