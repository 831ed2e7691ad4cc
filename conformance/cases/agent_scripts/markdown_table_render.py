rows = [
    {"tool": "search", "calls": 12, "avg_ms": 231.456, "errors": 1},
    {"tool": "fetch_url", "calls": 7, "avg_ms": 1520.0, "errors": 3},
    {"tool": "calculator", "calls": 30, "avg_ms": 2.5, "errors": 0},
]
cols = ["tool", "calls", "avg_ms", "errors", "error_rate"]
for r in rows:
    r["error_rate"] = f"{r['errors'] / r['calls']:.0%}"
    r["avg_ms"] = f"{r['avg_ms']:,.1f}"
widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
print("| " + " | ".join(c.ljust(widths[c]) for c in cols) + " |")
print("|" + "|".join("-" * (widths[c] + 2) for c in cols) + "|")
for r in sorted(rows, key=lambda r: -r["calls"]):
    print("| " + " | ".join(str(r[c]).rjust(widths[c]) if c != "tool" else r[c].ljust(widths[c]) for c in cols) + " |")
