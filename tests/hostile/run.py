#!/usr/bin/env python3
"""The hostile-program suite (docs/security.md).

Runs every tests/hostile/*.py, and the generated source-nesting attacks,
through the C test host (tests/host/corral_host.c), checks each outcome
against the file's directive, and measures how far past its limit each
limit stop went.

Directives (leading comments):
  # corral: limit memory=N fuel=N time_ms=N recursion=N   (read by the host)
  # hostile: expect A|B|...    A is ok, limit=<kind> or error=<ExceptionName>
  # hostile: forbid TEXT       TEXT must not appear in stdout

Outcomes: exit 0 = ok; exit 1 + traceback = error=<last line's type>; exit 3 +
"corral: limit exceeded: <kind>" = limit=<kind>.  Anything else (a signal,
a sanitizer report, exit 2, a hang past the watchdog) fails.

Overshoot: for a time stop, wall time of the process minus the time limit
minus the host's start-up time (measured on an empty program); for a memory
stop, the process's peak RSS (GNU time's %M, when /usr/bin/time exists)
minus the RSS of the empty program minus the memory limit (what the run's accounting did not see: the run's own
accounting refuses any allocation past the limit).

Usage: run.py --host BUILD/tests/corral_host [--json FILE] [--filter REGEX]
       [--time-budget-ms N] [--memory-budget-pct N]
"""
import argparse
import json
import os
import pathlib
import re
import selectors
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
WATCHDOG_S = 20
# GNU time reports the child's own peak RSS (a child forked from this Python
# process would count this process's pages); without it no RSS is measured.
TIME_TOOL = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def generated_cases():
    """Source-nesting attacks, generated so the repository holds no 200 KB files."""
    n = 100000
    yield "gen_nested_parens", "x = " + "(" * n + "1" + ")" * n + "\n", "error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_brackets", "x = " + "[" * n + "]" * n + "\n", "error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_braces", "x = " + "{1:" * n + "1" + "}" * n + "\n", "error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_unclosed_parens", "x = " + "(" * n + "\n", "error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_not", "x = " + "not " * n + "1\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_unary", "x = " + "-" * n + "1\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_long_chain_add", "x = " + "1+" * n + "1\nprint(x)\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_long_attr_chain", "x = 1\ny = x" + ".real" * n + "\nprint(y)\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_lambdas", "f = " + "lambda: " * 20000 + "1\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    blocks = "".join(" " * i + "if True:\n" for i in range(1000)) + " " * 1000 + "pass\n"
    yield "gen_nested_blocks", blocks, "ok|error=SyntaxError|error=IndentationError|error=RecursionError|error=MemoryError"
    defs = "".join(" " * i + f"def f{i}():\n" for i in range(1000)) + " " * 1000 + "pass\n"
    yield "gen_nested_defs", defs, "ok|error=SyntaxError|error=IndentationError|error=RecursionError|error=MemoryError"
    yield "gen_many_elifs", "x = 5\nif x == 0: pass\n" + "".join(f"elif x == {i}: pass\n" for i in range(1, 20000)) + "print('done')\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nested_fstrings", "x = " + 'f"{' * 200 + "1" + '}"' * 200 + "\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_huge_int_literal", "x = " + "9" * 1000000 + "\nprint(x % 7)\n", "ok|error=ValueError|error=SyntaxError|limit=time"
    yield "gen_huge_string_literal", "# corral: limit memory=4000000\nx = '" + "a" * 8000000 + "'\n", "ok|limit=memory|error=MemoryError"
    yield "gen_many_args", "def f(*a): return len(a)\nprint(f(" + "1," * 100000 + "))\n", "ok|error=SyntaxError|error=MemoryError"
    yield "gen_deep_comprehension", "x = " + "[" * 200 + "i for i in range(1)" + "]" * 200 + "\n", "ok|error=SyntaxError|error=RecursionError|error=MemoryError"
    yield "gen_nul_and_garbage", "x = 1\n\x00\xff\xfe" + "\\" * 1000 + "\n", "error=SyntaxError"


def directives(src):
    expect, forbid, limits = None, [], {}
    for line in src.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        m = re.match(r"#\s*hostile:\s*expect\s+(\S+)", s)
        if m:
            expect = m.group(1)
        m = re.match(r"#\s*hostile:\s*forbid\s+(.+)", s)
        if m:
            forbid.append(m.group(1).strip())
        m = re.match(r"#\s*corral:\s*limit\s+(.*)", s)
        if m:
            for tok in m.group(1).split():
                if "=" in tok:
                    k, v = tok.split("=", 1)
                    limits[k] = int(v)
    return expect, forbid, limits


def outcome_of(rc, err):
    text = err.decode("utf-8", "replace")
    if rc is None:
        return "hang", "no end within %d s" % WATCHDOG_S
    if "Sanitizer" in text or "runtime error:" in text:
        return "crash", text[-3000:]
    if rc == 0:
        return "ok", ""
    if rc == 3:
        m = re.search(r"corral: limit exceeded: (\w+)", text)
        return ("limit=" + m.group(1)) if m else "unknown", text[-300:]
    if rc == 1:
        lines = [l for l in text.strip().splitlines() if l.strip()]
        last = lines[-1] if lines else ""
        m = re.match(r"([A-Za-z_][\w.]*)(:|$)", last)
        return ("error=" + m.group(1)) if m else "unknown", last
    # a signal: negative from a direct child, 128 + signal through GNU time
    return "crash" if rc < 0 or rc > 128 else "unknown", "exit status %d: %s" % (rc, text[-2000:])


def spawn(host, path, env):
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    start = time.monotonic()
    # posix_spawn (vfork-like) so the child's peak RSS is its own, not this
    # Python process's copied at fork time
    argv = [host, str(path)]
    if TIME_TOOL:
        argv = [TIME_TOOL, "-q", "-f", "corral-hostile-maxrss-kb %M"] + argv
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[
        (os.POSIX_SPAWN_DUP2, w_out, 1), (os.POSIX_SPAWN_DUP2, w_err, 2),
        (os.POSIX_SPAWN_CLOSE, r_out), (os.POSIX_SPAWN_CLOSE, r_err)], setsid=True)
    os.close(w_out)
    os.close(w_err)
    chunks = {r_out: [], r_err: []}
    sel = selectors.DefaultSelector()
    sel.register(r_out, selectors.EVENT_READ)
    sel.register(r_err, selectors.EVENT_READ)
    open_fds = 2
    killed = False
    while open_fds:
        remaining = WATCHDOG_S - (time.monotonic() - start)
        if remaining <= 0 and not killed:
            os.killpg(pid, 9)   # the host too, not only GNU time
            killed = True
        for key, _ in sel.select(timeout=max(0.05, remaining)):
            data = os.read(key.fd, 65536)
            if data:
                chunks[key.fd].append(data)
            else:
                sel.unregister(key.fd)
                os.close(key.fd)
                open_fds -= 1
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    rc = None if killed else (os.waitstatus_to_exitcode(status))
    err = b"".join(chunks[r_err])
    rss = 0
    m = re.search(rb"corral-hostile-maxrss-kb (\d+)\n?$", err)
    if m:
        rss = int(m.group(1)) * 1024
        err = err[:m.start()]
    if TIME_TOOL and rc is not None and rc > 128 and re.search(rb"Command terminated by signal", err):
        rc = -(rc - 128)
    return rc, b"".join(chunks[r_out]), err, wall, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--json")
    ap.add_argument("--filter", default="")
    ap.add_argument("--time-budget-ms", type=float, default=None,
                    help="fail when a time stop overshoots by more (default: report only)")
    ap.add_argument("--memory-budget-pct", type=float, default=None,
                    help="fail when a memory stop overshoots by more than this %% of the limit")
    args = ap.parse_args()
    env = dict(os.environ)

    cases = [(p.stem, p.read_text(encoding="utf-8", errors="surrogateescape"), None)
             for p in sorted(HERE.glob("*.py")) if p.name != "run.py"]
    cases += list(generated_cases())
    cases = [c for c in cases if re.search(args.filter, c[0])]

    with tempfile.TemporaryDirectory(prefix="hostile.") as tmp:
        empty = pathlib.Path(tmp, "empty.py")
        empty.write_text("pass\n")
        base = [spawn(args.host, empty, env) for _ in range(3)]
        base_wall = min(b[3] for b in base)
        base_rss = min(b[4] for b in base)
        results, failures = [], 0
        for name, src, gen_expect in cases:
            path = pathlib.Path(tmp, name + ".py")
            path.write_bytes(src.encode("utf-8", "surrogateescape"))
            expect, forbid, limits = directives(src)
            expect = gen_expect or expect or "ok"
            rc, out, err, wall, rss = spawn(args.host, path, env)
            got, detail = outcome_of(rc, err)
            ok = got in expect.split("|")
            text_out = out.decode("utf-8", "replace")
            for f in forbid:
                if f in text_out:
                    ok = False
                    detail = "stdout contains %r: %s" % (f, "; ".join(l for l in text_out.splitlines() if f in l)[:500])
            row = {"case": name, "expect": expect, "got": got, "ok": ok, "wall_ms": round(wall * 1000, 1),
                   "rss_bytes": rss}
            over = ""
            if got == "limit=time" and "time_ms" in limits:
                row["time_overshoot_ms"] = round((wall - base_wall) * 1000 - limits["time_ms"], 1)
                over = " time overshoot %+.1f ms" % row["time_overshoot_ms"]
                if args.time_budget_ms is not None and row["time_overshoot_ms"] > args.time_budget_ms:
                    ok = row["ok"] = False
                    detail = "time overshoot over budget"
            if got == "limit=memory" and "memory" in limits:
                extra = rss - base_rss - limits["memory"]
                row["memory_overshoot_bytes"] = extra
                row["memory_overshoot_pct"] = round(100.0 * max(extra, 0) / limits["memory"], 2)
                over = " memory: peak RSS %+.1f MB over base, overshoot %s bytes (%.2f%%)" % (
                    (rss - base_rss) / 1e6, max(extra, 0), row["memory_overshoot_pct"])
                if args.memory_budget_pct is not None and row["memory_overshoot_pct"] > args.memory_budget_pct:
                    ok = row["ok"] = False
                    detail = "memory overshoot over budget"
            results.append(row)
            status = "ok  " if ok else "FAIL"
            print("%s %-32s expect %-40s got %-22s %7.0f ms%s" % (status, name, expect[:40], got, wall * 1000, over))
            if not ok:
                failures += 1
                print("     " + detail.replace("\n", "\n     ")[:3000])
            sys.stdout.flush()
    times = [r["time_overshoot_ms"] for r in results if "time_overshoot_ms" in r]
    mems = [r for r in results if "memory_overshoot_bytes" in r]
    print("host start-up %.1f ms, base RSS %.1f MB" % (base_wall * 1000, base_rss / 1e6))
    if times:
        print("worst time overshoot: %.1f ms (%s)" % (max(times), max(
            (r for r in results if "time_overshoot_ms" in r), key=lambda r: r["time_overshoot_ms"])["case"]))
    if mems:
        worst = max(mems, key=lambda r: r["memory_overshoot_bytes"])
        print("worst memory overshoot: %d bytes, %.2f%% of the limit (%s)" % (
            max(worst["memory_overshoot_bytes"], 0), worst["memory_overshoot_pct"], worst["case"]))
    print("%d cases, %d failed" % (len(results), failures))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
