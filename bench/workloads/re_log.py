# re: search, findall and sub over log text of N lines (agent-style log munging).
import re
levels = ["INFO", "WARN", "ERROR", "DEBUG"]
lines = ["2026-11-24 06:%02d:%02d [%s] request id=%d from 10.0.%d.%d took %dms"
         % (i % 60, (i * 7) % 60, levels[i % 4], i, i % 255, (i * 3) % 255, i % 997) for i in range(N)]
text = "\n".join(lines)
errors = re.findall(r"^\S+ \S+ \[ERROR\] request id=(\d+)", text, re.M)
ips = re.findall(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", text)
slow = sum(1 for m in re.finditer(r"took (\d+)ms", text) if int(m.group(1)) > 500)
masked = re.sub(r"id=\d+", "id=?", text)
print(len(errors), len(ips), slow, len(masked))
