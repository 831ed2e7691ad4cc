raw = """name | status | cpu | mem_mb
web-1 | running | 12.5 | 512
web-2 | stopped | 0 | 0
db-1 | running | 55.1 | 2048
cache | running | 3.2 | 256
worker | crashed | - | 128"""
lines = raw.strip().splitlines()
header = [h.strip() for h in lines[0].split("|")]
rows = []
for line in lines[1:]:
    cells = [c.strip() for c in line.split("|")]
    row = dict(zip(header, cells))
    try:
        row["cpu"] = float(row["cpu"])
    except ValueError:
        row["cpu"] = None
    row["mem_mb"] = int(row["mem_mb"])
    rows.append(row)
running = [r for r in rows if r["status"] == "running"]
print("running:", [r["name"] for r in running])
print("total mem of running: %d MB" % sum(r["mem_mb"] for r in running))
busiest = max((r for r in rows if r["cpu"] is not None), key=lambda r: r["cpu"])
print(f"busiest: {busiest['name']} at {busiest['cpu']}%")
by_status = {}
for r in rows:
    by_status.setdefault(r["status"], []).append(r["name"])
for status in sorted(by_status):
    print(f"  {status:>8}: {', '.join(by_status[status])}")
