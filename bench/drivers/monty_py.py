"""Times workloads and start-up in pydantic-monty through its Python API.

Usage: monty_py.py workload FILE REPS      -> JSON {"times": [s...], "cpu": [s...], "output": str}
       monty_py.py startup ITERATIONS      -> JSON {"feed_run_1p2_ns": ..., "session_feed_ns": ...}
"times" are wall seconds around feed_run, "cpu" the CPU seconds the worker
process spent meanwhile (Monty runs the code in a subprocess worker).
Times exclude the worker pool start; each workload repetition gets a fresh
session (checked out before the clock starts) so no state carries over.
"""
import glob
import json
import os
import sys
import time

import pydantic_monty


def worker_pids():
    """The pool's worker processes: this process's children."""
    pids = set()
    for path in glob.glob(f"/proc/{os.getpid()}/task/*/children"):
        with open(path) as f:
            pids.update(int(x) for x in f.read().split())
    return pids


def cpu_ns(pids):
    """CPU time of the given processes, all threads, in ns (schedstat)."""
    total = 0
    for pid in pids:
        for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
            try:
                with open(path) as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    return total


def run_workload(path, reps):
    with open(path) as f:
        code = f.read()
    times, cpu_times, output = [], [], None
    with pydantic_monty.Monty() as pool:
        for _ in range(reps):
            chunks = []
            with pool.checkout() as session:
                workers = worker_pids()
                cpu_start = cpu_ns(workers)
                start = time.perf_counter()
                try:
                    session.feed_run(code, print_callback=lambda stream, text: chunks.append(text))
                except Exception as exc:  # report the peer's failure, keep the suite going
                    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"[:200]}))
                    return
                times.append(time.perf_counter() - start)
                cpu_times.append((cpu_ns(workers) - cpu_start) / 1e9)
            if output is None:
                output = "".join(chunks)
    print(json.dumps({"times": times, "cpu": cpu_times, "output": output}))


def run_startup(iterations):
    result = {}
    with pydantic_monty.Monty() as pool:
        with pool.checkout() as session:
            session.feed_run("1+2")
            best = None
            for _ in range(5):
                start = time.perf_counter()
                for _ in range(iterations):
                    session.feed_run("1+2")
                per = (time.perf_counter() - start) / iterations
                best = per if best is None else min(best, per)
            result["feed_run_1p2_ns"] = best * 1e9
        best = None
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(max(1, iterations // 10)):
                with pool.checkout() as session:
                    session.feed_run("1+2")
            per = (time.perf_counter() - start) / max(1, iterations // 10)
            best = per if best is None else min(best, per)
        result["checkout_feed_1p2_ns"] = best * 1e9
    print(json.dumps(result))


if __name__ == "__main__":
    if sys.argv[1] == "workload":
        run_workload(sys.argv[2], int(sys.argv[3]))
    else:
        run_startup(int(sys.argv[2]))
