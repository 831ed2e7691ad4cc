# datetime: parse, arithmetic and format over N ISO timestamps.
from datetime import datetime, timedelta
stamps = ["2026-%02d-%02dT%02d:%02d:%02d" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60) for i in range(N)]
total = timedelta()
out = []
prev = datetime(2026, 1, 1)
for s in stamps:
    d = datetime.fromisoformat(s)
    total += abs(d - prev)
    prev = d
    out.append(d.strftime("%Y/%m/%d %H:%M") + " " + (d + timedelta(hours=5)).isoformat())
print(len(out), total.days, out[-1])
