"""Times workloads and start-up in pydantic-monty through its Python API.

Usage: monty_py.py workload FILE REPS      -> JSON {"times": [s...], "output": str}
       monty_py.py startup ITERATIONS      -> JSON {"feed_run_1p2_ns": ..., "session_feed_ns": ...}
Times exclude the worker pool start; each workload repetition gets a fresh
session (checked out before the clock starts) so no state carries over.
"""
import json
import sys
import time

import pydantic_monty


def run_workload(path, reps):
    with open(path) as f:
        code = f.read()
    times, output = [], None
    with pydantic_monty.Monty() as pool:
        for _ in range(reps):
            chunks = []
            with pool.checkout() as session:
                start = time.perf_counter()
                try:
                    session.feed_run(code, print_callback=lambda stream, text: chunks.append(text))
                except Exception as exc:  # report the peer's failure, keep the suite going
                    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"[:200]}))
                    return
                times.append(time.perf_counter() - start)
            if output is None:
                output = "".join(chunks)
    print(json.dumps({"times": times, "output": output}))


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
